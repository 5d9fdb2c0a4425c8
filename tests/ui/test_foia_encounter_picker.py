"""The FOIA form names the encounter a request is about: typed into its picker, saved, read back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_records_support import ctx, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from casefile.services import records
from ui.sections import foia


def test_a_request_names_its_encounter_from_the_form(qtbot, ctx):  # noqa: F811
    rosa = records.save(ctx.vault, "people", {"full_name": "Rosa Elena Quispe Mamani", "is_client": True})
    raid = records.save(ctx.vault, "encounters", {
        "occurred_at": "2026-09-15T05:50:00-05:00", "setting": "home",
        "location": {"city": "Pasadena", "state": "TX"},
        "participants": [{"person_id": rosa["id"], "role": "target", "outcome": "arrested"}]})
    section = foia.make(ctx, None)
    qtbot.addWidget(section)
    section.resize(1366, 768)
    section.show()
    qtbot.waitExposed(section)
    section.new_record()
    editor = section.editor
    picker = editor.encounter
    section.activateWindow()
    qtbot.waitActive(section)
    qtbot.mouseClick(picker.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(picker.edit, "Pasadena")
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=5000)
    # Take the first suggestion with the keyboard, as a person would: down into the list, Enter.
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.value() == raid["id"], timeout=5000)

    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        assert editor.save()
    stored = records.get(ctx.vault, "foia_requests", saved.args[0]["id"])
    assert stored["encounter_id"] == raid["id"]

    # Opening the request again shows the encounter in the picker.
    section.new_record()
    editor.load(stored)
    assert editor.encounter.value() == raid["id"]
    assert "Pasadena" in editor.encounter.edit.text()

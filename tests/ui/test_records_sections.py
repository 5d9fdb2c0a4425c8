"""How sections behave inside the window: open_record, leaving with unsaved changes, notes,
switching language."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QStackedWidget
from test_records_support import ctx, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from casefile.services import records
from ui.sections import people


def test_open_record_shows_the_record(qtbot, ctx):  # noqa: F811
    person = records.save(ctx.vault, "people", {"full_name": "Inés Pérez"})
    section = people.make(ctx, None)
    qtbot.addWidget(section)
    ctx.open_record.emit("people", person["id"])
    assert section.editor.record_id == person["id"]
    assert section.view.currentIndex().row() == section.model.row_of(person["id"])
    ctx.open_record.emit("encounters", "e-elsewhere")  # not ours: nothing changes
    assert section.editor.record_id == person["id"]


def test_leaving_the_section_with_unsaved_changes_asks_and_cancel_comes_back(qtbot, ctx, monkeypatch):  # noqa: F811
    person = records.save(ctx.vault, "people", {"full_name": "Inés Pérez"})
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    section = people.make(ctx, None)
    other = QStackedWidget()
    stack.addWidget(section)
    stack.addWidget(other)
    stack.show()
    section.show_record(person["id"])
    section.editor.phone.setText("+1 555 0100")
    section.editor.update_dirty()
    assert section.has_unsaved_changes()
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Cancel)
    with qtbot.waitSignal(ctx.open_record, timeout=3000) as asked:
        stack.setCurrentWidget(other)  # the sidebar moved to another section
    assert asked.args == ["people", person["id"]]  # the window brings the section back
    assert section.editor.phone.text() == "+1 555 0100"

    stack.setCurrentWidget(section)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(section.editor.saved, timeout=10000):
        stack.setCurrentWidget(other)
    assert records.get(ctx.vault, "people", person["id"])["phone"] == "+1 555 0100"


def test_notes_about_a_person(qtbot, ctx):  # noqa: F811
    person = records.save(ctx.vault, "people", {"full_name": "Inés Pérez"})
    section = people.make(ctx, None)
    qtbot.addWidget(section)
    section.show_record(person["id"])
    panel = section.editor.notes_panel
    assert panel.model.rowCount() == 0 and panel.add_button.isEnabled()
    panel.add_note()
    dialog = panel.dialog
    assert dialog.editor.person.value() == person["id"] and not dialog.editor.is_dirty()
    dialog.editor.text.setPlainText("Sister will bring the birth certificates.")
    with qtbot.waitSignal(dialog.editor.saved, timeout=10000):
        dialog.editor.save()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert panel.model.index(0, 1).data() == "maria"
    assert panel.model.index(0, 2).data() == "Sister will bring the birth certificates."


def test_switching_language_rebuilds_the_form_and_keeps_what_was_typed(qtbot, ctx):  # noqa: F811
    person = records.save(ctx.vault, "people", {"full_name": "Inés Pérez"})
    section = people.make(ctx, None)
    qtbot.addWidget(section)
    section.show_record(person["id"])
    section.editor.phone.setText("+1 555 0100")
    section.editor.update_dirty()
    old = section.editor
    ctx.language_changed.emit("en")
    assert section.editor is not old
    assert section.editor.record_id == person["id"]
    assert section.editor.phone.text() == "+1 555 0100" and section.editor.is_dirty()
    wait_workers(qtbot, ctx)

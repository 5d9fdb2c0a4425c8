"""The intake checklist in the person form (issue 15), clicked and typed: Rosa's checklist opens
from her form, a status is chosen with the keyboard and a note typed, OK marks the form changed,
and Save keeps it on her record; the progress beside the button follows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from casefile.services import records
from tests.ui.conftest import unlock_with
from tests.ui.screen_walk import click, click_section


def choose(qtbot, combo, text: str) -> None:
    """Pick ``text`` in a closed combo with the keyboard (Home, then Down until it shows)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def test_the_checklist_is_filled_in_and_saved_with_the_person(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    section = click_section(qtbot, main, "people")
    section.show_record("p-rosa")
    editor = section.editor
    qtbot.waitUntil(lambda: editor.record_id == "p-rosa")
    field = editor.intake
    assert field.progress.text() == "0 of 11 done"
    click(qtbot, field.button)
    dialog = field.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "Notice to Appear (NTA, Form I-862)" in [w.text() for w in dialog.findChildren(type(field.progress))]
    choose(qtbot, dialog.statuses["nta"], "Done")
    qtbot.keyClicks(dialog.notes["nta"], "Served at the check-in, 2026-09-16")
    choose(qtbot, dialog.statuses["bond-papers"], "Does not apply")
    choose(qtbot, dialog.statuses["i213"], "Asked, waiting")
    assert dialog.progress.text() == "2 of 11 done"
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert field.progress.text() == "2 of 11 done" and editor.is_dirty()

    with qtbot.waitSignal(editor.saved, timeout=10_000):
        click(qtbot, editor.save_button)
    stored = records.get(shell.ctx.vault, "people", "p-rosa")
    assert stored["intake"] == {
        "items": {
            "nta": {"status": "done", "note": "Served at the check-in, 2026-09-16"},
            "i213": {"status": "asked"},
            "bond-papers": {"status": "not-applicable"},
        }
    }
    assert stored["full_name"] == "Rosa Elena Quispe Mamani"  # the rest of her record as it was


def test_cancel_leaves_the_checklist_and_the_form_unchanged(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    section = click_section(qtbot, main, "people")
    section.show_record("p-rosa")
    editor = section.editor
    qtbot.waitUntil(lambda: editor.record_id == "p-rosa")
    click(qtbot, editor.intake.button)
    dialog = editor.intake.dialog
    qtbot.waitUntil(dialog.isVisible)
    choose(qtbot, dialog.statuses["fears"], "Done")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert editor.intake.value() is None and not editor.is_dirty()

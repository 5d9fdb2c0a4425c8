"""A second record for someone already in the vault (issue 13, finding 6), met as a person meets
it: typing a new person whose A-number is Rosa's (A-208-114-563 in the example) is refused at the
A-number field, and the app offers Rosa's own record; the quick "New…" of an encounter's people
offers to use her instead of adding her twice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from casefile.queries import paging
from casefile.queries.kinds import KINDS
from tests.ui.conftest import unlock_with
from tests.ui.screen_walk import click, click_list_row, click_section

ROSA = "p-rosa"


def people_count(shell) -> int:
    return paging.count(shell.ctx.vault.connection(), KINDS["people"], {}, "")


def test_typing_a_known_a_number_offers_the_existing_record(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    section = click_section(qtbot, main, "people")
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    before = people_count(shell)
    click(qtbot, section.new_button)
    editor = section.editor
    qtbot.waitUntil(lambda: editor.active and editor.record_id is None)
    qtbot.keyClicks(editor.full_name, "Rosa Quispe")
    qtbot.keyClicks(editor.a_number, "208114563")  # as an intake sheet has it
    qtbot.keyClick(editor.a_number, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save

    qtbot.waitUntil(lambda: getattr(editor, "existing_box", None) is not None and editor.existing_box.isVisible())
    error = editor.fields["a_number"][1]
    assert not error.isHidden()
    assert error.text.text().startswith("This A-number already belongs to “Rosa Elena Quispe Mamani”")
    assert people_count(shell) == before  # nothing was written
    box = editor.existing_box
    assert "Rosa Elena Quispe Mamani" in box.text()
    click(qtbot, editor.open_existing_button)

    qtbot.waitUntil(lambda: editor.record_id == ROSA)
    assert editor.heading.text() == "Rosa Elena Quispe Mamani"
    assert not editor.is_dirty()
    assert people_count(shell) == before


def test_keep_editing_keeps_what_was_typed_to_correct_the_number(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    section = click_section(qtbot, main, "people")
    click(qtbot, section.new_button)
    editor = section.editor
    qtbot.keyClicks(editor.full_name, "Rosa Quispe")
    qtbot.keyClicks(editor.a_number, "A-208-114-563")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: getattr(editor, "existing_box", None) is not None and editor.existing_box.isVisible())
    qtbot.keyClick(editor.existing_box, Qt.Key.Key_Escape)  # Keep editing
    qtbot.waitUntil(lambda: not editor.existing_box.isVisible())
    assert editor.record_id is None and editor.full_name.text() == "Rosa Quispe" and editor.is_dirty()

    editor.a_number.selectAll()
    qtbot.keyClicks(editor.a_number, "A-208-114-564")  # the number really was one digit off
    # "Rosa Quispe" is still Rosa's other name: the conflict check (issue 15) asks first.
    panel = editor.conflicts.panel
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: panel.isVisible() and "Not saved yet" in editor.status.text(), timeout=10_000)
    click(qtbot, panel.clear_button)
    qtbot.keyClicks(panel.reason, "Her cousin of the same name; A-number checked on her NTA")
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        click(qtbot, panel.confirm_button)
    assert saved.args[0]["a_number"] == "A208114564"


def test_new_person_from_an_encounter_offers_to_use_the_one_in_the_vault(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    section = click_section(qtbot, main, "encounters")
    click(qtbot, section.new_button)
    editor = section.editor
    click_list_row(qtbot, editor.steps, 6)  # 7. People & outcomes
    click(qtbot, editor.participants.add_button)
    picker = editor.participants.detail.person
    qtbot.keyClicks(picker.edit, "Rosa Q")
    before = people_count(shell)
    click(qtbot, picker.new_button)
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and type(w).__name__ == "QuickPersonDialog"
    )
    assert dialog.name.text() == "Rosa Q"
    qtbot.keyClicks(dialog.a_number, "208-114-563")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    qtbot.waitUntil(dialog.use_existing.isVisible)
    assert dialog.use_existing.text().replace("&", "") == "Use “Rosa Elena Quispe Mamani”"
    assert "already belongs to “Rosa Elena Quispe Mamani”" in dialog.form.fields["a_number"][1].text.text()
    click(qtbot, dialog.use_existing)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert picker.value() == ROSA
    assert picker.edit.text().startswith("Rosa Elena Quispe Mamani")
    assert people_count(shell) == before

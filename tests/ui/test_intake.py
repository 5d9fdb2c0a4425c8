"""Intake without friction (issue 13, finding 10), typed and clicked as a person does: an arrest
starts at the encounter's time, a FOIA request with a sent date is no longer a draft (unless the
status was chosen by hand), the quick "New person" asks the language, and adding documents opens
the Documents folder, not the program's."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from casefile.services import records
from tests.ui.conftest import unlock_with
from tests.ui.screen_walk import click, click_list_row, click_section
from ui import file_dialogs


def choose(qtbot, combo, text: str) -> None:
    """Pick ``text`` in a closed combo with the keyboard (Home, then Down until it shows)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def test_an_arrest_starts_at_the_encounters_time(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    section = click_section(qtbot, main, "encounters")
    click(qtbot, section.new_button)
    editor = section.editor
    qtbot.keyClicks(editor.occurred_at.date_edit.edit, "2026-09-15")
    qtbot.keyClick(editor.occurred_at.date_edit.edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.occurred_at.time_edit, "05:50")
    qtbot.keyClick(editor.occurred_at.time_edit, Qt.Key.Key_Tab)
    when = editor.occurred_at.value()
    assert when is not None and when.startswith("2026-09-15T05:50:00")
    click_list_row(qtbot, editor.steps, 6)  # 7. People & outcomes
    click(qtbot, editor.participants.add_button)
    form = editor.participants.detail
    assert form.arrested_at.value() is None
    choose(qtbot, form.outcome, "Arrested")
    assert form.arrest_box.isEnabled()
    assert form.arrested_at.value() == when  # the person corrects it if the arrest came later
    assert editor.participants.value()[0]["arrest"]["arrested_at"] == when


def test_a_foia_request_with_a_sent_date_is_no_longer_a_draft(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    section = click_section(qtbot, main, "foia")
    click(qtbot, section.new_button)
    editor = section.editor
    assert editor.status_combo.currentText() == "Draft"
    qtbot.keyClicks(editor.submitted_on.edit, "2026-10-01")
    qtbot.keyClick(editor.submitted_on.edit, Qt.Key.Key_Tab)
    assert editor.status_combo.currentText() == "Submitted"
    editor.submitted_on.edit.selectAll()
    qtbot.keyClick(editor.submitted_on.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(editor.submitted_on.edit, Qt.Key.Key_Tab)
    assert editor.status_combo.currentText() == "Draft"  # it had followed the date, and does again

    # Chosen by hand, the status stays what the user chose.
    editor.status_combo.setFocus()
    qtbot.keyClick(editor.status_combo, Qt.Key.Key_Down)  # activated, as a person picks it
    picked = editor.status_combo.currentText()
    assert picked != "Draft"
    qtbot.keyClicks(editor.submitted_on.edit, "2026-10-02")
    qtbot.keyClick(editor.submitted_on.edit, Qt.Key.Key_Tab)
    assert editor.status_combo.currentText() == picked

    # A stored draft with a date typed later: saved as submitted.
    click(qtbot, editor.revert_button)  # "Undo changes": this new request is dropped
    stored = records.save(shell.ctx.vault, "foia_requests", {"agency": "ICE", "status": "draft"})
    assert section.show_record(stored["id"])
    qtbot.keyClicks(editor.received_on.edit, "2026-10-03")
    qtbot.keyClick(editor.received_on.edit, Qt.Key.Key_Tab)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        click(qtbot, editor.save_button)
    assert saved.args[0]["status"] == "submitted"


def test_the_quick_new_person_asks_the_language(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    section = click_section(qtbot, main, "encounters")
    click(qtbot, section.new_button)
    editor = section.editor
    click_list_row(qtbot, editor.steps, 6)
    click(qtbot, editor.participants.add_button)
    picker = editor.participants.detail.person
    qtbot.keyClicks(picker.edit, "Juana Xicara")
    click(qtbot, picker.new_button)
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and type(w).__name__ == "QuickPersonDialog"
    )
    qtbot.keyClicks(dialog.preferred_language.lineEdit(), "K'iche' (quc)")  # as the list names it
    click(qtbot, dialog.interpreter_needed)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    person = records.get(shell.ctx.vault, "people", saved.args[0]["id"])
    assert person["full_name"] == "Juana Xicara"
    assert person["preferred_language"] == "quc" and person["interpreter_needed"] is True
    assert picker.value() == person["id"]


def test_adding_documents_opens_the_documents_folder(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    section = click_section(qtbot, main, "documents")
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look)
            return
        seen.append(dialog.directory().absolutePath())
        dialog.reject()

    QTimer.singleShot(0, look)
    click(qtbot, section.new_button)  # the dialog runs here until look() closes it
    qtbot.waitUntil(lambda: bool(seen))
    assert os.path.realpath(seen[0]) == os.path.realpath(file_dialogs.neutral_folder())
    assert os.path.realpath(seen[0]) != os.path.realpath(os.getcwd())

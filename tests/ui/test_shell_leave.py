"""Unsaved changes and the main window: switching sections, closing the window and quitting ask
Save / Discard / Cancel first; locking does not ask (it drops edits on purpose).

The question box is answered by replacing ``QMessageBox.exec``; the vault and the app are real.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from casefile.services import records
from tests.ui.conftest import unlock_with

ROSA = "p-rosa"
PHONE = "+1 713 555 0199"
Answer = QMessageBox.StandardButton


@pytest.fixture
def asked(monkeypatch):
    """The questions shown (their texts); set ``answers`` to what the user presses, in order."""

    class Questions(list):
        answers: list[QMessageBox.StandardButton]

    questions = Questions()
    questions.answers = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        questions.append(box.text())
        if not questions.answers:
            raise AssertionError(f"not expected to ask: {box.text()}")
        return questions.answers.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return questions


def _editing_rosa(qtbot, shell, path):
    """The main window on People with Rosa's phone changed but not saved."""
    main = unlock_with(qtbot, shell, path)
    people = main.show_section("people")
    assert people.show_record(ROSA)
    people.editor.phone.clear()
    qtbot.keyClicks(people.editor.phone, PHONE)
    assert people.has_unsaved_changes()
    return main, people


def _click_sidebar(qtbot, main, key: str) -> None:
    row = [main.sidebar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(main.sidebar.count())].index(key)
    rect = main.sidebar.visualItemRect(main.sidebar.item(row))
    qtbot.mouseClick(main.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_switching_sections_asks_and_cancel_stays(qtbot, shell, example_vault_path, asked):
    main, people = _editing_rosa(qtbot, shell, example_vault_path)
    asked.answers = [Answer.Cancel]
    _click_sidebar(qtbot, main, "encounters")
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "Rosa Elena Quispe Mamani" in asked[0]
    assert main.current_section() == "people"
    assert main.sidebar.currentItem().text() == "People"  # the sidebar shows where the user still is
    assert main.stack.currentWidget().isAncestorOf(people)
    assert people.editor.phone.text() == PHONE and people.has_unsaved_changes()
    assert "encounters" not in main.sections  # nothing was built behind the question

    asked.answers = [Answer.Discard]
    _click_sidebar(qtbot, main, "encounters")
    qtbot.waitUntil(lambda: main.current_section() == "encounters")
    assert len(asked) == 2
    assert main.sidebar.currentItem().text() == "Encounters"
    assert not people.has_unsaved_changes()
    assert records.get(shell.ctx.vault, "people", ROSA)["phone"] != PHONE


def test_save_then_switch(qtbot, shell, example_vault_path, asked):
    main, people = _editing_rosa(qtbot, shell, example_vault_path)
    asked.answers = [Answer.Save]
    with qtbot.waitSignal(people.editor.saved, timeout=10_000):
        main.section_actions["deadlines"].trigger()  # Ctrl+7
    qtbot.waitUntil(lambda: main.current_section() == "deadlines")
    assert records.get(shell.ctx.vault, "people", ROSA)["phone"] == PHONE
    # Coming back and leaving again with nothing changed asks nothing.
    main.show_section("people")
    main.show_section("encounters")
    assert main.current_section() == "encounters" and len(asked) == 1


def test_quit_asks_and_cancel_keeps_the_app_open(qtbot, shell, example_vault_path, asked):
    main, people = _editing_rosa(qtbot, shell, example_vault_path)
    quits: list[bool] = []
    main.quit_requested.connect(lambda: quits.append(True))
    asked.answers = [Answer.Cancel]
    main.quit_action.trigger()  # Ctrl+Q
    assert len(asked) == 1 and quits == []
    assert shell.ctx.unlocked and main.isVisible() and people.has_unsaved_changes()

    asked.answers = [Answer.Save]
    with qtbot.waitSignal(main.quit_requested, timeout=10_000):
        main.quit_action.trigger()
    assert len(asked) == 2
    assert shell.ctx.vault is None  # quitting locked the vault, after the save went in


def test_closing_the_window_asks_first(qtbot, shell, example_vault_path, asked):
    main, people = _editing_rosa(qtbot, shell, example_vault_path)
    asked.answers = [Answer.Cancel]
    main.show_section("dashboard")  # Ctrl+1, from code: asked too, and Cancel kept the changes
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert main.current_section() == "people" and people.has_unsaved_changes()

    asked.answers = [Answer.Cancel]
    assert not main.close()  # the close is put off until the user has answered
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert main.isVisible() and shell.ctx.unlocked

    asked.answers = [Answer.Discard]
    with qtbot.waitSignal(main.quit_requested, timeout=5000):
        main.close()
    assert len(asked) == 3


def test_a_clean_window_closes_without_asking(qtbot, shell, example_vault_path, asked):
    main = unlock_with(qtbot, shell, example_vault_path)
    people = main.show_section("people")
    people.show_record(ROSA)
    main.show_section("encounters")
    assert main.current_section() == "encounters"
    with qtbot.waitSignal(main.quit_requested):
        assert main.close()
    assert asked == []


def test_locking_drops_unsaved_changes_without_asking(qtbot, shell, example_vault_path, asked):
    main, people = _editing_rosa(qtbot, shell, example_vault_path)
    with qtbot.waitSignal(shell.ctx.vault_locked):
        main.lock_action.trigger()  # Ctrl+L
    assert asked == []
    assert not people.has_unsaved_changes() and people.editor.phone.text() == ""
    again = unlock_with(qtbot, shell, example_vault_path)
    assert again.current_section() == "people"
    assert records.get(shell.ctx.vault, "people", ROSA)["phone"] != PHONE

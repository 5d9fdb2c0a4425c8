"""A record section builds its editor only when something needs it, and behaves as before once it
has: a row opened shows its fields, a change is asked about before another section replaces it,
"New" builds it, locking clears it, a language switch before it exists costs nothing.

The app, the unlock window and the vault are real; the question box is answered by clicking its
button, as a user would.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from casefile.services import records
from tests.ui.conftest import unlock_with

ROSA = "p-rosa"
PHONE = "+1 713 555 0177"
Answer = QMessageBox.StandardButton


class QuestionAnswerer:
    """Clicks ``answers`` in turn on each question box that comes up; keeps the questions."""

    def __init__(self, answers: list[QMessageBox.StandardButton]) -> None:
        self.answers = list(answers)
        self.questions: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible() and self.answers:
            self.questions.append(box.text())
            box.button(self.answers.pop(0)).click()

    def stop(self) -> None:
        self.timer.stop()


def _click_sidebar(qtbot, main, key: str) -> None:
    row = [main.sidebar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(main.sidebar.count())].index(key)
    rect = main.sidebar.visualItemRect(main.sidebar.item(row))
    qtbot.mouseClick(main.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _click_row(qtbot, section, record_id: str) -> None:
    index = section.model.index(section.model.row_of(record_id), 0)
    assert index.isValid()
    section.view.scrollTo(index)
    qtbot.mouseClick(section.view.viewport(), Qt.MouseButton.LeftButton, pos=section.view.visualRect(index).center())


def test_opening_a_row_builds_the_editor_and_leaving_still_asks(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    people = main.show_section("people")
    qtbot.waitUntil(lambda: people.model.row_of(ROSA) >= 0)
    assert not people.editor_built
    assert people.splitter.widget(1) is people.editor_hint and people.editor_hint.isVisible()
    assert not people.has_unsaved_changes()
    left: list[bool] = []
    people.maybe_leave(lambda: left.append(True))  # nothing to ask about, and nothing is built for it
    assert left == [True] and not people.editor_built

    # Away and back: still only the list.
    main.show_section("encounters")
    main.show_section("people")
    assert not people.editor_built and not main.sections["encounters"].editor_built

    _click_row(qtbot, people, ROSA)
    qtbot.waitUntil(lambda: people.editor_built and people.editor.record_id == ROSA)
    editor = people.editor
    assert people.splitter.widget(1) is editor and editor.isVisible() and editor.isEnabled()
    assert editor.full_name.text() == "Rosa Elena Quispe Mamani"
    assert editor.heading.text() == "Rosa Elena Quispe Mamani"
    assert people.view.currentIndex().row() == people.model.row_of(ROSA)

    editor.phone.clear()
    qtbot.keyClicks(editor.phone, PHONE)
    assert people.has_unsaved_changes()

    answerer = QuestionAnswerer([Answer.Cancel, Answer.Discard])
    try:
        _click_sidebar(qtbot, main, "foia")
        qtbot.waitUntil(lambda: len(answerer.questions) == 1)
        assert "Rosa Elena Quispe Mamani" in answerer.questions[0]
        assert main.current_section() == "people"  # Cancel: still here, the change kept
        assert people.editor is editor and editor.phone.text() == PHONE and people.has_unsaved_changes()

        _click_sidebar(qtbot, main, "foia")
        qtbot.waitUntil(lambda: main.current_section() == "foia")
        assert len(answerer.questions) == 2
    finally:
        answerer.stop()
    assert not people.has_unsaved_changes()
    assert records.get(shell.ctx.vault, "people", ROSA)["phone"] != PHONE
    assert not main.sections["foia"].editor_built


def test_new_builds_the_editor_and_locking_clears_it(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    encounters = main.show_section("encounters")
    assert not encounters.editor_built
    main.activateWindow()
    encounters.view.setFocus()
    qtbot.waitUntil(encounters.view.hasFocus)
    qtbot.keyClick(encounters.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the section's New
    assert encounters.editor_built
    editor = encounters.editor
    assert editor.active and editor.record_id is None
    assert editor.heading.text() == editor.new_title()
    assert encounters.splitter.widget(1) is editor

    people = main.show_section("people")
    assert people.show_record(ROSA)  # what search and the dashboard use
    assert people.editor.full_name.text() == "Rosa Elena Quispe Mamani"

    shell.lock()
    for section in (encounters, people):
        assert section.editor.record_id is None and not section.editor.active
        assert not section.editor.isEnabled()
    assert people.editor.full_name.text() == ""


def test_a_language_switch_before_the_editor_exists_builds_it_later_in_that_language(qtbot, shell, example_vault_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    people = main.show_section("people")
    shell.set_language("es")
    assert not people.editor_built
    assert people.editor_hint.text() == "Elija una fila de la lista para abrirla aquí."
    assert people.show_record(ROSA)
    assert people.editor.save_button.text() == "&Guardar"
    assert people.editor.full_name.text() == "Rosa Elena Quispe Mamani"

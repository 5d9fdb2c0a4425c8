"""Switching language in Settings with each section and a record open, as a person does it.

Issue 13, finding 4: switching with a record open raised ``RuntimeError`` (the section's
placeholder label had been deleted when the editor took its place) and left the window half
translated. Here every section is opened by clicking the sidebar, a record by clicking its row,
Settings by Ctrl+, and the language is picked with the keyboard (Alt + the label's letter, then
an arrow key); afterwards no visible text may be a catalogue string of the other language.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import unlock_with
from tests.ui.screen_walk import Catalogue, click_list_row, click_section, foreign_texts, mnemonic
from ui import i18n

SECTIONS = ("dashboard", "people", "encounters", "collateral", "documents", "foia", "deadlines", "reports", "trash")
DASHBOARD = {"en": "Dashboard", "es": "Panel"}


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load()


def switch_language(qtbot, shell, main, language: str) -> None:
    """Ctrl+, → Alt+<Language> → arrow key → Enter (OK), and wait for the window to follow."""
    before = getattr(shell, "settings_dialog", None)  # the last one closed and is gone
    main.activateWindow()  # a window manager gives the window back its focus; offscreen has none
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(main, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(shell, "settings_dialog", None) not in (None, before))
    dialog = shell.settings_dialog
    assert dialog.isVisible()
    dialog.activateWindow()  # what a window manager does for a new dialog; offscreen has none
    qtbot.waitUntil(dialog.isActiveWindow)
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(dialog.focusWidget() or dialog, mnemonic(dialog.language_label.text()), alt)
    combo = dialog.language_combo
    assert combo.hasFocus()
    with qtbot.waitSignal(shell.ctx.language_changed):
        qtbot.keyClick(combo, Qt.Key.Key_Down if language == "es" else Qt.Key.Key_Up)
    assert combo.currentData() == language
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # OK is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert i18n.current_language() == language
    qtbot.waitUntil(lambda: main.sidebar.item(0).text() == DASHBOARD[language])


def open_first_record(qtbot, section) -> None:
    view = section.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    click_list_row(qtbot, view, 0)
    qtbot.waitUntil(lambda: section.editor_built and bool(section.editor.heading.text()))


def assert_all_in(qtbot, main, catalogue: Catalogue, language: str, where: str) -> None:
    wrong = foreign_texts(main, catalogue, language)
    assert wrong == [], f"{where} in {language}: texts of the other language on screen: {wrong}"


def walk_section(qtbot, main, section, key: str, catalogue: Catalogue, language: str) -> None:
    """Check what the section shows; the encounter editor's steps are clicked one by one."""
    assert_all_in(qtbot, main, catalogue, language, key)
    editor = getattr(section, "_editor", None)
    steps = getattr(editor, "steps", None)
    if steps is not None:
        for row in range(steps.count()):
            click_list_row(qtbot, steps, row)
            assert editor.stack.currentIndex() == row
            assert_all_in(qtbot, main, catalogue, language, f"{key}, step {row + 1}")


@pytest.mark.parametrize("key", SECTIONS)
def test_language_switched_both_ways_with_each_section_open(qtbot, shell, example_vault_path, catalogue, key):
    main = unlock_with(qtbot, shell, example_vault_path)
    main.resize(1366, 740)
    # Every record section has a record open, the way a working day leaves them.
    for other in ("people", "encounters", "documents", "foia", "deadlines"):
        open_first_record(qtbot, click_section(qtbot, main, other))
    section = click_section(qtbot, main, key)
    if key in ("people", "encounters", "documents", "foia", "deadlines"):
        open_first_record(qtbot, section)
    assert_all_in(qtbot, main, catalogue, "en", key)
    if key == "encounters":
        click_list_row(qtbot, section.editor.steps, 4)  # 5. Biometrics

    for language in ("es", "en"):
        step = section.editor.current_page() if key == "encounters" else 0
        switch_language(qtbot, shell, main, language)
        assert main.current_section() == key
        if key == "encounters":  # the rebuilt form stays on the step being read
            assert step > 0 and section.editor.stack.currentIndex() == step
        walk_section(qtbot, main, section, key, catalogue, language)
        for other in SECTIONS:  # and every other section, as it is opened next
            if other != key:
                walk_section(qtbot, main, click_section(qtbot, main, other), other, catalogue, language)
        click_section(qtbot, main, key)

"""The conflict check as a paralegal meets it (issue 15), typed and clicked: a new person whose
name is Marco Antonio Villeda's — the man agents came for when the clinic's client Rosa Elena
Quispe Mamani was detained as collateral (the example vault) — shows him in a panel above the
form, with why he may be adverse to Rosa; Save waits; the user opens his case in a window (the
form keeps what was typed), or confirms "not a conflict" with a reason, which a note keeps."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from casefile.queries import paging
from casefile.queries.kinds import KINDS
from tests.ui.conftest import unlock_with
from tests.ui.screen_walk import click, click_list_row, click_section


def people_count(shell) -> int:
    return paging.count(shell.ctx.vault.connection(), KINDS["people"], {}, "")


def _new_person_named(qtbot, shell, example_vault_path, name: str):
    main = unlock_with(qtbot, shell, example_vault_path)
    section = click_section(qtbot, main, "people")
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    click(qtbot, section.new_button)
    editor = section.editor
    qtbot.waitUntil(lambda: editor.active and editor.record_id is None)
    qtbot.keyClicks(editor.full_name, name)
    panel = editor.conflicts.panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.hits.count() == 1, timeout=10_000)
    return section, editor, panel


def test_typing_a_conflicting_name_shows_who_and_why_and_save_waits(qtbot, shell, example_vault_path):
    _section, editor, panel = _new_person_named(qtbot, shell, example_vault_path, "Villeda, Marco Antonio")
    shown = panel.hits.item(0).text()
    assert shown.startswith("Marco Antonio Villeda")
    assert "Rosa Elena Quispe Mamani" in shown and "ABA Model Rule 1.7(a)(2)" in shown
    assert "Encounter of 2026-09-15: Target (person sought), Not present" in shown
    assert "1 possibly adverse" in panel.title.text()
    before = people_count(shell)
    qtbot.keyClick(editor.full_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save
    qtbot.waitUntil(lambda: "Not saved yet" in editor.status.text())
    assert people_count(shell) == before and editor.record_id is None

    click(qtbot, panel.cancel_button)  # keep editing: the form is as typed
    assert editor.full_name.text() == "Villeda, Marco Antonio" and editor.is_dirty()
    assert people_count(shell) == before


def test_not_a_conflict_with_a_reason_saves_and_keeps_the_reason(qtbot, shell, example_vault_path):
    _section, editor, panel = _new_person_named(qtbot, shell, example_vault_path, "Marco Antonio Villeda")
    click(qtbot, panel.clear_button)
    assert panel.reason.isVisible()
    click(qtbot, panel.confirm_button)  # no reason yet: refused, nothing saved
    assert "Say why this is not a conflict" in editor.status.text() and editor.record_id is None
    qtbot.keyClicks(panel.reason, "Another man of the same name, born in Honduras in 1961")
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        click(qtbot, panel.confirm_button)
    new_id = saved.args[0]["id"]
    assert saved.args[0]["full_name"] == "Marco Antonio Villeda"
    conn = shell.ctx.vault.connection()

    def recorded() -> bool:  # the note, then the audit entry, written on the worker after the save
        return conn.execute(
            "SELECT count(*) FROM audit WHERE record_id = ? AND action = 'conflict-cleared'", (new_id,)
        ).fetchone()[0] == 1

    qtbot.waitUntil(recorded, timeout=10_000)
    text = json.loads(conn.execute("SELECT data FROM notes WHERE person_id = ?", (new_id,)).fetchone()[0])["text"]
    assert "born in Honduras in 1961" in text and "p-target" in text
    assert not panel.isVisible()


def test_opening_the_person_found_keeps_what_was_typed(qtbot, shell, example_vault_path):
    _section, editor, panel = _new_person_named(qtbot, shell, example_vault_path, "Quispe, Rosa")
    qtbot.keyClicks(editor.a_number, "208114563")
    qtbot.waitUntil(lambda: "Same A-number" in panel.hits.item(0).text(), timeout=10_000)
    click_list_row(qtbot, panel.hits, 0)
    click(qtbot, panel.open_button)
    page = editor.conflicts.case_page
    qtbot.waitUntil(lambda: page is not None and page.loads >= 1 and page.isVisible(), timeout=10_000)
    assert page.person_id == "p-rosa"
    assert editor.record_id is None and editor.full_name.text() == "Quispe, Rosa"
    assert editor.a_number.text() == "208114563" and editor.is_dirty()
    page.close()


def _quick_dialog(qtbot, shell, example_vault_path, typed: str):
    main = unlock_with(qtbot, shell, example_vault_path)
    section = click_section(qtbot, main, "encounters")
    click(qtbot, section.new_button)
    editor = section.editor
    click_list_row(qtbot, editor.steps, 6)  # 7. People & outcomes
    click(qtbot, editor.participants.add_button)
    picker = editor.participants.detail.person
    qtbot.keyClicks(picker.edit, typed)
    click(qtbot, picker.new_button)
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and type(w).__name__ == "QuickPersonDialog"
    )
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    panel = dialog.conflicts.panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.hits.count() == 1, timeout=10_000)
    return picker, dialog, panel


def test_the_encounters_new_person_offers_the_person_found(qtbot, shell, example_vault_path):
    picker, dialog, panel = _quick_dialog(qtbot, shell, example_vault_path, "Villeda Marco Antonio")
    before = people_count(shell)
    assert "Rosa Elena Quispe Mamani" in panel.hits.item(0).text()
    click(qtbot, panel.open_button)  # "Use this person"
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert picker.value() == "p-target"
    assert people_count(shell) == before


def test_the_encounters_new_person_not_a_conflict_adds_them_with_the_reason(qtbot, shell, example_vault_path):
    picker, dialog, panel = _quick_dialog(qtbot, shell, example_vault_path, "Marco Antonio Villeda")
    before = people_count(shell)
    click(qtbot, panel.clear_button)
    qtbot.keyClicks(panel.reason, "His son of the same name, born 2001")
    click(qtbot, panel.confirm_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    new_id = picker.value()
    assert new_id and new_id != "p-target" and people_count(shell) == before + 1
    conn = shell.ctx.vault.connection()

    def noted() -> bool:
        return conn.execute("SELECT count(*) FROM notes WHERE person_id = ?", (new_id,)).fetchone()[0] == 1

    qtbot.waitUntil(noted, timeout=10_000)

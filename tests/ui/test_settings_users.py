"""Settings → Users, driven by real clicks and keystrokes: add a colleague, remove them (the vault
is re-encrypted with progress shown), and the removed colleague's passphrase no longer opens it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from casefile.errors import CasefileError
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER
from tests.ui.conftest import unlock_with

LEFT = Qt.MouseButton.LeftButton
CARLOS_PW = "orchid-tractor-velvet-harbor"


def _open_users_tab(qtbot, shell):
    shell.open_settings()
    dialog = shell.settings_dialog
    qtbot.waitExposed(dialog)
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
    assert dialog.tabs.currentWidget() is dialog.users_page
    page = dialog.users_page
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    return dialog, page


def _row_of(page, name: str) -> int:
    (row,) = [r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == name]
    return row


def test_add_and_remove_a_colleague_from_settings(qtbot, shell, example_vault_path):
    unlock_with(qtbot, shell, example_vault_path)
    vault = shell.ctx.vault
    dialog, page = _open_users_tab(qtbot, shell)
    assert page.table.item(0, 0).text() == USER and "you" in page.table.item(0, 2).text()

    # Two different passphrases: refused with a message, nothing added.
    qtbot.keyClicks(page.name_edit, "carlos")
    qtbot.keyClicks(page.new_edit, CARLOS_PW)
    qtbot.keyClicks(page.again_edit, "orchid-tractor-velvet-harbour")
    qtbot.mouseClick(page.add_button, LEFT)
    assert "differ" in page.message.text()
    assert page.table.rowCount() == 1

    qtbot.keyClicks(page.again_edit, CARLOS_PW)
    qtbot.mouseClick(page.add_button, LEFT)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=20_000)
    assert "carlos was added" in page.message.text()
    assert page.name_edit.text() == "" and page.new_edit.text() == ""
    row = _row_of(page, "carlos")
    assert page.table.item(row, 1).text() == "Paralegal" and page.table.item(row, 2).text() == "Active"

    # You cannot remove yourself: the button stays off on your own row.
    qtbot.mouseClick(
        page.table.viewport(), LEFT, pos=page.table.visualItemRect(page.table.item(_row_of(page, USER), 0)).center()
    )
    assert not page.remove_button.isEnabled()

    key_before = vault.raw_key_for_backup()
    seen: list[int] = []
    page.progress.valueChanged.connect(seen.append)
    item = page.table.item(_row_of(page, "carlos"), 0)
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=page.table.visualItemRect(item).center())
    assert page.remove_button.isEnabled()
    qtbot.mouseClick(page.remove_button, LEFT)
    qtbot.waitUntil(lambda: page.confirm_box is not None and page.confirm_box.isVisible())
    assert "carlos" in page.confirm_box.text()
    qtbot.mouseClick(page.confirm_box.button(QMessageBox.StandardButton.Yes), LEFT)
    qtbot.waitUntil(lambda: "was removed" in page.message.text(), timeout=60_000)
    qtbot.waitUntil(lambda: "Removed" in page.table.item(_row_of(page, "carlos"), 2).text(), timeout=10_000)
    assert not page.progress.isVisible()
    assert seen and max(seen) == 100  # the re-encryption reported its progress to the end
    assert vault.raw_key_for_backup() != key_before
    actions = [r[0] for r in vault.connection().execute("SELECT action FROM audit ORDER BY seq")]
    assert [a for a in actions if a in ("remove-user", "rekey")] == ["remove-user", "rekey"]
    dialog.reject()

    shell.lock()
    with pytest.raises(CasefileError):
        Vault.open(example_vault_path, CARLOS_PW)
    # The app's user unlocks as before, through the unlock window.
    unlock_with(qtbot, shell, example_vault_path, PASSPHRASE)
    assert shell.ctx.vault.user == USER


def test_change_your_passphrase_from_settings(qtbot, shell, example_vault_path):
    unlock_with(qtbot, shell, example_vault_path)
    dialog, page = _open_users_tab(qtbot, shell)
    new = "quiet-lantern-mosaic-pepper"
    qtbot.keyClicks(page.mine_edit, new)
    qtbot.keyClicks(page.mine_again_edit, new)
    qtbot.mouseClick(page.change_button, LEFT)
    qtbot.waitUntil(lambda: "passphrase was changed" in page.message.text(), timeout=20_000)
    assert page.mine_edit.text() == ""
    dialog.reject()
    shell.lock()
    with pytest.raises(CasefileError):
        Vault.open(example_vault_path, PASSPHRASE)
    unlock_with(qtbot, shell, example_vault_path, new)
    actions = [r[0] for r in shell.ctx.vault.connection().execute("SELECT action FROM audit ORDER BY seq")]
    assert "change-passphrase" in actions


def test_the_wizard_points_to_the_users_page(qtbot):
    from ui.wizard import UserPage

    page = UserPage()
    qtbot.addWidget(page)
    assert "Settings → Users" in page.note.text()

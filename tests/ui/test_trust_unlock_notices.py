"""Issue 11 in the app: what an unlock found but did not stop for is said over the main window,
and a mistyped recovery key is called a typo, both in the user's words (typed, real events)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from casefile.vault import keys
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER
from tests.ui.conftest import UNLOCK_TIMEOUT_MS


def test_a_damaged_key_slot_is_said_after_the_unlock(qtbot, shell, tmp_path):
    path = tmp_path / "v"
    vault, _ = Vault.create(path, USER, PASSPHRASE)
    vault.add_user("jorge", "tangerine-violin-harbor-glacier")
    vault.close()
    damaged = next(p for p in (path / "keys").glob("*.slot") if json.loads(p.read_text())["user"] == "jorge")
    damaged.write_bytes(damaged.read_bytes()[:100])

    shell.vault_path = path
    window = shell.show_unlock()
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.secret_edit, PASSPHRASE)
    with qtbot.waitSignal(shell.ctx.vault_unlocked, timeout=UNLOCK_TIMEOUT_MS):
        qtbot.keyClick(window.secret_edit, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: shell.notice_box is not None and shell.notice_box.isVisible(), timeout=5_000)
    box = shell.notice_box
    assert "A key file of this vault is damaged" in box.text()
    assert damaged.name in box.detailedText()
    assert box.parent() is shell.main_window
    qtbot.mouseClick(box.button(box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5_000)


def test_a_clean_unlock_says_nothing_more(qtbot, shell, new_vault):
    vault, _ = new_vault
    vault.close()
    shell.vault_path = vault.path
    window = shell.show_unlock()
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.secret_edit, PASSPHRASE)
    with qtbot.waitSignal(shell.ctx.vault_unlocked, timeout=UNLOCK_TIMEOUT_MS):
        qtbot.keyClick(window.secret_edit, Qt.Key.Key_Return)
    assert shell.notice_box is None


def test_a_mistyped_recovery_key_is_called_a_typo(qtbot, shell, new_vault):
    vault, recovery = new_vault
    vault.close()
    assert keys.recovery_form(recovery).checked
    wrong = recovery[:5] + ("B" if recovery[5] != "B" else "C") + recovery[6:]  # one character off
    shell.vault_path = vault.path
    window = shell.show_unlock()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.recovery_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.secret_edit, wrong)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy, timeout=UNLOCK_TIMEOUT_MS)
    assert "mistyped" in window.message.text()
    assert not shell.ctx.unlocked

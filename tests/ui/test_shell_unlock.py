"""Unlock window: wrong then right passphrase, the recovery key, and failures shown as sentences
(never a traceback): a damaged vault, a vault held by another Casefile, the self-test start."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import UNLOCK_TIMEOUT_MS, unlock_with


def _try(qtbot, window, secret: str) -> None:
    window.secret_edit.setText(secret)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert window.busy  # the work went to a worker; the UI stayed responsive
    assert window.busy_bar.isVisible()
    qtbot.waitUntil(lambda: not window.busy, timeout=UNLOCK_TIMEOUT_MS)


def test_wrong_passphrase_then_right(qtbot, shell, example_vault_path):
    shell.vault_path = example_vault_path
    window = shell.show_unlock()
    qtbot.waitExposed(window)
    assert window.secret_edit.echoMode() == QLineEdit.EchoMode.Password
    assert window.selected_vault() == example_vault_path.resolve()

    assert window.vault_combo.itemData(0, Qt.ItemDataRole.ToolTipRole) == str(example_vault_path.resolve())
    _try(qtbot, window, "not-the-right-passphrase")
    assert window.message.isVisible()
    assert "does not open this vault" in window.message.text()
    # Messages are plain text (a name or a path in one is never read as markup) and selectable.
    assert window.message.textFormat() == Qt.TextFormat.PlainText
    assert window.message.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    # The field keeps what was typed, selected, ready to be retyped.
    assert window.secret_edit.text() == "not-the-right-passphrase"
    assert window.secret_edit.selectedText() == "not-the-right-passphrase"
    assert not shell.ctx.unlocked
    assert window.error_box is None

    with qtbot.waitSignal(shell.ctx.vault_unlocked, timeout=UNLOCK_TIMEOUT_MS):
        window.secret_edit.setText(PASSPHRASE)
        qtbot.keyClick(window.secret_edit, Qt.Key.Key_Return)
    assert shell.ctx.unlocked
    assert shell.ctx.vault.user == "maria"
    assert window.secret_edit.text() == ""  # nothing typed lingers in the hidden window
    assert not window.isVisible()
    assert shell.main_window.isVisible()
    assert shell.settings.recent_vaults[0] == str(example_vault_path.resolve())


def test_recovery_key_opens_the_vault(qtbot, shell, new_vault):
    vault, recovery = new_vault
    vault.close()
    shell.vault_path = vault.path
    window = shell.show_unlock()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.recovery_button, Qt.MouseButton.LeftButton)
    assert window.secret_label.text() == "&Recovery key:"
    with qtbot.waitSignal(shell.ctx.vault_unlocked, timeout=UNLOCK_TIMEOUT_MS):
        window.secret_edit.setText(recovery.lower().replace("-", " "))
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert shell.ctx.unlocked


def test_damaged_vault_gets_a_message_not_a_traceback(qtbot, shell, example_vault_path):
    db = example_vault_path / "vault.db"
    data = bytearray(db.read_bytes())
    for offset in range(4096 + 100, 4096 + 164):  # scribble over the second page
        data[offset] ^= 0xFF
    db.write_bytes(bytes(data))
    before = db.read_bytes()

    shell.vault_path = example_vault_path
    window = shell.show_unlock()
    qtbot.waitExposed(window)
    _try(qtbot, window, PASSPHRASE)
    assert not shell.ctx.unlocked
    assert "damaged" in window.message.text()
    assert window.error_box is not None and window.error_box.isVisible()
    text = window.error_box.text() + (window.error_box.detailedText() or "")
    assert "Traceback" not in text and 'File "' not in text
    assert "backup" in window.error_box.text()
    assert db.read_bytes() == before  # left untouched for recovery
    window.error_box.close()


def test_vault_open_elsewhere_is_refused_with_its_own_message(qtbot, shell, example_vault_path):
    holder = Vault.open(example_vault_path, PASSPHRASE)
    try:
        shell.vault_path = example_vault_path
        window = shell.show_unlock()
        qtbot.waitExposed(window)
        _try(qtbot, window, PASSPHRASE)
        assert "open in another Casefile" in window.message.text()
        assert not shell.ctx.unlocked
    finally:
        holder.close()
    main = unlock_with(qtbot, shell, example_vault_path)
    assert main.isVisible()


def test_an_upgrade_at_unlock_says_so(qtbot, shell, tmp_path):
    # A vault the first release made (tests/fixtures/vaults/schema-1): the first unlock brings it
    # up to date and the busy line says why this unlock takes longer.
    from tests.frozen_vaults import copy_frozen

    path, _facts = copy_frozen(1, tmp_path / "old-vault")
    shell.vault_path = path
    window = shell.show_unlock()
    qtbot.waitExposed(window)
    shown: list[str] = []
    set_text = window.busy_label.setText
    window.busy_label.setText = lambda text: (shown.append(text), set_text(text))
    with qtbot.waitSignal(shell.ctx.vault_unlocked, timeout=UNLOCK_TIMEOUT_MS):
        qtbot.keyClicks(window.secret_edit, PASSPHRASE)
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert any(text.startswith("Updating this vault for this version of Casefile") for text in shown)
    assert window.busy_label.text().startswith("Unlocking…")  # back to the usual line for next time


def test_self_test_starts_to_the_unlock_window_and_exits_0(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CASEFILE_DATA_DIR": str(tmp_path / "d"),
        "CASEFILE_CONFIG_DIR": str(tmp_path / "c"),
        "CASEFILE_LOG_DIR": str(tmp_path / "l"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "casefile.cli", "gui", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_each_vault_offers_its_own_user_and_a_wrong_name_does_not_read_as_data_loss(
    qtbot, shell, example_vault_path, tmp_path
):
    """Issue 13, finding 10: the user name of one vault was offered for another, and the unlock
    then said a key file was missing. Driven by keys: arrows in the vault list, typed text."""
    other = tmp_path / "other clinic"
    Vault.create(other, "luis", PASSPHRASE)[0].close()
    shell.settings.remember_vault(other)  # opened on this laptop before, by its path only
    shell.vault_path = example_vault_path
    window = shell.show_unlock()
    qtbot.waitExposed(window)
    assert window.selected_vault() == example_vault_path.resolve()
    with qtbot.waitSignal(shell.ctx.vault_unlocked, timeout=UNLOCK_TIMEOUT_MS):
        qtbot.keyClicks(window.secret_edit, PASSPHRASE)
        qtbot.keyClick(window.secret_edit, Qt.Key.Key_Return)
    assert shell.ctx.require_vault().user == "maria"
    shell.lock()

    # The other vault, chosen with the arrow key: maria is not offered there.
    assert window.user_edit.text() == "maria"
    qtbot.keyClick(window.vault_combo, Qt.Key.Key_Down)
    assert window.selected_vault() == other.resolve()
    assert window.user_edit.text() == ""
    with qtbot.waitSignal(shell.ctx.vault_unlocked, timeout=UNLOCK_TIMEOUT_MS):
        qtbot.keyClicks(window.secret_edit, PASSPHRASE)
        qtbot.keyClick(window.secret_edit, Qt.Key.Key_Return)
    assert shell.ctx.require_vault().user == "luis"
    shell.lock()

    # Each vault now remembers its own user, whichever is chosen.
    assert window.selected_vault() == other.resolve() and window.user_edit.text() == "luis"
    qtbot.keyClick(window.vault_combo, Qt.Key.Key_Down)
    assert window.selected_vault() == example_vault_path.resolve() and window.user_edit.text() == "maria"
    qtbot.keyClick(window.vault_combo, Qt.Key.Key_Up)
    assert window.user_edit.text() == "luis"

    # A name this vault does not have is said as such, not as a missing key file.
    qtbot.keyClick(window.user_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.user_edit, "maria")
    qtbot.keyClicks(window.secret_edit, PASSPHRASE)
    qtbot.keyClick(window.secret_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.busy and window.message.text() != "", timeout=UNLOCK_TIMEOUT_MS)
    assert not shell.ctx.unlocked
    text = window.message.text()
    assert "no user by that name" in text and "Nothing is missing" in text
    assert "missing" not in text.replace("Nothing is missing", "")

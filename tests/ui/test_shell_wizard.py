"""First-run wizard: it creates a real vault, refuses weak passphrases with a reason, and shows
the recovery key once, behind a mandatory "I have stored it"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWizard

from casefile.vault import keys
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE
from ui.wizard import PAGE_PASSPHRASE, PAGE_RECOVERY, key_lines, paint_recovery_key


def _wizard_to_passphrase(qtbot, shell, folder: Path):
    wizard = shell.show_wizard()
    qtbot.waitExposed(wizard)
    wizard.location_page.path_edit.setText(str(folder))
    wizard.next()
    # The login name is proposed; replace it, as a person would, by selecting all and typing.
    qtbot.keyClick(wizard.user_page.name_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(wizard.user_page.name_edit, "maria")
    wizard.next()
    assert wizard.currentId() == PAGE_PASSPHRASE
    return wizard


def test_wizard_creates_a_vault_on_disk(qtbot, shell, tmp_path):
    folder = tmp_path / "clinic vault"
    wizard = _wizard_to_passphrase(qtbot, shell, folder)
    page = wizard.passphrase_page
    finish = wizard.button(QWizard.WizardButton.CommitButton)

    # A weak passphrase: the meter says why, and the vault cannot be created yet.
    qtbot.keyClicks(page.first_edit, "password1")
    qtbot.keyClicks(page.second_edit, "password1")
    qtbot.waitUntil(lambda: page.reason.text() != "")
    assert "Too weak" in page.reason.text()
    assert not page.isComplete()
    assert not finish.isEnabled()

    # A mismatch is said at the field.
    page.first_edit.setText(PASSPHRASE)
    page.second_edit.setText(PASSPHRASE + "x")
    qtbot.waitUntil(lambda: page.match.isVisible())
    assert "not the same" in page.match.text()
    page.second_edit.setText(PASSPHRASE)
    qtbot.waitUntil(page.isComplete)
    assert "strong enough" in page.reason.text()

    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RECOVERY, timeout=15_000)
    assert (folder / "casefile-vault.json").is_file()
    assert (folder / "vault.db").is_file()

    recovery = wizard.recovery_page
    key = recovery.key
    assert keys.normalize_recovery_key(key) == key
    assert recovery.key_label.text() == key_lines(key)
    # The key cannot be selected (so not copied to the clipboard by accident).
    assert recovery.key_label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    finish_button = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish_button.isEnabled()
    recovery.stored_box.setChecked(True)
    assert finish_button.isEnabled()

    with qtbot.waitSignal(wizard.vault_created):
        qtbot.mouseClick(finish_button, Qt.MouseButton.LeftButton)
    # The app went straight into the new, empty vault.
    assert shell.ctx.unlocked
    assert shell.main_window is not None and shell.main_window.isVisible()
    assert shell.settings.recent_vaults[0] == str(folder.resolve())
    assert shell.settings.last_user == "maria"

    # The recovery key opens the vault by itself once the app has locked it.
    shell.lock()
    Vault.open(folder, key).close()


def test_wizard_refuses_a_folder_that_holds_files(qtbot, shell, tmp_path):
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "letter.txt").write_text("hello")
    wizard = shell.show_wizard()
    qtbot.waitExposed(wizard)
    wizard.location_page.path_edit.setText(str(tmp_path / "busy"))
    wizard.next()
    assert wizard.currentId() == 0
    assert "already holds files" in wizard.location_page.message.text()


def test_recovery_sheet_paints_the_key():
    image = QImage(850, 1100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_recovery_key(
        painter, QRectF(0, 0, 850, 1100), "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789", "/clinic/vault", "2026-11-23"
    )
    painter.end()
    inked = sum(1 for y in range(300, 500, 4) for x in range(0, 850, 4) if QColor(image.pixel(x, y)).lightness() < 128)
    assert inked > 50  # the key's band is drawn, not left blank


def test_wizard_creates_a_vault_with_every_default_untouched_by_keys_alone(qtbot, shell, monkeypatch):
    """Issue 13, finding 3 / must-show 2: a clinic keeps the proposed folder, name and role and
    only types the passphrase twice; Enter moves on, Space confirms the key is stored. Next never
    enabled before, because the default folder was a mandatory field left at its initial value."""
    from casefile.paths import default_vault_path

    monkeypatch.setenv("USER", "clinicuser")  # what getpass.getuser() reads first
    monkeypatch.setenv("LOGNAME", "clinicuser")
    folder = default_vault_path()
    wizard = shell.show_wizard()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    assert wizard.location_page.path_edit.text() == str(folder)

    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    qtbot.keyClick(wizard.location_page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == 1)
    assert wizard.user_page.name_edit.text() == "clinicuser"
    assert wizard.user_page.role_combo.currentData() == "admin"
    qtbot.keyClick(wizard.user_page.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_PASSPHRASE)

    page = wizard.passphrase_page
    qtbot.keyClicks(page.first_edit, PASSPHRASE)
    qtbot.keyClick(page.first_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.second_edit, PASSPHRASE)
    qtbot.waitUntil(page.isComplete)
    qtbot.keyClick(page.second_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RECOVERY, timeout=15_000)
    assert (folder / "casefile-vault.json").is_file()

    recovery = wizard.recovery_page
    key = recovery.key
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    qtbot.keyClick(recovery.stored_box, Qt.Key.Key_Space)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.vault_created):
        qtbot.keyClick(recovery.stored_box, Qt.Key.Key_Return)
    assert shell.ctx.unlocked
    assert shell.ctx.require_vault().user == "clinicuser"
    shell.lock()
    # The vault on disk opens with what was typed, for the defaulted user, with the admin role.
    with Vault.open(folder, PASSPHRASE, user="clinicuser") as vault:
        role = vault.connection().execute("SELECT role FROM users WHERE name = 'clinicuser'").fetchone()[0]
    assert role == "admin"
    Vault.open(folder, key).close()

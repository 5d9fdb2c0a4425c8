"""The unlock window: pick a vault, type the passphrase (or the recovery key), open it.

Opening derives the key with Argon2id (~200 ms), so it runs in a worker while a busy bar shows.
A wrong passphrase is said under the field, which keeps its text, selected, so the user can retype
it at once. Other failures (locked by another Casefile, damaged, too new) get their own sentence
from :mod:`ui.messages`; damage also gets a dialog, because the next step is a backup, not a retry.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from casefile import settings as settings_mod
from casefile.settings import Settings
from ui import file_dialogs
from ui.messages import MessageLabel, message_for, set_heading
from ui.workers import JobControl, Workers

if TYPE_CHECKING:  # imported by the unlock itself (or the warm-up), not to show this window
    from casefile.vault.db import Vault

# Failures where the user should stop and read rather than retype.
_DIALOG_KEYS = {"vault_damaged", "vault_too_new", "internal"}


class UnlockWindow(QWidget):
    unlocked = Signal(object)  # the opened casefile.vault.db.Vault
    create_requested = Signal()  # the user wants the first-run wizard

    def __init__(
        self,
        workers: Workers,
        settings: Settings,
        vault_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workers = workers
        self._settings = settings
        self._busy = False
        self._recovery = False
        self.error_box: QMessageBox | None = None
        self.setObjectName("unlockWindow")

        self._build_form()
        self._build_buttons()
        self._lay_out()

        self.unlock_button.clicked.connect(self.unlock)
        self.secret_edit.returnPressed.connect(self.unlock)
        self.secret_edit.textEdited.connect(lambda _t: self.message.clear_message())
        self.browse_button.clicked.connect(self._browse)
        self.recovery_button.clicked.connect(lambda: self.set_recovery_mode(not self._recovery))
        self.create_button.clicked.connect(self.create_requested)
        self.show_secret.toggled.connect(self._toggle_echo)
        self.vault_combo.currentIndexChanged.connect(self._vault_chosen)

        self.set_vaults(vault_path)
        self._retranslate()
        self.resize(560, 420)
        self.setMinimumWidth(460)

    def _build_form(self) -> None:
        self.heading = QLabel()
        set_heading(self.heading, 1.6)
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.vault_combo = QComboBox()
        self.vault_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.vault_combo.setMinimumContentsLength(24)
        self.vault_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.browse_button = QPushButton()
        vault_row = QHBoxLayout()
        vault_row.addWidget(self.vault_combo, 1)
        vault_row.addWidget(self.browse_button)

        self.user_edit = QLineEdit()
        self.user_edit.setMaxLength(200)
        self.secret_label = QLabel()
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setMaxLength(1024)
        self.show_secret = QCheckBox()
        self.message = MessageLabel()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.vault_label = QLabel()
        self.user_label = QLabel()
        self.form.addRow(self.vault_label, vault_row)
        self.form.addRow(self.user_label, self.user_edit)
        self.form.addRow(self.secret_label, self.secret_edit)
        self.form.addRow("", self.show_secret)
        self.form.addRow("", self.message)
        self.vault_label.setBuddy(self.vault_combo)
        self.user_label.setBuddy(self.user_edit)
        self.secret_label.setBuddy(self.secret_edit)

    def _build_buttons(self) -> None:
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_label = QLabel()
        self.busy_label.setWordWrap(True)  # the upgrade's line is two sentences
        self.busy_bar.hide()
        self.busy_label.hide()

        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.recovery_button = QPushButton()
        self.recovery_button.setFlat(True)
        self.recovery_button.setObjectName("linkButton")
        self.create_button = QPushButton()
        self.create_button.setFlat(True)
        self.create_button.setObjectName("linkButton")
        self.buttons_row = buttons = QHBoxLayout()  # laid out at the foot by _lay_out
        buttons.addWidget(self.recovery_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        layout.addLayout(self.buttons_row)

    # ----- texts -----
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock — Casefile"))
        self.heading.setText(self.tr("Unlock your case files"))
        self.intro.setText(self.tr("Everything in the vault is encrypted. Type your passphrase to open it."))
        self.vault_label.setText(self.tr("&Vault:"))
        self.browse_button.setText(self.tr("Open &other…"))
        self.browse_button.setToolTip(self.tr("Choose another vault folder"))
        self.user_label.setText(self.tr("&User (optional):"))
        self.user_edit.setPlaceholderText(self.tr("Your user name in this vault"))
        self.show_secret.setText(self.tr("&Show what I type"))
        self.unlock_button.setText(self.tr("Un&lock"))
        self.unlock_button.setToolTip(self.tr("Open the vault (Enter)"))
        self.create_button.setText(self.tr("Create a &new vault…"))
        self.busy_label.setText(self._unlocking_text())
        if self._recovery:
            self.secret_label.setText(self.tr("&Recovery key:"))
            self.secret_edit.setPlaceholderText("XXXX-XXXX-XXXX-…")
            self.recovery_button.setText(self.tr("Use my &passphrase instead"))
        else:
            self.secret_label.setText(self.tr("&Passphrase:"))
            self.secret_edit.setPlaceholderText("")
            self.recovery_button.setText(self.tr("Use recovery &key"))
        self.vault_combo.setAccessibleName(self.tr("Vault"))
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.secret_edit.setAccessibleName(self.tr("Recovery key") if self._recovery else self.tr("Passphrase"))
        self.busy_bar.setAccessibleName(self.tr("Unlocking"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # ----- vault list -----
    def set_vaults(self, preferred: Path | None = None) -> None:
        paths = [str(Path(preferred).resolve())] if preferred else []
        paths += [p for p in self._settings.recent_vaults if p not in paths]
        self.vault_combo.clear()
        for path in paths:
            # The folder's name first: the rest of the path is elided on narrow screens.
            self.vault_combo.addItem(f"{Path(path).name}  —  {Path(path).parent}", path)
            self.vault_combo.model().item(self.vault_combo.count() - 1).setToolTip(path)
        self.vault_combo.setCurrentIndex(0 if paths else -1)
        self._vault_chosen(self.vault_combo.currentIndex())  # also when the index did not change

    def _vault_chosen(self, _index: int) -> None:
        # Each vault's own user, never the name last used in another vault.
        self.user_edit.setText(self._settings.user_for(self.selected_vault()))
        self.message.clear_message()

    def selected_vault(self) -> Path | None:
        data = self.vault_combo.currentData()
        return Path(data) if data else None

    def _browse(self) -> None:
        start = str(self.selected_vault() or Path.home())
        folder = file_dialogs.existing_directory(self, self.tr("Choose the vault folder"), start)
        if folder:
            self.set_vaults(Path(folder))

    def set_recovery_mode(self, on: bool) -> None:
        self._recovery = on
        self.secret_edit.clear()
        self.message.clear_message()
        self._retranslate()
        self.secret_edit.setFocus()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.secret_edit.setEchoMode(mode)

    # ----- unlocking -----
    @property
    def busy(self) -> bool:
        return self._busy

    def reset(self, vault_path: Path | None = None, user: str | None = None) -> None:
        """Back to a clean form (after locking): nothing typed remains."""
        if vault_path is not None:
            self.set_vaults(vault_path)
        if user is not None:
            self.user_edit.setText(user)
        self.secret_edit.clear()
        self.show_secret.setChecked(False)
        self.message.clear_message()
        if self._recovery:
            self.set_recovery_mode(False)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.vault_combo.count() == 0:
            self.browse_button.setFocus()
        else:
            self.secret_edit.setFocus()

    def unlock(self) -> None:
        if self._busy:
            return
        path = self.selected_vault()
        secret = self.secret_edit.text()
        if path is None:
            self.message.show_message(self.tr("Choose the vault folder first (Open other…)."))
            self.browse_button.setFocus()
            return
        if not secret:
            if self._recovery:
                self.message.show_message(self.tr("Type the recovery key."))
            else:
                self.message.show_message(self.tr("Type your passphrase."))
            self.secret_edit.setFocus()
            return
        user = self.user_edit.text().strip() or None

        def job(control: JobControl) -> Vault:
            from casefile.vault.db import Vault

            vault = Vault.open(path, secret, user=user, on_upgrade=lambda: control.progress(0, "upgrade"))
            _upgrade_slot(vault, secret)
            return vault

        self._set_busy(True)
        self.message.clear_message()
        self._workers.submit(job, on_success=self._opened, on_failure=self._failed, on_progress=self._progressed)

    def _unlocking_text(self) -> str:
        return self.tr("Unlocking… checking the passphrase takes a moment.")

    def _progressed(self, _percent: int, what: str) -> None:
        if what == "upgrade" and self._busy:
            self.busy_label.setText(self.tr(
                "Updating this vault for this version of Casefile. This happens once and can take a "
                "minute on a large vault; nothing is lost if it is interrupted."))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.vault_combo,
            self.browse_button,
            self.user_edit,
            self.secret_edit,
            self.unlock_button,
            self.recovery_button,
            self.create_button,
        ):
            widget.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        if not busy:
            self.busy_label.setText(self._unlocking_text())  # after an upgrade's message

    def _opened(self, vault: Vault) -> None:
        self._set_busy(False)
        self.secret_edit.clear()
        if vault.user != "recovery":
            self._settings.remember_vault(vault.path, vault.user)
            self._settings.last_user = vault.user
        else:
            self._settings.remember_vault(vault.path)
        # The recent-vault list is a convenience; failing to keep it must not block work.
        with contextlib.suppress(OSError):
            settings_mod.save(self._settings)
        self.unlocked.emit(vault)

    def _failed(self, key: str, message: str) -> None:
        self._set_busy(False)
        text = message_for(key, message)
        self.message.show_message(text)
        self.secret_edit.setFocus()
        self.secret_edit.selectAll()
        if key in _DIALOG_KEYS:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                self.tr("The vault cannot be opened"),
                text,
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
            if key != "internal" and message and message != text:
                box.setDetailedText(message)
            self.error_box = box
            box.open()


def _upgrade_slot(vault: Vault, secret: str) -> None:
    """Make the key slot just used revocable if an earlier Casefile wrote it (casefile/vault/users.py)."""
    from casefile.errors import CasefileError
    from casefile.logs import log_unexpected
    from casefile.vault import users

    try:
        users.upgrade_slot(vault, secret)
    except (CasefileError, OSError) as exc:
        # The vault works as before; only removing a user needs this, and then says what is missing.
        log_unexpected(exc, "upgrade key slot")

"""First run: where the vault lives, who the first user is, the passphrase, the recovery key.

The vault is created when the passphrase page is committed (in a worker: two Argon2id key slots
take a moment). The recovery key is then shown once, large, with "Print…"; Finish stays disabled
until the user ticks that they have stored it. The key is never put on the clipboard and the
label showing it is not selectable, so it cannot end up there by accident.

The pages are in ``ui/wizard_start.py`` (location, first user) and ``ui/wizard_secret.py``
(passphrase, recovery key).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from casefile.vault.db import Vault
from ui.wizard_secret import PassphrasePage, RecoveryPage, key_lines, paint_recovery_key
from ui.wizard_start import LocationPage, UserPage, folder_problem
from ui.workers import Workers

__all__ = [
    "PAGE_LOCATION",
    "PAGE_PASSPHRASE",
    "PAGE_RECOVERY",
    "PAGE_USER",
    "FirstRunWizard",
    "LocationPage",
    "PassphrasePage",
    "RecoveryPage",
    "UserPage",
    "folder_problem",
    "key_lines",
    "paint_recovery_key",
]

PAGE_LOCATION, PAGE_USER, PAGE_PASSPHRASE, PAGE_RECOVERY = range(4)


class FirstRunWizard(QWizard):
    vault_created = Signal(object)  # the new, unlocked Vault, after Finish

    def __init__(
        self,
        workers: Workers,
        on_language: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
        default_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.location_page = LocationPage(on_language, default_path)
        self.user_page = UserPage()
        self.passphrase_page = PassphrasePage(workers)
        self.recovery_page = RecoveryPage()
        self.setPage(PAGE_LOCATION, self.location_page)
        self.setPage(PAGE_USER, self.user_page)
        self.setPage(PAGE_PASSPHRASE, self.passphrase_page)
        self.setPage(PAGE_RECOVERY, self.recovery_page)
        self.currentIdChanged.connect(self._page_changed)
        self._retranslate()
        self.resize(720, 540)
        self.setMinimumSize(600, 460)

    @property
    def vault(self) -> Vault | None:
        return self.passphrase_page.vault

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create your vault — Casefile"))
        for page in (self.location_page, self.user_page, self.passphrase_page, self.recovery_page):
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _page_changed(self, page_id: int) -> None:
        if page_id == PAGE_RECOVERY:
            self.recovery_page.set_key(self.passphrase_page.recovery_key)
            # The vault exists now: going back or cancelling would only lose the key.
            self.setOption(QWizard.WizardOption.NoCancelButton, True)

    def accept(self) -> None:
        vault = self.vault
        self.passphrase_page.recovery_key = ""
        self.recovery_page.key = ""
        self.recovery_page.key_label.clear()
        super().accept()
        if vault is not None:
            self.vault_created.emit(vault)

    def reject(self) -> None:
        if self.passphrase_page.creating:
            return  # the worker is writing the vault; closing now would orphan it
        if self.vault is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Recovery key not confirmed"),
                self.tr(
                    "The vault was created, but you have not confirmed that you stored the "
                    "recovery key. It will not be shown again. Close anyway?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            vault = self.vault
            super().reject()
            self.vault_created.emit(vault)
            return
        super().reject()

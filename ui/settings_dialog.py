"""Settings: auto-lock minutes, report paper, language, backup reminder; and the vault's users.

Saved with :func:`casefile.settings.save` when the user presses OK. Choosing a language applies
it at once (every open window retranslates), and Cancel puts the previous one back. The Users tab
(ui/users_page.py, shown while a vault is unlocked) changes the vault at once, not on OK.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casefile import settings as settings_mod
from casefile.settings import Settings
from ui.i18n import language_names
from ui.messages import MessageLabel

if TYPE_CHECKING:
    from ui.context import AppContext


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        apply_language: Callable[[str], None],
        parent: QWidget | None = None,
        ctx: AppContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        self._apply_language = apply_language
        self._original_language = settings.language

        self.lock_label = QLabel()
        self.lock_spin = QSpinBox()
        self.lock_spin.setRange(1, 240)
        self.lock_spin.setValue(settings.auto_lock_minutes)
        self.paper_label = QLabel()
        self.paper_combo = QComboBox()
        self.paper_combo.addItem("Letter", "letter")
        self.paper_combo.addItem("A4", "a4")
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(settings.paper)))
        self.language_label = QLabel()
        self.language_combo = QComboBox()
        for code, name in language_names():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.backup_label = QLabel()
        self.backup_spin = QSpinBox()
        self.backup_spin.setRange(1, 90)
        self.backup_spin.setValue(settings.backup_reminder_days)
        self.message = MessageLabel()

        form = QFormLayout()
        form.addRow(self.lock_label, self.lock_spin)
        form.addRow(self.backup_label, self.backup_spin)
        form.addRow(self.paper_label, self.paper_combo)
        form.addRow(self.language_label, self.language_combo)
        for label, field in (
            (self.lock_label, self.lock_spin),
            (self.backup_label, self.backup_spin),
            (self.paper_label, self.paper_combo),
            (self.language_label, self.language_combo),
        ):
            label.setBuddy(field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(self.message)
        general_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, "")
        self.users_page = None
        if ctx is not None and ctx.unlocked:
            from ui.users_page import UsersPage

            self.users_page = UsersPage(ctx)
            self.tabs.addTab(self.users_page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self._retranslate()
        self.setMinimumWidth(460)
        # The first setting, not the tab bar, has the focus at first: keyboard use (Alt+letter,
        # Tab) goes on as it did before the dialog had tabs.
        self.lock_spin.setFocus()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings — Casefile"))
        self.tabs.setTabText(0, self.tr("General"))  # no mnemonic: the letters are the fields'
        if self.users_page is not None:
            self.tabs.setTabText(1, self.tr("&Users"))
        self.lock_label.setText(self.tr("&Lock after this many minutes without use:"))
        self.lock_spin.setSuffix(self.tr(" min"))
        self.lock_spin.setAccessibleName(self.tr("Minutes before locking"))
        self.backup_label.setText(self.tr("&Remind me to back up after:"))
        self.backup_spin.setSuffix(self.tr(" days"))
        self.backup_spin.setAccessibleName(self.tr("Days before the backup reminder"))
        self.paper_label.setText(self.tr("Report &paper size:"))
        self.paper_combo.setItemText(0, self.tr("US Letter"))
        self.paper_combo.setItemText(1, self.tr("A4"))
        self.paper_combo.setAccessibleName(self.tr("Report paper size"))
        self.language_label.setText(self.tr("Lan&guage / Idioma:"))  # Alt+L is the lock field's
        self.language_combo.setAccessibleName(self.tr("Language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _language_chosen(self, _index: int) -> None:
        self._apply_language(self.language_combo.currentData())

    def accept(self) -> None:
        self.settings.auto_lock_minutes = self.lock_spin.value()
        self.settings.backup_reminder_days = self.backup_spin.value()
        self.settings.paper = self.paper_combo.currentData()
        self.settings.language = self.language_combo.currentData()
        try:
            settings_mod.save(self.settings)
        except OSError as exc:
            self.message.show_message(
                self.tr("The settings could not be saved: %1").replace("%1", exc.strerror or str(exc))
            )
            return
        super().accept()

    def reject(self) -> None:
        if self.language_combo.currentData() != self._original_language:
            self._apply_language(self._original_language)
        super().reject()

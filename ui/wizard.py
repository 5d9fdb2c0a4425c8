"""First run: where the vault lives, who the first user is, the passphrase, the recovery key.

The vault is created when the passphrase page is committed (in a worker: two Argon2id key slots
take a moment). The recovery key is then shown once, large, with "Print…"; Finish stays disabled
until the user ticks that they have stored it. The key is never put on the clipboard and the
label showing it is not selectable, so it cannot end up there by accident.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
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
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from casefile.domain.enums import USER_ROLE
from casefile.domain.passphrase import assess
from casefile.paths import default_vault_path
from casefile.vault.db import Vault
from ui import file_dialogs
from ui.i18n import current_language, language_names
from ui.messages import MessageLabel, message_for, strength_text
from ui.workers import JobControl, Workers

PAGE_LOCATION, PAGE_USER, PAGE_PASSPHRASE, PAGE_RECOVERY = range(4)


def folder_problem(path: Path) -> str:
    """Why a vault cannot be created at ``path`` ('' when it can); English, for tr() by callers."""
    if not str(path).strip():
        return "empty"
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        return "not-empty"
    return ""


def paint_recovery_key(painter: QPainter, page: QRectF, key: str, vault: str, when: str) -> None:
    """Draw the recovery key sheet (used for printing; a test paints it on an image)."""
    margin = page.width() * 0.08
    area = page.adjusted(margin, margin, -margin, -margin)
    title_font = QFont(painter.font())
    title_font.setPointSizeF(18)
    title_font.setBold(True)
    body_font = QFont(painter.font())
    body_font.setPointSizeF(11)
    key_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    key_font.setPointSizeF(22)
    key_font.setBold(True)
    y = area.top()
    painter.setFont(title_font)
    height = painter.fontMetrics().height() * 2
    painter.drawText(
        QRectF(area.left(), y, area.width(), height),
        Qt.TextFlag.TextWordWrap,
        QCoreApplication.translate("RecoveryKeySheet", "Casefile recovery key"),
    )
    y += height
    painter.setFont(body_font)
    info = (
        QCoreApplication.translate("RecoveryKeySheet", "Vault: %1\nCreated: %2")
        .replace("%1", vault)
        .replace("%2", when)
    )
    height = painter.fontMetrics().height() * 3
    painter.drawText(QRectF(area.left(), y, area.width(), height), Qt.TextFlag.TextWordWrap, info)
    y += height
    painter.setFont(key_font)
    height = painter.fontMetrics().height() * 3
    painter.drawText(QRectF(area.left(), y, area.width(), height), Qt.AlignmentFlag.AlignCenter, key_lines(key))
    y += height + painter.fontMetrics().height()
    painter.setFont(body_font)
    painter.drawText(
        QRectF(area.left(), y, area.width(), area.bottom() - y),
        Qt.TextFlag.TextWordWrap,
        QCoreApplication.translate(
            "RecoveryKeySheet",
            "This key opens every case file in the vault if a passphrase is forgotten. Keep this "
            "sheet locked away from the laptop, for example in the office safe. Do not photograph "
            "it or send it by email.",
        ),
    )


def key_lines(key: str) -> str:
    """The key in two lines of four groups, easier to read aloud and copy by hand."""
    groups = key.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "\n" + "-".join(groups[half:])


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in the environment or the password database
        return ""


class LocationPage(QWizardPage):
    def __init__(self, on_language: Callable[[str], None] | None, default_path: Path | None = None) -> None:
        super().__init__()
        self._on_language = on_language
        self.language_label = QLabel("Language / Idioma:")
        self.language_combo = QComboBox()
        for code, name in language_names():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current_language())))
        self.language_combo.setAccessibleName("Language / Idioma")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path_label = QLabel()
        self.path_edit = QLineEdit(str(default_path or default_vault_path()))
        self.choose_button = QPushButton()
        self.message = MessageLabel()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.path_label, row)
        form.addRow("", self.message)
        self.path_label.setBuddy(self.path_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        # Not a mandatory ("path*") field: Qt counts one filled only once it differs from its
        # initial value, so the proposed default folder would keep Next disabled (issue 13,
        # finding 3). isComplete() below asks for a non-empty path instead.
        self.registerField("path", self.path_edit)
        self.choose_button.clicked.connect(self._choose)
        self.path_edit.textChanged.connect(lambda _t: self.message.clear_message())
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where to keep your case files"))
        self.setSubTitle(self.tr("Casefile keeps everything in one encrypted vault folder on this computer."))
        self.intro.setText(
            self.tr(
                "The vault is a new, empty folder. Keep it on this laptop's own disk; make backups "
                "to an external drive from the File menu."
            )
        )
        self.path_label.setText(self.tr("Vault &folder:"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.path_edit.setAccessibleName(self.tr("Vault folder"))

    def _language_chosen(self, _index: int) -> None:
        if self._on_language is not None:
            self._on_language(self.language_combo.currentData())

    def _choose(self) -> None:
        start = str(Path(self.path_edit.text()).parent)
        folder = file_dialogs.existing_directory(self, self.tr("Choose a folder for the vault"), start)
        if folder:
            chosen = Path(folder)
            if chosen.exists() and any(chosen.iterdir()):
                chosen = chosen / "Casefile vault"
            self.path_edit.setText(str(chosen))

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        problem = folder_problem(Path(self.path_edit.text().strip()))
        if problem == "not-empty":
            self.message.show_message(
                self.tr(
                    "That folder already holds files. Choose a new or empty folder; Casefile never "
                    "writes over existing files."
                )
            )
            return False
        return not problem


class UserPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.name_label = QLabel()
        # The login name, as `casefile init` uses: a default the user may keep.
        self.name_edit = QLineEdit(_login_name())
        self.name_edit.setMaxLength(100)
        self.role_label = QLabel()
        self.role_combo = QComboBox()
        for role in USER_ROLE:
            self.role_combo.addItem(role, role)
        # The first user administers the vault (adds colleagues later); set before the field is
        # registered, so it is also the value Back restores.
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData("admin")))
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.role_label, self.role_combo)
        form.addRow("", self.note)
        self.name_label.setBuddy(self.name_edit)
        self.role_label.setBuddy(self.role_combo)
        # Not mandatory ("user*") for the same reason as the folder: a kept default counts.
        self.registerField("user", self.name_edit)
        self.registerField("role", self.role_combo, "currentData")
        self.name_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.retranslate()

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who you are"))
        self.setSubTitle(self.tr("Every change in the vault is recorded with the name of the person who made it."))
        self.name_label.setText(self.tr("Your &name:"))
        self.name_edit.setPlaceholderText(self.tr("e.g. maria or Maria Lopez"))
        self.role_label.setText(self.tr("&Role:"))
        labels = {
            "attorney": self.tr("Attorney"),
            "paralegal": self.tr("Paralegal"),
            "volunteer": self.tr("Volunteer"),
            "admin": self.tr("Administrator"),
        }
        for i in range(self.role_combo.count()):
            self.role_combo.setItemText(i, labels.get(self.role_combo.itemData(i), self.role_combo.itemData(i)))
        self.note.setText(self.tr("You can add colleagues with their own passphrases later, in Settings → Users."))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.role_combo.setAccessibleName(self.tr("Role"))


class PassphrasePage(QWizardPage):
    """Passphrase twice, a live strength meter with the reason; committing creates the vault."""

    def __init__(self, workers: Workers) -> None:
        super().__init__()
        self._workers = workers
        self.vault: Vault | None = None
        self.recovery_key = ""
        self._creating = False
        self._strength_ok = False
        self._assessed = ""
        self.setCommitPage(True)
        self.first_label = QLabel()
        self.first_edit = QLineEdit()
        self.second_label = QLabel()
        self.second_edit = QLineEdit()
        for edit in (self.first_edit, self.second_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(1024)
        self.show_box = QCheckBox()
        self.meter = QProgressBar()
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.verdict = QLabel()
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.match = MessageLabel()
        self.message = MessageLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        form = QFormLayout()
        form.addRow(self.first_label, self.first_edit)
        form.addRow(self.second_label, self.second_edit)
        form.addRow("", self.show_box)
        form.addRow("", self.meter)
        form.addRow("", self.verdict)
        form.addRow("", self.reason)
        form.addRow("", self.match)
        self.first_label.setBuddy(self.first_edit)
        self.second_label.setBuddy(self.second_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self._assess)
        self.first_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.second_edit.textChanged.connect(lambda _t: self._check_match())
        self.show_box.toggled.connect(self._toggle_echo)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("The passphrase is the only way into the vault besides the recovery key."))
        self.hint.setText(
            self.tr(
                "Use four or more unrelated words, like “lavender canoe quartz mitten”. Long and "
                "unusual beats short and complicated. Casefile cannot recover a forgotten passphrase."
            )
        )
        self.first_label.setText(self.tr("&Passphrase:"))
        self.second_label.setText(self.tr("&Again:"))
        self.show_box.setText(self.tr("&Show what I type"))
        self.first_edit.setAccessibleName(self.tr("Passphrase"))
        self.second_edit.setAccessibleName(self.tr("Passphrase again"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create vault"))
        self._assess()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first_edit.setEchoMode(mode)
        self.second_edit.setEchoMode(mode)

    def _inputs(self) -> tuple[str, ...]:
        wizard = self.wizard()
        if wizard is None:
            return ()
        return (str(wizard.field("user") or ""), Path(str(wizard.field("path") or "")).name)

    def _assess(self) -> None:
        text = self.first_edit.text()
        self._assessed = text
        verdicts = [self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Strong"), self.tr("Very strong")]
        if not text:
            self.meter.setValue(0)
            self.verdict.setText("")
            self.reason.setText("")
            self._strength_ok = False
        else:
            strength = assess(text, self._inputs())
            self.meter.setValue(strength.score)
            self._strength_ok = strength.acceptable
            self.verdict.setText(self.tr("Strength: %1").replace("%1", verdicts[strength.score]))
            self.meter.setProperty("acceptable", strength.acceptable)
            self.meter.style().unpolish(self.meter)
            self.meter.style().polish(self.meter)
            if strength.acceptable:
                self.reason.setText(self.tr("Good: this passphrase is strong enough."))
            else:
                why = " ".join(p for p in (strength_text(strength.reason), strength_text(strength.suggestion)) if p)
                self.reason.setText(self.tr("Too weak: %1").replace("%1", why))
        self._check_match()

    def _check_match(self) -> None:
        second = self.second_edit.text()
        if second and second != self.first_edit.text():
            self.match.show_message(self.tr("The two passphrases are not the same."))
        else:
            self.match.clear_message()
        self.completeChanged.emit()

    @property
    def creating(self) -> bool:
        return self._creating

    def isComplete(self) -> bool:
        first = self.first_edit.text()
        return (
            not self._creating
            and bool(first)
            and first == self.second_edit.text()
            and self._assessed == first
            and self._strength_ok
        )

    def validatePage(self) -> bool:
        if self.vault is not None:
            return True
        if self._creating:
            return False
        wizard = self.wizard()
        path = Path(str(wizard.field("path")).strip())
        user = str(wizard.field("user")).strip()
        role = str(wizard.field("role") or "admin")
        passphrase = self.first_edit.text()

        def job(_control: JobControl) -> tuple[Vault, str]:
            return Vault.create(path, user, passphrase, role=role)

        self._creating = True
        self.busy.show()
        self.message.show_message(self.tr("Creating the vault…"), "info")
        for widget in (self.first_edit, self.second_edit, self.show_box):
            widget.setEnabled(False)
        self.completeChanged.emit()
        self._workers.submit(job, on_success=self._created, on_failure=self._failed)
        return False

    def _created(self, result: tuple[Vault, str]) -> None:
        self.vault, self.recovery_key = result
        self._creating = False
        self.busy.hide()
        self.message.clear_message()
        self.first_edit.clear()
        self.second_edit.clear()
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _failed(self, key: str, message: str) -> None:
        self._creating = False
        self.busy.hide()
        for widget in (self.first_edit, self.second_edit, self.show_box):
            widget.setEnabled(True)
        self.message.show_message(message_for(key, message))
        self.completeChanged.emit()


class RecoveryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.key = ""
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.9 if font.pointSizeF() > 0 else 18)
        font.setBold(True)
        self.key_label.setFont(font)
        self.print_button = QPushButton()
        self.stored_box = QCheckBox()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.key_label)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        layout.addWidget(self.stored_box)
        self.stored_box.toggled.connect(lambda _on: self.completeChanged.emit())
        self.print_button.clicked.connect(self.print_key)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr("It is shown only this once."))
        self.intro.setText(
            self.tr(
                "If a passphrase is ever forgotten, this key is the only way back into the vault. "
                "Print it or write it down now."
            )
        )
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print the recovery key on paper"))
        self.warning.setText(
            self.tr(
                "Keep it away from the laptop, for example in the office safe. Anyone with this key and "
                "the laptop can open every case file. Do not photograph it, email it or save it in a file."
            )
        )
        self.stored_box.setText(self.tr("I have &stored the recovery key in a safe place"))
        self.key_label.setAccessibleName(self.tr("Recovery key"))

    def set_key(self, key: str) -> None:
        self.key = key
        self.key_label.setText(key_lines(key))

    def isComplete(self) -> bool:
        return bool(self.key) and self.stored_box.isChecked()

    def print_key(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        try:
            wizard = self.wizard()
            vault = str(wizard.field("path")) if wizard is not None else ""
            from casefile.clock import now_iso

            paint_recovery_key(
                painter, QRectF(printer.pageRect(QPrinter.Unit.DevicePixel)), self.key, vault, now_iso()[:10]
            )
        finally:
            painter.end()


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

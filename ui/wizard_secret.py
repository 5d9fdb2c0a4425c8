"""The wizard's last two pages: the passphrase (the vault is created when it is committed) and the
recovery key, shown once with "Print…", and the printed key sheet.

Moved out of ``ui/wizard.py`` (issue 14, item 5); the pages keep their class names, so their
translation contexts did not change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from casefile.domain.passphrase import assess
from casefile.vault.db import Vault
from ui.messages import MessageLabel, message_for, strength_text
from ui.workers import JobControl, Workers


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

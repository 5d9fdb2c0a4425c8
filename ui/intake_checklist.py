"""The intake checklist in the person form (issue 15): a button with the client's progress
("3 of 11 done") that opens the checklist, one row per item (what to ask for or learn, why, with
its rule, a status and a note), in the language the app speaks. What is chosen becomes the
person's ``intake`` field and is saved with the rest of the form; the PDF for the client is the
"Intake checklist" report (Reports section, or ``casefile report intake``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casefile import catalogue
from casefile.domain import intake
from ui import i18n
from ui.widgets.choices import EnumCombo

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


def progress_text(value: dict[str, Any] | None) -> str:
    done, total = intake.progress(value)
    return catalogue.text(i18n.current_language(), "intake.progress", done=done, total=total)


class IntakeField(QWidget):
    """The form's field: the progress, and the button that opens the checklist."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: dict[str, Any] | None = None
        self.button = QPushButton(translate("IntakeField", "Intake checklist…"), self)
        self.button.setAccessibleName(translate("IntakeField", "Intake checklist"))
        self.progress = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.progress, 1)
        self.button.clicked.connect(self.open_dialog)
        self.dialog: IntakeDialog | None = None
        self.setValue(None)

    def value(self) -> dict[str, Any] | None:
        return self._value

    def setValue(self, value: dict[str, Any] | None) -> None:
        self._value = value or None
        self.progress.setText(progress_text(self._value))

    def focus_widget(self) -> QWidget:
        return self.button

    def open_dialog(self) -> None:
        self.dialog = IntakeDialog(self._value, self.window())
        self.dialog.accepted.connect(self._accepted)
        self.dialog.open()

    def _accepted(self) -> None:
        if self.dialog is None:
            return
        new = self.dialog.value()
        if new != self._value:
            self.setValue(new)
            self.changed.emit()


class IntakeDialog(QDialog):
    """Every item of the checklist with its status and note; OK hands them to the form."""

    def __init__(self, value: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = i18n.current_language()
        self.setWindowTitle(catalogue.text(lang, "report.intake"))
        self.statuses: dict[str, EnumCombo] = {}
        self.notes: dict[str, QLineEdit] = {}
        body = QWidget()
        grid = QGridLayout(body)
        row = 0
        for group in intake.GROUPS:
            heading = QLabel(catalogue.text(lang, f"intake.group.{group}"))
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            grid.addWidget(heading, row, 0, 1, 3)
            row += 1
            for key in (k for g, k in intake.ITEMS if g == group):
                what = QLabel(catalogue.text(lang, f"intake.item.{key}"))
                what.setWordWrap(True)
                why = QLabel(catalogue.text(lang, f"intake.why.{key}"))
                why.setWordWrap(True)
                why.setEnabled(False)  # read as a secondary line
                status = EnumCombo("intake_status", allow_empty=False)
                status.setValue(intake.status(value, key))
                status.setAccessibleName(what.text())
                note = QLineEdit()
                note.setMaxLength(5000)
                note.setText(intake.note(value, key))
                note.setAccessibleName(translate("IntakeDialog", "Note: %1").replace("%1", what.text()))
                what.setBuddy(status)
                grid.addWidget(what, row, 0)
                grid.addWidget(status, row, 1)
                grid.addWidget(note, row, 2)
                grid.addWidget(why, row + 1, 0, 1, 3)
                self.statuses[key], self.notes[key] = status, note
                row += 2
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.progress = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        for combo in self.statuses.values():
            combo.currentIndexChanged.connect(self._update_progress)
        self._update_progress()
        self.resize(900, 640)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def value(self) -> dict[str, Any] | None:
        return intake.clean(
            {key: (self.statuses[key].value() or "to-do", self.notes[key].text()) for key in intake.KEYS}
        )

    def _update_progress(self, *_args: Any) -> None:
        self.progress.setText(progress_text(self.value()))

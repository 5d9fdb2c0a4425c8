"""Lists of short texts typed one per line: aliases, biometric databases."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget


class TextListEdit(QPlainTextEdit):
    """``value()`` is the non-empty lines, trimmed; ``setValue(list)`` shows one per line."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("One per line"))
        self.setToolTip(self.tr("One per line"))
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self.changed.emit)

    def value(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def setValue(self, values: list[str] | None) -> None:
        self.blockSignals(True)
        self.setPlainText("\n".join(str(v) for v in values or []))
        self.blockSignals(False)

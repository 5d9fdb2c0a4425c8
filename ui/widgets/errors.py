"""The message under a field that was not accepted: icon, words, and an accessible description.

Colour is a hint only: the icon and the sentence carry the meaning, and the field itself gets the
message as its accessible description, so a screen reader announces it with the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStyle, QWidget


class FieldError(QWidget):
    """Hidden until :meth:`show_error`; :meth:`clear` hides it again."""

    shown = Signal()  # a message was put up (by the field's own check or by a save)

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self._field_description = field.accessibleDescription() if field is not None else ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.icon.setAccessibleName(self.tr("Error"))
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # reasons quote what the user typed
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.setAccessibleName(self.tr("Error"))
        self.hide()

    def message(self) -> str:
        return self.text.text() if self.isVisibleTo(self.parentWidget()) or not self.isHidden() else ""

    def show_error(self, message: str) -> None:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.text.setStyleSheet(f"color: {'#ff8a80' if dark else '#b00020'};")
        self.text.setText(message)
        self.setAccessibleDescription(message)
        if self._field is not None:
            self._field.setAccessibleDescription(message)
            self._field.setProperty("invalid", True)
        self.show()
        self.shown.emit()

    def clear(self) -> None:
        self.text.clear()
        self.setAccessibleDescription("")
        if self._field is not None:
            self._field.setAccessibleDescription(self._field_description)
            self._field.setProperty("invalid", False)
        self.hide()

"""The A-number field: checked as the user leaves it, shown as ``A-012-345-678``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from casefile.domain.validate import format_a_number, normalize_a_number
from casefile.errors import ValidationError
from ui.widgets.errors import FieldError


class ANumberEdit(QLineEdit):
    """``value()`` is ``A`` + 9 digits when the text is an A-number, else the text as typed
    (so saving reports it); leaving the field shows the reason at once."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. A-012-345-678 (8 or 9 digits)"))
        self.setMaxLength(40)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("A-000-000-000") * 2 + 24)
        self._error: FieldError | None = None
        self._edited_since_error = False  # the number shown with the error was changed since
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._finished)

    def _edited(self, _text: str) -> None:
        self._edited_since_error = True
        self.changed.emit()

    def set_error_label(self, error: FieldError) -> None:
        self._error = error
        error.shown.connect(self._error_shown)

    def _error_shown(self) -> None:
        self._edited_since_error = False

    def value(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return normalize_a_number(text)
        except ValidationError:
            return text

    def setValue(self, value: str | None) -> None:
        self.setText(format_a_number(value) if value else "")
        if self._error is not None:
            self._error.clear()

    def check(self) -> str:
        text = self.text().strip()
        if not text:
            return ""
        try:
            normalize_a_number(text)
        except ValidationError as exc:
            return exc.reason
        return ""

    def _finished(self) -> None:
        reason = self.check()
        if not reason and self.text().strip():
            formatted = format_a_number(normalize_a_number(self.text()))
            if formatted != self.text():
                self.setText(formatted)
        if self._error is not None:
            if reason:
                self._error.show_error(reason)
            elif self._edited_since_error:
                # An error about the number as it was; one about this very number (the vault's: it
                # belongs to someone else) stays while the user looks elsewhere.
                self._error.clear()

"""A label whose text is made by a function, and made again when the language changes.

For texts that depend on data as well as words ("12 people", "3 deadlines, 1 overdue"): the
number stays, the words follow the language without asking the vault again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget


class WordsLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._words: Callable[[], str] | None = None

    def set_words(self, words: Callable[[], str] | None) -> None:
        """Show ``words()`` now and after every language change; None shows nothing."""
        self._words = words
        self.setText(words() if words is not None else "")

    def clear(self) -> None:
        self.set_words(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._words is not None:
            self.setText(self._words())
        super().changeEvent(event)

"""Help → User guide: the bilingual guide, offline, in the app's current language.

The guide is Markdown in ``resources/guide/guide_<language>.md`` (English and Spanish), shown by a
QTextBrowser that never follows a link out of the app (there is no network to follow it to), and
shown again in the other language when the language is switched.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from casefile.resources import resource_path
from ui.i18n import current_language


def guide_text(language: str) -> str:
    """The guide's Markdown in ``language``, or English when there is none in it."""
    for code in (language, "en"):
        path = resource_path("guide", f"guide_{code}.md")
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # nothing to open: no network, no other files
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.language = ""
        self._retranslate()
        self.resize(760, 640)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide — Casefile"))
        self.browser.setAccessibleName(self.tr("User guide"))
        if self.language != current_language():
            self.language = current_language()
            self.browser.setMarkdown(guide_text(self.language))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

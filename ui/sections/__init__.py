"""The main window's sections, in sidebar order, and how to build one.

Each entry is (key, dotted path of a factory ``make(ctx: AppContext, parent) -> QWidget``). The
module is imported only when its section is first shown, so start-up stays quick and a section
that is missing or fails to build shows a short message instead of taking the window down.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from casefile.logs import log_unexpected

if TYPE_CHECKING:
    from ui.context import AppContext

SECTIONS: list[tuple[str, str]] = [
    ("dashboard", "ui.dashboard.make"),
    ("people", "ui.sections.people.make"),
    ("encounters", "ui.sections.encounters.make"),
    ("collateral", "ui.sections.collateral.make"),
    ("documents", "ui.sections.documents.make"),
    ("foia", "ui.sections.foia.make"),
    ("hearings", "ui.sections.hearings.make"),
    ("officers", "ui.sections.officers.make"),
    ("deadlines", "ui.sections.deadlines.make"),
    ("reports", "ui.sections.reports.make"),
    ("trash", "ui.sections.trash.make"),
]
SECTION_KEYS: tuple[str, ...] = tuple(key for key, _ in SECTIONS)
# Which section shows records of each kind (list name), for ``ctx.open_record``.
SECTION_FOR_KIND: dict[str, str] = {
    "people": "people",
    "encounters": "encounters",
    "documents": "documents",
    "foia_requests": "foia",
    "deadlines": "deadlines",
    "hearings": "hearings",
    "officers": "officers",
    "vehicles": "officers",
    "notes": "people",
}


class SectionPlaceholder(QWidget):
    """Shown where a section cannot be built (not written yet, or it failed)."""

    def __init__(self, failed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.failed = failed
        self.label = QLabel()
        self.label.setObjectName("placeholder")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self._retranslate()

    def _retranslate(self) -> None:
        if self.failed:
            self.label.setText(
                QCoreApplication.translate(
                    "Sections",
                    "This section could not be opened. A report without case data was written to the log folder.",
                )
            )
        else:
            self.label.setText(QCoreApplication.translate("Sections", "This section is not available"))

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def make_section(key: str, ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    """Build the section ``key``; a placeholder when its module does not exist yet or fails."""
    dotted = dict(SECTIONS)[key]
    module_name, _, attr = dotted.rpartition(".")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            return SectionPlaceholder(False, parent)
        log_unexpected(exc, f"section {key}")
        return SectionPlaceholder(True, parent)
    except Exception as exc:  # a bug in a section must not take the whole window down
        log_unexpected(exc, f"section {key}")
        return SectionPlaceholder(True, parent)
    factory = getattr(module, attr, None)
    if factory is None:
        return SectionPlaceholder(False, parent)
    try:
        return factory(ctx, parent)
    except Exception as exc:
        log_unexpected(exc, f"section {key}")
        return SectionPlaceholder(True, parent)

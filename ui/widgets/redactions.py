"""Beside a redacted report's preview: what redaction removed, and the words a person must check.

The core's :class:`casefile.reports.redact.Review` says, for the report on screen, each detail it
replaced (a name, a phone, an address…, with where it stood) and the capitalised words it could
not tell from places — possible names of people who are not in the vault, which were NOT
removed. Both are listed here before the report can be saved, so the person sharing it sees what
will leave and what still needs their judgement.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ui.messages import MessageLabel, set_heading

_CONTEXT = "Redactions"
_WHERE = re.compile(r"^(\w+)\[(\d+)\]\.?(.*)$")


_KINDS = {
    "name": QT_TRANSLATE_NOOP("Redactions", "Name"),
    "a_number": QT_TRANSLATE_NOOP("Redactions", "A-number"),
    "phone": QT_TRANSLATE_NOOP("Redactions", "Phone"),
    "ssn": QT_TRANSLATE_NOOP("Redactions", "Social Security number"),
    "email": QT_TRANSLATE_NOOP("Redactions", "E-mail"),
    "date": QT_TRANSLATE_NOOP("Redactions", "Date"),
    "date_of_birth": QT_TRANSLATE_NOOP("Redactions", "Date of birth"),
    "address": QT_TRANSLATE_NOOP("Redactions", "Address"),
    "plate": QT_TRANSLATE_NOOP("Redactions", "Licence plate"),
    "number": QT_TRANSLATE_NOOP("Redactions", "Identifying number"),
    "record_id": QT_TRANSLATE_NOOP("Redactions", "Record id"),
}
_LISTS = {
    "people": QT_TRANSLATE_NOOP("Redactions", "Person"),
    "encounters": QT_TRANSLATE_NOOP("Redactions", "Encounter"),
    "documents": QT_TRANSLATE_NOOP("Redactions", "Document"),
    "foia_requests": QT_TRANSLATE_NOOP("Redactions", "FOIA request"),
    "deadlines": QT_TRANSLATE_NOOP("Redactions", "Deadline"),
    "notes": QT_TRANSLATE_NOOP("Redactions", "Note"),
}

# The fields where most details stand, in the reader's words (others read as their key).
_FIELDS = {
    "narrative": QT_TRANSLATE_NOOP("Redactions", "narrative"),
    "text": QT_TRANSLATE_NOOP("Redactions", "text"),
    "title": QT_TRANSLATE_NOOP("Redactions", "title"),
    "full_name": QT_TRANSLATE_NOOP("Redactions", "full name"),
    "aliases": QT_TRANSLATE_NOOP("Redactions", "aliases"),
    "a_number": QT_TRANSLATE_NOOP("Redactions", "A-number"),
    "date_of_birth": QT_TRANSLATE_NOOP("Redactions", "date of birth"),
    "phone": QT_TRANSLATE_NOOP("Redactions", "phone"),
    "address": QT_TRANSLATE_NOOP("Redactions", "address"),
    "description": QT_TRANSLATE_NOOP("Redactions", "description"),
    "family_ties": QT_TRANSLATE_NOOP("Redactions", "family ties"),
    "statements": QT_TRANSLATE_NOOP("Redactions", "statements"),
    "statement": QT_TRANSLATE_NOOP("Redactions", "statement"),
    "stop_basis": QT_TRANSLATE_NOOP("Redactions", "stop basis"),
    "records_sought": QT_TRANSLATE_NOOP("Redactions", "records sought"),
    "original_filename": QT_TRANSLATE_NOOP("Redactions", "file name"),
    "tracking_number": QT_TRANSLATE_NOOP("Redactions", "tracking number"),
    "custody_facility": QT_TRANSLATE_NOOP("Redactions", "custody facility"),
    "notes": QT_TRANSLATE_NOOP("Redactions", "notes"),
    "vehicles": QT_TRANSLATE_NOOP("Redactions", "vehicles"),
}


def kind_label(kind: str) -> str:
    """The reader's word for a kind of detail the redaction found."""
    return QCoreApplication.translate(_CONTEXT, _KINDS[kind]) if kind in _KINDS else kind


def where_label(where: str) -> str:
    """``encounters[0].narrative`` → "Encounter 1 · narrative"."""
    match = _WHERE.match(where)
    if match is None:
        return where
    list_name, index, rest = match.groups()
    word = QCoreApplication.translate(_CONTEXT, _LISTS[list_name]) if list_name in _LISTS else list_name
    head = f"{word} {int(index) + 1}"
    if not rest:
        return head
    field = re.sub(r"\[\d+\]", "", rest).rsplit(".", 1)[-1]  # "location.address" → "address"
    name = QCoreApplication.translate(_CONTEXT, _FIELDS[field]) if field in _FIELDS else field.replace("_", " ")
    return f"{head} · {name}"


class RedactionList(QWidget):
    """The proposed redactions of the report shown, and the words left for review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: Any = None
        self.heading = QLabel(self)
        set_heading(self.heading, 1.1)
        self.check_note = MessageLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.check_note)
        layout.addWidget(self.tree, 1)
        self.review_group: QTreeWidgetItem | None = None
        self.found_group: QTreeWidgetItem | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What this redacted report removes"))
        self.tree.setHeaderLabels([self.tr("Text in the vault"), self.tr("Kind"), self.tr("Where")])
        self.tree.setAccessibleName(self.tr("Redactions in the report shown"))
        self.set_review(self.review)

    def clear(self) -> None:
        self.set_review(None)

    def set_review(self, review: Any) -> None:
        """Show ``review`` (a core ``Review``), or hide the list for None (a report not redacted)."""
        self.review = review
        self.tree.clear()
        self.review_group = self.found_group = None
        if review is None:
            self.check_note.clear_message()
            self.hide()
            return
        bold = QFont(self.tree.font())
        bold.setBold(True)
        if review.to_review:
            self.check_note.show_message(
                self.tr(
                    "%n word(s) may be names of people who are not in the vault and were NOT removed. "
                    "Check each one in the preview before you save or print.",
                    "",
                    len(review.to_review),
                ),
                "warning",
            )
            group = QTreeWidgetItem([self.tr("To check: possible names, not removed (%1)")])
            group.setText(0, group.text(0).replace("%1", str(len(review.to_review))))
            group.setFont(0, bold)
            for phrase, places in review.to_review.items():
                item = QTreeWidgetItem([phrase, self.tr("Possible name"), ", ".join(map(where_label, places))])
                item.setToolTip(2, "\n".join(map(where_label, places)))
                group.addChild(item)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
            self.review_group = group
        else:
            self.check_note.show_message(self.tr("No other words that look like names were found."), "info")
        total = sum(review.counts.values())
        group = QTreeWidgetItem([self.tr("Removed or masked (%1)").replace("%1", str(total))])
        group.setFont(0, bold)
        for kind, text, where in review.found:
            group.addChild(QTreeWidgetItem([text, kind_label(kind), where_label(where)]))
        if total > len(review.found):
            more = self.tr("… and %1 more").replace("%1", str(total - len(review.found)))
            group.addChild(QTreeWidgetItem([more, "", ""]))
        self.tree.addTopLevelItem(group)
        group.setExpanded(True)
        self.found_group = group
        self.show()

    def changeEvent(self, event: Any) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

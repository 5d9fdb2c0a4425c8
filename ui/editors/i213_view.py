"""The I-213's own account beside the client's, read-only, on the encounter's comparison page.

Rows come from ``casefile.domain.i213.compare`` (the I-213's fields as released, against the
encounter as the client told it); a differing point reads "≠ DISPUTED" and is bold, so the flag
never depends on colour. Hidden for an encounter without an I-213 account. Labels are the
catalogue's, shared with the case summary.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from casefile import catalogue
from casefile.domain.i213 import compare
from ui import i18n, labels

# The client's side of these points is a machine value, shown by its label.
_CLIENT_FIELDS = {"i213.method": "setting", "i213.consent": "entry"}


class I213View(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setColumnCount(3)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(160)
        self.hide()

    def set_encounter(self, record: dict[str, Any]) -> None:
        lang = i18n.current_language()

        def text(key: str) -> str:
            return catalogue.text(lang, key)

        self.clear()
        rows = compare(record)
        self.setHeaderLabels([text("acc.topic"), text("i213.source"), text("acc.client")])
        for row in rows:
            name = text(row.key) + (f"  {text('acc.disputed')}" if row.differs else "")
            field = _CLIENT_FIELDS.get(row.key)
            client = labels.label(field, row.client) if field and row.client else row.client
            item = QTreeWidgetItem([name, row.i213 or "—", client or "—"])
            item.setData(0, 256, row.key)  # Qt.UserRole: the point's key, for tests and screen readers
            if row.differs:
                font = item.font(0)
                font.setBold(True)
                for column in range(3):
                    item.setFont(column, font)
            self.addTopLevelItem(item)
        self.setVisible(bool(rows))

"""Edit → Cross-case search: every encounter, across all clients, with a badge, a plate or an address.

The search is ``casefile.crosscase.search`` (index reads, issue 15), run in a worker. The results
show as a list of encounters and as a map of the links: each officer or vehicle record matched,
the encounters under it with the role played, and the people in each, clients first. A
double-click or Enter opens the encounter (or, on the map, the officer, vehicle or person).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.context import AppContext
from ui.messages import MessageLabel, message_for
from ui.widgets.guard import run_job
from ui.widgets.linked_encounters import LinksMap


class CrossCaseDialog(QDialog):
    open_record = Signal(str, str)  # list name ("encounters", "officers", "people"...), id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.searches = 0  # results shown (tests wait on it)
        self.badge, self.plate, self.address = QLineEdit(), QLineEdit(), QLineEdit()
        self.search_button = QPushButton()
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.run_search)
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.itemActivated.connect(self._open)  # double-click or Enter
        self.map = LinksMap()
        self.map.open_record.connect(self.open_record)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tree, "")
        self.tabs.addTab(self.map, "")
        self.message = MessageLabel()
        form = QFormLayout()
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, edit in zip(self.labels, (self.badge, self.plate, self.address), strict=True):
            label.setBuddy(edit)
            form.addRow(label, edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self._retranslate()
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.resize(760, 480)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cross-case search"))
        self.labels[0].setText(self.tr("&Badge:"))
        self.labels[1].setText(self.tr("&Plate:"))
        self.labels[2].setText(self.tr("&Address:"))
        self.search_button.setText(self.tr("&Find encounters"))
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Encounter"), self.tr("What matched"), self.tr("People")])
        self.tabs.setTabText(0, self.tr("E&ncounters"))
        self.tabs.setTabText(1, self.tr("&Map of links"))
        self.map.retranslate()

    def run_search(self) -> None:
        vault = self.ctx.vault
        if vault is None:
            return
        from casefile.crosscase import search

        wanted = {"badge": self.badge.text(), "plate": self.plate.text(), "address": self.address.text()}
        self.message.clear_message()
        run_job(self, self.ctx, lambda _c: search(vault, **wanted), on_success=self._show, on_failure=self._failed)

    def _show(self, links: list[Any]) -> None:
        from casefile.crosscase import clients_of

        self.tree.clear()
        client_word = self.tr("client")
        for link in links:
            people = "; ".join(
                f"{p.name} ({client_word if p.is_client else labels.label('role', p.role)})" for p in link.people
            )
            item = QTreeWidgetItem(
                [link.occurred_at[:16].replace("T", " "), link.place, "; ".join(link.matched), people]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, link.encounter_id)
            self.tree.addTopLevelItem(item)
        self.map.show_links(links, self.address.text().strip())
        clients = len(clients_of(links))
        self.summary.setText(self.tr("%1 encounter(s), %2 client(s)").replace("%1", str(len(links))).replace(
            "%2", str(clients)))  # fmt: skip
        self.searches += 1

    def _failed(self, key: str, message: str) -> None:
        self.tree.clear()
        self.map.clear()
        self.summary.clear()
        if key not in ("cancelled", "vault_closed"):
            self.message.show_message(message_for(key, message))
        self.searches += 1

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_record.emit("encounters", str(item.data(0, Qt.ItemDataRole.UserRole)))

"""The encounters one officer, vehicle, badge, plate or address links across clients, as a tree.

The "map of the links" of issue 15: what matched (an officer or vehicle record, or the address)
at the top, each encounter under it with the role played, and under each encounter the people in
it, clients first. The search is ``casefile.crosscase.search`` (index reads), run on the worker by
whoever shows the tree; a double-click or Enter on an encounter or a person opens it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ui import labels

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # the list name of the record a row stands for


def _role(kind: str, role: str) -> str:
    if not role:
        return ""
    shown = labels.label("officer_role" if kind == "officer" else "vehicle_role", role)
    return "" if shown == labels.EMPTY else shown


class LinksMap(QTreeWidget):
    """Officer / vehicle / address → encounters → people."""

    open_record = Signal(str, str)  # list name, id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.itemActivated.connect(self._open)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Links"), self.tr("Role")])

    def show_links(self, links: list[Any], address_title: str = "") -> None:
        """``links``: ``casefile.crosscase.EncounterLink``s, grouped under what they matched through."""
        self.clear()
        groups: dict[tuple[str, str], QTreeWidgetItem] = {}
        client_word = self.tr("client")
        for link in links:
            through = [(v.kind, v.record_id, v.name, v.role) for v in link.via] or [("address", "", address_title, "")]
            for kind, record_id, name, role in through:
                top = groups.get((kind, record_id))
                if top is None:
                    top = QTreeWidgetItem([name or address_title, ""])
                    if record_id:
                        top.setData(0, Qt.ItemDataRole.UserRole, record_id)
                        top.setData(0, KIND_ROLE, "officers" if kind == "officer" else "vehicles")
                    groups[(kind, record_id)] = top
                    self.addTopLevelItem(top)
                when = link.occurred_at[:16].replace("T", " ")
                encounter = QTreeWidgetItem([f"{when} · {link.place}".strip(" ·"), _role(kind, role)])
                encounter.setData(0, Qt.ItemDataRole.UserRole, link.encounter_id)
                encounter.setData(0, KIND_ROLE, "encounters")
                top.addChild(encounter)
                for person in link.people:
                    shown = client_word if person.is_client else labels.label("role", person.role)
                    child = QTreeWidgetItem([person.name, shown])
                    child.setData(0, Qt.ItemDataRole.UserRole, person.person_id)
                    child.setData(0, KIND_ROLE, "people")
                    encounter.addChild(child)
        for top in groups.values():
            top.setText(1, self.tr("%1 encounter(s)").replace("%1", str(top.childCount())))
        self.expandAll()

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        record_id, kind = item.data(0, Qt.ItemDataRole.UserRole), item.data(0, KIND_ROLE)
        if record_id and kind:
            self.open_record.emit(str(kind), str(record_id))

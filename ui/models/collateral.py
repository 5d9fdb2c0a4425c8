"""Collateral arrests: people arrested, detained or removed who were not the ones sought.

Rows come from ``casefile.read.collateral_page`` (one per participant), keyset-paged
on (occurred_at, encounter, position); the only order is by date, newest first by default.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from casefile import read
from ui.models import fmt
from ui.models.paged import Column, PagedTableModel, enum_cell

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls



class CollateralArrestsModel(PagedTableModel):
    kind_name = "collateral_arrests"
    default_descending = True

    def default_sort(self) -> str:
        return "date"

    def make_columns(self) -> list[Column]:
        return [
            Column(lambda: translate("CollateralArrestsModel", "Person"), lambda r: r.get("full_name") or ""),
            Column(lambda: translate("CollateralArrestsModel", "Date"),
                   lambda r: fmt.fmt_datetime(r.get("occurred_at")), "date"),
            Column(lambda: translate("CollateralArrestsModel", "Place"), lambda r: r.get("place") or ""),
            Column(lambda: translate("CollateralArrestsModel", "Setting"),
                   enum_cell("setting", "setting")),
            Column(lambda: translate("CollateralArrestsModel", "Outcome"),
                   enum_cell("outcome", "outcome")),
            Column(lambda: translate("CollateralArrestsModel", "Agency"),
                   enum_cell("agency", "arresting_agency")),
            Column(lambda: translate("CollateralArrestsModel", "Facility"), lambda r: r.get("custody_facility") or ""),
        ]

    def query(self, vault: Any, after: Any, limit: int) -> tuple[list[dict[str, Any]], Any]:
        rows, next_after = read.collateral_page(vault, after=after, limit=limit, descending=self._descending)
        for row in rows:
            # The encounter is what a row opens; its id doubles as the row's id.
            row["id"] = row["encounter_id"]
        return rows, next_after

    def reload_on_kinds(self) -> tuple[str, ...]:
        return ("encounters", "people")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if 0 <= column < len(self.columns) and self.columns[column].sort and descending != self._descending:
            self._descending = descending
            self.reload()

    def encounter_at(self, row: int) -> str | None:
        item = self.row_dict(row)
        return item.get("encounter_id") if item else None

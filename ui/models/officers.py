"""The officers and vehicles lists (issue 15): who or what, badge or plate, agency or make."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.models.paged import Column, PagedTableModel, enum_cell

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


class OfficersModel(PagedTableModel):
    kind_name = "officers"

    def make_columns(self) -> list[Column]:
        return [
            Column(lambda: translate("OfficersModel", "Officer"), lambda r: r.get("display") or "", "name"),
            Column(lambda: translate("OfficersModel", "Badge"), lambda r: r.get("badge") or "", "badge"),
            Column(lambda: translate("OfficersModel", "Agency"), enum_cell("agency", "agency"), "agency"),
            Column(lambda: translate("OfficersModel", "Unit"), lambda r: r.get("unit") or ""),
        ]


class VehiclesModel(PagedTableModel):
    kind_name = "vehicles"

    def make_columns(self) -> list[Column]:
        return [
            Column(lambda: translate("VehiclesModel", "Vehicle"), lambda r: r.get("display") or "", "label"),
            Column(lambda: translate("VehiclesModel", "Plate"), lambda r: r.get("plate") or "", "plate"),
            Column(lambda: translate("VehiclesModel", "State"), lambda r: r.get("state") or ""),
            Column(lambda: translate("VehiclesModel", "Make"), lambda r: r.get("make") or ""),
        ]

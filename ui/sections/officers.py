"""Officers and vehicles (issue 15): two lists in one section, each with its form, history and
trash like every record section. An encounter links to these records with the role each played
(the encounter form's "Officers and vehicles involved"); a record's form finds every encounter it is
in, across clients, and merges two records found to be the same one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from ui.context import AppContext
from ui.models.officers import OfficersModel, VehiclesModel
from ui.sections.base import FilterCombo, RecordSection, plural

if TYPE_CHECKING:
    from ui.editors.base import RecordEditor

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


class OfficersSection(RecordSection):
    kind_name = "officers"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, OfficersModel(ctx), parent)
        self.add_filter("agency", FilterCombo("agency", lambda: translate("OfficersSection", "Any agency")),
                        lambda: translate("OfficersSection", "Filter by agency"))  # fmt: skip
        self.finish_filters()

    def make_editor(self) -> RecordEditor:
        from ui.editors.officer import OfficerEditor

        return OfficerEditor(self.ctx, self)

    def list_name(self) -> str:
        return translate("OfficersSection", "Officers")

    def new_text(self) -> str:
        return translate("OfficersSection", "&New officer")

    def filter_placeholder(self) -> str:
        return translate("OfficersSection", "Search names, badges, units…")

    def count_text(self, count: int) -> str:
        return plural(count, translate("OfficersSection", "1 officer"), translate("OfficersSection", "%1 officers"))


class VehiclesSection(RecordSection):
    kind_name = "vehicles"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, VehiclesModel(ctx), parent)
        self.finish_filters()

    def make_editor(self) -> RecordEditor:
        from ui.editors.officer import VehicleEditor

        return VehicleEditor(self.ctx, self)

    def list_name(self) -> str:
        return translate("OfficersSection", "Vehicles")

    def new_text(self) -> str:
        return translate("OfficersSection", "New &vehicle")

    def filter_placeholder(self) -> str:
        return translate("OfficersSection", "Search plates, makes, markings…")

    def count_text(self, count: int) -> str:
        return plural(count, translate("OfficersSection", "1 vehicle"), translate("OfficersSection", "%1 vehicles"))


class OfficersAndVehicles(QTabWidget):
    """The section: the officers list and the vehicles list as two tabs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.officers = OfficersSection(ctx, self)
        self.vehicles = VehiclesSection(ctx, self)
        self.addTab(self.officers, "")
        self.addTab(self.vehicles, "")
        ctx.open_record.connect(self._open_record)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTabText(0, translate("OfficersSection", "&Officers"))
        self.setTabText(1, translate("OfficersSection", "&Vehicles"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _open_record(self, kind_name: str, _record_id: str) -> None:
        if kind_name == "officers":
            self.setCurrentWidget(self.officers)
        elif kind_name == "vehicles":
            self.setCurrentWidget(self.vehicles)

    def has_unsaved_changes(self) -> bool:
        return self.officers.has_unsaved_changes() or self.vehicles.has_unsaved_changes()

    def maybe_leave(self, proceed: Callable[[], None]) -> None:
        """Each tab with unsaved changes is asked in turn; ``proceed`` once none is left."""
        for section in (self.officers, self.vehicles):
            if section.has_unsaved_changes():
                self.setCurrentWidget(section)
                section.maybe_leave(lambda: self.maybe_leave(proceed))
                return
        proceed()


def make(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return OfficersAndVehicles(ctx, parent)

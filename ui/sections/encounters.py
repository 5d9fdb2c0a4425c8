"""Encounters: raids, stops, checkpoints, jail pickups — newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.models.records import EncountersModel
from ui.sections.base import FilterCombo, RecordSection, plural

if TYPE_CHECKING:
    from ui.editors.base import RecordEditor

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


class EncountersSection(RecordSection):
    kind_name = "encounters"
    # When, setting and place; the form beside it needs the rest for its list of steps (each on
    # one line) and pages that never scroll sideways.
    list_share = 0.42
    whole_columns = (0, 2)  # the date and the place
    spare_columns = (1, 5, 6)  # setting, entry, program: in the form; who was there and the warrant stay
    readable_chars = 14  # the people's first names and the warrant's kind, beside the form at 1366 px
    whole_beside_form = (0,)  # there the place may be cut too, so whose encounter and the warrant show

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, EncountersModel(ctx), parent)
        self.add_filter("setting", FilterCombo("setting", lambda: translate("EncountersSection", "Any setting")),
                        lambda: translate("EncountersSection", "Filter by setting"))
        self.add_filter("warrant_type", FilterCombo(
            "warrant_type", lambda: translate("EncountersSection", "Any warrant")),
            lambda: translate("EncountersSection", "Filter by warrant"))
        self.add_filter("entry", FilterCombo("entry", lambda: translate("EncountersSection", "Any entry")),
                        lambda: translate("EncountersSection", "Filter by how agents entered"))
        self.finish_filters()

    def make_editor(self) -> RecordEditor:
        from ui.editors.encounter import EncounterEditor

        return EncounterEditor(self.ctx, self)

    def list_name(self) -> str:
        return translate("EncountersSection", "Encounters")

    def new_text(self) -> str:
        return translate("EncountersSection", "&New encounter")

    def filter_placeholder(self) -> str:
        return translate("EncountersSection", "Search places, narratives, statements…")

    def count_text(self, count: int) -> str:
        return plural(count, translate("EncountersSection", "1 encounter"),
                      translate("EncountersSection", "%1 encounters"))


def make(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return EncountersSection(ctx, parent)

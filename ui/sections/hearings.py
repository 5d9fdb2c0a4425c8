"""Hearings before the immigration court (issue 15), earliest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.models.hearings import HearingsModel
from ui.sections.base import RecordSection, plural

if TYPE_CHECKING:
    from ui.editors.base import RecordEditor

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


class HearingsSection(RecordSection):
    kind_name = "hearings"
    whole_columns = (0,)  # the date and time are never cut

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, HearingsModel(ctx), parent)
        self.finish_filters()

    def make_editor(self) -> RecordEditor:
        from ui.editors.hearing import HearingEditor

        return HearingEditor(self.ctx, self)

    def list_name(self) -> str:
        return translate("HearingsSection", "Hearings")

    def new_text(self) -> str:
        return translate("HearingsSection", "&New hearing")

    def filter_placeholder(self) -> str:
        return translate("HearingsSection", "Search courts, judges, reasons…")

    def count_text(self, count: int) -> str:
        return plural(count, translate("HearingsSection", "1 hearing"), translate("HearingsSection", "%1 hearings"))


def make(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return HearingsSection(ctx, parent)

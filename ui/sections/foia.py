"""FOIA requests, soonest response due first; computed dates marked "computed — verify"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.models.records import FoiaModel
from ui.sections.base import FilterCombo, RecordSection, plural

if TYPE_CHECKING:
    from ui.editors.base import RecordEditor

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


class FoiaSection(RecordSection):
    kind_name = "foia_requests"
    list_share = 0.46  # agency, subject, status and due date beside the form at 1366 px (issue 13)
    readable_chars = 14  # the subject's name, cut, leaves the form room for its pickers
    spare_columns = (1, 4, 6)  # tracking number, received, appeal due: in the form beside the list
    whole_columns = (5,)  # the response due date, with OVERDUE, is never cut

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, FoiaModel(ctx), parent)
        self.add_filter("agency", FilterCombo("foia_agency", lambda: translate("FoiaSection", "Any agency")),
                        lambda: translate("FoiaSection", "Filter by agency"))
        self.add_filter("status", FilterCombo("foia_status", lambda: translate("FoiaSection", "Any status")),
                        lambda: translate("FoiaSection", "Filter by status"))
        self.finish_filters()

    def make_editor(self) -> RecordEditor:
        from ui.editors.foia import FoiaEditor

        return FoiaEditor(self.ctx, self)

    def list_name(self) -> str:
        return translate("FoiaSection", "FOIA requests")

    def new_text(self) -> str:
        return translate("FoiaSection", "&New FOIA request")

    def filter_placeholder(self) -> str:
        return translate("FoiaSection", "Search records sought, tracking numbers…")

    def count_text(self, count: int) -> str:
        return plural(count, translate("FoiaSection", "1 FOIA request"), translate("FoiaSection", "%1 FOIA requests"))


def make(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return FoiaSection(ctx, parent)

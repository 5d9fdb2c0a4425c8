"""FOIA requests, soonest response due first; computed dates marked "computed — verify"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

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
        # The same request for several clients (issue 17): made and followed in its own dialog.
        self.batch_button = QPushButton(self)
        self.batch_button.clicked.connect(self.open_batches)
        self.extra_filters.addWidget(self.batch_button)
        self.batch_dialog: QWidget | None = None
        self._name_batch_button()

    def _name_batch_button(self) -> None:
        self.batch_button.setText(translate("FoiaSection", "&Batch of requests…"))
        self.batch_button.setToolTip(
            translate("FoiaSection", "The same request for several clients: one request and one letter each")
        )

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "batch_button"):
            self._name_batch_button()

    def open_batches(self, batch: str | None = None) -> None:
        from ui.foia_batch import BatchDialog

        if not self.ctx.unlocked:
            return
        self.batch_dialog = BatchDialog(self.ctx, self, batch or None)
        self.batch_dialog.open()

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

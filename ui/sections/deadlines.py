"""Deadlines: hearings, filings, check-ins, and those computed from other records.

Computed deadlines (FOIA response and appeal, BIA appeal, FTCA claim) are marked "computed —
verify" and open read-only, with a way to the record they come from; overdue ones say so in
words and with an icon, not by colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.models.deadlines import UpcomingDeadlinesModel
from ui.sections.base import ChoiceFilter, RecordSection, plural

if TYPE_CHECKING:
    from ui.editors.base import RecordEditor

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


class DeadlinesSection(RecordSection):
    kind_name = "deadlines"
    list_share = 0.5  # due, status and kind readable; the deadline form is short

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, UpcomingDeadlinesModel(ctx), parent)  # type: ignore[arg-type]
        self.add_filter("view", ChoiceFilter(lambda: [
            ("open", translate("DeadlinesSection", "Overdue and upcoming")),
            ("done", translate("DeadlinesSection", "Done")),
        ]), translate("DeadlinesSection", "Which deadlines to show"))
        self.finish_filters()
        self.model.loaded.connect(self._refresh_count)  # type: ignore[attr-defined]
        self.model.loaded.connect(self._size_columns)  # type: ignore[attr-defined]

    def make_editor(self) -> RecordEditor:
        from ui.editors.deadline import DeadlineEditor

        return DeadlineEditor(self.ctx, self)

    def list_name(self) -> str:
        return translate("DeadlinesSection", "Deadlines")

    def new_text(self) -> str:
        return translate("DeadlinesSection", "&New deadline")

    def filter_placeholder(self) -> str:
        return translate("DeadlinesSection", "Filter by title or person…")

    def count_text(self, count: int) -> str:
        return plural(count, translate("DeadlinesSection", "1 deadline"), translate("DeadlinesSection", "%1 deadlines"))

    def show_record(self, record_id: str, *, ask: bool = True) -> bool:
        if record_id.startswith("computed:"):
            if ask and self._editor_dirty():
                self.editor.maybe_leave(lambda: self.show_record(record_id, ask=False))
                return False
            row = self.model.row_of(record_id)
            deadline: dict[str, Any] | None = self.model.row_dict(row) if row >= 0 else None
            if deadline is None:
                return False
            self.editor.show_computed(deadline)  # type: ignore[attr-defined]
            self._select_id(record_id)
            return True
        return super().show_record(record_id, ask=ask)


def make(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return DeadlinesSection(ctx, parent)

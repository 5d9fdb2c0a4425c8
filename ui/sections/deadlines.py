"""Deadlines: hearings, filings, check-ins, and those computed from other records.

Computed deadlines (FOIA response and appeal, BIA appeal, FTCA claim) are marked "computed —
verify" and open read-only, with a way to the record they come from; overdue ones say so in
words and with an icon, not by colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from casefile.read.deadlines import count_open
from ui.context import AppContext
from ui.models.deadlines import UpcomingDeadlinesModel
from ui.sections.base import ChoiceFilter, RecordSection, plural
from ui.widgets.guard import run_job
from ui.workers import COUNT

if TYPE_CHECKING:
    from ui.editors.base import RecordEditor

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


class DeadlinesSection(RecordSection):
    kind_name = "deadlines"
    list_share = 0.5  # due, status and kind readable; the deadline form is short
    whole_columns = (0,)  # the due date (and time) is never cut

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self._counting = False
        self._count_again = False
        self._count_stale = False
        super().__init__(ctx, UpcomingDeadlinesModel(ctx), parent)  # type: ignore[arg-type]
        self.add_filter("view", ChoiceFilter(lambda: [
            ("open", translate("DeadlinesSection", "Overdue and upcoming")),
            ("done", translate("DeadlinesSection", "Done")),
        ]), lambda: translate("DeadlinesSection", "Which deadlines to show"))
        self.finish_filters()
        self.model.loaded.connect(self._count_open)  # type: ignore[attr-defined]
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

    def _refresh_count(self) -> None:
        """The rows shown, once the whole list is here. The paged list of open deadlines is
        counted once per load instead (:meth:`_count_open`), not once per page."""
        model: UpcomingDeadlinesModel = self.model  # type: ignore[assignment]
        vault = self.ctx.vault
        if vault is None or vault.closed:
            self.count_label.clear()
        elif not model.loading and (model.exhausted or not model.paged):
            loaded = model.rowsLoaded
            self.count_label.set_words(lambda: self.count_text(loaded))

    def _count_open(self) -> None:
        """How many deadlines are open and how many overdue, counted on a worker: a count reads
        every source in full, which the first page does not wait for."""
        model: UpcomingDeadlinesModel = self.model  # type: ignore[assignment]
        vault = self.ctx.vault
        if vault is None or vault.closed or model.exhausted or not model.paged:
            return
        if not self.isVisible():
            self._count_stale = True  # a record saved elsewhere: counted when the list is shown
            self.count_label.clear()
            return
        self._count_stale = False
        if self._counting:
            self._count_again = True
            return
        self._counting = True
        self.count_label.clear()
        run_job(self, self.ctx, lambda _c: count_open(vault), priority=COUNT, on_success=self._counted,
                on_failure=lambda _key, _message: self._counted(None))

    def _counted(self, counts: tuple[int, int] | None) -> None:
        self._counting = False
        if self._count_again:
            self._count_again = False
            self._count_open()
            return
        model: UpcomingDeadlinesModel = self.model  # type: ignore[assignment]
        if counts is None or model.loading or model.exhausted or not model.paged or not self.ctx.unlocked:
            return
        total, overdue = counts

        def words() -> str:
            text = self.count_text(total)
            if overdue:
                text = translate("DeadlinesSection", "%1, %2 overdue").replace("%1", text).replace(
                    "%2", QLocale().toString(overdue))
            return text

        self.count_label.set_words(words)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._count_stale:
            self._count_open()

    def show_record(self, record_id: str, *, ask: bool = True) -> bool:
        if record_id.startswith(("computed:", "hearing:")):  # a hearing record's row reads like a computed one
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

"""Deadlines as the Deadlines section lists them: stored and computed, overdue first.

Computed deadlines (FOIA response and appeal, BIA appeal, FTCA claim) are derived by
``casefile.services.deadlines`` from other records; the lists, the done view and the counts
are ``casefile.read.deadlines``. The open ones (the section's first view)
come a page at a time from ``open_pages``, the longest overdue first, so the list shows at once
whatever the vault holds (a vault with 100 000 encounters has some 25 000 open deadlines, which
took about a second to compute in full). The done ones, and the open ones narrowed by the text
filter, are computed in full on a worker and held in memory. The model offers the same small
interface as the paged models, so the section code is shared.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from casefile.read import deadlines as deadline_reads
from casefile.read.deadlines import PAGE_SIZE, DeadlineRows
from ui import labels
from ui.context import AppContext
from ui.messages import message_for
from ui.models import fmt
from ui.models.lists import DeadlineListModel
from ui.models.paged import KEEP_AT_MOST, Index
from ui.models.titles import title_text
from ui.widgets.guard import run_job
from ui.workers import SHOWN

__all__ = ["PAGE_SIZE", "UpcomingDeadlinesModel"]
SOURCE_KINDS = ("deadlines", "foia_requests", "people", "encounters", "hearings")


def named_rows(found: DeadlineRows) -> list[dict[str, Any]]:
    """The rows, each with ``person_name``: the linked person as pickers name them."""
    names = {person_id: title_text(person) for person_id, person in found.people.items()}
    for row in found.rows:
        row["person_name"] = names.get(str(row.get("person_id") or ""), "")
    return found.rows


class UpcomingDeadlinesModel(DeadlineListModel):
    loadFailed = Signal(str)
    loaded = Signal()  # a first page, or a whole list, is in (not after a further page)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(ctx, parent)
        self.ctx = ctx
        self._view = "open"
        self._text = ""
        self._all: list[dict[str, Any]] = []
        self._haystacks: list[str] = []  # the text filter's words of each row of _all, once made
        self._after: Any = None  # the order key the next page starts after (paged view)
        self._exhausted = True
        self._generation = 0  # results of a load started before the last reload are dropped
        self._loading = False
        self._fetching = False
        ctx.vault_unlocked.connect(self.reload)
        ctx.record_saved.connect(self._record_saved)
        if ctx.unlocked:
            self.reload()

    def _record_saved(self, kind_name: str, _record_id: str) -> None:
        if kind_name in SOURCE_KINDS:
            self.reload(keep=len(self._rows))

    @property
    def paged(self) -> bool:
        """Open deadlines without a text filter come a page at a time; the rest in full."""
        return self._view == "open" and not self._text

    @property
    def loading(self) -> bool:
        """A first page or a whole list is on its way (the list shows what it had until then)."""
        return self._loading

    # the paged models' interface, as the section uses it
    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return (not parent.isValid() and self.paged and not self._exhausted and not self._loading
                and not self._fetching and self.ctx.unlocked)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        vault = self.ctx.vault
        if vault is None or vault.closed:
            return
        self._fetching = True
        generation, after = self._generation, self._after
        run_job(self, self.ctx, lambda _c: deadline_reads.open_pages(vault, after, 1), priority=SHOWN,
                on_success=lambda result: self._more_loaded(generation, result),
                on_failure=lambda key, message: self._failed(generation, key, message))

    def sort_column(self) -> int:
        return -1

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Deadlines keep their order: overdue first, then by date."""

    def filters(self) -> dict[str, Any]:
        return {"view": self._view}

    def text(self) -> str:
        return self._text

    def id_at(self, row: int) -> str | None:
        item = self.row_dict(row)
        return item.get("id") if item else None

    def set_filter(self, name: str, value: Any) -> None:
        if name == "view" and (value or "open") != self._view:
            self._view = value or "open"
            self.reload()

    def set_text(self, text: str) -> None:
        text = text.strip()
        if text == self._text:
            return
        was_paged, had_all = self.paged, bool(self._all)
        self._text = text
        if not was_paged and not self.paged and had_all:
            self._apply()  # the whole list is here: narrow it without asking the vault again
        else:
            self.reload()

    def reload(self, keep: int = 0) -> None:
        """Load again from the start, keeping about ``keep`` rows of the paged list (capped)."""
        vault = self.ctx.vault
        if vault is None or vault.closed:
            return
        self._generation += 1
        self._loading, self._fetching = True, False
        generation, view, want, paged = self._generation, self._view, min(max(keep, 1), KEEP_AT_MOST), self.paged

        def job(_control: Any) -> DeadlineRows:
            return deadline_reads.open_pages(vault, None, want) if paged else deadline_reads.listing(vault, view)

        def done(result: Any) -> None:
            (self._pages_loaded if paged else self._all_loaded)(generation, result)

        run_job(self, self.ctx, job, on_success=done, priority=SHOWN,
                on_failure=lambda key, message: self._failed(generation, key, message))

    def _current(self, generation: int) -> bool:
        return generation == self._generation and self.ctx.unlocked

    def _pages_loaded(self, generation: int, result: DeadlineRows) -> None:
        if not self._current(generation):
            return
        rows, self._after = named_rows(result), result.after
        self._loading, self._all, self._haystacks = False, [], []
        self._exhausted = self._after is None
        self.set_rows(rows)
        self.loaded.emit()

    def _more_loaded(self, generation: int, result: DeadlineRows) -> None:
        if not self._current(generation):
            return
        rows, self._after = named_rows(result), result.after
        self._fetching = False
        self._exhausted = self._after is None
        self._append_rows(rows)

    def _all_loaded(self, generation: int, result: DeadlineRows) -> None:
        if not self._current(generation):
            return
        self._loading, self._exhausted, self._after = False, True, None
        self._all, self._haystacks = named_rows(result), []
        self._apply()
        self.loaded.emit()

    def _failed(self, generation: int, key: str, message: str) -> None:
        if generation != self._generation:
            return
        self._loading = self._fetching = False
        self._exhausted = True
        self.loadFailed.emit(message_for(key, message))

    def _apply(self) -> None:
        words = self._text.casefold().split()
        if not words:
            self.set_rows(self._all)
            return
        if len(self._haystacks) != len(self._all):
            # Made once per list and language (0.1 s for 25 000 deadlines), not per keystroke: what
            # a row shows (its kind and what it is about, in the user's language) and what it holds
            # (title, notes), so either language's words find it.
            self._haystacks = [
                " ".join((fmt.deadline_detail(row), labels.label("deadline_kind", row.get("kind")),
                          *(str(row.get(k) or "") for k in ("title", "person_name", "kind", "notes")))).casefold()
                for row in self._all
            ]
        self.set_rows([row for row, text in zip(self._all, self._haystacks, strict=True)
                       if all(word in text for word in words)])

    def _on_language_changed(self, language: str) -> None:
        self._haystacks = []
        super()._on_language_changed(language)

    def clear(self) -> None:
        self._generation += 1
        self._all, self._haystacks, self._after = [], [], None
        self._loading = self._fetching = False
        self._exhausted = True
        super().clear()

"""Deadlines as the Deadlines section lists them: stored and computed, overdue first.

Computed deadlines (FOIA response and appeal, BIA appeal, FTCA claim) are derived by
``casefile.services.deadlines`` from other records, so the list is built by a worker and held in
memory (it is bounded by open deadlines, not by the size of the vault). It offers the same small
interface as the paged models, so the section code is shared.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal

from casefile.clock import today
from casefile.domain import deadlines as rules
from casefile.queries import records as record_queries
from casefile.queries.kinds import KINDS
from casefile.services import deadlines as deadline_service
from ui.context import AppContext
from ui.messages import message_for
from ui.models.lists import DeadlineListModel
from ui.models.paged import display_name
from ui.widgets.guard import run_job

SOURCE_KINDS = ("deadlines", "foia_requests", "people", "encounters")


def load_deadlines(conn: Any, view: str) -> list[dict[str, Any]]:
    """Open deadlines (overdue and upcoming) or done ones, with the linked person's name."""
    everything = deadline_service.all_deadlines(conn)
    if view == "done":
        rows = [dict(d, overdue=False) for d in everything if d.get("done")]
        rows.sort(key=lambda d: str(d.get("due")), reverse=True)
    else:
        rows = rules.upcoming(everything, today(), None)
    names: dict[str, str] = {}
    for row in rows:
        person_id = row.get("person_id")
        if person_id and person_id not in names:
            person = record_queries.get(conn, KINDS["people"], person_id)
            names[person_id] = display_name("people", person) if person else ""
        row["person_name"] = names.get(person_id or "", "")
    return rows


class UpcomingDeadlinesModel(DeadlineListModel):
    loadFailed = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(ctx, parent)
        self.ctx = ctx
        self._view = "open"
        self._text = ""
        self._all: list[dict[str, Any]] = []
        self._loading = False
        self._again = False
        ctx.vault_unlocked.connect(self.reload)
        ctx.record_saved.connect(self._record_saved)
        if ctx.unlocked:
            self.reload()

    def _record_saved(self, kind_name: str, _record_id: str) -> None:
        if kind_name in SOURCE_KINDS:
            self.reload()

    # the paged models' interface, as the section uses it
    exhausted = True

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
        self._text = text.strip()
        self._apply()

    def reload(self, keep: int = 0) -> None:
        del keep
        vault = self.ctx.vault
        if vault is None or vault.closed:
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        view = self._view
        run_job(self, self.ctx, lambda _c: load_deadlines(vault.connection(), view),
                                on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, rows: Any) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.reload()
            return
        if not self.ctx.unlocked:
            return
        self._all = list(rows)
        self._apply()
        self.loaded.emit()

    def _failed(self, key: str, message: str) -> None:
        self._loading = False
        self._again = False
        self.loadFailed.emit(message_for(key, message))

    def _apply(self) -> None:
        words = self._text.casefold().split()
        if words:
            def matches(row: dict[str, Any]) -> bool:
                text = " ".join(str(row.get(k) or "") for k in ("title", "person_name", "kind", "notes")).casefold()
                return all(word in text for word in words)
            self.set_rows([r for r in self._all if matches(r)])
        else:
            self.set_rows(self._all)

    def clear(self) -> None:
        self._all = []
        super().clear()

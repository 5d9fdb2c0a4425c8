"""The Deadlines list as the app and the CLI read it: open ones a page at a time, all open or
all done ones, how many are open and overdue, and who each is about.

Stored and computed deadlines (FOIA response and appeal, BIA appeal, FTCA claim, ...) and the
hearings still to come (issue 15, :mod:`casefile.domain.deadlines_hearings`) come from
:mod:`casefile.services.deadlines`; whether one is done or overdue is
:mod:`casefile.domain.deadlines`' call (a past hearing awaits its outcome, it is not overdue).
This module only filters, counts and names, so the app's list and the CLI agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from casefile.clock import today
from casefile.domain import deadlines as rules
from casefile.read.display import Title
from casefile.read.records import titles
from casefile.services import deadlines as deadline_service

if TYPE_CHECKING:
    from casefile.vault.db import Vault

PAGE_SIZE = 200
VIEWS = ("open", "done")


@dataclass
class DeadlineRows:
    """Deadline rows, the people they name (``{person id: Title}``), and for a paged read the
    key of the next page (None at the end)."""

    rows: list[dict[str, Any]]
    people: dict[str, Title] = field(default_factory=dict)
    after: tuple[Any, ...] | None = None


def done(deadlines: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The done ones (marked done or an outcome recorded), latest due first, never overdue."""
    rows = [dict(d, overdue=False) for d in deadlines if rules.is_done(d)]
    rows.sort(key=lambda d: str(d.get("due")), reverse=True)
    return rows


def open_and_overdue(deadlines: Iterable[dict[str, Any]], day: date) -> tuple[int, int]:
    """How many are open, and how many of those are overdue on ``day`` (a past hearing or
    check-in awaits its outcome and is not counted overdue: ``rules.is_overdue``, issue 12)."""
    keyed = [(rules.order_key(d), d) for d in deadlines if not rules.is_done(d)]
    return len(keyed), sum(1 for key, d in keyed if rules.is_overdue(d, key[0], day))


def _named(vault: Vault, rows: list[dict[str, Any]], after: tuple[Any, ...] | None = None) -> DeadlineRows:
    people = titles(vault, "people", (str(r["person_id"]) for r in rows if r.get("person_id")))
    return DeadlineRows(rows, people, after)


def listing(vault: Vault, view: str = "open", *, day: date | None = None) -> DeadlineRows:
    """Every open deadline (overdue first, then by date) or every done one (``view="done"``)."""
    if view not in VIEWS:
        raise ValueError(f"view must be one of {VIEWS}, not {view!r}")
    everything = deadline_service.all_deadlines(vault.connection())
    rows = done(everything) if view == "done" else rules.upcoming(everything, day or today(), None)
    return _named(vault, rows)


def open_pages(
    vault: Vault, after: tuple[Any, ...] | None, at_least: int = 1, *, day: date | None = None
) -> DeadlineRows:
    """Pages of open deadlines after ``after`` until ``at_least`` rows (a page at least)."""
    day = day or today()
    conn = vault.connection()
    rows: list[dict[str, Any]] = []
    while True:
        page, after = deadline_service.open_page(conn, day, after=after, limit=PAGE_SIZE)
        rows.extend(page)
        if after is None or len(rows) >= at_least:
            return _named(vault, rows, after)


def count_open(vault: Vault, *, day: date | None = None) -> tuple[int, int]:
    """How many deadlines are open, and how many of them are overdue on ``day`` (today)."""
    return open_and_overdue(deadline_service.all_deadlines(vault.connection()), day or today())

"""Deadlines as users see them: the stored ones plus those computed from other records.

A window of days (the dashboard's next 30, the CLI's ``--within``) is read through indexes: SQL
picks the few source rows whose deadline can fall in it, with bounds a little wider than the
rules need (each rule's ``Window`` in ``casefile.domain.rules``), and the rules decide on those
rows alone. A vault
with 100 000 encounters and 10 000 FOIA requests then decodes a few hundred records, not 31 000.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from casefile.clock import today
from casefile.domain import deadlines as rules
from casefile.domain import deadlines_hearings as hearing_rows
from casefile.domain.rules import Rule, registered
from casefile.queries import records
from casefile.vault.db import Vault


def stored(conn: Any, where: str = "", params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    """Typed deadlines, but not a typed hearing that a hearing record stands for
    (``deadlines_hearings.STORED_NOT_SUPERSEDED``: the record is listed instead)."""
    rows = conn.execute(
        "SELECT data, created_at, updated_at, updated_by FROM deadlines WHERE deleted_at IS NULL"
        f" AND {hearing_rows.STORED_NOT_SUPERSEDED}" + (f" AND ({where})" if where else "") + " ORDER BY due_date, rid",
        params,
    )
    out = []
    for row in rows:
        record = records.row_to_record(*row)
        record["computed"] = False
        out.append(record)
    return out


def _sources(conn: Any) -> dict[str, list[dict[str, Any]]]:
    # Only records that can yield a computed deadline are read (each rule says which, through
    # columns with partial indexes), so a vault with 100 000 encounters decrypts a handful of rows.
    found: dict[str, list[dict[str, Any]]] = {"foia_requests": [], "people": [], "encounters": [], "hearings": []}
    for source in found:
        wanted = [r.candidates for r in registered() if r.source == source]
        if not wanted:
            continue
        where = " OR ".join(f"({clause})" for clause in wanted if clause) or "1"
        found[source] = [
            json.loads(d)
            for (d,) in conn.execute(f"SELECT data FROM {source} WHERE deleted_at IS NULL AND ({where}) ORDER BY rid")
        ]
    return found


def pending_hearings(conn: Any) -> list[dict[str, Any]]:
    """The rows of hearings still waited for (``deadlines_hearings.row``), each listed once."""
    rows = conn.execute(
        "SELECT data FROM hearings INDEXED BY hearings_pending WHERE deleted_at IS NULL AND pending_on != '' "
        f"AND {hearing_rows.HEARING_NOT_SUPERSEDED} ORDER BY pending_on, rid"
    )
    return [made for (data,) in rows if (made := hearing_rows.row(json.loads(data))) is not None]


def all_deadlines(conn: Any) -> list[dict[str, Any]]:
    """Typed deadlines, hearings still to come and every computed one, each listed once."""
    found = _sources(conn)
    computed = rules.computed_deadlines(found["foia_requests"], found["people"], found["encounters"], found["hearings"])
    return rules.without_repeats(stored(conn) + pending_hearings(conn) + computed)


# ----------------------------------------------------------------- a window of days


def _column_range(column: str, first: date | None, last: date | None) -> tuple[str, list[str]]:
    """SQL keeping ``column`` (ISO text) on days ``first`` to ``last``; a date-time on ``last`` counts."""
    clauses, params = [], []
    if first is not None:
        clauses.append(f" AND {column} >= ?")
        params.append(first.isoformat())
    after = _shifted(last, timedelta(days=1))
    if after is not None:
        clauses.append(f" AND {column} < ?")
        params.append(after.isoformat())
    return "".join(clauses), params


def _shifted(day: date | None, by: timedelta) -> date | None:
    if day is None:
        return None
    try:
        return day + by
    except OverflowError:  # a window reaching year 1 or 9999: no bound on that side
        return None


def _due_from(shift: timedelta) -> Callable[[str], date]:
    """The earliest due day of a row whose column is a date ``shift`` before its deadline's."""

    def earliest(text: str) -> date:
        try:
            return date.fromisoformat(text[:10]) + shift
        except (ValueError, OverflowError):  # not a date after all: it cannot end the reading early
            return date.min

    return earliest


@dataclass(frozen=True)
class _Source:
    """Rows that can yield one kind of deadline, read in order of a column that bounds its date.

    ``select(first, last, with_data)`` is the SQL for rows ``(column value, rid, data, ...)``
    whose deadline can fall on days ``first`` to ``last``, in ascending column order; without
    ``with_data`` the data is NULL, read by rid only for the rows wanted. ``earliest`` is a day
    no deadline of a row with that column value is due before; ``make`` runs the rule on a row.
    """

    table: str
    select: Callable[[date | None, date | None, bool], tuple[str, list[Any]]]
    earliest: Callable[[str], date]
    make: Callable[[tuple[Any, ...]], dict[str, Any] | None]


def _stored_select(first: date | None, last: date | None, _with_data: bool) -> tuple[str, list[Any]]:
    # Read straight off deadlines_by_due, so a row is only read when the loop gets to it.
    where, params = _column_range("due_date", first, last)
    return (
        "SELECT due_date, rid, data, created_at, updated_at, updated_by FROM deadlines "
        f"WHERE deleted_at IS NULL AND done = 0 AND {hearing_rows.STORED_NOT_SUPERSEDED}{where} "
        "ORDER BY due_date, rid",
        params,
    )


def _stored_make(row: tuple[Any, ...]) -> dict[str, Any]:
    record = records.row_to_record(*row[2:])
    record["computed"] = False
    return record


def _hearing_select(first: date | None, last: date | None, _with_data: bool) -> tuple[str, list[Any]]:
    # A hearing's row is due on its pending day (its local calendar day, or the day it was moved to).
    where, params = _column_range("pending_on", first, last)
    return (
        "SELECT pending_on, rid, data FROM hearings INDEXED BY hearings_pending "
        f"WHERE deleted_at IS NULL AND pending_on != '' AND {hearing_rows.HEARING_NOT_SUPERSEDED}{where} "
        "ORDER BY pending_on, rid",
        params,
    )


def _window_select(rule: Rule) -> Callable[[date | None, date | None, bool], tuple[str, list[Any]]]:
    """The SQL of a rule's :class:`~casefile.domain.rules.Window`."""
    window = rule.window
    assert window is not None

    def select(first: date | None, last: date | None, with_data: bool) -> tuple[str, list[Any]]:
        where, params = _column_range(window.column, _shifted(first, -window.longest), _shifted(last, -window.shortest))
        data = "data" if with_data or window.with_data else "NULL"
        indexed = f" INDEXED BY {window.index}" if window.index else ""
        condition = f" AND ({window.where})" if window.where else ""
        return (
            f"SELECT {window.column}, rid, {data} FROM {window.table}{indexed} "
            f"WHERE deleted_at IS NULL{condition}{where} ORDER BY {window.column}, rid",
            params,
        )

    return select


def _record_rule(rule: Callable[[dict[str, Any]], dict[str, Any] | None]) -> Callable[[tuple[Any, ...]], Any]:
    return lambda row: rule(json.loads(row[2]))


def _sources_by_window() -> tuple[_Source, ...]:
    """Stored deadlines, hearings still to come, then every registered rule that has a window."""
    out = [
        _Source("deadlines", _stored_select, _due_from(timedelta(0)), _stored_make),
        _Source("hearings", _hearing_select, _due_from(timedelta(0)), _record_rule(hearing_rows.row)),
    ]
    for rule in registered():
        if rule.window is None:
            continue
        out.append(
            _Source(
                rule.window.table, _window_select(rule), _due_from(rule.window.shortest), _record_rule(rule.compute)
            )
        )
    return tuple(out)


_SOURCES = _sources_by_window()


class _Earliest:
    """The first ``limit`` (None: all) open deadlines due on days ``first`` to ``last``, in the
    upcoming list's order."""

    def __init__(
        self, first: date | None, last: date | None, limit: int | None, after: tuple[Any, ...] | None = None
    ) -> None:
        self.first, self.last, self.limit, self.after = first, last, limit, after
        self.kept: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
        self.seen: set[tuple[str, str, str]] = set()  # rules.repeat_key of what was kept

    def full(self) -> bool:
        return self.limit is not None and len(self.kept) >= self.limit

    def full_before(self, day: date) -> bool:
        """True when nothing due on ``day`` or later can make the list any more."""
        # Not on the last kept day itself: an all-day deadline or a smaller id goes first there.
        return self.full() and (not self.kept or day > self.kept[-1][0][0])

    def last_wanted(self) -> date | None:
        """The last day a deadline can still be due on to make the list."""
        if not self.full() or not self.kept:
            return self.last
        return min(self.last or date.max, self.kept[-1][0][0])

    def offer(self, deadline: dict[str, Any]) -> None:
        if rules.is_done(deadline):
            return
        repeat = rules.repeat_key(deadline)
        if repeat is not None:
            if repeat in self.seen:
                return  # the same clock from another record (a decision on the person and on the hearing)
            self.seen.add(repeat)
        key = rules.order_key(deadline)
        if (self.first is not None and key[0] < self.first) or (self.last is not None and key[0] > self.last):
            return
        if self.after is not None and key <= self.after:
            return
        if self.limit is None:
            self.kept.append((key, deadline))
            return
        if self.full() and (not self.kept or key >= self.kept[-1][0]):
            return
        bisect.insort(self.kept, (key, deadline), key=lambda pair: pair[0])
        if len(self.kept) > self.limit:
            self.kept.pop()

    def deadlines(self) -> list[dict[str, Any]]:
        self.kept.sort(key=lambda pair: pair[0])
        return [deadline for _, deadline in self.kept]


def _read_data(conn: Any, table: str, row: tuple[Any, ...]) -> tuple[Any, ...] | None:
    """``row`` with the record its query left out, read by rid; None if it has gone since."""
    found = conn.execute(f"SELECT data FROM {table} WHERE rid = ?", (row[1],)).fetchone()
    return None if found is None else (*row[:2], found[0], *row[3:])


def open_between(
    conn: Any, first: date | None, last: date | None, *, limit: int | None = None, after: tuple[Any, ...] | None = None
) -> list[dict[str, Any]]:
    """Open deadlines, stored and computed, due on days ``first`` to ``last`` (None: no bound).

    Soonest first, in the order of ``rules.upcoming``; with ``limit``, only the first ``limit``
    of them, and each source is read only as far as its rows can still make the list. With
    ``after`` (a ``rules.order_key``), only those that come after it in that order.
    """
    if limit == 0:
        return []
    if after is not None and (first is None or first < after[0]):
        first = after[0]
    kept = _Earliest(first, last, limit, after)
    for source in _SOURCES:
        # What earlier sources kept narrows the SQL of later ones: a source without an index on
        # its column (FOIA appeals) then sorts only the few rows that can still make the list.
        sql, params = source.select(first, kept.last_wanted(), limit is None)
        rows = conn.execute(sql, params)
        try:
            for row in rows:
                if kept.full_before(source.earliest(row[0])):
                    break
                whole = row if row[2] is not None else _read_data(conn, source.table, row)
                deadline = source.make(whole) if whole is not None else None
                if deadline is not None:
                    kept.offer(deadline)
        finally:
            rows.close()
    return kept.deadlines()


def open_page(
    conn: Any, day: date, *, after: tuple[Any, ...] | None = None, limit: int = 200
) -> tuple[list[dict[str, Any]], tuple[Any, ...] | None]:
    """One page of the Deadlines list: open deadlines, the longest overdue first, then the soonest.

    Each row carries ``overdue`` and ``awaiting_outcome`` as of ``day``, as in ``rules.upcoming``.
    Returns the rows and the key to pass as ``after`` for the next page (None when nothing is left). A page costs about
    what it holds, not what the vault holds: every source is read in due order and only as far
    as its rows can still make the page.
    """
    rows = open_between(conn, None, None, limit=limit + 1, after=after)
    following = rules.order_key(rows[limit - 1]) if len(rows) > limit else None
    page = [rules.marked(row, rules.order_key(row)[0], day) for row in rows[:limit]]
    return page, following


def upcoming(vault: Vault, *, within_days: int | None = None, day: date | None = None) -> list[dict[str, Any]]:
    """Overdue ones and those due within ``within_days`` (all future ones when None), by due date."""
    day = day or today()
    conn = vault.connection()
    horizon = rules.window_end(day, within_days)
    if horizon is None:
        return rules.upcoming(all_deadlines(conn), day, None)
    return rules.upcoming(open_between(conn, None, horizon), day, within_days)


def overdue_and_coming(
    vault: Vault, day: date, within_days: int, limit: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The first ``limit`` overdue deadlines and the first ``limit`` due within ``within_days``.

    The same rows, in the same order, as the first ``limit`` of each kind in ``upcoming``.
    """
    conn = vault.connection()
    horizon = rules.window_end(day, within_days)
    overdue = open_between(conn, None, day - timedelta(days=1), limit=limit)
    coming = open_between(conn, day, horizon, limit=limit)
    return rules.upcoming(overdue, day, within_days), rules.upcoming(coming, day, within_days)


def write_ics(vault: Vault, path: Path, *, within_days: int | None = None) -> int:
    """Write the open deadlines (overdue and upcoming, computed ones marked "verify") to an
    iCalendar file at ``path``, privately and atomically; returns how many. The CLI's --ics
    and the app's File → Export calendar… both come here."""
    from casefile.clock import utcnow
    from casefile.ics import deadlines_to_ics
    from casefile.vault.fsutil import atomic_write

    items = upcoming(vault, within_days=within_days)
    atomic_write(Path(path), deadlines_to_ics(items, now=utcnow()))
    return len(items)


def to_json(deadline: dict[str, Any]) -> dict[str, Any]:
    """The CLI's JSON shape (spec/cli.md): kind, due, title, computed, overdue and the linked ids.

    A computed deadline also carries its ``citation``, the ``rule`` in words and any ``notes``
    (assumptions, unsettled points), in English, and ``verify`` (every computed date is a prompt).
    """
    extra: dict[str, Any] = {}
    if deadline.get("computed"):
        extra = {
            "citation": deadline.get("citation") or "",
            "rule": (deadline.get("rule") or {}).get("en", ""),
            "notes": [note.get("en", "") for note in deadline.get("notes") or []],
            "verify": "computed — verify",
        }
    return {
        "id": deadline.get("id"),
        "kind": deadline.get("kind"),
        "due": str(deadline.get("due"))[:10],
        "due_at": deadline.get("due"),
        "title": deadline.get("title") or "",
        "computed": bool(deadline.get("computed")),
        "overdue": bool(deadline.get("overdue")),
        "person_id": deadline.get("person_id"),
        "encounter_id": deadline.get("encounter_id"),
        "foia_id": deadline.get("foia_id"),
        "hearing_id": deadline.get("hearing_id"),
        "awaiting_outcome": bool(deadline.get("awaiting_outcome")),
        "open_now": bool(deadline.get("open_now")),
        **extra,
    }

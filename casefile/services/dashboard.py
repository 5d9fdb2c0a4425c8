"""What the dashboard shows after unlocking: what is late, what is coming (hearings among them), who
is detained and each one's next hearing.

Every list here is short (``limit`` rows at most) and read through an index, so gathering it
costs the same in a vault of 20 000 people as in one of twenty: it runs whenever the vault opens
and after every save.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from casefile.domain.dates import FOIA_ANSWERED_STATUSES, foia_overdue, parse_date
from casefile.foia.exhaustion import Exhaustion, exhausted
from casefile.queries.kinds import KINDS
from casefile.queries.paging import PageRequest, count, page
from casefile.read.hearings import next_for_people
from casefile.services import deadlines as deadline_service
from casefile.vault.db import Vault

# SQLite's smallest limit on bound values is 999; a dashboard asks for a few hundred names.
_NAMES_PER_QUERY = 500


@dataclass
class DashboardData:
    overdue: list[dict[str, Any]] = field(default_factory=list)
    upcoming: list[dict[str, Any]] = field(default_factory=list)
    foia_overdue: list[dict[str, Any]] = field(default_factory=list)
    # Requests on which suit may be filed: a FOIA time limit ran (casefile.foia.exhaustion).
    foia_exhausted: list[Exhaustion] = field(default_factory=list)
    detained: list[dict[str, Any]] = field(default_factory=list)
    detained_total: int = 0
    # Each detained client's next hearing (a hearing record's row or a typed hearing deadline,
    # the sooner; casefile.read.hearings.next_for_people), by person id.
    next_hearings: dict[str, dict[str, Any]] = field(default_factory=dict)
    last_backup_at: str | None = None
    names: dict[str, str] = field(default_factory=dict)  # person id -> full name


def load(vault: Vault, day: date, *, within_days: int, limit: int) -> DashboardData:
    """The first ``limit`` overdue and upcoming deadlines (due within ``within_days``), the first
    ``limit`` overdue FOIA requests and detained clients, and the names of the people they concern."""
    conn = vault.connection()
    data = DashboardData()
    data.overdue, data.upcoming = deadline_service.overdue_and_coming(vault, day, within_days, limit)
    data.foia_overdue = overdue_foia(conn, day, limit)
    data.foia_exhausted = exhausted(conn, day, limit)
    detained = PageRequest(sort="name", filters={"custody_status": "detained"}, limit=limit)
    data.detained = page(conn, KINDS["people"], detained).rows
    data.detained_total = count(conn, KINDS["people"], filters={"custody_status": "detained"})
    data.next_hearings = next_for_people(vault, [r["id"] for r in data.detained], day=day)
    data.last_backup_at = vault.meta("last_backup_at")
    wanted = {d.get("person_id") for d in data.overdue + data.upcoming}
    wanted |= {r.get("subject_person_id") for r in data.foia_overdue}
    wanted |= {e.subject_person_id for e in data.foia_exhausted}
    data.names = full_names(conn, {p for p in wanted if p})
    return data


def overdue_foia(conn: Any, day: date, limit: int) -> list[dict[str, Any]]:
    """The first ``limit`` FOIA requests whose answer is overdue on ``day``, longest overdue first.

    Rows have the shape of a page of the FOIA list sorted by due date (``casefile.queries.paging``).
    """
    kind = KINDS["foia_requests"]
    # The SQL is foia_overdue's rule on the stored columns; the rule still has the last word.
    closed = ("draft", *sorted(FOIA_ANSWERED_STATUSES))
    shown = ", ".join(kind.list_columns)
    # A recorded answer, determination, appeal or suit closes the clock whatever the status says
    # (response_done, schema 7).
    rows = conn.execute(
        f"SELECT rid, id, response_due, updated_at, {shown} FROM foia_requests "
        "WHERE deleted_at IS NULL AND response_due != '' AND response_due < ? AND response_done = 0 "
        f"AND status NOT IN ({', '.join('?' * len(closed))}) ORDER BY response_due, rid LIMIT ?",
        (day.isoformat(), *closed, limit),
    )
    out = []
    for row in rows:
        item = {"rid": row[0], "id": row[1], "updated_at": row[3]}
        item.update(zip(kind.list_columns, row[4:], strict=True))
        item["_sort"] = row[2]
        if foia_overdue(parse_date(row[2]), item.get("status") or "", day):
            out.append(item)
    return out


def full_names(conn: Any, person_ids: set[str]) -> dict[str, str]:
    """Full names of the people with these ids that are not in the trash, by id."""
    ordered = sorted(person_ids)
    found: dict[str, str] = {}
    for start in range(0, len(ordered), _NAMES_PER_QUERY):
        chunk = ordered[start : start + _NAMES_PER_QUERY]
        found.update(
            conn.execute(
                f"SELECT id, full_name FROM people WHERE deleted_at IS NULL AND id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        )
    return {person_id: found[person_id] or "" for person_id in ordered if person_id in found}

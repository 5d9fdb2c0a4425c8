"""Hearings in the deadline lists (issue 15): a hearing still to come, or one continued to a new
date, is a row of the Deadlines list, the dashboard and ``casefile deadlines`` beside the typed
and computed deadlines, and the client's next hearing is the soonest of them.

A row from a hearing record is not computed: it is what the court set, as recorded. Its kind is
the hearing's type as a deadline kind (``master-hearing``, ``individual-hearing``,
``bond-hearing``, ``status-hearing``), so once past it awaits its result and is never overdue
(``casefile.domain.deadlines.HEARING_KINDS``); a result recorded (held, decided) takes it off.

No double counting. A typed hearing deadline of the same client and type (master, individual,
bond) due on a day a hearing record stands for (the hearing's own day, or the day it was continued
to) describes that hearing: the record is listed and the typed deadline is not
(``STORED_NOT_SUPERSEDED``), because the record is the one that says what came of it; trash the
record and the typed deadline is back. A hearing continued to a day on which the client has a
hearing record of its own is listed once, as that record, whatever its type (the hearing it was
continued to; ``HEARING_NOT_SUPERSEDED``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from casefile.domain.record_types.hearings import hearing_day, pending_day

Record = dict[str, Any]

KIND_OF_TYPE = {
    "master": "master-hearing",
    "individual": "individual-hearing",
    "bond": "bond-hearing",
    "status": "status-hearing",
}
# English, for the CLI, JSON and calendar files (the app words them from the catalogue).
TYPE_WORDS = {
    "master": "Master calendar hearing",
    "individual": "Individual (merits) hearing",
    "bond": "Bond hearing",
    "status": "Status hearing",
}
STORED_HEARING_KINDS = ("master-hearing", "individual-hearing", "bond-hearing")

# SQL (no user input) on the ``deadlines`` table: a typed hearing deadline that a hearing record
# of the same client on the same day stands for is left out.
STORED_NOT_SUPERSEDED = (
    "NOT (deadlines.kind IN ('master-hearing', 'individual-hearing', 'bond-hearing') "
    "AND deadlines.person_id IS NOT NULL AND EXISTS (SELECT 1 FROM hearings h "
    "WHERE h.person_id = deadlines.person_id AND h.deleted_at IS NULL "
    "AND h.hearing_type || '-hearing' = deadlines.kind "
    "AND (h.hearing_date = deadlines.due_date OR h.pending_on = deadlines.due_date)))"
)
# SQL on the ``hearings`` table: a hearing continued to a day the client has a hearing record for.
HEARING_NOT_SUPERSEDED = (
    "NOT (hearings.result != '' AND EXISTS (SELECT 1 FROM hearings o WHERE o.person_id = hearings.person_id "
    "AND o.deleted_at IS NULL AND o.rid != hearings.rid AND o.hearing_date = hearings.pending_on))"
)


def row(h: Record) -> Record | None:
    """The deadline-list row of a hearing still waited for, or None once it is over."""
    day = pending_day(h)
    if not day:
        return None
    moved = bool(h.get("result"))  # continued or adjourned to ``day``
    court = str(h.get("court") or "")
    title = TYPE_WORDS.get(str(h.get("hearing_type")), "Hearing") + (f" — {court}" if court else "")
    if moved:
        title += f" (continued from {hearing_day(h)})"
    return {
        "id": f"hearing:{h['id']}",
        "kind": KIND_OF_TYPE.get(str(h.get("hearing_type")), "master-hearing"),
        # The hearing's own date and time; a continued one's new day (the time comes with the notice).
        "due": day if moved else str(h["starts_at"]),
        "title": title,
        "computed": False,
        "person_id": h.get("person_id"),
        "encounter_id": None,
        "foia_id": None,
        "hearing_id": h["id"],
        "done": False,
        "about": {"court": court, "continued_from": hearing_day(h) if moved else ""},
    }


def rows_of(hearings: list[Record]) -> list[Record]:
    """The rows of hearings still waited for among some hearing records (one client's, a bundle's),
    a continued one left out when a record of the same client stands for its new day."""
    days = {(h.get("person_id"), hearing_day(h)) for h in hearings if not h.get("deleted_at")}
    out = []
    for h in hearings:
        made = None if h.get("deleted_at") else row(h)
        if made is not None and not (h.get("result") and (h.get("person_id"), pending_day(h)) in days):
            out.append(made)
    return out


def next_of(hearings: list[Record], today: date) -> Record | None:
    """The first hearing row from ``today`` on among one client's hearing records (a continued
    hearing counts on its new day, unless a record of that day stands for it)."""
    days = {hearing_day(h) for h in hearings if not h.get("deleted_at")}
    rows = []
    for h in hearings:
        made = row(h)
        if made is None or pending_day(h) < today.isoformat():
            continue
        if h.get("result") and pending_day(h) in days:
            continue  # the hearing record of that day is the one listed
        rows.append((pending_day(h), 1 if h.get("result") else 0, str(h.get("starts_at")), made))
    rows.sort(key=lambda item: item[:3])
    return rows[0][3] if rows else None

"""A client's hearings as the dashboard, the case summary and the deadlines read them (issue 15).

The next hearing is the first day still waited for from today on: a hearing without a result on
its own day, or one continued (or adjourned) to a new date on that date, unless a hearing record
of that day stands for it. A hearing that was held or decided is over, and is never shown as
overdue. A past hearing without a result is "result not recorded" (someone must write down what
happened), not a missed deadline. For the dashboard, a client's next hearing is the sooner of the
next hearing record and the next typed hearing deadline, a typed one that a record stands for not
counted twice (``casefile.domain.deadlines_hearings``).
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from casefile.clock import today
from casefile.domain import deadlines_hearings as rows
from casefile.queries import records

if TYPE_CHECKING:
    from casefile.vault.db import Vault

Record = dict[str, Any]


def _rows(vault: Vault, sql: str, args: tuple[Any, ...]) -> list[Record]:
    found = vault.connection().execute(sql, args).fetchall()
    return [{**json.loads(data), "id": rec_id} for rec_id, data in found]


def of_person(vault: Vault, person_id: str) -> list[Record]:
    """Every hearing of one person (not in the trash), earliest first."""
    return _rows(
        vault,
        "SELECT id, data FROM hearings WHERE person_id = ? AND deleted_at IS NULL "
        "ORDER BY hearing_date, starts_at, rid",
        (person_id,),
    )


def next_hearing(vault: Vault, person_id: str, *, day: date | None = None) -> Record | None:
    """The person's next hearing record: the first still waited for on or after ``day`` (today),
    a continued one on the day it was moved to (``pending_day``)."""
    found = _rows(
        vault,
        "SELECT id, data FROM hearings WHERE person_id = ? AND deleted_at IS NULL AND pending_on >= ? "
        f"AND {rows.HEARING_NOT_SUPERSEDED} ORDER BY pending_on, result != '', starts_at, rid LIMIT 1",
        (person_id, (day or today()).isoformat()),
    )
    return found[0] if found else None


def _next_typed(vault: Vault, person_id: str, day: date) -> Record | None:
    sql = (
        "SELECT data, created_at, updated_at, updated_by FROM deadlines WHERE person_id = ? AND deleted_at IS NULL "
        f"AND done = 0 AND kind IN {rows.STORED_HEARING_KINDS!r} AND due_date >= ? "
        f"AND {rows.STORED_NOT_SUPERSEDED} ORDER BY due_date, due, rid LIMIT 1"
    )
    found = vault.connection().execute(sql, (person_id, day.isoformat())).fetchone()
    return records.row_to_record(*found) if found else None


def next_for_people(vault: Vault, person_ids: list[str], *, day: date | None = None) -> dict[str, Record]:
    """Each person's next hearing as a deadline-list row (``deadlines_hearings.row`` or the typed
    deadline), the sooner of the next hearing record and the next typed hearing deadline."""
    day = day or today()
    out: dict[str, Record] = {}
    for person_id in person_ids:
        record = next_hearing(vault, person_id, day=day)
        candidates = [r for r in (rows.row(record) if record else None, _next_typed(vault, person_id, day)) if r]
        if candidates:
            out[person_id] = min(candidates, key=lambda r: (str(r["due"])[:10], 0 if r.get("hearing_id") else 1))
    return out


def result_missing(vault: Vault, *, day: date | None = None) -> list[Record]:
    """Hearings already past with no result written down (to record, never "overdue")."""
    return _rows(
        vault,
        "SELECT id, data FROM hearings WHERE deleted_at IS NULL AND result = '' AND hearing_date < ? "
        "ORDER BY hearing_date, rid",
        ((day or today()).isoformat(),),
    )

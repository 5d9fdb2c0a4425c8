"""A client's hearings as the dashboard, the case summary and the deadlines read them (issue 15).

The next hearing is the first one from today on that has no result yet: a hearing that was held,
adjourned, continued or decided is over, and is never shown as overdue. A past hearing without a
result is "result not recorded" (someone must write down what happened), not a missed deadline.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casefile.vault.db import Vault

Record = dict[str, Any]


def _rows(vault: Vault, sql: str, args: tuple[Any, ...]) -> list[Record]:
    rows = vault.connection().execute(sql, args).fetchall()
    return [{**json.loads(data), "id": rec_id} for rec_id, data in rows]


def of_person(vault: Vault, person_id: str) -> list[Record]:
    """Every hearing of one person (not in the trash), earliest first."""
    return _rows(
        vault,
        "SELECT id, data FROM hearings WHERE person_id = ? AND deleted_at IS NULL "
        "ORDER BY hearing_date, starts_at, rid",
        (person_id,),
    )


def next_hearing(vault: Vault, person_id: str, *, day: date | None = None) -> Record | None:
    """The person's next hearing: on or after ``day`` (today) and without a result."""
    found = _rows(
        vault,
        "SELECT id, data FROM hearings WHERE person_id = ? AND deleted_at IS NULL AND result = '' "
        "AND hearing_date >= ? ORDER BY hearing_date, starts_at, rid LIMIT 1",
        (person_id, (day or date.today()).isoformat()),
    )
    return found[0] if found else None


def result_missing(vault: Vault, *, day: date | None = None) -> list[Record]:
    """Hearings already past with no result written down (to record, never "overdue")."""
    return _rows(
        vault,
        "SELECT id, data FROM hearings WHERE deleted_at IS NULL AND result = '' AND hearing_date < ? "
        "ORDER BY hearing_date, rid",
        ((day or date.today()).isoformat(),),
    )

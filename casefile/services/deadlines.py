"""Deadlines as users see them: the stored ones plus those computed from other records."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from casefile.clock import today
from casefile.domain import deadlines as rules
from casefile.queries import records
from casefile.vault.db import Vault


def stored(conn: Any, where: str = "", params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT data, created_at, updated_at, updated_by FROM deadlines WHERE deleted_at IS NULL"
        + (f" AND ({where})" if where else "")
        + " ORDER BY due_date, rid",
        params,
    )
    out = []
    for row in rows:
        record = records.row_to_record(*row)
        record["computed"] = False
        out.append(record)
    return out


def _sources(conn: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    # Only records that can yield a computed deadline are read, through partial indexes on
    # columns, so a vault with 100 000 encounters decrypts a handful of rows, not all of them.
    foia = [
        json.loads(d)
        for (d,) in conn.execute(
            "SELECT data FROM foia_requests WHERE deleted_at IS NULL AND (received_on != '' "
            "OR json_extract(data, '$.adverse_determination_on') IS NOT NULL)"
        )
    ]
    people = [
        json.loads(d)
        for (d,) in conn.execute("SELECT data FROM people WHERE ij_decision_on != '' AND deleted_at IS NULL")
    ]
    encounters = [
        json.loads(d)
        for (d,) in conn.execute("SELECT data FROM encounters WHERE ftca_claim = 1 AND deleted_at IS NULL")
    ]
    return foia, people, encounters


def all_deadlines(conn: Any) -> list[dict[str, Any]]:
    foia, people, encounters = _sources(conn)
    return stored(conn) + rules.computed_deadlines(foia, people, encounters)


def upcoming(vault: Vault, *, within_days: int | None = None, day: date | None = None) -> list[dict[str, Any]]:
    """Overdue ones and those due within ``within_days`` (all future ones when None), by due date."""
    return rules.upcoming(all_deadlines(vault.connection()), day or today(), within_days)


def to_json(deadline: dict[str, Any]) -> dict[str, Any]:
    """The CLI's JSON shape (spec/cli.md): kind, due, title, computed, overdue and the linked ids."""
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
    }

"""Reading many records of one kind by id in one query per 500 ids (lists name who is linked).

A list of 200 FOIA requests names 200 subjects: one ``IN (…)`` query per page instead of one
query per row.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from casefile.queries.kinds import Kind, Record
from casefile.queries.records import row_to_record

CHUNK = 500  # SQLite's limit on bound parameters is 999 in older builds


def get_many(conn: Any, kind: Kind, ids: Iterable[str]) -> dict[str, Record]:
    """``{id: record}`` for the live records among ``ids``; unknown and trashed ids are left out."""
    wanted = sorted({i for i in ids if i})
    found: dict[str, Record] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT id, data, created_at, updated_at, updated_by FROM {kind.table} "
            f"WHERE deleted_at IS NULL AND id IN ({marks})",
            chunk,
        )
        for record_id, *row in rows:
            found[record_id] = row_to_record(*row)
    return found

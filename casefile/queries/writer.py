"""The one place a record becomes rows: its table row, its side-table rows and its search row.

``upsert`` writes one record (a save from the app, each record of an import); the bulk loader
(``casefile.services.bulk_load``) builds the very same rows with :func:`row_values`,
:func:`child_rows` and :func:`search_row` and inserts them in batches, so what a load stores
cannot drift from what the app stores. Everything comes from the record's type in the registry
(``casefile.domain.record_types``). No function commits: the caller holds the transaction.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from casefile.clock import now_iso
from casefile.domain.record_types import RecordType
from casefile.domain.record_types.base import search_rowid

Record = dict[str, Any]
META_FIELDS = ("created_at", "updated_at", "updated_by")


def dumps(record: Record) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def strip_meta(record: Record) -> Record:
    return {k: v for k, v in record.items() if k not in META_FIELDS}


def computed_columns(
    kind: RecordType, record: Record, where: str, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The columns not copied from a field: derived from the whole record, then ``extra``.

    ``extra`` carries what the caller computes from outside the record (a document's blob).
    """
    derived = kind.derived_columns(record, where) if kind.derived_columns is not None else {}
    return {**derived, **(extra or {})}


def columns_of(kind: RecordType, record: Record, where: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The table's columns for ``record``: its type's columns, then :func:`computed_columns`."""
    return {**kind.columns(record), **computed_columns(kind, record, where, extra)}


def row_values(columns: dict[str, Any], record: Record, created_at: str, updated_at: str, user: str) -> list[Any]:
    """Values for the column names ``["id", *columns, "data", "created_at", "updated_at", "updated_by"]``."""
    return [record["id"], *columns.values(), dumps(record), created_at, updated_at, user]


def row_names(columns: dict[str, Any]) -> list[str]:
    return ["id", *columns, "data", "created_at", "updated_at", "updated_by"]


def child_rows(kind: RecordType, rid: int, record: Record) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """``[(INSERT statement, rows)]`` for the record's side tables."""
    return [(child.insert_sql(), [(rid, *row) for row in child.rows(record)]) for child in kind.children]


def search_row(kind: RecordType, rid: int, record: Record, extra_text: str = "") -> tuple[int, str, str] | None:
    """The record's full-text row ``(rowid, title, body)``, or None for a type search does not see."""
    if kind.search_title is None or kind.search_body is None:
        return None
    body = kind.search_body(record)
    if extra_text:
        body = f"{body}\n{extra_text}"
    return search_rowid(rid, kind.code), kind.search_title(record), body


def upsert(
    conn: Any,
    kind: RecordType,
    record: Record,
    user: str,
    *,
    extra: dict[str, Any] | None = None,
    created_at: str = "",
    where: str = "",
) -> str:
    """Insert or update ``record`` (keyed by its ``id``); returns created / updated / unchanged.

    An update keeps the previous version in ``history``.
    """
    record = strip_meta(record)
    data = dumps(record)
    computed = computed_columns(kind, record, where or record["id"], extra)
    columns = {**kind.columns(record), **computed}
    now = now_iso()
    row = conn.execute(
        f"SELECT rid, data, created_at, updated_at, updated_by, deleted_at FROM {kind.table} WHERE id = ?",
        (record["id"],),
    ).fetchone()
    if row is None:
        names = row_names(columns)
        cursor = conn.execute(
            f"INSERT INTO {kind.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            row_values(columns, record, created_at or now, now, user),
        )
        rid = cursor.lastrowid
        action = "created"
    else:
        rid, old_data, _created_at, updated_at, updated_by, deleted_at = row
        if old_data == data and deleted_at is None and _same_columns(conn, kind, rid, computed):
            return "unchanged"
        conn.execute(
            "INSERT INTO history (kind, record_id, action, data, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)",
            (kind.type_name, record["id"], "update", old_data, updated_at, updated_by),
        )
        sets = ", ".join(f"{c} = ?" for c in columns)
        conn.execute(
            f"UPDATE {kind.table} SET {sets}, data = ?, updated_at = ?, updated_by = ?, deleted_at = NULL "
            "WHERE rid = ?",
            (*columns.values(), data, now, user, rid),
        )
        action = "updated"
    write_children(conn, kind, rid, record)
    index(conn, kind, rid, record)
    return action


def write_children(conn: Any, kind: RecordType, rid: int, record: Record) -> None:
    """The record's side-table rows; a table whose rows did not change is left as it is, so an
    edit elsewhere in the record rewrites no page of it (what a backup set's next point copies)."""
    for child in kind.children:
        rows = [(rid, *row) for row in child.rows(record)]
        names = ", ".join((child.rid_column, *child.columns))
        stored = conn.execute(f"SELECT {names} FROM {child.table} WHERE {child.rid_column} = ?", (rid,)).fetchall()
        if Counter(map(tuple, stored)) == Counter(rows):
            continue
        conn.execute(f"DELETE FROM {child.table} WHERE {child.rid_column} = ?", (rid,))
        conn.executemany(child.insert_sql(), rows)


def _same_columns(conn: Any, kind: RecordType, rid: int, computed: dict[str, Any]) -> bool:
    # Same data can still mean new computed columns (a FOIA clock under a newer holiday calendar).
    if not computed:
        return True
    current = conn.execute(f"SELECT {', '.join(computed)} FROM {kind.table} WHERE rid = ?", (rid,)).fetchone()
    return tuple(current) == tuple(computed.values())


def index(conn: Any, kind: RecordType, rid: int, record: Record, extra_text: str = "") -> None:
    """(Re)write the record's full-text row (a document's extracted text comes from its row)."""
    if kind.search_title is None or kind.search_body is None:
        return
    if kind.list_name == "documents" and not extra_text:
        row = conn.execute("SELECT content_text FROM documents WHERE rid = ?", (rid,)).fetchone()
        extra_text = row[0] if row else ""
    found = search_row(kind, rid, record, extra_text)
    assert found is not None
    conn.execute("DELETE FROM search WHERE rowid = ?", (found[0],))
    conn.execute("INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)", found)


def unindex(conn: Any, kind: RecordType, rid: int) -> None:
    conn.execute("DELETE FROM search WHERE rowid = ?", (search_rowid(rid, kind.code),))

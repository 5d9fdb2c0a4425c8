"""Reading records, and trash, restore and purge; writing a record is ``casefile.queries.writer``.

Every function takes the connection of a transaction the caller (a service) holds; none commits.
``upsert``, ``index`` and ``dumps`` are re-exported from the writer for the callers that use them.
"""

from __future__ import annotations

import json
from typing import Any

from casefile.clock import now_iso
from casefile.domain.enums import ARREST_OUTCOMES
from casefile.errors import CasefileError, NotFound
from casefile.queries.kinds import KINDS, Kind, Record
from casefile.queries.writer import META_FIELDS, dumps, index, unindex, upsert

__all__ = ["META_FIELDS", "dumps", "index", "unindex", "upsert"]


def row_to_record(data: str, created_at: str, updated_at: str, updated_by: str) -> Record:
    record = json.loads(data)
    record.update(created_at=created_at, updated_at=updated_at, updated_by=updated_by)
    return record


def get(conn: Any, kind: Kind, record_id: str, *, include_deleted: bool = False) -> Record | None:
    row = conn.execute(
        f"SELECT data, created_at, updated_at, updated_by, deleted_at FROM {kind.table} WHERE id = ?",
        (record_id,),
    ).fetchone()
    if row is None or (row[4] is not None and not include_deleted):
        return None
    record = row_to_record(*row[:4])
    if row[4] is not None:
        record["deleted_at"] = row[4]
    return record


def require(conn: Any, kind: Kind, record_id: str) -> Record:
    record = get(conn, kind, record_id)
    if record is None:
        raise NotFound(f"There is no {kind.type_name} with id '{record_id}' in this vault.")
    return record


def status_of(conn: Any, kind: Kind, record_id: str) -> str | None:
    """``"live"``, ``"trashed"`` or None when the id is unknown."""
    row = conn.execute(f"SELECT deleted_at FROM {kind.table} WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        return None
    return "live" if row[0] is None else "trashed"


def trash(conn: Any, kind: Kind, record_id: str, user: str) -> None:
    """Move a record to the trash: hidden from lists and search, restorable."""
    row = conn.execute(f"SELECT rid, data, deleted_at FROM {kind.table} WHERE id = ?", (record_id,)).fetchone()
    if row is None or row[2] is not None:
        raise NotFound(f"There is no {kind.type_name} with id '{record_id}' to delete.")
    now = now_iso()
    conn.execute(
        "INSERT INTO history (kind, record_id, action, data, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)",
        (kind.type_name, record_id, "delete", row[1], now, user),
    )
    conn.execute(f"UPDATE {kind.table} SET deleted_at = ?, updated_by = ? WHERE rid = ?", (now, user, row[0]))
    unindex(conn, kind, row[0])


def restore(conn: Any, kind: Kind, record_id: str, user: str, extra_text: str = "") -> None:
    row = conn.execute(f"SELECT rid, data, deleted_at FROM {kind.table} WHERE id = ?", (record_id,)).fetchone()
    if row is None or row[2] is None:
        raise NotFound(f"There is no {kind.type_name} with id '{record_id}' in the trash.")
    conn.execute(
        f"UPDATE {kind.table} SET deleted_at = NULL, updated_at = ?, updated_by = ? WHERE rid = ?",
        (now_iso(), user, row[0]),
    )
    index(conn, kind, row[0], json.loads(row[1]), extra_text)


def purge(conn: Any, kind: Kind, record_id: str) -> None:
    """Remove a trashed record and its history for good (the audit log keeps that it happened)."""
    row = conn.execute(f"SELECT rid, deleted_at FROM {kind.table} WHERE id = ?", (record_id,)).fetchone()
    if row is None or row[1] is None:
        raise NotFound(f"Only records in the trash can be purged; '{record_id}' is not there.")
    refs = references_to(conn, kind, record_id)
    if refs:
        raise CasefileError(
            f"The {kind.type_name} '{record_id}' cannot be purged while other records refer to it "
            f"({', '.join(refs[:5])}). Remove those references first.",
            key="purge_referenced",
        )
    unindex(conn, kind, row[0])
    conn.execute(f"DELETE FROM {kind.table} WHERE rid = ?", (row[0],))
    conn.execute("DELETE FROM history WHERE kind = ? AND record_id = ?", (kind.type_name, record_id))


def references_to(conn: Any, kind: Kind, record_id: str) -> list[str]:
    """Human-readable places that point at this record (from every type's references)."""
    found: list[str] = []
    for other in KINDS.values():
        queries = [r.sql for r in other.referrers if r.target == kind.list_name]
        queries += [
            f"SELECT id FROM {other.table} WHERE {name} = ?"
            for name, f in other.fields.items()
            if f.column and f.target == kind.list_name
        ]
        for sql in queries:
            found += [f"{other.noun} {r[0]}" for r in conn.execute(sql, (record_id,))]
    return found


def history(conn: Any, kind: Kind, record_id: str) -> list[dict[str, Any]]:
    """Earlier versions, newest first: what it was, the action that replaced it, who and when."""
    rows = conn.execute(
        "SELECT hid, action, data, changed_at, changed_by FROM history WHERE kind = ? AND record_id = ? "
        "ORDER BY hid DESC",
        (kind.type_name, record_id),
    ).fetchall()
    return [
        {"version": hid, "action": action, "record": json.loads(data), "changed_at": at, "changed_by": by}
        for hid, action, data, at, by in rows
    ]


def changed_fields(before: Record, after: Record) -> list[str]:
    """Top-level fields whose values differ (what the history view lists as 'what changed')."""
    keys = (set(before) | set(after)) - set(META_FIELDS) - {"deleted_at"}
    return sorted(k for k in keys if before.get(k) != after.get(k))


def trash_list(conn: Any, kinds: list[Kind]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for k in kinds:
        for rid, rec_id, data, deleted_at in conn.execute(
            f"SELECT rid, id, data, deleted_at FROM {k.table} WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC"
        ):
            record = json.loads(data)
            title = k.search_title(record) if k.search_title else record.get("title") or rec_id
            out.append({"type": k.type_name, "id": rec_id, "title": title, "deleted_at": deleted_at, "rid": rid})
    out.sort(key=lambda r: r["deleted_at"], reverse=True)
    return out


def collateral_arrest_sql() -> str:
    outcomes = ", ".join(f"'{o}'" for o in ARREST_OUTCOMES)
    return f"p.role = 'collateral' AND p.outcome IN ({outcomes})"


def live_people_by_a_number(conn: Any, a_numbers: list[str]) -> dict[str, list[tuple[str, str]]]:
    """``{a_number: [(id, full_name), …]}`` for the live people holding any of ``a_numbers``."""
    found: dict[str, list[tuple[str, str]]] = {}
    wanted = sorted(set(a_numbers))
    for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT a_number, id, full_name FROM people WHERE deleted_at IS NULL AND a_number IN ({marks}) "
            "ORDER BY rid",
            chunk,
        )
        for a_number, person_id, name in rows:
            found.setdefault(a_number, []).append((person_id, name))
    return found


def people_names(conn: Any, ids: list[str]) -> dict[str, tuple[str, bool]]:
    """``{id: (full_name, is_client)}`` for the live people among ``ids`` (lists name who was there)."""
    found: dict[str, tuple[str, bool]] = {}
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT id, full_name, is_client FROM people WHERE deleted_at IS NULL AND id IN ({marks})",
            chunk,
        )
        for person_id, name, is_client in rows:
            found[person_id] = (name, bool(is_client))
    return found

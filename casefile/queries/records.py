"""Reading and writing records: upsert with history, trash, restore, purge, search index upkeep.

Every function takes the connection of a transaction the caller (a service) holds; none commits.
"""

from __future__ import annotations

import json
from typing import Any

from casefile.clock import now_iso
from casefile.domain.enums import ARREST_OUTCOMES
from casefile.errors import CasefileError, NotFound
from casefile.queries.kinds import Kind, Record

META_FIELDS = ("created_at", "updated_at", "updated_by")


def dumps(record: Record) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _strip_meta(record: Record) -> Record:
    return {k: v for k, v in record.items() if k not in META_FIELDS}


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


def upsert(
    conn: Any, kind: Kind, record: Record, user: str, *, extra: dict[str, Any] | None = None, created_at: str = ""
) -> str:
    """Insert or update ``record`` (keyed by its ``id``); returns created / updated / unchanged.

    An update keeps the previous version in ``history``. ``extra`` carries columns the caller
    computes (a document's blob name and key).
    """
    record = _strip_meta(record)
    data = dumps(record)
    columns = {**kind.columns(record), **(extra or {})}
    now = now_iso()
    row = conn.execute(
        f"SELECT rid, data, created_at, updated_at, updated_by, deleted_at FROM {kind.table} WHERE id = ?",
        (record["id"],),
    ).fetchone()
    if row is None:
        names = ["id", *columns, "data", "created_at", "updated_at", "updated_by"]
        values = [record["id"], *columns.values(), data, created_at or now, now, user]
        cursor = conn.execute(
            f"INSERT INTO {kind.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", values
        )
        rid = cursor.lastrowid
        action = "created"
    else:
        rid, old_data, _created_at, updated_at, updated_by, deleted_at = row
        if old_data == data and deleted_at is None and _same_columns(conn, kind, rid, extra):
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
    _sync_children(conn, kind, rid, record)
    index(conn, kind, rid, record)
    return action


def _same_columns(conn: Any, kind: Kind, rid: int, extra: dict[str, Any] | None) -> bool:
    if not extra:
        return True
    current = conn.execute(f"SELECT {', '.join(extra)} FROM {kind.table} WHERE rid = ?", (rid,)).fetchone()
    return tuple(current) == tuple(extra.values())


def _sync_children(conn: Any, kind: Kind, rid: int, record: Record) -> None:
    if kind.list_name == "encounters":
        conn.execute("DELETE FROM participants WHERE encounter_rid = ?", (rid,))
        conn.executemany(
            "INSERT INTO participants (encounter_rid, position, person_id, role, outcome) VALUES (?, ?, ?, ?, ?)",
            [
                (rid, i, p["person_id"], p["role"], p.get("outcome") or "")
                for i, p in enumerate(record.get("participants") or [])
            ],
        )
    elif kind.list_name == "documents":
        conn.execute("DELETE FROM document_links WHERE document_rid = ?", (rid,))
        links = [("person", x) for x in record.get("person_ids") or []]
        links += [("encounter", x) for x in record.get("encounter_ids") or []]
        links += [("foia", x) for x in record.get("foia_ids") or []]
        conn.executemany(
            "INSERT OR IGNORE INTO document_links (document_rid, target_type, target_id) VALUES (?, ?, ?)",
            [(rid, t, x) for t, x in links],
        )


def index(conn: Any, kind: Kind, rid: int, record: Record, extra_text: str = "") -> None:
    """(Re)write the record's full-text row."""
    if kind.search_title is None or kind.search_body is None:
        return
    rowid = rid * 8 + kind.code
    conn.execute("DELETE FROM search WHERE rowid = ?", (rowid,))
    body = kind.search_body(record)
    if kind.list_name == "documents" and not extra_text:
        row = conn.execute("SELECT content_text FROM documents WHERE rid = ?", (rid,)).fetchone()
        extra_text = row[0] if row else ""
    if extra_text:
        body = f"{body}\n{extra_text}"
    conn.execute("INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)", (rowid, kind.search_title(record), body))


def unindex(conn: Any, kind: Kind, rid: int) -> None:
    conn.execute("DELETE FROM search WHERE rowid = ?", (rid * 8 + kind.code,))


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
    """Human-readable places that point at this record."""
    checks: list[tuple[str, str]] = []
    if kind.list_name == "people":
        checks = [
            (
                "SELECT e.id FROM participants p JOIN encounters e ON e.rid = p.encounter_rid WHERE p.person_id = ?",
                "encounter",
            ),
            ("SELECT id FROM foia_requests WHERE subject_person_id = ?", "FOIA request"),
            ("SELECT id FROM deadlines WHERE person_id = ?", "deadline"),
            ("SELECT id FROM notes WHERE person_id = ?", "note"),
            (
                "SELECT d.id FROM document_links l JOIN documents d ON d.rid = l.document_rid "
                "WHERE l.target_type = 'person' AND l.target_id = ?",
                "document",
            ),
        ]
    elif kind.list_name == "encounters":
        checks = [
            ("SELECT id FROM deadlines WHERE encounter_id = ?", "deadline"),
            ("SELECT id FROM notes WHERE encounter_id = ?", "note"),
            (
                "SELECT d.id FROM document_links l JOIN documents d ON d.rid = l.document_rid "
                "WHERE l.target_type = 'encounter' AND l.target_id = ?",
                "document",
            ),
        ]
    elif kind.list_name == "foia_requests":
        checks = [
            ("SELECT id FROM deadlines WHERE foia_id = ?", "deadline"),
            ("SELECT id FROM notes WHERE foia_id = ?", "note"),
            (
                "SELECT d.id FROM document_links l JOIN documents d ON d.rid = l.document_rid "
                "WHERE l.target_type = 'foia' AND l.target_id = ?",
                "document",
            ),
        ]
    found: list[str] = []
    for sql, label in checks:
        found += [f"{label} {r[0]}" for r in conn.execute(sql, (record_id,))]
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

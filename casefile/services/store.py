"""Checking and writing records: the one path a save from the app and an import both take.

:func:`normalize_all` and :func:`check_references` validate a batch before anything is written;
:func:`write_record` writes one record through ``casefile.queries.writer`` and records it in the
audit log (and, for a document with a new file, in its custody log). The bulk loader shares the
checks, :func:`with_file_facts` and the writer's row builders.
"""

from __future__ import annotations

from typing import Any

from casefile.clock import now_iso
from casefile.domain import record_types
from casefile.domain.record_types import RecordType
from casefile.domain.validate import normalize_record, where_of
from casefile.errors import ValidationError
from casefile.queries import records
from casefile.queries.kinds import KINDS
from casefile.queries.writer import upsert
from casefile.vault import audit

Batch = dict[str, list[tuple[str, dict[str, Any]]]]
# A document's facts that come from its file, never from what a person typed.
FILE_FACTS = ("media_type", "size", "sha256")


def normalize_all(doc: dict[str, Any]) -> Batch:
    """Every record of a schema-valid document, normalised, as ``(where, record)`` per list."""
    out: Batch = {}
    for list_name in record_types.list_names():
        seen: dict[str, str] = {}
        items = []
        for i, record in enumerate(doc.get(list_name) or []):
            where = where_of(list_name, i, record)
            if record["id"] in seen:
                raise ValidationError(
                    f"id: '{record['id']}' is used twice (also {seen[record['id']]})", where=where, field="id"
                )
            seen[record["id"]] = where
            items.append((where, normalize_record(list_name, record, where)))
        out[list_name] = items
    return out


def check_references(conn: Any, batch: Batch) -> None:
    """Every reference resolves in the batch or the vault, or the first that does not is named."""
    in_file = {name: {r["id"] for _, r in items} for name, items in batch.items()}
    known: dict[tuple[str, str], bool] = {}
    for list_name, items in batch.items():
        rt = KINDS[list_name]
        for where, record in items:
            for field_name, target, ref in rt.references(record):
                if ref in in_file.get(target, ()):
                    continue
                key = (target, ref)
                if key not in known:
                    known[key] = records.status_of(conn, KINDS[target], ref) is not None
                if not known[key]:
                    raise ValidationError(
                        f"{field_name}: refers to {KINDS[target].type_name} '{ref}', which is neither in this "
                        "file nor in the vault",
                        where=where,
                        field=field_name,
                    )


def with_file_facts(record: dict[str, Any], facts: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A document whose file was just stored: the record with the file's facts, and its columns."""
    record = {k: v for k, v in record.items() if k != "file"}
    for key in FILE_FACTS:
        record[key] = facts[key]
    if facts.get("original_filename") and not record.get("original_filename"):
        record["original_filename"] = facts["original_filename"]
    return record, {k: v for k, v in facts.items() if k != "original_filename"}


def keep_file_facts(conn: Any, record: dict[str, Any]) -> dict[str, Any]:
    """A metadata-only update keeps the stored file's facts (its hash cannot be typed in)."""
    record = {k: v for k, v in record.items() if k != "file"}
    existing = records.get(conn, KINDS["documents"], record["id"], include_deleted=True)
    if existing is None:
        return record
    for k in (*FILE_FACTS, "original_filename"):
        if existing.get(k) is not None:
            record[k] = existing[k]
    return record


def write_record(
    tx: Any,
    kind: RecordType,
    where: str,
    record: dict[str, Any],
    user: str,
    *,
    extra: dict[str, Any] | None = None,
    source: str = "",
) -> str:
    """Write one checked record; returns created / updated / unchanged, as the audit log says."""
    written = record.get("created_at", "") if kind.keeps_created_at else ""
    outcome = upsert(tx, kind, record, user, extra=extra, created_at=written, where=where)
    if kind.list_name == "documents" and outcome != "unchanged" and extra:
        custody(tx, record["id"], "added" if outcome == "created" else "replaced", user, source)
    if outcome != "unchanged":
        audit.append(tx, user, "create" if outcome == "created" else "update", kind.type_name, record["id"])
    return outcome


def custody(conn: Any, document_id: str, action: str, user: str, detail: str = "") -> None:
    conn.execute(
        "INSERT INTO custody_log (document_id, action, user, at, detail) VALUES (?, ?, ?, ?, ?)",
        (document_id, action, user, now_iso(), detail),
    )

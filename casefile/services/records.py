"""Saving, deleting and restoring single records from the app or a script.

A save goes through the same checks as an import (schema, domain checks, references, duplicate
A-numbers) and the same writer (``casefile.services.store``), so a record typed into the app and
one imported from a file obey exactly the same rules and are stored alike.
"""

from __future__ import annotations

import secrets
from typing import Any

from casefile.domain.validate import check_record, normalize_record, where_of
from casefile.errors import ValidationError
from casefile.queries import records
from casefile.queries.kinds import KINDS, kind
from casefile.services import store
from casefile.services.duplicates import check_people, check_restore
from casefile.vault import audit
from casefile.vault.db import Vault


def new_id(list_name: str) -> str:
    return f"{kind(list_name).id_prefix}-{secrets.token_hex(5)}"


def get(vault: Vault, kind_name: str, record_id: str, *, include_deleted: bool = False) -> dict[str, Any] | None:
    return records.get(vault.connection(), kind(kind_name), record_id, include_deleted=include_deleted)


def save(vault: Vault, kind_name: str, record: dict[str, Any]) -> dict[str, Any]:
    """Create or update one record (a new one gets an id); returns it as stored."""
    k = kind(kind_name)
    record = {key: value for key, value in record.items() if key not in (*records.META_FIELDS, "deleted_at")}
    if not record.get("id"):
        record["id"] = new_id(k.list_name)
    if k.list_name == "documents":
        # A document's file facts come from its bytes; the form only edits what describes it.
        for key in ("media_type", "size", "sha256", "file"):
            record.pop(key, None)
    if k.list_name == "notes":
        record.setdefault("author", vault.user)
    where = where_of(k.list_name, 0, record)
    check_record(k.list_name, record)
    record = normalize_record(k.list_name, record, where)
    conn = vault.connection()
    store.check_references(conn, {k.list_name: [(where, record)]})
    if k.list_name == "people":
        check_people(conn, [(where, record)])
    if k.list_name == "documents" and records.status_of(conn, k, record["id"]) is None:
        raise ValidationError("file: a new document needs its file", where=where, field="file")
    with vault.transaction() as tx:
        if k.list_name == "documents":
            record = store.keep_file_facts(tx, record)
        store.write_record(tx, k, where, record, vault.user)
    saved = records.get(vault.connection(), k, record["id"])
    assert saved is not None
    return saved


def delete(vault: Vault, kind_name: str, record_id: str) -> None:
    k = kind(kind_name)
    with vault.transaction() as tx:
        records.trash(tx, k, record_id, vault.user)
        audit.append(tx, vault.user, "delete", k.type_name, record_id)


def restore(vault: Vault, kind_name: str, record_id: str) -> None:
    k = kind(kind_name)
    with vault.transaction() as tx:
        if k.list_name == "people":
            trashed = records.get(tx, k, record_id, include_deleted=True)
            if trashed is not None:
                check_restore(tx, trashed)
        records.restore(tx, k, record_id, vault.user)
        audit.append(tx, vault.user, "restore", k.type_name, record_id)


def purge(vault: Vault, kind_name: str, record_id: str) -> None:
    k = kind(kind_name)
    if k.list_name == "documents":
        from casefile.services.documents import purge_document

        purge_document(vault, record_id)
        return
    with vault.transaction() as tx:
        records.purge(tx, k, record_id)
        audit.append(tx, vault.user, "purge", k.type_name, record_id)


def history(vault: Vault, kind_name: str, record_id: str) -> list[dict[str, Any]]:
    """Earlier versions newest first, each with the fields that changed in the next version."""
    k = kind(kind_name)
    conn = vault.connection()
    versions = records.history(conn, k, record_id)
    current = records.get(conn, k, record_id, include_deleted=True) or {}
    newer = current
    for version in versions:
        version["changed_fields"] = records.changed_fields(version["record"], newer)
        newer = version["record"]
    return versions


def trash(vault: Vault) -> list[dict[str, Any]]:
    return records.trash_list(vault.connection(), list(KINDS.values()))

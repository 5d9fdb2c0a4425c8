"""Documents: add (streamed and encrypted), view from memory, export on request, custody log."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from casefile.clock import now_iso
from casefile.domain.media import check_claimed_type, sniff_file, sniff_media_type
from casefile.errors import NotFound, ValidationError
from casefile.queries import records
from casefile.queries.kinds import KINDS
from casefile.services import capture, media
from casefile.vault import audit, blobs
from casefile.vault.blob_reader import BlobReader
from casefile.vault.db import Vault

DOCUMENTS = KINDS["documents"]
VIEW_LIMIT = 512 * 1024 * 1024  # larger files are exported, not held in memory to show


def new_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(5)}"


def add_document(
    vault: Vault,
    source: Path,
    metadata: dict[str, Any],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Encrypt ``source`` into the vault and record it; all or nothing. Returns the record."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError(f"'{source}' is not a file that can be read", where="document", field="file")
    record = {"id": metadata.get("id") or new_id("d"), "title": metadata.get("title") or source.stem, **metadata}
    record.setdefault("original_filename", source.name)
    # What a photo, video or recording says about its capture, and a photo's thumbnail (issue 16).
    described = media.describe_source(source, sniff_file(source))
    taken = described.facts.get("taken_at")
    if not record.get("document_date") and taken:
        # Its own capture date, when it has one: what the phone recorded (EXIF, QuickTime, ID3).
        record["document_date"] = str(taken)[:10]
    # Validate the record's fields before spending time on the file.
    _validate_only(vault, record)
    # Refuse a file that lies about its type before spending time encrypting it.
    check_claimed_type(source.name, sniff_file(source))
    with open(source, "rb") as fh:
        stored = blobs.write_blob(vault.blobs_dir, fh, progress=progress, cancel=cancel)
    try:
        media_type = sniff_media_type(stored.head)
        check_claimed_type(source.name, media_type)
        text = stored.text or blobs.extract_text(vault.blobs_dir, stored.name, stored.key, media_type) or ""
        record.update(media_type=media_type, size=stored.size, sha256=stored.sha256)
        extra = {
            "media_type": media_type,
            "size": stored.size,
            "sha256": stored.sha256,
            "blob_name": stored.name,
            "blob_key": stored.key,
            "content_text": text,
        }
        with vault.transaction() as tx:
            if records.status_of(tx, DOCUMENTS, record["id"]) is not None:
                raise ValidationError(
                    f"a document with id '{record['id']}' already exists", where="document", field="id"
                )
            records.upsert(tx, DOCUMENTS, record, vault.user, extra=extra)
            tx.execute(
                "INSERT INTO custody_log (document_id, action, user, at, detail) VALUES (?, ?, ?, ?, ?)",
                (record["id"], "added", vault.user, now_iso(), source.name),
            )
            audit.append(tx, vault.user, "create", "document", record["id"])
            media.record(tx, record["id"], stored.sha256, described)
    except BaseException:
        blobs.delete_blob(vault.blobs_dir, stored.name)
        raise
    return records.require(vault.connection(), DOCUMENTS, record["id"])


def _validate_only(vault: Vault, record: dict[str, Any]) -> None:
    from casefile.domain.validate import check_schema, normalize_record

    probe = {k: v for k, v in record.items() if k not in ("media_type", "size", "sha256")}
    check_schema({"format": "casefile-interchange", "version": 1, "documents": [probe]})
    normalize_record("documents", probe, "document")
    conn = vault.connection()
    from casefile.services.references import references

    for field, target, ref in references("documents", probe):
        if records.status_of(conn, KINDS[target], ref) is None:
            raise ValidationError(
                f"{field}: refers to {KINDS[target].type_name} '{ref}', which is not in the vault",
                where="document",
                field=field,
            )


def _blob_row(vault: Vault, document_id: str) -> tuple[str, bytes, str, str, int]:
    row = (
        vault.connection()
        .execute("SELECT blob_name, blob_key, sha256, media_type, size FROM documents WHERE id = ?", (document_id,))
        .fetchone()
    )
    if row is None:
        raise NotFound(f"There is no document with id '{document_id}' in this vault.")
    return row[0], row[1], row[2], row[3], row[4]


def _log(vault: Vault, document_id: str, action: str, detail: str = "") -> None:
    with vault.transaction() as tx:
        tx.execute(
            "INSERT INTO custody_log (document_id, action, user, at, detail) VALUES (?, ?, ?, ?, ?)",
            (document_id, action, vault.user, now_iso(), detail),
        )
        audit.append(tx, vault.user, action, "document", document_id)


def read_for_view(vault: Vault, document_id: str) -> tuple[bytes, str]:
    """The document's bytes (hash checked) and media type, for an in-app viewer. Logged as viewed."""
    name, key, sha, media_type, size = _blob_row(vault, document_id)
    if size > VIEW_LIMIT:
        raise ValidationError(
            "this document is too large to show inside Casefile; export it to open it", where="document", field="size"
        )
    data = blobs.read_blob(vault.blobs_dir, name, key, expected_sha256=sha)
    _log(vault, document_id, "view")
    return data, media_type


def capture_facts(vault: Vault, document_id: str) -> tuple[capture.Capture, list[dict[str, Any]]]:
    """What a photo (EXIF), video or audio recording (its container) says about its capture, as
    kept at import or read now from the encrypted file in memory, and the encounters near its
    capture time (nearest first) that it is not linked to yet."""
    _name, _key, _sha, media_type, _size = _blob_row(vault, document_id)
    if not str(media_type).startswith(("image/", "video/", "audio/")):
        return capture.Capture(), []
    facts = capture.Capture.from_facts(media.facts_of(vault, document_id))
    if not facts.taken_at:
        return facts, []
    record = records.require(vault.connection(), DOCUMENTS, document_id)
    linked = set(record.get("encounter_ids") or [])
    near = [e for e in capture.encounters_near(vault.connection(), facts.taken_at) if e["id"] not in linked]
    return facts, near


def open_for_playback(vault: Vault, document_id: str) -> tuple[BlobReader, str]:
    """A random-access reader over the document's plaintext and its media type, for playing a
    video or audio recording in the app: chunks are decrypted in memory as they are read, never
    to disk, and the recorded SHA-256 is checked as it is read in order. Logged as viewed."""
    name, key, sha, media_type, _size = _blob_row(vault, document_id)
    reader = BlobReader(vault.blobs_dir, name, key, expected_sha256=sha)
    try:
        _log(vault, document_id, "view", "played")
    except BaseException:
        reader.close()
        raise
    return reader, media_type


def export_document(
    vault: Vault,
    document_id: str,
    dest: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> None:
    """Write the decrypted document to ``dest`` (an explicit user choice). Logged as exported."""
    name, key, sha, _media, _size = _blob_row(vault, document_id)
    blobs.export_blob(vault.blobs_dir, name, key, Path(dest), expected_sha256=sha, progress=progress, cancel=cancel)
    _log(vault, document_id, "export", Path(dest).name)


def export_file_name(record: dict[str, Any], day: date) -> str:
    """The name to suggest for a decrypted copy: ``document-2026-12-07.pdf``.

    Never the original file name or the title, which often name the client and would stay in
    the folder, in recent-file lists and in backups of the disk the copy goes to. The original's
    extension is kept (letters and digits only) so the copy opens in the right program.
    """
    suffix = Path(str(record.get("original_filename") or "")).suffix[1:11]
    suffix = "".join(ch for ch in suffix if ch.isascii() and ch.isalnum()).lower()
    return f"document-{day.isoformat()}" + (f".{suffix}" if suffix else "")


def custody_log(vault: Vault, document_id: str) -> list[dict[str, str]]:
    rows = (
        vault.connection()
        .execute("SELECT action, user, at, detail FROM custody_log WHERE document_id = ? ORDER BY seq", (document_id,))
        .fetchall()
    )
    return [{"action": a, "user": u, "at": t, "detail": d} for a, u, t, d in rows]


def purge_document(vault: Vault, document_id: str) -> None:
    """Remove a trashed document and its encrypted file(s) for good."""
    conn = vault.connection()
    names = [r[0] for r in conn.execute("SELECT blob_name FROM documents WHERE id = ?", (document_id,))]
    names += [r[0] for r in conn.execute("SELECT blob_name FROM retired_blobs WHERE document_id = ?", (document_id,))]
    with vault.transaction() as tx:
        records.purge(tx, DOCUMENTS, document_id)
        tx.execute("DELETE FROM retired_blobs WHERE document_id = ?", (document_id,))
        audit.append(tx, vault.user, "purge", "document", document_id)
    # After the commit: a crash here leaves orphans, which the next unlock collects.
    for name in names:
        blobs.delete_blob(vault.blobs_dir, name)

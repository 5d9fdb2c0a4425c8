"""Import and export in the interchange format (shared/spec/interchange.md).

An import is all or nothing: a file is streamed (``interchange_stream``: bounded by bytes and
nesting, never by a list's length) and its records checked and written a chunk at a time inside
one transaction (``import_batches``); any bad record rolls every row back, and the document files
encrypted into the vault for it are removed again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casefile.clock import now_iso, today
from casefile.domain import record_types
from casefile.domain.deadlines import of_record
from casefile.domain.media import check_claimed_type, sniff_file, sniff_media_type
from casefile.domain.validate import check_schema
from casefile.errors import CasefileError, ValidationError
from casefile.queries import records
from casefile.queries.kinds import KINDS
from casefile.services import interchange_stream, store
from casefile.vault import blobs
from casefile.vault.db import Vault
from casefile.vault.fsutil import make_private_dir, private_output
from casefile.words import count as count_of

Progress = Callable[[int, str], None]
MAX_FILE_BYTES = interchange_stream.MAX_FILE_BYTES  # kept importable from here


@dataclass
class ImportResult:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)

    def count(self, action: str, list_name: str) -> None:
        bucket = getattr(self, action)
        bucket[list_name] = bucket.get(list_name, 0) + 1

    def summary(self) -> str:
        def part(d: dict[str, int]) -> str:
            return ", ".join(count_of(n, k) for k, n in d.items()) or "nothing"

        return f"created {part(self.created)}; updated {part(self.updated)}; unchanged {part(self.unchanged)}"


def import_file(
    vault: Vault, path: Path, *, progress: Progress | None = None, cancel: Callable[[], bool] | None = None
) -> ImportResult:
    """Import an interchange file, streamed: any number of records, bounded by bytes and nesting.

    One pass checks the bounds and reads the outline (``interchange_stream.scan``); then each
    record list is streamed in write order and checked and written a chunk at a time, all inside
    one transaction (``import_batches``): a bad record anywhere refuses the whole file.
    """
    from casefile.services import import_batches
    from casefile.services.interchange_stream import SCAN_PERCENT, records, scan

    path = Path(path)
    report = progress or (lambda _p, _m: None)
    outline = scan(path, cancel, report)
    check_schema(_header_document(outline.header))
    return import_batches.run(
        vault,
        lambda name: records(path, name),
        present=[name for name, n in outline.counts.items() if n],
        total=outline.total,
        base_dir=path.resolve().parent,
        progress=progress,
        cancel=cancel,
        source=path.name,
        start_percent=SCAN_PERCENT,
    )


def _header_document(fields: dict[str, Any]) -> dict[str, Any]:
    """The file's top-level fields with each record list as ``[]``: what the schema checks of them
    before the records, a chunk at a time, are checked on their own."""
    lists = set(record_types.list_names())
    return {k: [] if k in lists and isinstance(v, list) else v for k, v in fields.items()}


def _safe_file(base_dir: Path | None, rel: str, where: str) -> Path:
    if base_dir is None:
        raise ValidationError(
            "file: document files can only be read when importing from a file", where=where, field="file"
        )
    if "\x00" in rel:  # the OS refuses such a path with a bare ValueError
        raise ValidationError("file: the path contains a NUL character", where=where, field="file")
    if not rel or os.path.isabs(rel) or rel.startswith(("/", "\\")) or ":" in rel.split("/")[0]:
        raise ValidationError(
            f"file: '{rel}' must be a path relative to the interchange file's folder", where=where, field="file"
        )
    parts = rel.replace("\\", "/").split("/")
    if ".." in parts:
        raise ValidationError(
            f"file: '{rel}' leaves the interchange file's folder ('..' is not allowed)", where=where, field="file"
        )
    path = (base_dir / rel).resolve()
    if not path.is_relative_to(base_dir.resolve()):
        raise ValidationError(
            f"file: '{rel}' leads outside the interchange file's folder (a link?)", where=where, field="file"
        )
    if not path.is_file():
        raise ValidationError(f"file: '{rel}' was not found next to the interchange file", where=where, field="file")
    return path


def import_document(
    vault: Vault,
    doc: Any,
    *,
    base_dir: Path | None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    source: str = "",
    action: str | None = "import",
) -> ImportResult:
    """Check and write an interchange document held in memory, all or nothing (as a file is)."""
    from casefile.services import import_batches

    if not isinstance(doc, dict):
        raise ValidationError(
            "the file is not a Casefile interchange document (expected a JSON object)", where="the file"
        )
    check_schema(_header_document(doc))
    present = [name for name in record_types.list_names() if doc.get(name)]
    return import_batches.run(
        vault,
        lambda name: doc.get(name) or [],
        present=present,
        total=sum(len(doc[name]) for name in present),
        base_dir=base_dir,
        progress=progress,
        cancel=cancel,
        source=source,
        action=action,
    )


def _document_for_write(
    tx: Any, record: dict[str, Any], facts: dict[str, Any] | None
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """A document as stored: with its new file's facts, or keeping the facts of the one stored."""
    extra = dict(facts or {}) or None
    retire = extra.pop("_retire_row", None) if extra else None
    if retire is not None:
        tx.execute(
            "INSERT OR IGNORE INTO retired_blobs (blob_name, blob_key, document_id, sha256, retired_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (*retire, now_iso()),
        )
    if extra:
        return store.with_file_facts(record, extra)
    return store.keep_file_facts(tx, record), None


def stored_file_facts(where: str, record: dict[str, Any], path: Path, stored: Any, blobs_dir: Path) -> dict[str, Any]:
    """Check a document file just stored against what the record claims; its columns if it holds.

    The sha256 the interchange file gives must match, and the type sniffed from the content must
    agree with the file's name. Raises ``ValidationError`` naming the record and field; the caller
    deletes the blob.
    """
    claimed = record.get("sha256")
    if claimed and claimed.lower() != stored.sha256:
        raise ValidationError(
            f"sha256: the content of '{record.get('file')}' does not match the sha256 given in the file "
            f"(expected {claimed.lower()[:12]}…, file is {stored.sha256[:12]}…)",
            where=where,
            field="sha256",
        )
    media_type = sniff_media_type(stored.head)
    try:
        check_claimed_type(path.name, media_type)
    except ValidationError as exc:
        raise ValidationError(f"file: {exc.reason}", where=where, field="file") from None
    text = stored.text or blobs.extract_text(blobs_dir, stored.name, stored.key, media_type) or ""
    return {
        "media_type": media_type,
        "size": stored.size,
        "sha256": stored.sha256,
        "blob_name": stored.name,
        "blob_key": stored.key,
        "content_text": text,
        "original_filename": path.name,
    }


def _prepare_documents(
    vault: Vault,
    conn: Any,
    items: list[tuple[str, dict[str, Any]]],
    base_dir: Path | None,
    extra_out: dict[str, dict[str, Any]],
    new_blobs: list[str],
    report: Progress,
    cancel: Callable[[], bool] | None,
) -> None:
    for n, (where, record) in enumerate(items):
        rel = record.get("file")
        if not rel:
            if records.status_of(conn, KINDS["documents"], record["id"]) is None:
                raise ValidationError("file: a new document needs its file", where=where, field="file")
            continue
        path = _safe_file(base_dir, rel, where)
        try:
            check_claimed_type(path.name, sniff_file(path))
        except ValidationError as exc:
            raise ValidationError(f"file: {exc.reason}", where=where, field="file") from None
        report(0, f"Encrypting document {n + 1} of {len(items)}")
        with open(path, "rb") as fh:
            stored = blobs.write_blob(vault.blobs_dir, fh, cancel=cancel)
        new_blobs.append(stored.name)
        facts = stored_file_facts(where, record, path, stored, vault.blobs_dir)
        existing = conn.execute(
            "SELECT sha256, blob_name, blob_key FROM documents WHERE id = ?", (record["id"],)
        ).fetchone()
        if existing is not None and existing[0] == stored.sha256:
            blobs.delete_blob(vault.blobs_dir, stored.name)
            new_blobs.remove(stored.name)
            # Same content as stored already: the record changes, the stored file stays.
            extra_out[record["id"]] = {k: v for k, v in facts.items() if k not in ("blob_name", "blob_key")}
            continue
        extra_out[record["id"]] = facts
        if existing is not None:
            extra_out[record["id"]]["_retire_row"] = (existing[1], existing[2], record["id"], existing[0])


# ---------------------------------------------------------------- export


def export_records(conn: Any, *, today_: Any = None) -> dict[str, Any]:
    """Every live record, as an interchange document with computed fields filled in."""
    day = today_ or today()
    doc: dict[str, Any] = {"format": "casefile-interchange", "version": 1, "exported_at": now_iso()}
    for list_name, kind in KINDS.items():
        extra_cols = "".join(f", {c}" for c in kind.export_columns)
        rows = conn.execute(
            f"SELECT data, created_at, updated_at, updated_by{extra_cols} FROM {kind.table} "
            "WHERE deleted_at IS NULL ORDER BY rid"
        )
        out = []
        for row in rows:
            record = records.row_to_record(*row[:4])
            if kind.decorate is not None:
                kind.decorate(record, dict(zip(kind.export_columns, row[4:], strict=True)), day)
            if list_name in _DEADLINE_SOURCES:
                computed = of_record(list_name, record)
                if computed:
                    record["computed_deadlines"] = computed
            out.append(record)
        doc[list_name] = out
    return doc


# Record lists that computed deadlines come from; an export lists each record's under it.
_DEADLINE_SOURCES = ("foia_requests", "people", "encounters", "hearings")  # hearings: issue 15


def write_export(
    vault: Vault,
    out: Path,
    *,
    redact: bool = False,
    with_files: Path | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    review: Any = None,
    redact_listed: bool = False,
) -> dict[str, int]:
    """Write the vault's records (and optionally decrypted document files) to ``out``.

    A redacted export fills ``review`` (a ``casefile.reports.redact.Review``), when given, with
    what was removed and the name-like words left for a person to check; ``redact_listed`` writes
    those words as initials too.
    """
    out = Path(out)
    if redact and with_files is not None:
        raise CasefileError(
            "A redacted export cannot include document files: their contents cannot be redacted "
            "automatically. Export without --with-files, or without --redact for the legal team."
        )
    conn = vault.connection()
    doc = export_records(conn)
    if redact:
        from casefile.services.redaction import known_names, redact_document

        doc["known_names"] = known_names(conn)  # the trash's names too; redaction drops the list
        doc = redact_document(doc, review, listed_too=redact_listed)
    if with_files is not None:
        files_dir = Path(with_files).resolve()
        base = out.resolve().parent
        if not files_dir.is_relative_to(base):
            raise CasefileError(
                f"--with-files must be a folder inside the export file's folder ({base}), because "
                "document paths in the export are relative to it."
            )
        make_private_dir(files_dir)  # 0700, with any folder it needs: decrypted documents go in it
        _export_files(vault, conn, doc, files_dir, base, progress, cancel)
    try:
        with private_output(out, encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    except OSError as exc:
        raise CasefileError(f"Could not write {out}: {exc.strerror or exc}.") from None
    counts = {k: len(doc.get(k) or []) for k in KINDS}
    vault.audit("export", detail=json.dumps({"redacted": redact, "with_files": with_files is not None, **counts}))
    return counts


def _export_files(
    vault: Vault,
    conn: Any,
    doc: dict[str, Any],
    files_dir: Path,
    base: Path,
    progress: Progress | None,
    cancel: Callable[[], bool] | None,
) -> None:
    documents = doc.get("documents") or []
    for n, record in enumerate(documents):
        row = conn.execute("SELECT blob_name, blob_key, sha256 FROM documents WHERE id = ?", (record["id"],)).fetchone()
        suffix = Path(record.get("original_filename") or "").suffix[:10]
        dest = files_dir / f"{record['id']}{suffix}"
        blobs.export_blob(vault.blobs_dir, row[0], row[1], dest, expected_sha256=row[2], cancel=cancel)
        record["file"] = dest.relative_to(base).as_posix()
        with vault.transaction() as tx:
            store.custody(tx, record["id"], "exported", vault.user, "interchange export")
        if progress:
            progress(int((n + 1) * 100 / len(documents)), f"Exported {n + 1} of {len(documents)} documents")

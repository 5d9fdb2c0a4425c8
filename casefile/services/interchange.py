"""Import and export in the interchange format (shared/spec/interchange.md).

An import is all or nothing: the file is checked against the schema, every record is validated
and every reference resolved before the first write; document files are encrypted into the
vault before the transaction and removed again if it fails.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casefile.clock import now_iso, today
from casefile.domain import dates, enums
from casefile.domain.deadlines import foia_columns, of_record
from casefile.domain.jsonlimits import MAX_DEPTH, TooDeep, loads_bounded
from casefile.domain.media import check_claimed_type, sniff_file, sniff_media_type
from casefile.domain.validate import check_schema, normalize_record, where_of
from casefile.errors import Cancelled, CasefileError, ValidationError
from casefile.queries import records
from casefile.queries.kinds import KINDS
from casefile.services.duplicates import check_people
from casefile.services.references import references
from casefile.vault import audit, blobs
from casefile.vault.db import Vault
from casefile.vault.fsutil import make_private_dir, private_output
from casefile.words import count as count_of

# Writing order: each kind only points at kinds written before it (documents' account-point
# references from encounters are checked by id, not by a foreign key).
WRITE_ORDER = ("people", "encounters", "foia_requests", "documents", "deadlines", "notes")
MAX_FILE_BYTES = 512 * 1024 * 1024
Progress = Callable[[int, str], None]


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


def load_interchange(path: Path) -> dict[str, Any]:
    try:
        size = path.stat().st_size
    except OSError:
        raise CasefileError(f"Cannot read {path}: the file does not exist or is not accessible.") from None
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            f"{path.name} is {size:,} bytes; interchange files are limited to 512 MiB", where="the file"
        )
    try:
        with open(path, encoding="utf-8") as fh:
            return loads_bounded(fh.read())
    except TooDeep:
        raise ValidationError(
            f"{path.name} nests lists or objects more than {MAX_DEPTH} levels deep; an interchange file "
            "never does, so it is damaged or not an interchange file",
            where="the file",
        ) from None
    except UnicodeDecodeError:
        raise ValidationError(
            f"{path.name} is not UTF-8 text, so it is not an interchange file", where="the file"
        ) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})", where="the file"
        ) from None


def import_file(
    vault: Vault, path: Path, *, progress: Progress | None = None, cancel: Callable[[], bool] | None = None
) -> ImportResult:
    path = Path(path)
    doc = load_interchange(path)
    return import_document(
        vault, doc, base_dir=path.resolve().parent, progress=progress, cancel=cancel, source=path.name
    )


def _normalize_all(doc: dict[str, Any]) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    out: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for list_name in enums.RECORD_LISTS:
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


def _check_references(conn: Any, batch: dict[str, list[tuple[str, dict[str, Any]]]]) -> None:
    in_file = {name: {r["id"] for _, r in items} for name, items in batch.items()}
    known: dict[tuple[str, str], bool] = {}
    for list_name, items in batch.items():
        for where, record in items:
            for field_name, target, ref in references(list_name, record):
                if ref in in_file[target]:
                    continue
                key = (target, ref)
                if key not in known:
                    known[key] = records.status_of(conn, KINDS[target], ref) is not None
                if not known[key]:
                    kind_word = KINDS[target].type_name
                    raise ValidationError(
                        f"{field_name}: refers to {kind_word} '{ref}', which is neither in this file nor in the vault",
                        where=where,
                        field=field_name,
                    )


def _safe_file(base_dir: Path | None, rel: str, where: str) -> Path:
    if base_dir is None:
        raise ValidationError(
            "file: document files can only be read when importing from a file", where=where, field="file"
        )
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


def _foia_columns(record: dict[str, Any], where: str) -> dict[str, Any]:
    """The computed dates kept as columns (``casefile.domain.deadlines.foia_columns``)."""
    return foia_columns(record, where)


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
    """Validate everything, then write it in one transaction. Raises before any write on bad input."""
    report = progress or (lambda _p, _m: None)
    check_schema(doc)
    batch = _normalize_all(doc)
    conn = vault.connection()
    _check_references(conn, batch)
    check_people(conn, batch["people"])
    result = ImportResult()
    new_blobs: list[str] = []
    document_extra: dict[str, dict[str, Any]] = {}
    try:
        _prepare_documents(vault, conn, batch["documents"], base_dir, document_extra, new_blobs, report, cancel)
        total = sum(len(v) for v in batch.values()) or 1
        done = 0
        with vault.transaction() as tx:
            for list_name in WRITE_ORDER:
                kind = KINDS[list_name]
                for where, record in batch[list_name]:
                    if cancel and cancel():
                        raise Cancelled("The import was cancelled; nothing was saved.")
                    extra = None
                    if list_name == "foia_requests":
                        extra = _foia_columns(record, where)
                    elif list_name == "documents":
                        extra = dict(document_extra.get(record["id"]) or {}) or None
                        retire = extra.pop("_retire_row", None) if extra else None
                        if retire is not None:
                            tx.execute(
                                "INSERT OR IGNORE INTO retired_blobs (blob_name, blob_key, document_id, sha256, "
                                "retired_at) VALUES (?, ?, ?, ?, ?)",
                                (*retire, now_iso()),
                            )
                        record = {k: v for k, v in record.items() if k != "file"}
                        if extra:
                            for k in ("media_type", "size", "sha256"):
                                record[k] = extra[k]
                            if extra.get("original_filename") and not record.get("original_filename"):
                                record["original_filename"] = extra["original_filename"]
                            extra = {k: v for k, v in extra.items() if k != "original_filename"}
                        else:
                            record = _keep_file_facts(tx, record)
                    written = record.get("created_at", "") if list_name == "notes" else ""
                    outcome = records.upsert(tx, kind, record, vault.user, extra=extra, created_at=written)
                    if list_name == "documents" and outcome != "unchanged" and extra:
                        _custody(tx, record["id"], "added" if outcome == "created" else "replaced", vault.user, source)
                    result.count(outcome, list_name)
                    if outcome != "unchanged":
                        audit.append(
                            tx, vault.user, "create" if outcome == "created" else "update", kind.type_name, record["id"]
                        )
                    done += 1
                    if done % 500 == 0:
                        report(int(done * 100 / total), f"{done:,} of {total:,} records")
            if action:
                detail = json.dumps({"source": source, "created": result.created, "updated": result.updated})
                audit.append(tx, vault.user, action, detail=detail)
    except BaseException:
        for name in new_blobs:
            blobs.delete_blob(vault.blobs_dir, name)
        raise
    # Blobs replaced by a newer file are kept in retired_blobs for the record's history.
    report(100, result.summary())
    return result


def _keep_file_facts(conn: Any, record: dict[str, Any]) -> dict[str, Any]:
    """A metadata-only update keeps the stored file's facts (its hash cannot be typed in)."""
    existing = records.get(conn, KINDS["documents"], record["id"], include_deleted=True)
    if existing is None:
        return record
    for k in ("media_type", "size", "sha256", "original_filename"):
        if existing.get(k) is not None:
            record[k] = existing[k]
    return record


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


def _custody(conn: Any, document_id: str, action: str, user: str, detail: str = "") -> None:
    conn.execute(
        "INSERT INTO custody_log (document_id, action, user, at, detail) VALUES (?, ?, ?, ?, ?)",
        (document_id, action, user, now_iso(), detail),
    )


# ---------------------------------------------------------------- export


def export_records(conn: Any, *, today_: Any = None) -> dict[str, Any]:
    """Every live record, as an interchange document with computed fields filled in."""
    day = today_ or today()
    doc: dict[str, Any] = {"format": "casefile-interchange", "version": 1, "exported_at": now_iso()}
    for list_name in enums.RECORD_LISTS:
        kind = KINDS[list_name]
        extra_cols = {
            "documents": ", media_type, size, sha256",
            "foia_requests": ", response_due, appeal_due",
        }.get(list_name, "")
        rows = conn.execute(
            f"SELECT data, created_at, updated_at, updated_by{extra_cols} FROM {kind.table} "
            "WHERE deleted_at IS NULL ORDER BY rid"
        )
        out = []
        for row in rows:
            record = records.row_to_record(*row[:4])
            if list_name == "foia_requests":
                decorate_foia(record, row[4], row[5], day)
            if list_name in _DEADLINE_SOURCES:
                computed = of_record(list_name, record)
                if computed:
                    record["computed_deadlines"] = computed
            out.append(record)
        doc[list_name] = out
    return doc


# Record lists that computed deadlines come from; an export lists each record's under it.
_DEADLINE_SOURCES = ("foia_requests", "people", "encounters")


def decorate_foia(record: dict[str, Any], response_due: str, appeal_due: str, day: Any) -> None:
    record["response_due"] = response_due or None
    record["appeal_due"] = appeal_due or None
    due = dates.parse_date(response_due) if response_due else None
    record["overdue"] = dates.foia_overdue(due, record.get("status") or "", day, record)


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
    counts = {k: len(doc.get(k) or []) for k in enums.RECORD_LISTS}
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
            _custody(tx, record["id"], "exported", vault.user, "interchange export")
        if progress:
            progress(int((n + 1) * 100 / len(documents)), f"Exported {n + 1} of {len(documents)} documents")

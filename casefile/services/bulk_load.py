"""Bulk loading: a stream of interchange chunks into a vault, as fast as the machine allows.

``import_document`` is the right tool for a person's import: it updates, keeps history and writes
one chunk per transaction. Loading a whole synthetic vault (the benchmark's 100 000 encounters,
the demo vault) through it costs about 15 ms a record, most of it in three places: the JSON Schema
check (about 3 ms a record), PDF text extraction (about 30 ms a document) and one SQL statement
per row, index entry and audit entry. This loader gives exactly the same records, rows, search
entries, custody entries and audit chain, and batches the work instead:

- chunks are checked (``casefile.domain.validate``: the same schema check and normalisation) and
  their document files encrypted (``casefile.vault.blobs.write_blob``, text from the same
  extractor) in worker processes, while this process writes the previous chunk;
- rows go in with ``executemany`` and explicit row ids, in one transaction for the whole load;
- full-text rows are written once, after the records, in row-id order;
- audit entries are chained in memory and written in bulk (``import_batches.append_audit``, as
  a streamed import writes them).

It only adds records: an id already in the vault, or given twice, is refused (an update belongs to
``import_document``, which keeps the previous version in the history). All or nothing: on any error
the transaction rolls back and every document file written so far is removed.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casefile.clock import now_iso
from casefile.crosscase.legacy import link_batch
from casefile.domain import record_types
from casefile.domain.media import check_claimed_type, sniff_file
from casefile.domain.validate import check_schema
from casefile.errors import ValidationError
from casefile.queries import writer
from casefile.queries.kinds import KINDS
from casefile.services.import_batches import append_audit
from casefile.services.interchange import ImportResult, _safe_file, stored_file_facts
from casefile.services.store import normalize_all, with_file_facts
from casefile.vault import blobs
from casefile.vault.db import CACHE_KIB, Vault

Progress = Callable[[int, str], None]
LOAD_CACHE_KIB = 262_144  # a bigger page cache while the load's pages are written
FILE_THREADS = 4  # per worker: overlaps one file's fsync with the next file's encryption
AHEAD = 2  # chunks prepared ahead per worker process


@dataclass
class Prepared:
    """One chunk, checked and with its document files already encrypted into the vault."""

    batch: dict[str, list[tuple[str, dict[str, Any]]]] = field(default_factory=dict)
    files: dict[str, dict[str, Any]] = field(default_factory=dict)  # document id -> file facts
    blobs: list[str] = field(default_factory=list)  # blob names written for this chunk
    error: tuple[str, str, str] | None = None  # (reason, where, field) of a ValidationError


def _prepare_file(where: str, record: dict[str, Any], base_dir: Path, blobs_dir: Path) -> dict[str, Any]:
    """What ``interchange._prepare_documents`` does for a new document, for one file."""
    rel = record.get("file")
    if not rel:
        raise ValidationError("file: a new document needs its file", where=where, field="file")
    path = _safe_file(base_dir, rel, where)
    try:
        check_claimed_type(path.name, sniff_file(path))
    except ValidationError as exc:
        raise ValidationError(f"file: {exc.reason}", where=where, field="file") from None
    with open(path, "rb") as fh:
        stored = blobs.write_blob(blobs_dir, fh)
    try:
        return stored_file_facts(where, record, path, stored, blobs_dir)
    except BaseException:
        blobs.delete_blob(blobs_dir, stored.name)
        raise


def prepare_chunk(doc: Any, base_dir: Path, blobs_dir: Path, threads: int = FILE_THREADS) -> Prepared:
    """Check one interchange chunk and encrypt its files (runs in a worker process).

    A :class:`ValidationError` comes back in ``error`` (exceptions with keyword arguments do not
    survive the trip between processes) after the chunk's files were removed again.
    """
    out = Prepared()
    try:
        check_schema(doc)
        out.batch = normalize_all(doc)
        items = out.batch["documents"]
        with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
            futures = [pool.submit(_prepare_file, where, rec, base_dir, blobs_dir) for where, rec in items]
            failure: BaseException | None = None
            for (_where, record), future in zip(items, futures, strict=True):
                try:
                    facts = future.result()
                except BaseException as exc:
                    failure = failure or exc
                    continue
                out.files[record["id"]] = facts
                out.blobs.append(facts["blob_name"])
            if failure is not None:
                raise failure
    except ValidationError as exc:
        _remove(blobs_dir, out.blobs)
        return Prepared(error=(exc.reason, exc.where, exc.field))
    except BaseException:
        _remove(blobs_dir, out.blobs)
        raise
    return out


def _remove(blobs_dir: Path, names: Iterable[str]) -> None:
    for name in names:
        with contextlib.suppress(OSError):
            blobs.delete_blob(blobs_dir, name)


def _prepared(chunks: Iterable[Any], base_dir: Path, blobs_dir: Path, workers: int) -> Iterator[Prepared]:
    """Prepared chunks in their original order; ``workers`` processes work ahead of the writer."""
    if workers <= 0:
        for doc in chunks:
            yield prepare_chunk(doc, base_dir, blobs_dir)
        return
    # spawn, not fork: the parent holds an open SQLCipher connection and threads.
    context = multiprocessing.get_context("spawn")
    pending: list[Future[Prepared]] = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        try:
            for doc in chunks:
                pending.append(pool.submit(prepare_chunk, doc, base_dir, blobs_dir))
                while len(pending) > workers * AHEAD:
                    yield pending.pop(0).result()
            while pending:
                yield pending.pop(0).result()
        finally:
            # On an error, finish what is running and remove what it wrote.
            for future in pending:
                future.cancel()
            for future in pending:
                with contextlib.suppress(BaseException):
                    if not future.cancelled():
                        _remove(blobs_dir, future.result().blobs)


class _Writer:
    """Turns prepared chunks into rows; holds the state that spans chunks (ids, row ids, audit)."""

    def __init__(self, conn: Any, user: str, source: str) -> None:
        self.conn = conn
        self.user = user
        self.source = source
        self.order = record_types.write_order()
        self.known = {name: {r[0] for r in conn.execute(f"SELECT id FROM {KINDS[name].table}")} for name in self.order}
        self.next_rid = {
            name: int(conn.execute(f"SELECT coalesce(max(rid), 0) FROM {KINDS[name].table}").fetchone()[0]) + 1
            for name in self.order
        }
        self.search_rows: list[tuple[int, str, str]] = []
        self.result = ImportResult()

    def audit(self, entries: list[tuple[str, str, str, str]]) -> None:
        append_audit(self.conn, self.user, entries)

    def check(self, batch: dict[str, list[tuple[str, dict[str, Any]]]]) -> None:
        """Only new ids; every reference resolves in this chunk, an earlier one or the vault."""
        in_chunk = {name: {r["id"] for _, r in items} for name, items in batch.items()}
        for name, items in batch.items():
            for where, record in items:
                if record["id"] in self.known[name]:
                    raise ValidationError(
                        f"id: '{record['id']}' is already in the vault; a bulk load only adds new records",
                        where=where,
                        field="id",
                    )
                for field_name, target, ref in KINDS[name].references(record):
                    if ref not in in_chunk[target] and ref not in self.known[target]:
                        raise ValidationError(
                            f"{field_name}: refers to {KINDS[target].type_name} '{ref}', which is neither "
                            "in this file nor in the vault",
                            where=where,
                            field=field_name,
                        )

    def write(self, prepared: Prepared) -> None:
        """The chunk's rows, built by the app's own writer (``casefile.queries.writer``), in batches."""
        batch = prepared.batch
        link_batch(self.conn, batch, updates=False)  # an older file's officers and vehicles become records (issue 15)
        self.check(batch)
        now = now_iso()
        entries: list[tuple[str, str, str, str]] = []
        for name in self.order:
            kind = KINDS[name]
            rows: list[list[Any]] = []
            children: dict[str, list[tuple[Any, ...]]] = {}
            custody: list[tuple[Any, ...]] = []
            names: list[str] | None = None
            for where, original in batch.get(name) or []:
                record, extra = original, None
                if name == "documents":
                    record, extra = with_file_facts(original, prepared.files[original["id"]])
                record = writer.strip_meta(record)
                columns = writer.columns_of(kind, record, where, extra)
                if names is None:
                    names = ["rid", *writer.row_names(columns)]
                elif len(names) != len(columns) + 6:
                    raise RuntimeError(f"{name}: records give different column sets")
                rid = self.next_rid[name]
                self.next_rid[name] += 1
                rows.append([rid, *writer.row_values(columns, record, now, now, self.user)])
                for sql, child in writer.child_rows(kind, rid, record):
                    children.setdefault(sql, []).extend(child)
                if extra:
                    custody.append((record["id"], "added", self.user, now, self.source))
                found = writer.search_row(kind, rid, record, (extra or {}).get("content_text") or "")
                if found is not None:
                    self.search_rows.append(found)
                self.known[name].add(record["id"])
                self.result.count("created", name)
                entries.append(("create", kind.type_name, record["id"], ""))
            if not rows or names is None:
                continue
            self.conn.executemany(
                f"INSERT INTO {kind.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", rows
            )
            for sql, child in children.items():
                self.conn.executemany(sql, child)
            self.conn.executemany(
                "INSERT INTO custody_log (document_id, action, user, at, detail) VALUES (?, ?, ?, ?, ?)", custody
            )
        self.audit(entries)

    def finish(self, action: str | None) -> None:
        """The search rows, once, in row-id order; then the import's audit entry."""
        self.search_rows.sort()
        self.conn.executemany("INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)", self.search_rows)
        self.search_rows = []
        # One merged index: left in the segments the insert made, the first few edits after the load
        # merge them piecemeal and rewrite much of the index, which a backup set's next point copies
        # (a 1 000-encounter vault: 10 edits changed 428 pages instead of 164).
        self.conn.execute("INSERT INTO search (search) VALUES ('optimize')")
        if action:
            detail = json.dumps({"source": self.source, "created": self.result.created, "updated": {}})
            self.audit([(action, "", "", detail)])


def bulk_load(
    vault: Vault,
    chunks: Iterable[Any],
    *,
    base_dir: Path,
    workers: int = 2,
    source: str = "",
    action: str | None = "import",
    progress: Progress | None = None,
    total_records: int = 0,
) -> ImportResult:
    """Add every record of ``chunks`` (interchange documents) to ``vault`` in one transaction.

    Document ``file`` paths are relative to ``base_dir``. ``workers`` processes check chunks and
    encrypt files ahead of the writer (0: all in this process). ``progress(percent, message)``
    follows the records written; ``total_records`` (if known) makes the percent meaningful.
    Raises :class:`ValidationError` exactly where ``import_document`` would, before committing.
    """
    report = progress or (lambda _p, _m: None)
    base_dir = Path(base_dir).resolve()
    conn = vault.connection()
    written: list[str] = []
    done = 0
    try:
        with vault.transaction() as tx:
            tx.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
            writer = _Writer(tx, vault.user, source)
            for prepared in _prepared(chunks, base_dir, vault.blobs_dir, workers):
                written += prepared.blobs
                if prepared.error is not None:
                    reason, where, field_name = prepared.error
                    raise ValidationError(reason, where=where, field=field_name)
                writer.write(prepared)
                done += sum(len(items) for items in prepared.batch.values())
                percent = min(99, done * 100 // total_records) if total_records else 0
                report(percent, f"{done:,} records written")
            report(99, "Building the search index")
            writer.finish(action)
    except BaseException:
        _remove(vault.blobs_dir, written)
        raise
    finally:
        with contextlib.suppress(Exception):
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    # The load went through the write-ahead log; fold it into the database file now.
    with contextlib.suppress(Exception):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    report(100, writer.result.summary())
    return writer.result

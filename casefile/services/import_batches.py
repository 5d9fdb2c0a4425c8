"""An interchange import, chunk by chunk: every record checked, every row written, one transaction.

``casefile.services.interchange`` hands this module the records of each list in write order (from
a file streamed by ``interchange_stream``, or from a document in memory) and the file's top-level
fields. Records are taken :data:`CHUNK` at a time: the chunk is checked against the schema and
normalised (``casefile.domain.validate``, the same messages as a save), its references resolved
against what the file gave so far and the vault, its document files encrypted
(``interchange._prepare_documents``), and it is written through the one writer
(``casefile.queries.writer``): records new to the vault as batched rows (``executemany``, with
their search rows and audit entries chained in memory), records already there through
``store.write_record``, which keeps the previous version in the history.

All or nothing, as before streaming: everything runs inside one transaction, so a bad record
anywhere (the ten-thousandth, or a reference to a record the file never gives) rolls back every
row and removes every document file written. What can only be known at the end is checked at the
end, before the commit: references to records that came later in the file, and A-numbers held by
another live person once the file is in. Memory stays flat: per list, only the ids seen so far.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any

from casefile.clock import now_iso
from casefile.crosscase.legacy import link_encounters
from casefile.domain import record_types
from casefile.domain.record_types import RecordType
from casefile.domain.validate import check_schema, format_a_number, normalize_record, where_of
from casefile.errors import Cancelled, DuplicatePerson, ValidationError
from casefile.queries import writer
from casefile.queries.kinds import KINDS
from casefile.schema import current_schema
from casefile.services import store
from casefile.services.interchange import ImportResult, Progress, _document_for_write, _prepare_documents
from casefile.vault import audit, blobs
from casefile.vault.db import Vault

CHUNK = 1000  # records checked and written together
Item = tuple[str, dict[str, Any]]


@cache
def _fast_validator(generation: int) -> Any:
    import jsonschema_rs

    return jsonschema_rs.validator_for(current_schema())


def check_chunk_schema(doc: dict[str, Any]) -> None:
    """``validate.check_schema``, answered first by a compiled validator for the common case.

    ``jsonschema-rs`` checks a valid chunk about a hundred times faster than ``jsonschema``; when
    it finds a fault (or cannot read a value), ``check_schema`` looks again and its verdict and
    message are the ones that count, so what is refused and how it is worded do not change.
    """
    try:
        if _fast_validator(record_types.generation()).is_valid(doc):
            return
    except Exception:  # noqa: S110 - a value it cannot read: the reference validator decides
        pass
    check_schema(doc)


_WHERE = re.compile(r"^(\w+)\[(\d+)\]")


def _shifted(exc: ValidationError, start: int) -> ValidationError:
    """A chunk's error with the record's index in the whole list, not in the chunk."""
    if not start or not _WHERE.match(exc.where):
        return exc
    where = _WHERE.sub(lambda m: f"{m.group(1)}[{int(m.group(2)) + start}]", exc.where, count=1)
    return ValidationError(exc.reason, where=where, field=exc.field)


def _chunks(items: Iterable[Any]) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, CHUNK)):
        yield chunk


def _ids_in(conn: Any, table: str, ids: Iterable[str]) -> dict[str, int]:
    """``{id: rid}`` of the rows of ``table`` (live or in the trash) with one of ``ids``."""
    found: dict[str, int] = {}
    wanted = list(ids)
    for at in range(0, len(wanted), 500):  # SQLite's limit on bound parameters, with room
        part = wanted[at : at + 500]
        rows = conn.execute(f"SELECT id, rid FROM {table} WHERE id IN ({', '.join('?' * len(part))})", part)
        found.update((record_id, rid) for record_id, rid in rows)
    return found


def _holders(conn: Any, a_numbers: list[str]) -> dict[str, list[tuple[str, str, int]]]:
    """``{a_number: [(id, full_name, rid), …]}``: the live people holding each, in the vault now."""
    found: dict[str, list[tuple[str, str, int]]] = {}
    for at in range(0, len(a_numbers), 500):
        part = a_numbers[at : at + 500]
        rows = conn.execute(
            "SELECT a_number, id, full_name, rid FROM people WHERE deleted_at IS NULL "
            f"AND a_number IN ({', '.join('?' * len(part))}) ORDER BY rid",
            part,
        )
        for a_number, person_id, name, rid in rows:
            found.setdefault(a_number, []).append((person_id, name, rid))
    return found


class Importer:
    """The state one import keeps across chunks; ``run`` drives it.

    Nothing here grows with the file: which records the file gave so far is asked of the vault
    (rows from ``first_rid`` on were added by this import; ``updated`` holds the ids of records
    it changed, usually few), so a file of a million records costs no more memory than a chunk.
    """

    def __init__(
        self, vault: Vault, tx: Any, base_dir: Path | None, source: str, first_where: Callable[[str, str], str]
    ) -> None:
        self.vault, self.tx, self.base_dir, self.source = vault, tx, base_dir, source
        self.first_where = first_where  # (list, id) -> where the file first gives that record
        self.first_rid = {
            name: int(tx.execute(f"SELECT coalesce(max(rid), 0) FROM {kind.table}").fetchone()[0]) + 1
            for name, kind in KINDS.items()
        }
        self.updated: dict[str, set[str]] = {name: set() for name in KINDS}
        self.deferred: list[tuple[str, str, str, str]] = []  # (where, field, target list, id)
        self.a_candidates: list[tuple[str, str]] = []  # (where, A-number) held by a vault person
        self.result = ImportResult()
        self.new_blobs: list[str] = []

    def from_file(self, list_name: str, record_id: str, rid: int) -> bool:
        """Whether a row already written was written for this file."""
        return rid >= self.first_rid[list_name] or record_id in self.updated[list_name]

    # --- checks ---------------------------------------------------------------------------------

    def check(self, list_name: str, start: int, chunk: list[Any]) -> tuple[list[Item], dict[str, int]]:
        """Schema, normalisation, unique ids, references and A-numbers of one chunk; also the
        chunk's records already in the vault (``{id: rid}``)."""
        try:
            check_chunk_schema({"format": "casefile-interchange", "version": 1, list_name: chunk})
        except ValidationError as exc:
            raise _shifted(exc, start) from None
        stored = _ids_in(self.tx, KINDS[list_name].table, (record["id"] for record in chunk))
        in_chunk: dict[str, str] = {}
        items: list[Item] = []
        for i, record in enumerate(chunk, start):
            where = where_of(list_name, i, record)
            record_id = record["id"]
            rid = stored.get(record_id)
            if record_id in in_chunk or (rid is not None and self.from_file(list_name, record_id, rid)):
                first = in_chunk.get(record_id) or self.first_where(list_name, record_id)
                raise ValidationError(f"id: '{record_id}' is used twice (also {first})", where=where, field="id")
            in_chunk[record_id] = where
            items.append((where, normalize_record(list_name, record, where)))
        if list_name == "encounters":
            items = self._link_officers(items)
        self._references(KINDS[list_name], items)
        if list_name == "people":
            self._a_numbers(items)
        return items, stored

    def _link_officers(self, items: list[Item]) -> list[Item]:
        """An older file's officers list and vehicle text as records and links (issue 15): the
        records made are written now, before the encounters that link to them."""
        items, made = link_encounters(self.tx, items)
        for list_name, new in made.items():
            if new:
                self._insert(KINDS[list_name], [(where, record, None) for where, record in new])
        return items

    def _references(self, kind: RecordType, items: list[Item]) -> None:
        """Each reference resolves in this chunk or the vault (which holds what the file gave so
        far); the others may name a record later in the file and are looked at again at the end."""
        refs = [(where, *ref) for where, record in items for ref in kind.references(record)]
        if not refs:
            return
        here = {record["id"] for _, record in items}
        targets: dict[str, set[str]] = {}
        for _where, _field, target, ref in refs:
            if not (target == kind.list_name and ref in here):
                targets.setdefault(target, set()).add(ref)
        found = {target: _ids_in(self.tx, KINDS[target].table, ids) for target, ids in targets.items()}
        for where, field_name, target, ref in refs:
            if ref not in found.get(target, {}) and not (target == kind.list_name and ref in here):
                self.deferred.append((where, field_name, target, ref))

    def _a_numbers(self, items: list[Item]) -> None:
        """One A-number, one live person: against this chunk, what the file gave so far, the vault."""
        numbers: dict[str, str] = {}
        for where, record in items:
            a_number = record.get("a_number")
            if not a_number:
                continue
            if a_number in numbers:
                raise _twice(a_number, numbers[a_number], where)
            numbers[a_number] = where
        if not numbers:
            return
        here = {record["id"] for _, record in items}
        holders = _holders(self.tx, list(numbers))
        for a_number, where in numbers.items():
            for person_id, _name, rid in holders.get(a_number, []):
                if person_id in here:
                    continue  # its own row, or one this chunk changes: looked at after the write
                if self.from_file("people", person_id, rid):
                    raise _twice(a_number, self.first_where("people", person_id), where)
                self.a_candidates.append((where, a_number))  # unless the file changes that person

    def check_end(self) -> None:
        """Before the commit: references to records later in the file; A-numbers after the write."""
        missing: dict[str, set[str]] = {}
        for _where, _field, target, ref in self.deferred:
            missing.setdefault(target, set()).add(ref)
        found = {target: _ids_in(self.tx, KINDS[target].table, ids) for target, ids in missing.items()}
        for where, field_name, target, ref in self.deferred:
            if ref not in found[target]:
                raise ValidationError(
                    f"{field_name}: refers to {KINDS[target].type_name} '{ref}', which is neither in this file nor "
                    "in the vault",
                    where=where,
                    field=field_name,
                )
        holders = _holders(self.tx, sorted({a_number for _, a_number in self.a_candidates}))
        for where, a_number in self.a_candidates:
            mine = where.partition("(id ")[2].rstrip(")")
            for person_id, name, rid in holders.get(a_number, []):
                if person_id == mine:
                    continue
                if self.from_file("people", person_id, rid):
                    raise _twice(a_number, self.first_where("people", person_id), where)
                raise DuplicatePerson(
                    f"a_number: {format_a_number(a_number)} already belongs to {name} (id {person_id}) in this "
                    "vault; one person has one record, so open that one instead of adding a second",
                    where=where,
                    existing_id=person_id,
                    existing_name=name,
                )

    # --- writes ---------------------------------------------------------------------------------

    def write(
        self,
        list_name: str,
        items: list[Item],
        stored: dict[str, int],
        report: Progress,
        cancel: Callable[[], bool] | None,
    ) -> None:
        """The chunk's records: new ones in batches, ones the vault has through ``write_record``."""
        kind = KINDS[list_name]
        files: dict[str, dict[str, Any]] = {}
        if list_name == "documents":
            _prepare_documents(self.vault, self.tx, items, self.base_dir, files, self.new_blobs, report, cancel)
        fresh: list[tuple[str, dict[str, Any], dict[str, Any] | None]] = []
        for where, record in items:
            extra = None
            if list_name == "documents":
                record, extra = _document_for_write(self.tx, record, files.get(record["id"]))
            if record["id"] in stored:
                self.updated[list_name].add(record["id"])
                outcome = store.write_record(
                    self.tx, kind, where, record, self.vault.user, extra=extra, source=self.source
                )
                self.result.count(outcome, list_name)
            else:
                fresh.append((where, record, extra))
        if fresh:
            self._insert(kind, fresh)

    def _insert(self, kind: RecordType, fresh: list[tuple[str, dict[str, Any], dict[str, Any] | None]]) -> None:
        """New records as batched rows: what ``writer.upsert`` writes for each, row for row."""
        tx, user, now = self.tx, self.vault.user, now_iso()
        next_rid = int(tx.execute(f"SELECT coalesce(max(rid), 0) FROM {kind.table}").fetchone()[0]) + 1
        by_columns: dict[tuple[str, ...], list[list[Any]]] = {}
        children: dict[str, list[tuple[Any, ...]]] = {}
        searched: list[tuple[int, str, str]] = []
        custody: list[tuple[Any, ...]] = []
        for rid, (where, original, extra) in enumerate(fresh, next_rid):
            created = (original.get("created_at") or "") if kind.keeps_created_at else ""
            record = writer.strip_meta(original)
            columns = writer.columns_of(kind, record, where, extra)
            names = ("rid", *writer.row_names(columns))
            by_columns.setdefault(names, []).append(
                [rid, *writer.row_values(columns, record, created or now, now, user)]
            )
            for sql, rows in writer.child_rows(kind, rid, record):
                children.setdefault(sql, []).extend(rows)
            found = writer.search_row(kind, rid, record, (extra or {}).get("content_text") or "")
            if found is not None:
                searched.append(found)
            if extra:
                custody.append((record["id"], "added", user, now, self.source))
            self.result.count("created", kind.list_name)
        for names, values in by_columns.items():
            marks = ", ".join("?" * len(names))
            tx.executemany(f"INSERT INTO {kind.table} ({', '.join(names)}) VALUES ({marks})", values)
        for sql, rows in children.items():
            tx.executemany(sql, rows)
        tx.executemany("INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)", searched)
        tx.executemany(
            "INSERT INTO custody_log (document_id, action, user, at, detail) VALUES (?, ?, ?, ?, ?)", custody
        )
        append_audit(tx, user, [("create", kind.type_name, record["id"], "") for _, record, _ in fresh])


def _twice(a_number: str, first: str, where: str) -> DuplicatePerson:
    return DuplicatePerson(
        f"a_number: {format_a_number(a_number)} is also the A-number of {first} in this file; one person has one "
        "record, so merge the two and import again",
        where=where,
    )


def append_audit(conn: Any, user: str, entries: list[tuple[str, str, str, str]]) -> None:
    """``audit.append`` for many entries at once: the same chain, rows and head, one statement."""
    if not entries:
        return
    head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if head:
        last_seq, _, prev = head[0].partition(":")
        seq = int(last_seq)
    else:
        seq, prev = 0, audit.GENESIS
    at = now_iso()
    rows = []
    for action, kind, record_id, detail in entries:
        seq += 1
        digest = audit.entry_hash(prev, seq, at, user, action, kind, record_id, detail)
        rows.append((seq, at, user, action, kind, record_id, detail, prev, digest))
        prev = digest
    conn.executemany(
        "INSERT INTO audit (seq, at, user, action, kind, record_id, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (f"{seq}:{prev}",),
    )


def run(
    vault: Vault,
    lists: Callable[[str], Iterable[Any]],
    *,
    present: Iterable[str],
    total: int,
    base_dir: Path | None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    source: str = "",
    action: str | None = "import",
    start_percent: int = 0,
) -> ImportResult:
    """Check and write every record of the lists in ``present``, in write order, all or nothing.

    Progress runs from ``start_percent`` (what a caller's own pass over the file took) to 99, then
    100 with the summary.

    ``lists(name)`` gives a list's records (it may be read more than once: a duplicate id's first
    place is looked up again). Raises ``ValidationError`` naming the record and field; then nothing
    was written and every document file stored so far is removed.
    """
    report = progress or (lambda _p, _m: None)
    wanted = set(present)
    total = total or 1
    importer: Importer | None = None
    done = 0
    try:
        with vault.transaction() as tx:
            # A record may name one that comes later in the file: the foreign keys are checked at
            # the commit (SQLite turns this off again at the end of the transaction), after
            # ``check_end`` has named any reference that never resolved.
            tx.execute("PRAGMA defer_foreign_keys = ON")

            def first_where(name: str, record_id: str) -> str:
                # Only for an error's message: read the list again for the record's first place.
                for i, record in enumerate(lists(name)):
                    if isinstance(record, dict) and record.get("id") == record_id:
                        return where_of(name, i, record)
                return f"{name} (id {record_id})"

            importer = Importer(vault, tx, base_dir, source, first_where)
            for list_name in record_types.write_order():
                if list_name not in wanted:
                    continue
                start = 0
                for chunk in _chunks(lists(list_name)):
                    if cancel and cancel():
                        raise Cancelled("The import was cancelled; nothing was saved.")
                    items, stored = importer.check(list_name, start, chunk)
                    importer.write(list_name, items, stored, report, cancel)
                    start += len(chunk)
                    done += len(chunk)
                    percent = start_percent + done * (100 - start_percent) // total
                    report(min(99, percent), f"{done:,} of {total:,} records")
            importer.check_end()
            if action:
                result = importer.result
                detail = json.dumps({"source": source, "created": result.created, "updated": result.updated})
                audit.append(tx, vault.user, action, detail=detail)
    except BaseException:
        for name in importer.new_blobs if importer else []:
            blobs.delete_blob(vault.blobs_dir, name)
        raise
    report(100, importer.result.summary())
    return importer.result

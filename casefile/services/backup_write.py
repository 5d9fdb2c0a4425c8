"""How the single-file backup packs the vault (services/backup.py): the database, as the file's
own pages read in a read transaction on an emptied WAL (services/backup_dbfile.py) or, where the
WAL cannot be emptied, as a ``VACUUM INTO`` copy; and the marker, key slots and documents.
Each way ends with the copy's pages checked and returns the copy's audit head for the manifest.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import sqlcipher3

from casefile.errors import CasefileError, VaultDamaged
from casefile.services.backup_dbfile import PageChecks, begin_on_database_file
from casefile.services.backup_pack import Packer
from casefile.services.backup_seal import blob_names, meta, open_copy
from casefile.vault.db import DB_NAME, MARKER, Vault
from casefile.vault.fsutil import create_private
from casefile.vault.pagecheck import PAGE_SIZE

COPY_CHUNK = 4 * 1024 * 1024
Progress = Callable[[int, str], None]


def begin_direct(conn: Any, vault: Vault) -> bool:
    """Whether ``conn`` now reads the database file alone (backup_dbfile): then the file is packed
    as it is. If the WAL could not be emptied (a busy vault; a full disk's read-only open with
    saves still in the WAL) the copy is made with ``VACUUM INTO`` instead, slower but possible."""
    # A reader of the WAL (another window's long query) holds the checkpoint up: a second each,
    # not the connection's ten, before falling back.
    waits = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    conn.execute("PRAGMA busy_timeout = 1000")
    try:
        begin_on_database_file(conn, vault, attempts=3)
    except CasefileError:
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {waits}")
    return True


def pack_from_file(
    packer: Packer, conn: Any, vault: Vault, key: bytes, report: Progress, stop_if_cancelled: Callable[[], None]
) -> str:
    """The database file packed as ``conn``'s read transaction sees it, then the marker, key slots
    and exactly the documents that copy lists, while every packed page's HMAC is checked on a
    second thread, read back from the backup (a damaged page stops the backup). Returns the
    copy's audit head."""
    checks = PageChecks(key, packer.path)
    try:
        try:
            audit_head = _check_identity(vault, meta(conn, "vault_id"), meta(conn, "audit_head"))
            needed = sorted(blob_names(conn))
            report(2, "Copying the database")
            with open(vault.db_path, "rb", buffering=0) as fh:
                size = os.fstat(fh.fileno()).st_size
                if size % PAGE_SIZE:
                    raise VaultDamaged("The vault's database file ends in a torn page; run 'casefile verify'.")
                salt = os.pread(fh.fileno(), 16, 0)

                def blocks() -> Iterator[bytes]:
                    while data := fh.read(COPY_CHUNK):
                        stop_if_cancelled()
                        yield data

                def written(at: int, done: int, length: int) -> None:
                    # The packer has flushed the block: the checking thread reads it from the file.
                    checks.put(salt, [(done // PAGE_SIZE + 1, at, length)])

                packer.add_stream(DB_NAME, size, blocks(), written=written)
        finally:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")  # checkpoints may write to the file again
        _pack_small(packer, vault)
        if _pack_blobs(packer, vault, needed, report, stop_if_cancelled, (45, 88)):
            raise CasefileError("A document's file disappeared during the backup; run the backup again.")
        report(88, "Checking the copied database")
        checks.finish()
    finally:
        checks.abandon()
    return audit_head


def pack_from_vacuum(
    packer: Packer,
    copier: Any,
    pool: ThreadPoolExecutor,
    vault: Vault,
    snapshot: Path,
    key: bytes,
    report: Progress,
    stop_if_cancelled: Callable[[], None],
) -> str:
    """The copy made with ``VACUUM INTO`` on a second thread while the documents are packed here
    (it reads every row, so a damaged page stops it), its pages then checked while it is packed.
    Returns the copy's audit head."""
    copied = pool.submit(_vacuum_into, copier, snapshot)
    _pack_small(packer, vault)
    names = sorted(blob_names(vault.connection()))
    vanished = _pack_blobs(packer, vault, names, report, stop_if_cancelled, (2, 45))
    report(45, "Copying the database")
    stop_if_cancelled()
    copied.result()
    # The copy is opened with the vault's key and every page authenticated while the same bytes
    # are packed; their hash then ties the packed member to the checked file.
    checked = pool.submit(_check_pages, snapshot, key)
    audit_head, needed = _checked_copy_facts(vault, snapshot, key, vanished)
    for name in sorted(needed - set(names)):  # documents added while the copy was made
        packer.add_file(f"blobs/{name}", vault.blobs_dir / name)
    stop_if_cancelled()
    packer.add_file(DB_NAME, snapshot)
    report(88, "Checking the copied database")
    checked.result()
    return audit_head


def _pack_small(packer: Packer, vault: Vault) -> None:
    """The vault marker and the key slots."""
    packer.add_file(MARKER, vault.path / MARKER)
    for slot in sorted(vault.keys_dir.glob("*.slot")):
        packer.add_file(f"keys/{slot.name}", slot)


def _pack_blobs(
    packer: Packer,
    vault: Vault,
    names: list[str],
    report: Progress,
    stop_if_cancelled: Callable[[], None],
    span: tuple[int, int],
) -> set[str]:
    """Pack the named documents, reporting progress across ``span`` (percent); returns the names
    whose files were purged meanwhile (fatal only if the copied database lists them).

    Most documents are small (30 000 averaging 35 KB at the benchmark's full scale): opening,
    reading and closing each one is then most of the work, so a thread reads them ahead while
    the packer writes, and they are packed in batches; a large one is streamed in chunks."""
    sizes = {n: _size(vault.blobs_dir / n) for n in names}
    total = sum(sizes.values()) or 1
    done, shown = 0, -1
    vanished: set[str] = set()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="casefile-backup-read") as reader:
        for name, data in _read_ahead(reader, vault.blobs_dir, names, sizes):
            stop_if_cancelled()
            try:
                if data is not None:  # a run of small documents, read whole
                    vanished |= {n for n, d in data if d is _GONE}
                    done += packer.add_small(_each_checked(data, stop_if_cancelled))
                else:
                    done += packer.add_file(f"blobs/{name}", vault.blobs_dir / name)
            except FileNotFoundError:
                vanished.add(name)
            if (percent := span[0] + int((span[1] - span[0]) * done / total)) != shown:
                shown = percent
                report(percent, "Copied blobs")
    return vanished


def _each_checked(run: list[tuple[str, Any]], stop_if_cancelled: Callable[[], None]) -> Iterator[tuple[str, bytes]]:
    for name, data in run:
        stop_if_cancelled()  # a cancel is heard between any two documents, as before runs
        if data is not _GONE:
            yield f"blobs/{name}", data


SMALL_BLOB = 1024 * 1024  # read whole; larger documents are streamed in chunks
_RUN_BYTES = 4 * 1024 * 1024  # small documents per run handed to the packer
_RUNS_AHEAD = 4  # runs read ahead: at most about 16 MiB of documents wait in memory
_GONE: Any = object()  # a document purged while the backup ran


def _read_run(folder: Path, run: list[str], sizes: dict[str, int]) -> list[tuple[str, Any]]:
    """Each document of ``run`` read whole, or ``_GONE`` for one purged meanwhile."""
    out = []
    for name in run:
        try:
            fd = os.open(folder / name, os.O_RDONLY)
        except FileNotFoundError:
            out.append((name, _GONE))
            continue
        try:
            out.append((name, _read_all(fd, sizes[name])))
        finally:
            os.close(fd)
    return out


def _read_all(fd: int, size: int) -> bytes:
    # One read returns a whole regular file of the size it had; asking for one byte more shows it
    # ended there (a second read for EOF cost a system call per document).
    parts = [os.read(fd, size + 1)]
    while len(parts[-1]) and sum(map(len, parts)) > size:
        parts.append(os.read(fd, SMALL_BLOB))
    return b"".join(parts) if len(parts) > 1 else parts[0]


def _read_ahead(
    reader: ThreadPoolExecutor, folder: Path, names: list[str], sizes: dict[str, int]
) -> Iterator[tuple[str, Any]]:
    """Yield, in order, ``(name, None)`` for a large document (streamed by the caller) or
    ``(first name, [(name, bytes or _GONE), ...])`` for a run of small ones read on ``reader``."""
    runs: list[list[str] | str] = []
    run: list[str] = []
    run_bytes = 0
    for name in names:
        if sizes[name] > SMALL_BLOB:
            if run:
                runs.append(run)
                run, run_bytes = [], 0
            runs.append(name)
            continue
        run.append(name)
        run_bytes += sizes[name]
        if run_bytes >= _RUN_BYTES:
            runs.append(run)
            run, run_bytes = [], 0
    if run:
        runs.append(run)
    pending: list[tuple[list[str] | str, Any]] = []
    queue = iter(runs)

    def top_up() -> None:
        while len(pending) < _RUNS_AHEAD and (item := next(queue, None)) is not None:
            pending.append((item, reader.submit(_read_run, folder, item, sizes) if isinstance(item, list) else None))

    top_up()
    while pending:
        item, future = pending.pop(0)
        top_up()
        if future is None:
            yield str(item), None
            continue
        got = future.result()
        yield item[0], got


def _check_identity(vault: Vault, copy_id: str | None, audit_head: str | None) -> str:
    """The copy's audit head, once the copy is known to be this vault's and whole."""
    if copy_id != vault.vault_id or audit_head is None:
        raise VaultDamaged(
            "The vault's database names a different vault than its marker file; no backup "
            "was written. Run 'casefile verify'."
        )
    return audit_head


def _checked_copy_facts(vault: Vault, snapshot: Path, key: bytes, vanished: set[str]) -> tuple[str, set[str]]:
    """The copy's audit head and document names, once it is known to be this vault's and whole."""
    copy_id, audit_head, needed_names = _snapshot_facts(snapshot, key)
    audit_head = _check_identity(vault, copy_id, audit_head)
    needed = set(needed_names)
    if needed & vanished:
        raise CasefileError("A document's file disappeared during the backup; run the backup again.")
    return audit_head, needed


def _snapshot_facts(db: Path, key: bytes) -> tuple[str | None, str | None, list[str]]:
    """The copied database's vault id, audit head and blob names."""
    conn = open_copy(db, key)
    try:
        return meta(conn, "vault_id"), meta(conn, "audit_head"), blob_names(conn)
    finally:
        conn.close()


def _vacuum_into(conn: Any, target: Path) -> None:
    os.close(create_private(target))  # private from the start: VACUUM INTO keeps the mode
    conn.execute("VACUUM INTO ?", (str(target),))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _check_pages(db: Path, key: bytes) -> None:
    conn = None
    try:
        conn = open_copy(db, key)
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.DatabaseError:
        raise VaultDamaged("The copied database cannot be read with this vault's key.") from None
    finally:
        if conn is not None:
            conn.close()
    if problems:
        raise VaultDamaged(f"The copied database failed its page check ({problems[0]}); no backup was written.")

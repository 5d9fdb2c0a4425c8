"""Incremental backups: a backup set (a folder) of restore points that share what did not change.

Documents are immutable, so each blob is stored once in the set, whatever the number of points
that list it. The database is stored as its encrypted pages: SQLCipher rewrites only the pages a
change touches, each with a fresh IV and so a new HMAC tag, so a point adds the pages whose tags
differ from the newest earlier point's at the same position, in one pack file of its own. Every
point is a complete restore point: its manifest (``points/<id>.json``) lists every blob and
where every page lies, its vault id and audit head, the vault marker and the key slots as they
were, and is sealed with HMAC-SHA256 under a key derived (HKDF) from the vault key
(docs/vault-format.md, "Backup sets"; the folder: services/backup_store.py).

The database is copied as its raw encrypted file inside a read transaction begun right after a
checkpoint emptied the WAL: a reader of a fully checkpointed WAL reads the database file alone
and holds SQLite's read lock 0, which keeps every checkpoint from writing to that file until the
transaction ends, while the app goes on saving into the WAL. The new pages are checked against
their HMAC (vault/pagecheck.py) on a second thread while the file is read, so a damaged page
stops the backup instead of being carried into it; unchanged pages were checked by the point
that stored them.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import os
import re
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from time import perf_counter as clock
from typing import Any

import sqlcipher3

from casefile import __version__
from casefile.clock import now_iso
from casefile.errors import Cancelled, CasefileError, DiskFull, VaultDamaged
from casefile.services.backup_dbfile import PageChecks, begin_on_database_file
from casefile.services.backup_seal import blob_names, bytes_sealed, meta, seal_bytes
from casefile.services.backup_store import (
    POINT_FORMAT,
    POINT_VERSION,
    TAG_AT,
    TAG_SIZE,
    BackupSet,
    PackWriter,
    parse_point,
    sync_files,
)
from casefile.vault.db import MARKER, Vault
from casefile.vault.fsutil import is_disk_full
from casefile.vault.pagecheck import PAGE_SIZE

POINT_MAC_INFO = b"casefile backup point v1"
READ_BLOCK = 4 * 1024 * 1024
COPY_THREADS = 2
COPY_BATCH = 16  # blobs per task of the copying threads
Progress = Callable[[int, str], None]


def backup_to_set(
    vault: Vault, folder: Path, *, progress: Progress | None = None, cancel: Callable[[], bool] | None = None
) -> dict[str, Any]:
    """Add a restore point of ``vault`` to the backup set at ``folder`` (created if new).

    Returns ``{"point": id, "manifest": …, "bytes_written": …, "bytes_reused": …, "seconds": …}``:
    the bytes this point added to the set (new blobs, new pages, its manifest), those it shares,
    and the seconds each step took."""
    folder = Path(folder).resolve()
    report = progress or (lambda _p, _m: None)
    if folder.is_relative_to(vault.path.resolve()):
        raise CasefileError("Put the backup outside the vault's own folder (ideally on another drive).")
    store = BackupSet(folder)

    def stop_if_cancelled() -> None:
        if cancel and cancel():
            raise Cancelled("The backup was cancelled; the backup folder is as it was.")

    key = vault.raw_key_for_backup()
    seconds = {"start": clock()}  # where the time goes, for the benchmark's profile
    try:
        store.open_for(vault.vault_id)
        with store.locked():
            point_id, manifest, written, copied = _add_point(vault, store, key, report, stop_if_cancelled, seconds)
    except sqlcipher3.DatabaseError:
        raise VaultDamaged(
            "The vault's database could not be read while it was being copied (a damaged page); no "
            "backup was written. Run 'casefile verify' and restore your latest good backup."
        ) from None
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull(f"The disk holding {folder} is full; no backup was added. Free space and retry.") from None
        raise CasefileError(f"The backup could not be written to {folder}: {exc.strerror or exc}.") from None
    total = manifest["database"]["size"] + sum(b["size"] for b in manifest["blobs"].values())
    if vault.read_only_reason is None:
        vault.set_meta("last_backup_at", manifest["created_at"])
    vault.audit("backup", detail=f"{folder.name}/{point_id}")
    report(100, f"Restore point {point_id} added to {folder}")
    marks = list(seconds.items())
    profile = {name: round(at - marks[i][1], 3) for i, (name, at) in enumerate(marks[1:])}
    return {
        "point": point_id,
        "manifest": manifest,
        "bytes_written": written,
        "bytes_reused": total - copied,
        "seconds": profile,
    }


def _add_point(
    vault: Vault,
    store: BackupSet,
    key: bytes,
    report: Progress,
    stop_if_cancelled: Callable[[], None],
    seconds: dict[str, float],
) -> tuple[str, dict[str, Any], int, int]:
    """One restore point, in the locked set: the database, the blobs, the check of the new pages,
    one sync, then the sealed manifest. On any failure what this point added is removed."""
    point_id = store.new_point_id()
    previous = _newest_sealed(store, key)
    pack = PackWriter(store.packs_dir / f"{point_id}.pack")
    added: list[Path] = [pack.path]
    checks = PageChecks(key, pack.path)
    try:
        # The marker and key slots first, as the single-file backup does: they open the copy.
        source = {
            "marker": _b64((vault.path / MARKER).read_bytes()),
            "slots": {f"keys/{p.name}": _b64(p.read_bytes()) for p in sorted(vault.keys_dir.glob("*.slot"))},
        }
        report(2, "Copying the database")
        database, facts = _copy_database(vault, previous, point_id, pack, checks, stop_if_cancelled)
        pack.close()
        seconds["database"] = clock()
        if facts["vault_id"] != vault.vault_id or facts["audit_head"] is None:
            raise VaultDamaged(
                "The vault's database names a different vault than its marker file; no backup "
                "was written. Run 'casefile verify'."
            )
        blobs, new_bytes = _copy_blobs(vault, store, facts["blobs"], previous, added, stop_if_cancelled, report)
        seconds["documents"] = clock()
        report(90, "Checking the copied database")
        checks.finish()
        seconds["page_check_wait"] = clock()
        sync_files(store.path, added)
        seconds["sync"] = clock()
        manifest = {
            "format": POINT_FORMAT,
            "version": POINT_VERSION,
            "vault_id": vault.vault_id,
            "audit_head": facts["audit_head"],
            "created_at": now_iso(),
            "created_by": f"Casefile {__version__}",
            **source,
            "database": database,
            "blobs": blobs,
        }
        body = json.dumps(manifest, separators=(",", ":"), ensure_ascii=True).encode("ascii")
        stop_if_cancelled()
        copied = pack.size + new_bytes
        written = store.write_point(point_id, body, seal_bytes(body, key, POINT_MAC_INFO)) + copied
        seconds["manifest"] = clock()
    except BaseException:
        checks.abandon()
        pack.discard()
        for path in added[1:]:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    if not pack.size:
        pack.discard()  # nothing new in the database: no empty pack
    return point_id, manifest, written, copied


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _newest_sealed(store: BackupSet, key: bytes) -> dict[str, Any] | None:
    """The newest point this vault key sealed (points made before a key rotation do not count:
    their content is copied again rather than trusted unsealed). A seal made with this key
    vouches for the shape too: only this code, holding the key, writes one."""
    for point_id in reversed(store.point_ids()):
        try:
            body, mac = store.read_point(point_id)
            if bytes_sealed(body, mac, key, POINT_MAC_INFO):
                return parse_point(body, point_id)
        except CasefileError:
            continue
    return None


# ----- the database


# The tag of every page of a block, found by the regex engine in C rather than a Python loop.
_TAGS = re.compile(rb"(?s).{%d}(.{%d}).{%d}" % (TAG_AT, TAG_SIZE, PAGE_SIZE - TAG_AT - TAG_SIZE))


class _Extents:
    """A point's page map being built: runs of pages as [pack index, offset, pages]."""

    def __init__(self) -> None:
        self.packs: list[str] = []
        self.extents: list[list[int]] = []
        self._index: dict[str, int] = {}

    def add(self, pack: str, offset: int, pages: int) -> None:
        index = self._index.setdefault(pack, len(self.packs))
        if index == len(self.packs):
            self.packs.append(pack)
        last = self.extents[-1] if self.extents else None
        if last is not None and last[0] == index and last[1] + last[2] * PAGE_SIZE == offset:
            last[2] += pages
        else:
            self.extents.append([index, offset, pages])


class _OldPages:
    """The previous point's page map, asked for runs of pages in increasing order."""

    def __init__(self, database: dict[str, Any]) -> None:
        self.packs, self.extents = database["packs"], database["extents"]
        self._i, self._start = 0, 0

    def runs(self, first: int, end: int) -> Iterator[tuple[str, int, int]]:
        while first < end:
            while self._start + self.extents[self._i][2] <= first:
                self._start += self.extents[self._i][2]
                self._i += 1
            index, offset, count = self.extents[self._i]
            skip = first - self._start
            take = min(count - skip, end - first)
            yield self.packs[index], offset + skip * PAGE_SIZE, take
            first += take


def _copy_database(
    vault: Vault,
    previous: dict[str, Any] | None,
    point_id: str,
    pack: PackWriter,
    checks: PageChecks,
    stop_if_cancelled: Callable[[], None],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The database file, a block at a time: a run of pages whose tags (the first 16 bytes of
    each page's HMAC, new with every write of the page since its IV is) equal the previous
    point's at the same positions is referenced where that point keeps it; every other run goes
    into the new pack in one write.

    Comparing tags instead of hashing pages spares the second backup hashing the whole file
    (1.2 GB at the full benchmark scale). A page is reused only at its own position: its HMAC
    binds its page number, and it was checked there."""
    old_tags: list[bytes] = []
    old_pages = None
    if previous is not None:
        old = previous["database"]
        sizes = {name: _size(pack.path.parent / f"{name}.pack") for name in old["packs"]}
        if all(
            offset + pages * PAGE_SIZE <= sizes[old["packs"][index]] for index, offset, pages in old["extents"]
        ):  # a pack cut short or missing: copy every page again rather than point at it
            raw = base64.b64decode(old["pages"])
            old_tags = [raw[i : i + TAG_SIZE] for i in range(0, len(raw), TAG_SIZE)]
            old_pages = _OldPages(old)
    conn = vault.separate_connection()
    built = _Extents()
    tags = bytearray()
    size = 0
    try:
        begin_on_database_file(conn, vault)
        facts: dict[str, Any] = {"vault_id": meta(conn, "vault_id"), "audit_head": meta(conn, "audit_head")}
        facts["blobs"] = sorted(blob_names(conn))
        buffer = bytearray(READ_BLOCK)
        # Read in blocks into one buffer, not mapped: a mapping of the whole file would show as
        # the file's size in resident memory.
        with open(vault.db_path, "rb", buffering=0) as fh:
            while got := fh.readinto(buffer):
                stop_if_cancelled()
                if got % PAGE_SIZE:
                    raise VaultDamaged("The vault's database file ends in a torn page; run 'casefile verify'.")
                block = memoryview(buffer)[:got]
                if size == 0:
                    facts["salt"] = bytes(block[:16])
                first = size // PAGE_SIZE
                fresh: list[tuple[int, int, int]] = []  # new runs: (first page number, pack offset, bytes)
                found = _TAGS.findall(block)
                same = [a == b for a, b in zip(found, old_tags[first : first + len(found)], strict=False)]
                same += [False] * (len(found) - len(same))
                start = 0
                for unchanged, group in itertools.groupby(same):
                    count = len(list(group))
                    if unchanged and old_pages is not None:
                        for name, offset, pages in old_pages.runs(first + start, first + start + count):
                            built.add(name, offset, pages)
                    else:
                        data = block[start * PAGE_SIZE : (start + count) * PAGE_SIZE]
                        offset = pack.add(data)
                        built.add(point_id, offset, count)
                        fresh.append((first + start + 1, offset, len(data)))
                    start += count
                tags += b"".join(found)
                size += got
                if fresh:
                    pack.flush()  # the checking thread reads the pack file itself
                    checks.put(facts["salt"], fresh)
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    database = {
        "size": size,
        "page_size": PAGE_SIZE,
        "salt": facts.get("salt", b"").hex(),
        "packs": built.packs,
        "extents": built.extents,
        "pages": base64.b64encode(bytes(tags)).decode("ascii"),
    }
    return database, facts


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return -1


# ----- the documents


def _copy_blobs(
    vault: Vault,
    store: BackupSet,
    names: list[str],
    previous: dict[str, Any] | None,
    added: list[Path],
    stop_if_cancelled: Callable[[], None],
    report: Progress,
) -> tuple[dict[str, Any], int]:
    """Every blob the copied database lists: those the newest point holds (same size in the set)
    are referenced, the others copied in and hashed. Returns the entries and the bytes copied."""
    old = previous["blobs"] if previous is not None else {}
    entries: dict[str, Any] = {}
    todo = []
    # One listing instead of 30 000 stats: sizes are checked when a point is restored.
    present = set(os.listdir(store.blobs_dir))
    for name in names:
        entry = old.get(name)
        if entry is not None and name in present:
            entries[name] = entry
        else:
            todo.append(name)
    total = sum(max(_size(vault.blobs_dir / n), 0) for n in todo) or 1
    done, shown = 0, -1
    stopping = threading.Event()

    def copy(batch: list[str]) -> list[tuple[str, int, str]]:
        copied = []
        for name in batch:
            if stopping.is_set():
                break
            new = name not in present
            if new:
                added.append(store.blobs_dir / name)  # only what this run created is removed if it fails
            try:
                size, digest = store.add_blob(vault.blobs_dir / name, name, new=new)
            except FileNotFoundError:
                raise CasefileError(
                    "A document's file disappeared during the backup (it was purged meanwhile); run the backup again."
                ) from None
            copied.append((name, size, digest))
        return copied

    # Two copies at once: each waits on the disk part of the time, and hashing releases the GIL.
    # Blobs go in batches: one future per blob cost more than creating its file (30 000 of them).
    batches = [todo[i : i + COPY_BATCH] for i in range(0, len(todo), COPY_BATCH)]
    with ThreadPoolExecutor(max_workers=COPY_THREADS, thread_name_prefix="casefile-backup-copy") as pool:
        futures = [pool.submit(copy, batch) for batch in batches]
        try:
            for future in as_completed(futures):
                for name, size, digest in future.result():
                    entries[name] = {"size": size, "sha256": digest}
                    done += size
                if (percent := 5 + int(85 * done / total)) != shown:
                    shown = percent
                    report(percent, "Copying documents")
                stop_if_cancelled()
        except BaseException:
            stopping.set()
            for future in futures:
                future.cancel()
            raise
    return dict(sorted(entries.items())), done

"""Incremental backups: a backup set (a folder) of restore points that share what did not change.

Documents are immutable, so each blob is stored once in the set, whatever the number of points
that list it. The database is stored as 16 KiB chunks of its encrypted file: SQLCipher rewrites
only the pages a change touches (each with a fresh IV), so a point adds the chunks that differ
from the newest earlier point, in one pack file of its own. Every point is a complete restore
point: its manifest (``points/<id>.json``) lists every blob and every chunk with where it lies,
its vault id and audit head, the vault marker and the key slots as they were, and is sealed with
HMAC-SHA256 under a key derived (HKDF) from the vault key, like a single-file backup's
(services/backup_seal.py). Layout of the folder: services/backup_store.py.

The database is copied as its raw encrypted file inside a read transaction begun right after a
checkpoint emptied the WAL: a reader of a fully checkpointed WAL reads the database file alone
and holds SQLite's read lock 0, which keeps every checkpoint from writing to that file until the
transaction ends, while the app goes on saving into the WAL. The chunks that are new are checked
page by page against their HMAC (vault/pagecheck.py) as the pack is read back, so a damaged page
stops the backup instead of being carried into it. Unchanged chunks were checked when they were
first stored.

Pruning deletes points and then every blob and pack that no remaining point lists; a pack one of
whose chunks a remaining point still lists is kept whole.
"""

from __future__ import annotations

import base64
import contextlib
import mmap
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import sqlcipher3

from casefile import __version__
from casefile.clock import now_iso
from casefile.errors import Cancelled, CasefileError, DiskFull, VaultDamaged
from casefile.services.backup_pack import _Hasher
from casefile.services.backup_seal import blob_names, check_seal, meta, seal
from casefile.services.backup_store import (
    POINT_FORMAT,
    POINT_VERSION,
    TAG_AT,
    TAG_SIZE,
    BackupSet,
    PackWriter,
    page_places,
    sync_files,
    well_formed,
)
from casefile.vault.db import MARKER, Vault
from casefile.vault.fsutil import is_disk_full
from casefile.vault.pagecheck import PAGE_SIZE, PageChecker

POINT_MAC_INFO = b"casefile backup point v1"
READ_BLOCK = 4 * 1024 * 1024
WAL_ATTEMPTS = 8
Progress = Callable[[int, str], None]


def backup_to_set(
    vault: Vault, folder: Path, *, progress: Progress | None = None, cancel: Callable[[], bool] | None = None
) -> dict[str, Any]:
    """Add a restore point of ``vault`` to the backup set at ``folder`` (created if new).

    Returns ``{"point": id, "manifest": …, "bytes_written": …, "bytes_reused": …}``: the bytes
    this point added to the set (new blobs, new chunks, its manifest) and those it shares."""
    folder = Path(folder).resolve()
    report = progress or (lambda _p, _m: None)
    if folder.is_relative_to(vault.path.resolve()):
        raise CasefileError("Put the backup outside the vault's own folder (ideally on another drive).")
    store = BackupSet(folder)

    def stop_if_cancelled() -> None:
        if cancel and cancel():
            raise Cancelled("The backup was cancelled; the backup folder is as it was.")

    key = vault.raw_key_for_backup()
    try:
        store.open_for(vault.vault_id)
        with store.locked():
            point_id = store.new_point_id()
            previous = _newest_sealed(store, key)
            pack = PackWriter(store.packs_dir / f"{point_id}.pack")
            added: list[Path] = [pack.path]
            try:
                report(2, "Copying the database")
                database, facts = _copy_database(vault, key, previous, point_id, pack, stop_if_cancelled)
                pack.close()
                if facts["vault_id"] != vault.vault_id or facts["audit_head"] is None:
                    raise VaultDamaged(
                        "The vault's database names a different vault than its marker file; no backup "
                        "was written. Run 'casefile verify'."
                    )
                with ThreadPoolExecutor(max_workers=1, thread_name_prefix="casefile-backup-check") as pool:
                    # New chunks are read back and their pages authenticated beside the blob copies.
                    checked = pool.submit(_check_pack, pack.path, database, point_id, key, facts["salt"])
                    blobs, new_bytes = _copy_blobs(
                        vault, store, facts["blobs"], previous, added, stop_if_cancelled, report
                    )
                    report(90, "Checking the copied database")
                    checked.result()
                sync_files(store.path, added)
                manifest = {
                    "format": POINT_FORMAT,
                    "version": POINT_VERSION,
                    "vault_id": vault.vault_id,
                    "audit_head": facts["audit_head"],
                    "created_at": now_iso(),
                    "created_by": f"Casefile {__version__}",
                    "marker": _b64((vault.path / MARKER).read_bytes()),
                    "slots": {f"keys/{p.name}": _b64(p.read_bytes()) for p in sorted(vault.keys_dir.glob("*.slot"))},
                    "database": database,
                    "blobs": blobs,
                }
                manifest["mac"] = seal(manifest, key, POINT_MAC_INFO)
                stop_if_cancelled()
                copied = pack.size + new_bytes
                written = store.write_point(point_id, manifest) + copied
            except BaseException:
                pack.discard()
                for path in added[1:]:
                    with contextlib.suppress(OSError):
                        path.unlink()
                raise
            if not pack.size:
                pack.discard()  # nothing new in the database: no empty pack
    except sqlcipher3.DatabaseError:
        raise VaultDamaged(
            "The vault's database could not be read while it was being copied (a damaged page); no "
            "backup was written. Run 'casefile verify' and restore your latest good backup."
        ) from None
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull(f"The disk holding {folder} is full; no backup was added. Free space and retry.") from None
        raise CasefileError(f"The backup could not be written to {folder}: {exc.strerror or exc}.") from None
    total = database["size"] + sum(b["size"] for b in blobs.values())
    if vault.read_only_reason is None:
        vault.set_meta("last_backup_at", manifest["created_at"])
    vault.audit("backup", detail=f"{folder.name}/{point_id}")
    report(100, f"Restore point {point_id} added to {folder}")
    return {"point": point_id, "manifest": manifest, "bytes_written": written, "bytes_reused": total - copied}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _newest_sealed(store: BackupSet, key: bytes) -> dict[str, Any] | None:
    """The newest point this vault key sealed (points made before a key rotation do not count:
    their content is copied again rather than trusted unsealed)."""
    for point_id in reversed(store.point_ids()):
        try:
            manifest = well_formed(store.read_point(point_id), point_id)
            check_seal(manifest, key, point_id, POINT_MAC_INFO)
        except CasefileError:
            continue
        return manifest
    return None


# ----- the database


def _begin_on_database_file(conn: Any, vault: Vault) -> None:
    """Start a read transaction that reads the database file alone (see the module docstring)."""
    wal = vault.db_path.with_name(vault.db_path.name + "-wal")
    for _ in range(WAL_ATTEMPTS):
        if vault.read_only_reason is None:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM meta").fetchone()  # the read transaction starts here
        if not wal.exists() or wal.stat().st_size == 0:
            return
        conn.execute("ROLLBACK")
    raise CasefileError(
        "The vault was too busy to take a consistent copy of its database (its log could not be "
        "emptied); no backup was added. Try again, or make a single-file backup with --out."
    )


def _copy_database(
    vault: Vault,
    key: bytes,
    previous: dict[str, Any] | None,
    point_id: str,
    pack: PackWriter,
    stop_if_cancelled: Callable[[], None],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The database file page by page: a page whose tag (the first 16 bytes of its HMAC, new
    with every write of the page since its IV is) equals the previous point's page at the same
    position is referenced where that point keeps it; every other page goes into the new pack.

    Comparing tags instead of hashing pages keeps the second backup from hashing the whole file
    (1.2 GB at the full benchmark scale). A page is reused only at its own position: its HMAC
    binds its page number, and it was checked there."""
    old_tags, old_places = b"", iter(())
    if previous is not None:
        old = previous["database"]
        sizes = {name: _size(pack.path.parent / f"{name}.pack") for name in old["packs"]}
        if all(
            offset + pages * PAGE_SIZE <= sizes[old["packs"][index]] for index, offset, pages in old["extents"]
        ):  # a pack cut short or missing: copy every page again rather than point at it
            old_tags, old_places = base64.b64decode(old["pages"]), page_places(old)
    conn = vault.separate_connection()
    packs: list[str] = []
    extents: list[list[int]] = []
    tags = bytearray()
    try:
        _begin_on_database_file(conn, vault)
        facts = {"vault_id": meta(conn, "vault_id"), "audit_head": meta(conn, "audit_head")}
        facts["blobs"] = sorted(blob_names(conn))
        with open(vault.db_path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            size = len(mm)
            facts["salt"] = mm[:16]
            for number in range(size // PAGE_SIZE):
                if number % 16384 == 0:
                    stop_if_cancelled()
                start = number * PAGE_SIZE
                tag = mm[start + TAG_AT : start + TAG_AT + TAG_SIZE]
                place = next(old_places, None)
                if place is not None and old_tags[number * TAG_SIZE : (number + 1) * TAG_SIZE] == tag:
                    name, offset = place
                else:
                    name, offset = point_id, pack.add(mm[start : start + PAGE_SIZE])
                if name not in packs:
                    packs.append(name)
                index = packs.index(name)
                last = extents[-1] if extents else None
                if last is not None and last[0] == index and last[1] + last[2] * PAGE_SIZE == offset:
                    last[2] += 1
                else:
                    extents.append([index, offset, 1])
                tags += tag
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    database = {
        "size": size,
        "page_size": PAGE_SIZE,
        "salt": bytes(facts["salt"]).hex(),
        "packs": packs,
        "extents": extents,
        "pages": base64.b64encode(bytes(tags)).decode("ascii"),
    }
    return database, facts


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return -1


def _check_pack(path: Path, database: dict[str, Any], point_id: str, key: bytes, salt: bytes) -> None:
    """This point's pack read back: each new page against its tag, then its HMAC."""
    checker = PageChecker(key, salt)
    tags = base64.b64decode(database["pages"])
    number = 0
    with open(path, "rb", buffering=0) as fh:
        for index, offset, pages in database["extents"]:
            if database["packs"][index] == point_id:
                fh.seek(offset)
                data = fh.read(pages * PAGE_SIZE)
                for i in range(pages):
                    at = i * PAGE_SIZE + TAG_AT
                    if data[at : at + TAG_SIZE] != tags[(number + i) * TAG_SIZE : (number + i + 1) * TAG_SIZE]:
                        raise VaultDamaged("The database copy did not read back as written; no backup was added.")
                bad = checker.first_bad_page(data, number + 1)
                if bad is not None:
                    raise VaultDamaged(
                        f"The vault's database has a damaged page (page {bad}); no backup was added. Run "
                        "'casefile verify' and restore your latest good backup."
                    )
            number += pages


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
    digests = {}
    hasher = _Hasher()
    try:
        for name in todo:
            stop_if_cancelled()
            fresh = name not in present
            try:
                size, digest = store.add_blob(vault.blobs_dir / name, name, hasher)
            except FileNotFoundError:
                raise CasefileError(
                    "A document's file disappeared during the backup (it was purged meanwhile); run the backup again."
                ) from None
            if fresh:  # only what this run created is removed if it fails
                added.append(store.blobs_dir / name)
            digests[name] = (size, digest)
            done += size
            if (percent := 5 + int(85 * done / total)) != shown:
                shown = percent
                report(percent, "Copying documents")
    finally:
        hasher.finish()
    for name, (size, digest) in digests.items():
        entries[name] = {"size": size, "sha256": digest.hexdigest()}
    return dict(sorted(entries.items())), done

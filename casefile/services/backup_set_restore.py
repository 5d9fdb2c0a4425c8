"""Restoring a point of a backup set, listing a set's points, and pruning them.

The set and its points are described in services/backup_set.py and services/backup_store.py.
Restoring checks everything before it writes anything (security.md): the point's shape, the vault
key from the point's own key slots, its seal, that every pack and blob it lists is there, then
every page of the database against its sealed tag and its HMAC, and every blob against its
SHA-256. Only then is the vault written into a hidden staging folder beside the destination
(each page and blob checked again as it is copied, and the database once more by SQLCipher),
which becomes the destination at the end or is removed on any failure.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from casefile.errors import CasefileError, DiskFull, VaultDamaged
from casefile.services.backup_seal import bytes_sealed, check_database, key_from_slots
from casefile.services.backup_set import POINT_MAC_INFO, READ_BLOCK, Progress
from casefile.services.backup_store import TAG_AT, TAG_SIZE, BackupSet, parse_point, well_formed
from casefile.vault.db import DB_NAME, MARKER, Vault
from casefile.vault.fsutil import create_private, fsync_dir, is_disk_full
from casefile.vault.pagecheck import PAGE_SIZE, PageChecker


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return -1


def list_points(folder: Path) -> list[dict[str, Any]]:
    """The set's restore points, oldest first, as their manifests say (unverified: no key)."""
    store = BackupSet(Path(folder))
    if not store.exists():
        raise CasefileError(f"There is no Casefile backup folder at {folder}.")
    found: list[dict[str, Any]] = []
    for point_id in store.point_ids():
        try:
            m = well_formed(parse_point(store.read_point(point_id)[0], point_id), point_id)
        except CasefileError as exc:
            found.append({"point": point_id, "problem": str(exc)})
            continue
        size = m["database"]["size"] + sum(b["size"] for b in m["blobs"].values())
        found.append(
            {"point": point_id, "created_at": m.get("created_at"), "documents": len(m["blobs"]), "bytes": size}
        )
    return found


def restore_point(
    folder: Path,
    dest: Path,
    secret: str,
    *,
    point: str | None = None,
    user: str | None = None,
    progress: Progress | None = None,
) -> str:
    """Restore one point of the set at ``folder`` (the newest by default) into the new vault
    folder ``dest``; returns the point's id.

    Everything is checked before anything is written (see the module's docstring); then the vault
    is written into a hidden staging folder that becomes ``dest`` at the end. Any failure removes
    the staging folder."""
    store, dest = BackupSet(Path(folder)), Path(dest)
    report = progress or (lambda _p, _m: None)
    if dest.exists() or dest.is_symlink():
        raise CasefileError(f"{dest} already exists. Restore never writes over a vault; choose a new path.")
    if not store.exists():
        raise CasefileError(f"There is no Casefile backup folder at {folder}.")
    ids = store.point_ids()
    point_id = point or (ids[-1] if ids else "")
    if point_id not in ids:
        listed = ", ".join(ids[-5:]) or "none"
        raise CasefileError(f"{folder} has no restore point {point_id or '(none)'} (newest: {listed}).")
    name = f"restore point {point_id}"
    report(2, "Checking the restore point")
    manifest, marker, slots, key = _open_point(store, point_id, name, secret, user)
    _check_present(store, manifest, name)
    _check_content(store, manifest, key, name, report)
    staging = dest.with_name(f".{dest.name}.restoring-{secrets.token_hex(4)}")
    try:
        staging.mkdir(mode=0o700, parents=False)
    except FileNotFoundError:
        raise CasefileError(f"The folder {dest.parent} does not exist; create it first.") from None
    try:
        _write_staging(store, manifest, marker, slots, key, staging, name, report)
        report(92, "Opening the restored vault")
        vault = Vault.open(staging, secret, user=user)
        try:
            vault.audit("restore-backup", detail=f"{Path(folder).name}/{point_id}")
        finally:
            vault.close()
        os.replace(staging, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull("The disk is full; the backup was not restored. Free space and retry.") from None
        raise CasefileError(f"The backup could not be restored to {dest}: {exc.strerror or exc}.") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    report(100, f"Restored {point_id} to {dest}")
    return point_id


def _open_point(
    store: BackupSet, point_id: str, name: str, secret: str, user: str | None
) -> tuple[dict[str, Any], bytes, dict[str, bytes], bytes]:
    """The point's manifest, marker, key slots and the vault key from them, its seal checked."""
    body, mac = store.read_point(point_id)
    manifest = well_formed(parse_point(body, point_id), point_id)
    try:
        marker = base64.b64decode(manifest["marker"], validate=True)
        slots = {k: base64.b64decode(v, validate=True) for k, v in manifest["slots"].items()}
    except ValueError:
        raise VaultDamaged(f"{name}'s manifest is damaged (a key slot cannot be read).") from None
    key = key_from_slots(name, manifest["vault_id"], marker, slots, secret, user)
    if not bytes_sealed(body, mac, key, POINT_MAC_INFO):
        raise VaultDamaged(
            f"{name} was altered after it was made (its seal does not match the vault's key), or it "
            "was pieced together from different vaults. Nothing was restored; use another restore point."
        )
    db = manifest["database"]
    if db["size"] == 0:
        raise VaultDamaged(f"{name} holds no database, so it cannot restore a vault.")
    return manifest, marker, slots, key


def _write_staging(
    store: BackupSet,
    manifest: dict[str, Any],
    marker: bytes,
    slots: dict[str, bytes],
    key: bytes,
    staging: Path,
    name: str,
    report: Progress,
) -> None:
    """The checked point written into ``staging``: marker, slots, database (checked again by
    SQLCipher), every blob (each hashed again as it is written)."""
    db = manifest["database"]
    (staging / "keys").mkdir(mode=0o700)
    (staging / "blobs").mkdir(mode=0o700)
    _write_new(staging / MARKER, marker)
    for slot_name, data in slots.items():
        _write_new(staging / "keys" / Path(slot_name).name, data)
    report(50, "Restoring the database")
    _restore_database(store, db, staging / DB_NAME, name)
    check_database(staging / DB_NAME, key, manifest["vault_id"], manifest["audit_head"], name)
    report(60, "Restoring the documents")
    total = sum(b["size"] for b in manifest["blobs"].values()) or 1
    done = 0
    for blob, entry in manifest["blobs"].items():
        _copy_checked(store.blobs_dir / blob, staging / "blobs" / blob, entry, name)
        done += entry["size"]
        report(60 + int(30 * done / total), "Restoring the documents")


def _check_present(store: BackupSet, manifest: dict[str, Any], name: str) -> None:
    db = manifest["database"]
    sizes = {p: _size(store.packs_dir / f"{p}.pack") for p in db["packs"]}
    for index, offset, pages in db["extents"]:
        if offset + pages * PAGE_SIZE > sizes[db["packs"][index]]:
            raise VaultDamaged(
                f"{name} is incomplete: a part of its database (pack {db['packs'][index]}) is missing or "
                "cut short. Nothing was restored; use another restore point."
            )
    for blob, entry in manifest["blobs"].items():
        if store.blob_size(blob) != entry["size"]:
            raise VaultDamaged(
                f"{name} is incomplete: document file {blob} is missing or not its recorded size. "
                "Nothing was restored; use another restore point."
            )


def _write_new(path: Path, data: bytes) -> None:
    with os.fdopen(create_private(path), "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


SLICE_PAGES = 1024  # pages read at a time (4 MiB): an extent can be the whole 1.2 GB file


def _database_slices(store: BackupSet, db: dict[str, Any], name: str) -> Iterator[tuple[int, bytes]]:
    """The database's pages in order, a slice at a time, as (first page number, bytes), each page
    checked against its sealed tag and the first page's salt against the sealed one."""
    tags = base64.b64decode(db["pages"])
    number = 0
    for index, offset, pages in db["extents"]:
        with open(store.packs_dir / f"{db['packs'][index]}.pack", "rb", buffering=0) as fh:
            fh.seek(offset)
            for start in range(0, pages, SLICE_PAGES):
                count = min(SLICE_PAGES, pages - start)
                data = fh.read(count * PAGE_SIZE)
                if len(data) != count * PAGE_SIZE:
                    raise VaultDamaged(f"{name} is incomplete: a part of its database is cut short.")
                for i in range(count):
                    at, page = i * PAGE_SIZE + TAG_AT, number + i
                    if data[at : at + TAG_SIZE] != tags[page * TAG_SIZE : (page + 1) * TAG_SIZE]:
                        raise VaultDamaged(f"{name} is damaged: page {page + 1} of its database is not the one sealed.")
                if number == 0 and data[:16].hex() != db["salt"]:
                    raise VaultDamaged(f"{name} is damaged: its database's first page is not the one sealed.")
                yield number + 1, data
                number += count


def _check_content(store: BackupSet, manifest: dict[str, Any], key: bytes, name: str, report: Progress) -> None:
    """Everything the point lists, read and checked before anything is written: each page of the
    database against its sealed tag and its HMAC (so a page changed in the set is found here, not
    by SQLite later), each blob against its SHA-256."""
    db = manifest["database"]
    checker = PageChecker(key, bytes.fromhex(db["salt"]))
    total = db["size"] + sum(b["size"] for b in manifest["blobs"].values()) or 1
    done = 0
    for first, data in _database_slices(store, db, name):
        bad = checker.first_bad_page(data, first)
        if bad is not None:
            raise VaultDamaged(f"{name} is damaged: page {bad} of its database fails its check (HMAC).")
        done += len(data)
        report(5 + int(40 * done / total), "Checking the restore point")
    for blob, entry in manifest["blobs"].items():
        digest = hashlib.sha256()
        with open(store.blobs_dir / blob, "rb", buffering=0) as fh:
            while data := fh.read(READ_BLOCK):
                digest.update(data)
        if digest.hexdigest() != entry["sha256"]:
            raise VaultDamaged(f"{name} is damaged: document file {blob} does not match its recorded hash.")
        done += entry["size"]
        report(5 + int(40 * done / total), "Checking the restore point")


def _restore_database(store: BackupSet, db: dict[str, Any], target: Path, name: str) -> None:
    """The database file from its pages, checked again as they are written (the set may have
    changed since it was checked); SQLCipher then checks the written file (``check_database``)."""
    with os.fdopen(create_private(target), "wb") as out:
        for _first, data in _database_slices(store, db, name):
            out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _copy_checked(source: Path, target: Path, entry: dict[str, Any], name: str) -> None:
    digest = hashlib.sha256()
    with open(source, "rb", buffering=0) as src, os.fdopen(create_private(target), "wb") as out:
        while data := src.read(READ_BLOCK):
            digest.update(data)
            out.write(data)
        out.flush()
        os.fsync(out.fileno())
    if digest.hexdigest() != entry["sha256"]:
        raise VaultDamaged(f"{name} is damaged: document file {source.name} does not match its recorded hash.")


# ----- pruning


def prune(folder: Path, *, keep: int | None = None, points: list[str] | None = None) -> dict[str, Any]:
    """Delete restore points (``points`` by id, or all but the newest ``keep``), then every blob
    and pack no remaining point lists. Refuses to delete every point, and deletes nothing if a
    remaining point's manifest cannot be read (what it needs would be unknown)."""
    store = BackupSet(Path(folder))
    if not store.exists():
        raise CasefileError(f"There is no Casefile backup folder at {folder}.")
    with store.locked():
        ids = store.point_ids()
        remove = set(points or [])
        if keep is not None:
            if keep < 1:
                raise CasefileError("Keep at least one restore point.")
            remove |= set(ids[:-keep])
        if unknown := sorted(remove - set(ids)):
            raise CasefileError(f"{folder} has no restore point {unknown[0]}; nothing was deleted.")
        remaining = [p for p in ids if p not in remove]
        if not remaining:
            raise CasefileError("That would delete every restore point in the set; nothing was deleted.")
        keep_blobs: set[str] = set()
        keep_packs: set[str] = set()
        for point_id in remaining:
            try:
                m = well_formed(parse_point(store.read_point(point_id)[0], point_id), point_id)
            except CasefileError as exc:
                raise CasefileError(f"{exc} Nothing was deleted: what it needs cannot be known.") from None
            keep_blobs |= set(m["blobs"])
            keep_packs |= {f"{p}.pack" for p in m["database"]["packs"]}
        for point_id in sorted(remove):
            (store.points_dir / f"{point_id}.json").unlink()
        fsync_dir(store.points_dir)
        files, freed = store.sweep(keep_blobs, keep_packs)
    return {"removed": sorted(remove), "remaining": remaining, "files_deleted": files, "bytes_freed": freed}

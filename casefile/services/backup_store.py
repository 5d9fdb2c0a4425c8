"""A backup set's folder: the files it holds, how they are added, found and swept.

```
<set>/
  casefile-backup-set.json   {"format": "casefile-backup-set", "version": 1, "vault_id": …}
  points/<id>.json           one sealed manifest per restore point (services/backup_set.py)
  blobs/<32 hex>.blob        each document blob once, exactly as the vault holds it (encrypted)
  packs/<id>.pack            the database chunks that were new at restore point <id>, in order
  .lock                      held while a backup or a prune runs (flock, like the vault's)
```
Everything in it is encrypted already (blobs, SQLCipher pages) except the set marker, which
names only the vault id; a point manifest holds hashes, sizes, blob names, the key slots (as
encrypted as in the vault) and its seal. Nothing here is trusted before a seal made with the
vault's key vouches for it.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from casefile.domain.jsonlimits import loads_bounded
from casefile.errors import CasefileError, VaultDamaged, VaultLocked
from casefile.vault.fsutil import atomic_write, create_private, fsync_dir, make_private_dir, temp_beside
from casefile.vault.lock import WriterLock
from casefile.vault.pagecheck import HMAC_SIZE, PAGE_SIZE

POINT_FORMAT = "casefile-backup-point"
POINT_VERSION = 1
# A database page is named by the first 16 bytes of its HMAC-SHA512 tag (vault/pagecheck.py):
# the tag changes whenever SQLCipher writes the page, which gives it a fresh random IV.
TAG_SIZE = 16
TAG_AT = PAGE_SIZE - HMAC_SIZE
SET_MARKER = "casefile-backup-set.json"
SET_FORMAT = "casefile-backup-set"
POINT_NAME = re.compile(r"^[0-9]{6,9}-[0-9]{8}T[0-9]{6}Z$")
BLOB_NAME = re.compile(r"^[0-9a-f]{32}\.blob$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")
COPY_CHUNK = 4 * 1024 * 1024
MAX_POINT_BYTES = 256 * 1024 * 1024  # 30 000 blobs and 40 000 chunks list in about 6 MB


class BackupSet:
    """The folder of a backup set; ``open_for(vault_id)`` makes or checks it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.points_dir = self.path / "points"
        self.blobs_dir = self.path / "blobs"
        self.packs_dir = self.path / "packs"

    def exists(self) -> bool:
        return (self.path / SET_MARKER).is_file()

    def vault_id(self) -> str | None:
        try:
            data = loads_bounded((self.path / SET_MARKER).read_bytes()[:4096], max_depth=2)
        except (OSError, ValueError, RecursionError):
            return None
        if not isinstance(data, dict) or data.get("format") != SET_FORMAT:
            return None
        found = data.get("vault_id")
        return found if isinstance(found, str) else None

    def open_for(self, vault_id: str) -> None:
        """Create the set for ``vault_id`` (a new or empty folder), or check it is that vault's."""
        if self.exists():
            if self.vault_id() != vault_id:
                raise CasefileError(
                    f"{self.path} holds backups of another vault. Choose a backup folder of this vault's own."
                )
            return
        if self.path.exists() and (not self.path.is_dir() or any(self.path.iterdir())):
            raise CasefileError(
                f"{self.path} is not a Casefile backup folder and is not empty; choose a new or empty folder."
            )
        make_private_dir(self.path)
        for folder in (self.points_dir, self.blobs_dir, self.packs_dir):
            folder.mkdir(mode=0o700, exist_ok=True)
        marker = {"format": SET_FORMAT, "version": 1, "vault_id": vault_id}
        atomic_write(self.path / SET_MARKER, json.dumps(marker).encode())

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """One backup or prune at a time in this set (released by the kernel if the process dies)."""
        lock = WriterLock(self.path)
        try:
            lock.acquire()
        except VaultLocked:
            raise CasefileError(
                f"Another backup or clean-up is running in {self.path}; wait for it to finish."
            ) from None
        try:
            yield
        finally:
            lock.release()

    # ----- points

    def point_ids(self) -> list[str]:
        """Every restore point, oldest first (ids start with their UTC time)."""
        if not self.points_dir.is_dir():
            return []
        found = [p.stem for p in self.points_dir.glob("*.json") if POINT_NAME.match(p.stem)]
        return sorted(found, key=lambda p: int(p.split("-")[0]))

    def new_point_id(self) -> str:
        """The next point's id: a sequence number (so order never depends on the clock) and the
        UTC time, for people."""
        ids = self.point_ids()
        number = int(ids[-1].split("-")[0]) + 1 if ids else 1
        return f"{number:06d}-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}"

    def read_point(self, point_id: str) -> tuple[bytes, dict[str, Any] | None]:
        """A point file's manifest bytes and its seal (None if the file has none), unparsed.

        The file is the manifest's JSON on one line, then a line holding ``{"mac": …}``: the seal
        is over the exact bytes of the first line, so it is checked before they are parsed."""
        path = self.points_dir / f"{point_id}.json"
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_POINT_BYTES + 1)
        except FileNotFoundError:
            raise CasefileError(f"{self.path} has no restore point {point_id}.") from None
        if len(data) > MAX_POINT_BYTES:
            raise VaultDamaged(f"Restore point {point_id} in {self.path} is damaged (far too large).")
        body, _newline, trailer = data.rstrip(b"\n").rpartition(b"\n")
        try:
            mac = json.loads(trailer).get("mac") if len(trailer) < 4096 else None
        except (ValueError, AttributeError):
            mac = None
        return body, mac if isinstance(mac, dict) else None

    def write_point(self, point_id: str, body: bytes, mac: dict[str, Any]) -> int:
        data = body + b"\n" + json.dumps({"mac": mac}, separators=(",", ":")).encode() + b"\n"
        atomic_write(self.points_dir / f"{point_id}.json", data)
        fsync_dir(self.points_dir)
        return len(data)

    # ----- content

    def blob_size(self, name: str) -> int | None:
        try:
            return (self.blobs_dir / name).stat().st_size
        except FileNotFoundError:
            return None

    def add_blob(self, source: Path, name: str, *, new: bool = False) -> tuple[int, str]:
        """Copy a vault blob in; returns its size and SHA-256. Not fsynced: see :func:`sync_files`.
        Safe on several threads (hashing releases the GIL).

        ``new`` says the caller's listing of the folder had no file of that name: the blob is
        then created under its own name (exclusively), sparing a temporary name and a rename per
        blob, which cost a third of a first point's document time (30 000 blobs at the full
        benchmark scale). That is safe because no sealed point can name it yet: a point is
        sealed only after its blobs are synced, a failed run removes what it created, and a file
        left by a crash is named by no point, so the next point rewrites it the atomic way
        below and a prune removes it. A name already present is replaced atomically (temporary
        file, then rename), so an older point that names it never sees it half written."""
        target = self.blobs_dir / name
        if new:
            try:
                return _copy_hashed(source, target)
            except FileExistsError:
                pass  # appeared since the listing: replace it the atomic way
        tmp = temp_beside(target)
        try:
            result = _copy_hashed(source, tmp)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        return result

    def sweep(self, keep_blobs: set[str], keep_packs: set[str]) -> tuple[int, int]:
        """Delete blobs and packs no remaining point refers to, and stale temp files.
        Returns (files, bytes) deleted."""
        files = freed = 0
        for folder, keep, pattern in ((self.blobs_dir, keep_blobs, "*"), (self.packs_dir, keep_packs, "*")):
            if not folder.is_dir():
                continue
            for path in folder.glob(pattern):
                if path.name in keep:
                    continue
                with contextlib.suppress(OSError):
                    size = path.stat().st_size
                    path.unlink()
                    files, freed = files + 1, freed + size
        for path in self.points_dir.glob(".tmp*") if self.points_dir.is_dir() else []:
            with contextlib.suppress(OSError):
                path.unlink()
        for folder in (self.blobs_dir, self.packs_dir, self.points_dir):
            if folder.is_dir():
                fsync_dir(folder)
        return files, freed


def _copy_hashed(source: Path, target: Path) -> tuple[int, str]:
    """``source``'s bytes into ``target``, a new private file (removed again if the copy fails);
    their size and SHA-256."""
    digest = hashlib.sha256()
    size = 0
    with open(source, "rb", buffering=0) as src:
        fd = create_private(target)
        try:
            with os.fdopen(fd, "wb", buffering=0) as out:
                while data := src.read(COPY_CHUNK):
                    digest.update(data)
                    out.write(data)
                    size += len(data)
        except BaseException:
            with contextlib.suppress(OSError):
                target.unlink()
            raise
    return size, digest.hexdigest()


class PackWriter:
    """The new database chunks of one point, appended to ``packs/<id>.pack``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh = os.fdopen(create_private(path), "wb", buffering=1024 * 1024)
        self.size = 0

    def add(self, data: bytes | memoryview) -> int:
        """Append a chunk; returns its offset in the pack."""
        offset = self.size
        self._fh.write(data)
        self.size += len(data)
        return offset

    def flush(self) -> None:
        self._fh.flush()

    def close(self) -> None:
        self._fh.close()

    def discard(self) -> None:
        self._fh.close()
        with contextlib.suppress(OSError):
            self.path.unlink()


def sync_files(folder: Path, files: list[Path]) -> None:
    """Make ``files`` (written under ``folder``) durable before a manifest names them.

    On Linux one ``syncfs`` of the file system holding the set replaces an fsync per file: the
    first backup of a large vault adds 30 000 blobs, and 30 000 fsyncs cost more than the copy."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fd = os.open(folder, os.O_RDONLY)
        try:
            if libc.syncfs(fd) == 0:
                return
        finally:
            os.close(fd)
    for path in files:
        with contextlib.suppress(FileNotFoundError):
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    for sub in {p.parent for p in files}:
        fsync_dir(sub)


# ----- a point's manifest


def parse_point(body: bytes, point_id: str) -> dict[str, Any]:
    """A manifest's JSON, not yet trusted: its shape is checked next (:func:`well_formed`).
    Plain ``json.loads``: deep nesting raises RecursionError, which is caught, and a walk to
    bound the depth costs 0.3 s on a 30 000-document manifest."""
    try:
        manifest = json.loads(body)
    except (ValueError, RecursionError):
        manifest = None
    if not isinstance(manifest, dict):
        raise VaultDamaged(f"Restore point {point_id} is damaged (its manifest cannot be read).")
    return manifest


def well_formed(manifest: dict[str, Any], point_id: str) -> dict[str, Any]:
    """The manifest's shape, before anything in it is used (a seal is checked after)."""
    version = manifest.get("version")
    if manifest.get("format") != POINT_FORMAT or not isinstance(version, int):
        raise VaultDamaged(f"Restore point {point_id} is not a Casefile backup point, or it is damaged.")
    if version > POINT_VERSION:
        raise CasefileError(
            f"Restore point {point_id} was made by a newer Casefile; update Casefile to restore it.",
            key="vault_too_new",
        )
    if not _shape_ok(manifest):
        raise VaultDamaged(f"Restore point {point_id}'s manifest is damaged (a field is missing or malformed).")
    return manifest


def _count(value: Any, low: int = 0) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= low


def _shape_ok(m: dict[str, Any]) -> bool:
    if not all(isinstance(m.get(k), str) for k in ("vault_id", "audit_head", "marker")):
        return False
    slots, db, blobs = m.get("slots"), m.get("database"), m.get("blobs")
    if not isinstance(slots, dict) or not isinstance(db, dict) or not isinstance(blobs, dict):
        return False
    if not all(isinstance(k, str) and k.startswith("keys/") and isinstance(v, str) for k, v in slots.items()):
        return False
    packs, extents = db.get("packs"), db.get("extents")
    if not _count(db.get("size")) or db.get("page_size") != PAGE_SIZE or db["size"] % PAGE_SIZE:
        return False
    if not isinstance(db.get("salt"), str) or not re.fullmatch(r"[0-9a-f]{32}", db["salt"]):
        return False
    if not isinstance(packs, list) or not all(isinstance(p, str) and POINT_NAME.match(p) for p in packs):
        return False
    if not isinstance(extents, list) or not isinstance(db.get("pages"), str):
        return False
    for extent in extents:
        if not isinstance(extent, list) or len(extent) != 3 or not all(_count(v) for v in extent):
            return False
        if extent[0] >= len(packs) or extent[2] < 1:
            return False
    tag_bytes = db["size"] // PAGE_SIZE * TAG_SIZE
    if sum(e[2] for e in extents) * PAGE_SIZE != db["size"] or len(db["pages"]) != 4 * ((tag_bytes + 2) // 3):
        return False
    for name, entry in blobs.items():
        if not BLOB_NAME.match(name) or not isinstance(entry, dict) or not _count(entry.get("size")):
            return False
        if not isinstance(entry.get("sha256"), str) or not HEX64.match(entry["sha256"]):
            return False
    return True

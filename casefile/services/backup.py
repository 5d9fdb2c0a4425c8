"""Backups: one file holding a consistent copy of the vault, verified before it is reported done.

The file is an uncompressed tar (everything in it is already encrypted, so compression would buy
nothing) of: a manifest with each member's SHA-256, the vault marker, ``vault.db`` made with
``VACUUM INTO`` inside a read transaction (never a file copy of a live database), the key slots,
and the document blobs the copied database refers to. Restoring checks every hash, opens the
copy with the passphrase and checks its integrity before the vault appears at its new path.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import secrets
import shutil
import tarfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import sqlcipher3

from casefile import __version__
from casefile.clock import now_iso
from casefile.errors import Cancelled, CasefileError, DiskFull, VaultDamaged
from casefile.vault.db import DB_NAME, MARKER, Vault, _key_pragma
from casefile.vault.fsutil import fsync_dir, is_disk_full

BACKUP_FORMAT = "casefile-backup"
BACKUP_VERSION = 1
MEMBER = re.compile(
    r"^(manifest\.json|casefile-vault\.json|vault\.db|keys/[0-9a-f]{1,64}\.slot|blobs/[0-9a-f]{32}\.blob)$"
)
COPY_CHUNK = 4 * 1024 * 1024
Progress = Callable[[int, str], None]


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(COPY_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class _HashingReader(io.RawIOBase):
    """Feeds tarfile while hashing what it reads, so each member is read once."""

    def __init__(self, fh: Any) -> None:
        self._fh = fh
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._fh.read(len(buffer))
        self.digest.update(data)
        buffer[: len(data)] = data
        return len(data)


def backup(
    vault: Vault, out: Path, *, progress: Progress | None = None, cancel: Callable[[], bool] | None = None
) -> dict[str, Any]:
    """Write a verified backup of ``vault`` to ``out`` (a new file). Returns the manifest.

    ``cancel()`` is checked between files; a cancelled backup leaves nothing behind.
    """
    out = Path(out).resolve()
    report = progress or (lambda _p, _m: None)
    if out.exists():
        raise CasefileError(f"{out} already exists; choose a new file name for the backup.")
    if out.is_relative_to(vault.path.resolve()):
        raise CasefileError("Put the backup outside the vault's own folder (ideally on another drive).")
    tag = secrets.token_hex(4)
    db_copy = out.with_name(f".{out.name}.{tag}.db")
    tmp = out.with_name(f".{out.name}.{tag}.tmp")
    try:
        report(2, "Copying the database")
        # VACUUM INTO writes a consistent snapshot; the blobs to copy are read from that snapshot,
        # so the copied database and the copied documents always agree.
        _snapshot(vault, db_copy)
        # Check every page's HMAC on a second core while the tar is written.
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casefile-backup-check")
        pages_checked = pool.submit(_check_pages, db_copy, vault.raw_key_for_backup())
        pool.shutdown(wait=False)
        names = _blob_names(db_copy, vault.raw_key_for_backup())
        members: list[tuple[str, Path]] = [(MARKER, vault.path / MARKER), (DB_NAME, db_copy)]
        members += [(f"keys/{p.name}", p) for p in sorted(vault.keys_dir.glob("*.slot"))]
        members += [(f"blobs/{n}", vault.blobs_dir / n) for n in sorted(names)]
        total = sum(p.stat().st_size for _, p in members) or 1
        done = 0
        manifest: dict[str, Any] = {
            "format": BACKUP_FORMAT,
            "version": BACKUP_VERSION,
            "vault_id": vault.vault_id,
            "created_at": now_iso(),
            "created_by": f"Casefile {__version__}",
            "files": {},
        }
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
            for arcname, path in members:
                if cancel and cancel():
                    raise Cancelled("The backup was cancelled; no backup file was written.")
                info = tarfile.TarInfo(arcname)
                info.size = path.stat().st_size
                info.mode = 0o600
                with open(path, "rb") as fh:
                    reader = _HashingReader(fh)
                    tar.addfile(info, io.BufferedReader(reader, COPY_CHUNK))
                manifest["files"][arcname] = {"size": info.size, "sha256": reader.digest.hexdigest()}
                done += info.size
                report(5 + int(85 * done / total), f"Copied {arcname.split('/')[0]}")
            body = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size, info.mode = len(body), 0o600
            tar.addfile(info, io.BytesIO(body))
            raw.flush()
            os.fsync(raw.fileno())
        report(92, "Verifying the backup")
        pages_checked.result()
        verify_backup_file(tmp, vault.raw_key_for_backup(), database_checked=True)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull(
                f"The disk holding {out.parent} is full; no backup was written. Free space and retry."
            ) from None
        raise CasefileError(f"The backup could not be written to {out}: {exc.strerror or exc}.") from None
    finally:
        for leftover in (db_copy, tmp):
            with contextlib.suppress(OSError):
                leftover.unlink()
    vault.set_meta("last_backup_at", manifest["created_at"])
    vault.audit("backup", detail=out.name)
    report(100, f"Backup written to {out}")
    return manifest


def _blob_names(db: Path, key: bytes) -> list[str]:
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        return [r[0] for r in conn.execute("SELECT blob_name FROM documents UNION SELECT blob_name FROM retired_blobs")]
    finally:
        conn.close()


def _read_manifest(tar: tarfile.TarFile, path: Path) -> dict[str, Any]:
    try:
        member = tar.getmember("manifest.json")
        fh = tar.extractfile(member)
        manifest = json.loads(fh.read()) if fh else None
        if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
            raise ValueError
    except (KeyError, ValueError, AttributeError, tarfile.TarError):
        raise VaultDamaged(f"{path.name} is not a Casefile backup, or its manifest is damaged.") from None
    if int(manifest.get("version", 0)) > BACKUP_VERSION:
        raise CasefileError(
            f"{path.name} was made by a newer Casefile; update Casefile to restore it.", key="vault_too_new"
        )
    return manifest


def _check_members(tar: tarfile.TarFile, manifest: dict[str, Any], path: Path, extract_to: Path | None) -> None:
    seen = set()
    for member in tar.getmembers():
        if not MEMBER.match(member.name) or not member.isfile():
            raise VaultDamaged(f"{path.name} holds an unexpected entry ({member.name!r}); it was not restored.")
        if member.name == "manifest.json":
            continue
        expected = manifest["files"].get(member.name)
        fh = tar.extractfile(member)
        if expected is None or fh is None:
            raise VaultDamaged(f"{path.name}: {member.name} is not listed in the backup's manifest.")
        digest = hashlib.sha256()
        out = None
        if extract_to is not None:
            target = extract_to / member.name
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            out = open(target, "xb")  # noqa: SIM115 - closed below
            os.chmod(target, 0o600)
        try:
            while chunk := fh.read(COPY_CHUNK):
                digest.update(chunk)
                if out:
                    out.write(chunk)
        finally:
            if out:
                out.flush()
                os.fsync(out.fileno())
                out.close()
        if digest.hexdigest() != expected["sha256"]:
            raise VaultDamaged(f"{path.name} is damaged: {member.name} does not match its recorded hash.")
        seen.add(member.name)
    missing = set(manifest["files"]) - seen
    if missing:
        raise VaultDamaged(f"{path.name} is incomplete: {len(missing)} file(s) are missing, e.g. {sorted(missing)[0]}.")


def _check_database(db: Path, key: bytes) -> None:
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        ok = [r[0] for r in conn.execute("PRAGMA quick_check")]
    except sqlcipher3.DatabaseError:
        raise VaultDamaged("The backup's database cannot be read with this vault's key.") from None
    finally:
        conn.close()
    if problems or ok != ["ok"]:
        raise VaultDamaged(f"The backup's database failed its integrity check ({(problems or ok)[0]}).")


def _snapshot(vault: Vault, target: Path) -> None:
    """A consistent copy of the vault's database, same key: the file itself when the log is empty."""
    conn = vault.connection()
    with contextlib.suppress(sqlcipher3.DatabaseError):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    wal = vault.db_path.with_name(vault.db_path.name + "-wal")
    with vault.transaction():  # no other writer until the copy is complete
        if not wal.exists() or wal.stat().st_size == 0:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out, open(vault.db_path, "rb") as src:
                shutil.copyfileobj(src, out, COPY_CHUNK)
            return
        copy = sqlcipher3.connect(str(target), isolation_level=None)
        try:
            copy.execute("PRAGMA cipher_log_level = NONE")
            copy.execute(_key_pragma(vault.raw_key_for_backup()))
            conn.backup(copy)
        finally:
            copy.close()


def _check_pages(db: Path, key: bytes) -> None:
    conn = sqlcipher3.connect(str(db), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.DatabaseError:
        raise VaultDamaged("The copied database cannot be read with this vault's key.") from None
    finally:
        conn.close()
    if problems:
        raise VaultDamaged(f"The copied database failed its page check ({problems[0]}); no backup was written.")


def verify_backup_file(path: Path, key: bytes, *, database_checked: bool = False) -> None:
    """Every member's hash, and the copied database opened with ``key`` and integrity-checked.

    ``database_checked``: the database member's pages were already checked before packing, and
    its hash now proves the packed bytes are those pages, so it is not unpacked again.
    """
    if database_checked:
        with tarfile.open(path, mode="r:") as tar:
            _check_members(tar, _read_manifest(tar, path), path, None)
        return
    scratch = path.with_name(f".{path.name}.verify-{secrets.token_hex(4)}")
    scratch.mkdir(mode=0o700)
    try:
        with tarfile.open(path, mode="r:") as tar:
            manifest = _read_manifest(tar, path)
            _check_members(tar, manifest, path, None)
            member = tar.getmember(DB_NAME)
            fh = tar.extractfile(member)
            assert fh is not None
            with open(scratch / DB_NAME, "xb") as out:
                shutil.copyfileobj(fh, out, COPY_CHUNK)
        _check_database(scratch / DB_NAME, key)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def restore(path: Path, dest: Path, secret: str, *, user: str | None = None, progress: Progress | None = None) -> None:
    """Unpack backup ``path`` into the new vault folder ``dest`` after checking all of it."""
    path, dest = Path(path), Path(dest)
    report = progress or (lambda _p, _m: None)
    if dest.exists():
        raise CasefileError(f"{dest} already exists. Restore never writes over a vault; choose a new path.")
    if not path.is_file():
        raise CasefileError(f"There is no backup file at {path}.")
    staging = dest.with_name(f".{dest.name}.restoring-{secrets.token_hex(4)}")
    staging.mkdir(mode=0o700, parents=False)
    try:
        report(5, "Checking the backup")
        try:
            with tarfile.open(path, mode="r:") as tar:
                manifest = _read_manifest(tar, path)
                _check_members(tar, manifest, path, staging)
        except tarfile.TarError:
            raise VaultDamaged(f"{path.name} is not a readable backup file (damaged or truncated).") from None
        (staging / "blobs").mkdir(mode=0o700, exist_ok=True)
        report(80, "Opening the restored vault")
        vault = Vault.open(staging, secret, user=user)
        try:
            conn = vault.connection()
            problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
            if problems or [r[0] for r in conn.execute("PRAGMA quick_check")] != ["ok"]:
                raise VaultDamaged("The restored database failed its integrity check; the backup is damaged.")
            vault.audit("restore-backup", detail=path.name)
        finally:
            vault.close()
        os.replace(staging, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull("The disk is full; the backup was not restored. Free space and retry.") from None
        raise
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    report(100, f"Restored to {dest}")

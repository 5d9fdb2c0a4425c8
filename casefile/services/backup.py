"""Backups: one file holding a consistent copy of the vault, verified before it is reported done.

The file is an uncompressed tar (everything in it is already encrypted, so compression would buy
nothing) of: the vault marker, the key slots, the document blobs, ``vault.db`` and a manifest with
each member's SHA-256. The database is copied with ``VACUUM INTO`` (never a file copy of a live
database) on a second thread while the documents are packed; documents added meanwhile are packed
after it. The copy is opened with the vault's key and every page authenticated while it is packed,
and the finished tar is read back against its hashes. Restoring checks every hash, opens the copy
with the passphrase and runs both integrity checks before the vault appears at its new path.

SQLite's backup API is not used: under SQLCipher it copies a page whose HMAC fails as if it were
good and re-encrypts it under a fresh HMAC, so a damaged vault would yield a backup that looks
sound (tests/vault/test_backup.py shows VACUUM INTO refusing it).
"""

from __future__ import annotations

import contextlib
import hashlib
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
from casefile.services.backup_pack import Packer
from casefile.vault.db import DB_NAME, MARKER, Vault, _key_pragma
from casefile.vault.fsutil import fsync_dir, is_disk_full

BACKUP_FORMAT = "casefile-backup"
BACKUP_VERSION = 1
MEMBER = re.compile(
    r"^(manifest\.json|casefile-vault\.json|vault\.db|keys/[0-9a-f]{1,64}\.slot|blobs/[0-9a-f]{32}\.blob)$"
)
COPY_CHUNK = 4 * 1024 * 1024
Progress = Callable[[int, str], None]


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
    snapshot = out.with_name(f".{out.name}.{tag}.db")
    tmp = out.with_name(f".{out.name}.{tag}.tmp")
    key = vault.raw_key_for_backup()
    manifest: dict[str, Any] = {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "vault_id": vault.vault_id,
        "created_at": now_iso(),
        "created_by": f"Casefile {__version__}",
        "files": {},
    }

    def stop_if_cancelled() -> None:
        if cancel and cancel():
            raise Cancelled("The backup was cancelled; no backup file was written.")

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casefile-backup-db")
    copier = None
    try:
        # VACUUM INTO writes the consistent copy (it reads every row, so a damaged page stops it
        # instead of being copied on under a fresh HMAC, as SQLite's backup API would) on a second
        # core while the documents are packed here.
        copier = _open(vault.db_path, key)
        copied = pool.submit(_vacuum_into, copier, snapshot)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as raw:
            packer = Packer(raw)
            try:
                packer.add_file(MARKER, vault.path / MARKER)
                for slot in sorted(vault.keys_dir.glob("*.slot")):
                    packer.add_file(f"keys/{slot.name}", slot)
                names = sorted(_blob_names(vault.connection()))
                # The copy is about as large as the documents: progress counts both.
                total = 2 * sum(_size(vault.blobs_dir / n) for n in names) or 1
                done, shown = 0, -1
                vanished: set[str] = set()
                for name in names:
                    stop_if_cancelled()
                    try:
                        done += packer.add_file(f"blobs/{name}", vault.blobs_dir / name)
                    except FileNotFoundError:
                        vanished.add(name)  # purged meanwhile; fatal only if the copy still lists it
                    if (percent := 2 + int(86 * done / total)) != shown:
                        shown = percent
                        report(percent, "Copied blobs")
                report(max(shown, 45), "Copying the database")
                stop_if_cancelled()
                copied.result()
                # The copy is opened with the vault's key and every page authenticated while the same
                # bytes are packed; their hash then ties the packed member to the checked file.
                checked = pool.submit(_check_pages, snapshot, key)
                needed = set(_blob_names(_open(snapshot, key), close=True))
                if needed & vanished:
                    raise CasefileError("A document's file disappeared during the backup; run the backup again.")
                for name in sorted(needed - set(names)):  # documents added while the copy was made
                    packer.add_file(f"blobs/{name}", vault.blobs_dir / name)
                stop_if_cancelled()
                packer.add_file(DB_NAME, snapshot)
                report(88, "Checking the copied database")
                checked.result()
                manifest["files"] = packer.entries()
                packer.add_bytes("manifest.json", json.dumps(manifest, indent=2).encode())
                packer.close()
            except BaseException:
                packer.abandon()
                copier.interrupt()  # a cancel or an error stops the copy too
                raise
            raw.flush()
            os.fsync(raw.fileno())
        report(92, "Verifying the backup")
        _verify_written(tmp)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except sqlcipher3.DatabaseError:
        raise VaultDamaged(
            "The vault's database could not be read while it was being copied (a damaged page); no "
            "backup was written. Run 'casefile verify' and restore your latest good backup."
        ) from None
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull(
                f"The disk holding {out.parent} is full; no backup was written. Free space and retry."
            ) from None
        raise CasefileError(f"The backup could not be written to {out}: {exc.strerror or exc}.") from None
    finally:
        pool.shutdown(wait=True)  # the copy thread must be gone before its file is removed
        if copier is not None:
            copier.close()
        for leftover in (snapshot, tmp):
            with contextlib.suppress(OSError):
                leftover.unlink()
    vault.set_meta("last_backup_at", manifest["created_at"])
    vault.audit("backup", detail=out.name)
    report(100, f"Backup written to {out}")
    return manifest


def _blob_names(conn: Any, *, close: bool = False) -> list[str]:
    try:
        return [r[0] for r in conn.execute("SELECT blob_name FROM documents UNION SELECT blob_name FROM retired_blobs")]
    finally:
        if close:
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
    """Every member against its recorded hash, unpacked into ``extract_to`` when given."""
    for member in _listed_members(tar, manifest, path):
        fh = tar.extractfile(member)
        if fh is None:
            raise VaultDamaged(f"{path.name}: {member.name} cannot be read from the backup.")
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
        if digest.hexdigest() != manifest["files"][member.name]["sha256"]:
            raise VaultDamaged(f"{path.name} is damaged: {member.name} does not match its recorded hash.")


def _listed_members(tar: tarfile.TarFile, manifest: dict[str, Any], path: Path) -> list[tarfile.TarInfo]:
    """The data members, after checking the tar holds exactly what the manifest lists."""
    members = []
    for member in tar.getmembers():
        if not MEMBER.match(member.name) or not member.isfile():
            raise VaultDamaged(f"{path.name} holds an unexpected entry ({member.name!r}); it was not restored.")
        if member.name == "manifest.json":
            continue
        expected = manifest["files"].get(member.name)
        if expected is None or expected.get("size") != member.size:
            raise VaultDamaged(f"{path.name}: {member.name} is not listed in the backup's manifest.")
        members.append(member)
    missing = set(manifest["files"]) - {m.name for m in members}
    if missing:
        raise VaultDamaged(f"{path.name} is incomplete: {len(missing)} file(s) are missing, e.g. {sorted(missing)[0]}.")
    return members


def _check_hashes(path: Path, members: list[tarfile.TarInfo], manifest: dict[str, Any], threads: int = 2) -> None:
    """Every member's bytes against its recorded hash, read straight from the file by offset.

    Split over ``threads`` by size: hashing releases the GIL, so two cores read back twice as fast.
    """
    shares: list[list[tarfile.TarInfo]] = [[] for _ in range(threads)]
    loads = [0] * threads
    for member in sorted(members, key=lambda m: m.size, reverse=True):
        least = loads.index(min(loads))
        shares[least].append(member)
        loads[least] += member.size

    def check(share: list[tarfile.TarInfo]) -> str | None:
        buffer = bytearray(COPY_CHUNK)
        view = memoryview(buffer)
        with open(path, "rb", buffering=0) as fh:
            for member in share:
                digest = hashlib.sha256()
                fh.seek(member.offset_data)
                left = member.size
                while left:
                    got = fh.readinto(view[: min(left, COPY_CHUNK)])
                    if not got:
                        return f"{path.name} is truncated: {member.name} ends early."
                    digest.update(view[:got])
                    left -= got
                if digest.hexdigest() != manifest["files"][member.name]["sha256"]:
                    return f"{path.name} is damaged: {member.name} does not match its recorded hash."
        return None

    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="casefile-backup-verify") as pool:
        problems = [p for p in pool.map(check, shares) if p]
    if problems:
        raise VaultDamaged(problems[0])


def _open(db: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(db), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(_key_pragma(key))
    return conn


def _vacuum_into(conn: Any, target: Path) -> None:
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # private from the start
    conn.execute("VACUUM INTO ?", (str(target),))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _check_pages(db: Path, key: bytes) -> None:
    conn = None
    try:
        conn = _open(db, key)
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.DatabaseError:
        raise VaultDamaged("The copied database cannot be read with this vault's key.") from None
    finally:
        if conn is not None:
            conn.close()
    if problems:
        raise VaultDamaged(f"The copied database failed its page check ({problems[0]}); no backup was written.")


def _verify_written(path: Path) -> None:
    """The finished tar read back: exactly the listed members, each matching its recorded hash.

    The database member needs no second unpacking: its pages were authenticated before it was
    packed, and its hash ties the packed bytes to those pages.
    """
    with tarfile.open(path, mode="r:") as tar:
        manifest = _read_manifest(tar, path)
        members = _listed_members(tar, manifest, path)
    _check_hashes(path, members, manifest)


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

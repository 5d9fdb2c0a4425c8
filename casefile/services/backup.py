"""Backups: one file holding a consistent copy of the vault, verified before it is reported done.

The file is an uncompressed tar (everything in it is already encrypted, so compression would buy
nothing) of: the vault marker, the key slots, the document blobs, ``vault.db`` and a manifest with
each member's size and SHA-256, the vault id and the copied database's audit head (the last audit
entry's sequence and hash). The manifest is sealed with HMAC-SHA256 under a key derived (HKDF)
from the vault key, so only someone holding that key can write one restore accepts: a backup whose
content was changed and its hashes recomputed is refused (docs/vault-format.md). The database is
packed as its own encrypted file, read inside a read transaction begun on an emptied WAL, which
no checkpoint can write under (services/backup_dbfile.py: a consistent copy, never a file copy
of a live database), every page's HMAC checked on a second thread as it is packed; then exactly
the documents that copy lists. Where the WAL cannot be emptied (a busy vault, or a full disk's
read-only open with saves in its WAL), the copy is made with ``VACUUM INTO`` on a second thread
while the documents are packed, and opened with the vault's key and every page authenticated
while it is packed. The finished tar is read back against its hashes and seal. Restoring unwraps the vault key from the
key slots inside the backup with the passphrase or recovery key, checks the seal, the member list
(no missing, extra or duplicate member), every hash and the vault id, all before writing a byte;
then unpacks the database alone into a hidden staging folder beside the destination, checks its
vault id, audit head and pages, and only then the rest. The vault appears at its new path only
once all of it passed; on any failure the staging folder is removed.

SQLite's backup API is not used: under SQLCipher it copies a page whose HMAC fails as if it were
good and re-encrypts it under a fresh HMAC, so a damaged vault would yield a backup that looks
sound (tests/vault/test_backup.py shows both ways of copying refusing it). Issue 16 moved the
usual copy from ``VACUUM INTO`` to the file itself: on the full benchmark vault ``VACUUM INTO``
and its page check took 3.5x as long as reading the file with the same check.
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
from casefile.domain.jsonlimits import loads_bounded
from casefile.errors import Cancelled, CasefileError, DiskFull, VaultDamaged
from casefile.services.backup_pack import Packer
from casefile.services.backup_seal import check_database, check_seal, key_from_slots, seal
from casefile.services.backup_write import begin_direct, pack_from_file, pack_from_vacuum
from casefile.vault.db import DB_NAME, MARKER, Vault
from casefile.vault.fsutil import create_private, fsync_dir, is_disk_full, temp_beside

BACKUP_FORMAT = "casefile-backup"
# 2: the manifest is sealed (HMAC) and binds the audit head. Version 1 manifests were plain
# hashes anyone could recompute; they are refused (security.md: backups are authenticated).
BACKUP_VERSION = 2
MAC_INFO = b"casefile backup manifest v2"
MAX_MANIFEST_BYTES = 64 * 1024 * 1024  # 30 000 documents list in about 5 MB
MAX_SMALL_MEMBER = 1024 * 1024  # the marker and each key slot are a few hundred bytes
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
    _check_destination(vault, out)
    snapshot, tmp = temp_beside(out, ".db"), temp_beside(out)
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
        # The vault's own settings: on a full disk that is a read-only open (issue 11, finding 8).
        copier = vault.separate_connection()
        direct = begin_direct(copier, vault)
        # Not private_output: the finished file is read back by name before it is renamed.
        with os.fdopen(create_private(tmp), "wb") as raw:
            packer = Packer(raw, tmp)
            try:
                if direct:
                    manifest["audit_head"] = pack_from_file(packer, copier, vault, key, report, stop_if_cancelled)
                else:
                    manifest["audit_head"] = pack_from_vacuum(
                        packer, copier, pool, vault, snapshot, key, report, stop_if_cancelled
                    )
                manifest["files"] = packer.entries()
                manifest["mac"] = seal(manifest, key, MAC_INFO)
                packer.add_bytes("manifest.json", json.dumps(manifest, indent=2).encode())
                packer.close()
            except BaseException:
                packer.abandon()
                copier.interrupt()  # a cancel or an error stops the copy too
                raise
            raw.flush()
            os.fsync(raw.fileno())
        report(92, "Verifying the backup")
        _verify_written(tmp, key)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except (sqlcipher3.DatabaseError, OSError) as exc:
        raise _backup_error(exc, out) from None
    finally:
        pool.shutdown(wait=True)  # the copy thread must be gone before its file is removed
        if copier is not None:
            copier.close()
        for leftover in (snapshot, tmp):
            with contextlib.suppress(OSError):
                leftover.unlink()
    if vault.read_only_reason is None:  # a full disk: the backup is what matters, not its note
        vault.set_meta("last_backup_at", manifest["created_at"])
    vault.audit("backup", detail=out.name)
    report(100, f"Backup written to {out}")
    return manifest


def _check_destination(vault: Vault, out: Path) -> None:
    """Refuse a destination that would overwrite a file or be lost with the vault's own folder."""
    if out.exists():
        raise CasefileError(f"{out} already exists; choose a new file name for the backup.")
    if out.is_relative_to(vault.path.resolve()):
        raise CasefileError("Put the backup outside the vault's own folder (ideally on another drive).")


def _backup_error(exc: sqlcipher3.DatabaseError | OSError, out: Path) -> CasefileError:
    """What the user is told when the backup failed; nothing was left behind."""
    if isinstance(exc, sqlcipher3.DatabaseError):
        return VaultDamaged(
            "The vault's database could not be read while it was being copied (a damaged page); no "
            "backup was written. Run 'casefile verify' and restore your latest good backup."
        )
    if is_disk_full(exc):
        return DiskFull(f"The disk holding {out.parent} is full; no backup was written. Free space and retry.")
    return CasefileError(f"The backup could not be written to {out}: {exc.strerror or exc}.")


# ----- reading a backup


def _read_manifest(tar: tarfile.TarFile, path: Path) -> dict[str, Any]:
    try:
        data = _small_member(tar, "manifest.json", MAX_MANIFEST_BYTES)
        manifest = loads_bounded(data, max_depth=4)
        if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
            raise ValueError
        version = manifest.get("version")
        if not isinstance(version, int):
            raise ValueError
    except (KeyError, ValueError, AttributeError, RecursionError, tarfile.TarError):
        raise VaultDamaged(f"{path.name} is not a Casefile backup, or its manifest is damaged.") from None
    if version > BACKUP_VERSION:
        raise CasefileError(
            f"{path.name} was made by a newer Casefile; update Casefile to restore it.", key="vault_too_new"
        )
    if version < BACKUP_VERSION:
        raise VaultDamaged(
            f"{path.name} was made by an older Casefile whose backups carry no seal, so it cannot be "
            "checked against tampering and is not restored. Open the vault it came from and make a new "
            "backup; keep the old file until then."
        )
    if not _well_formed(manifest):
        raise VaultDamaged(f"{path.name}'s manifest is damaged (a field is missing or malformed).")
    return manifest


def _well_formed(manifest: dict[str, Any]) -> bool:
    files = manifest.get("files")
    if not isinstance(manifest.get("vault_id"), str) or not isinstance(manifest.get("audit_head"), str):
        return False
    if not isinstance(files, dict) or not isinstance(manifest.get("mac"), dict):
        return False
    for name, entry in files.items():
        if not isinstance(name, str) or not MEMBER.match(name) or name == "manifest.json":
            return False
        if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str):
            return False
        size = entry.get("size")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            return False
    return True


def _small_member(tar: tarfile.TarFile, name: str, limit: int) -> bytes:
    member = tar.getmember(name)
    if not member.isfile() or member.size > limit:
        raise ValueError(name)
    fh = tar.extractfile(member)
    if fh is None:
        raise ValueError(name)
    return fh.read()


def _unpack(
    tar: tarfile.TarFile, member: tarfile.TarInfo, manifest: dict[str, Any], path: Path, extract_to: Path | None
) -> None:
    """One member checked against its hash again as it is written (the file may have changed since
    it was first checked), into a new private file."""
    fh = tar.extractfile(member)
    if fh is None:
        raise VaultDamaged(f"{path.name}: {member.name} cannot be read from the backup.")
    digest = hashlib.sha256()
    out = None
    if extract_to is not None:
        target = extract_to / member.name
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        out = os.fdopen(create_private(target), "wb")
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
    """The data members, after checking the tar holds exactly what the manifest lists, once each."""
    members, seen = [], set()
    for member in tar.getmembers():
        if not MEMBER.match(member.name) or not member.isfile():
            raise VaultDamaged(f"{path.name} holds an unexpected entry ({member.name!r}); it was not restored.")
        if member.name in seen:
            # tarfile would silently keep the last copy of a name: which one is meant is unknowable.
            raise VaultDamaged(f"{path.name} holds {member.name} twice; it was not restored.")
        seen.add(member.name)
        if member.name == "manifest.json":
            continue
        expected = manifest["files"].get(member.name)
        if expected is None:
            raise VaultDamaged(f"{path.name}: {member.name} is not listed in the backup's manifest.")
        if expected["size"] != member.size:
            raise VaultDamaged(f"{path.name}: {member.name} is not the size its manifest records.")
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


def _verify_written(path: Path, key: bytes) -> None:
    """The finished tar read back: exactly the listed members, of their recorded sizes, under a
    seal this vault's key made.

    The members' bytes are not hashed a second time: while they were written, each block was
    read back from this file and compared with the bytes its recorded hash was taken of
    (``backup_pack``), and the database's pages were authenticated as read back from it too.
    Hashing them again here read the whole backup a second time for no further assurance: both
    readings come from the same file before and after its fsync. ``casefile verify`` and every
    restore still check every hash.
    """
    with tarfile.open(path, mode="r:") as tar:
        manifest = _read_manifest(tar, path)
        _listed_members(tar, manifest, path)
    check_seal(manifest, key, path.name, MAC_INFO)


def restore(path: Path, dest: Path, secret: str, *, user: str | None = None, progress: Progress | None = None) -> None:
    """Unpack backup ``path`` into the new vault folder ``dest`` after checking all of it.

    ``secret`` is a passphrase or the recovery key of the backed-up vault: the key it unwraps from
    the backup's own key slots checks the manifest's seal. Every check that needs no file on disk
    runs before anything is written; see the module's docstring for the order.
    """
    path, dest = Path(path), Path(dest)
    report = progress or (lambda _p, _m: None)
    if dest.exists() or dest.is_symlink():
        raise CasefileError(f"{dest} already exists. Restore never writes over a vault; choose a new path.")
    if not path.is_file():
        raise CasefileError(f"There is no backup file at {path}.")
    report(2, "Checking the backup")
    try:
        with tarfile.open(path, mode="r:") as tar:
            manifest = _read_manifest(tar, path)
            members = _listed_members(tar, manifest, path)
            small = {
                m.name: _small_member(tar, m.name, MAX_SMALL_MEMBER)
                for m in members
                if m.name == MARKER or m.name.startswith("keys/")
            }
    except (ValueError, tarfile.TarError, EOFError):
        raise VaultDamaged(f"{path.name} is not a readable backup file (damaged or truncated).") from None
    key = _key_from_backup(path, manifest, small, secret, user)
    check_seal(manifest, key, path.name, MAC_INFO)
    report(5, "Checking every file in the backup")
    _check_hashes(path, members, manifest)
    staging = dest.with_name(f".{dest.name}.restoring-{secrets.token_hex(4)}")
    try:
        staging.mkdir(mode=0o700, parents=False)
    except FileNotFoundError:
        raise CasefileError(f"The folder {dest.parent} does not exist; create it first.") from None
    try:
        report(50, "Unpacking the database")
        with tarfile.open(path, mode="r:") as tar:
            by_name = {m.name: m for m in _listed_members(tar, manifest, path)}
            # The database first, alone: its own vault id and audit head can only be read from a
            # file, and nothing else is unpacked until they match the sealed manifest.
            _unpack(tar, by_name[DB_NAME], manifest, path, staging)
            check_database(staging / DB_NAME, key, manifest["vault_id"], manifest["audit_head"], path.name)
            report(60, "Unpacking the documents")
            for name, member in by_name.items():
                if name != DB_NAME:
                    _unpack(tar, member, manifest, path, staging)
        (staging / "blobs").mkdir(mode=0o700, exist_ok=True)
        report(80, "Opening the restored vault")
        vault = Vault.open(staging, secret, user=user)
        try:
            vault.audit("restore-backup", detail=path.name)
        finally:
            vault.close()
        os.replace(staging, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull("The disk is full; the backup was not restored. Free space and retry.") from None
        raise CasefileError(f"The backup could not be restored to {dest}: {exc.strerror or exc}.") from None
    except tarfile.TarError:
        raise VaultDamaged(f"{path.name} is not a readable backup file (damaged or truncated).") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    report(100, f"Restored to {dest}")


def _key_from_backup(
    path: Path, manifest: dict[str, Any], small: dict[str, bytes], secret: str, user: str | None
) -> bytes:
    """The vault key, unwrapped from the backup's own key slots (read from memory, not unpacked)."""
    for name, data in small.items():
        # Checked before they are parsed; the seal, checked next, vouches for the hashes.
        if hashlib.sha256(data).hexdigest() != manifest["files"][name]["sha256"]:
            raise VaultDamaged(f"{path.name} is damaged: {name} does not match its recorded hash.")
    if MARKER not in small:
        raise VaultDamaged(f"{path.name}'s vault marker is missing or names another vault; it was not restored.")
    if manifest["files"].get(DB_NAME, {}).get("size", 0) == 0:
        raise VaultDamaged(
            f"{path.name} holds no database (its vault.db is missing or empty), so it cannot restore a vault."
        )
    slots = {name: data for name, data in small.items() if name.startswith("keys/")}
    return key_from_slots(path.name, manifest["vault_id"], small[MARKER], slots, secret, user)

"""The vault: a folder holding one SQLCipher database, its key slots and its documents.

Layout (docs/vault-format.md has the details)::

    <vault>/casefile-vault.json   format marker and vault id (no case data)
    <vault>/vault.db              SQLCipher 4, raw 256-bit key, WAL
    <vault>/keys/*.slot           the key wrapped per user and for recovery
    <vault>/blobs/*.blob          documents, chunked AES-256-GCM, random names
    <vault>/quarantine/           blobs the database did not know at an unlock (never deleted)
    <vault>/.lock                 single-writer lock

Connections are per thread (``casefile.vault.connections``, which the vault is built on), and
:meth:`Vault.close` closes them all; the first steps of an unlock (marker, key slots, the
database file) are in ``casefile.vault.unlock``.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from casefile import __version__
from casefile.clock import now_iso
from casefile.errors import (
    CasefileError,
    DiskFull,
    VaultDamaged,
    VaultLocked,
    VaultTooNew,
)
from casefile.vault import audit, keyring, keys, migrations, seen, users
from casefile.vault.connections import CACHE_KIB, Connections, key_pragma
from casefile.vault.dberrors import translate
from casefile.vault.fsutil import atomic_write, make_private_dir
from casefile.vault.lock import WriterLock
from casefile.vault.unlock import (
    DB_NAME,
    MARKER,
    MARKER_FORMAT,
    MARKER_VERSION,
    forget_failed_unlocks,
    free_bytes,
    peek_failed_unlocks,
    read_marker,
    unseal,
)

QUARANTINE = "quarantine"  # blobs no database row refers to, moved aside at unlock, never deleted
# Below this much free space the vault's disk counts as full: SQLite needs 32 KiB for its
# shared-memory file and a page or two for any write.
DISK_FULL_BYTES = 1 << 20

# Importable from here as before (the backup, the bulk loader, the CLI).
__all__ = ["CACHE_KIB", "DB_NAME", "MARKER", "MARKER_FORMAT", "Notice", "Vault", "key_pragma", "read_marker"]
_key_pragma = key_pragma  # the name the backup and its tests import


class Vault(Connections):
    """An unlocked vault. Create with :meth:`create` or :meth:`open`; always :meth:`close`."""

    def __init__(self, path: Path, key: bytes, vault_id: str, user: str, lock: WriterLock) -> None:
        super().__init__(path / DB_NAME, key)
        self.path = path
        self.vault_id = vault_id
        self.user = user
        self._lock = lock
        # Held while the database file is being swapped for a re-keyed one (vault/users.py):
        # locking waits for it, so the writer lock is never released in the middle of a swap.
        self.swapping = threading.Lock()
        self._reader = False
        # Set when the vault is older than the copy this computer last saw (casefile.vault.seen).
        self.rollback_warning: str | None = None
        # What the user should be told about this unlock without it failing (Vault.open).
        self.notices: list[Notice] = []

    # ----- locations -----
    @property
    def db_path(self) -> Path:
        return self.path / DB_NAME

    @property
    def keys_dir(self) -> Path:
        return self.path / "keys"

    @property
    def blobs_dir(self) -> Path:
        return self.path / "blobs"

    @property
    def quarantine_dir(self) -> Path:
        return self.path / QUARANTINE

    @property
    def closed(self) -> bool:
        return self._closed

    # ----- lifecycle -----
    @classmethod
    def create(
        cls,
        path: Path,
        user: str,
        passphrase: str,
        *,
        role: str = "admin",
        check_strength: bool = True,
    ) -> tuple[Vault, str]:
        """Make a new vault at ``path`` (which must not hold anything); returns it and its recovery key."""
        path = Path(path)
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise CasefileError(
                f"{path} already exists and is not empty. Choose a new folder for the vault; "
                "Casefile never writes over existing files."
            )
        user = user.strip()
        if not user:
            raise CasefileError("A user name is needed to create a vault.")
        if check_strength:
            from casefile.domain.passphrase import require_strong  # zxcvbn: 0.2 s to import

            require_strong(passphrase, (user, path.name))
        make_private_dir(path)
        make_private_dir(path / "keys")
        make_private_dir(path / "blobs")
        vault_id = secrets.token_hex(16)
        key = keys.new_vault_key()
        recovery = keys.new_recovery_key()
        lock = WriterLock(path)
        lock.acquire()
        # SQLite creates its -wal and -shm files with the main file's mode, so 0600 here keeps
        # all three private.
        os.close(os.open(path / DB_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        vault = cls(path, key, vault_id, user, lock)
        try:
            vault.connection().execute("PRAGMA journal_mode = WAL")
            migrations.apply(vault.connection(), 0)
            with vault.transaction() as tx:
                tx.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
                tx.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (now_iso(),))
                tx.execute("INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)", (user, role, now_iso()))
                audit.append(tx, user, "create-vault")
                # Revocable slots (casefile/vault/keyring.py): each is sealed to this database file.
                salt = tx.execute("PRAGMA cipher_salt").fetchone()[0]
                for kind, name, secret in (("user", user, passphrase), ("recovery", "", recovery)):
                    slot, public = keyring.seal_slot(
                        key, secret, keys_dir=path / "keys", kind=kind, user=name, vault_id=vault_id, gen=0, salt=salt
                    )
                    users.record_slot(tx, slot, public)
            # The marker goes last: a folder without it is an unfinished vault, never opened.
            marker = {
                "format": MARKER_FORMAT,
                "version": MARKER_VERSION,
                "vault_id": vault_id,
                "created_by": f"Casefile {__version__}",
            }
            atomic_write(path / MARKER, (json.dumps(marker, indent=2) + "\n").encode())
        except BaseException:
            vault.close()
            raise
        return vault, recovery

    @classmethod
    def open(
        cls,
        path: Path,
        secret: str,
        *,
        user: str | None = None,
        on_upgrade: Callable[[], None] | None = None,
        reader: bool = False,
        on_warning: Callable[[str], None] | None = None,
    ) -> Vault:
        """Unlock the vault at ``path`` with a user's passphrase or the recovery key.

        ``on_upgrade()`` is called, after the passphrase is known to be right, when the vault's
        format must first be brought up to this version (once per upgrade; seconds on a large
        vault, so the caller can say so). ``on_warning(text)`` is called once per thing the user
        should know that did not stop the unlock (a damaged key slot skipped, files moved to
        quarantine); the same stay in :attr:`notices`, with a key the app translates.

        Nothing is written into the vault before its database has proved to be this vault's
        (its ``vault_id`` equals the marker's): a missing, empty or foreign database is
        :class:`VaultDamaged`, never made into a new vault (finding 1 of issue 11).

        ``reader=True`` is for commands that only read (search, deadlines, reports, export): they
        may run while the app or another command holds the writer lock, because SQLite's WAL
        gives each reader a consistent snapshot beside one writer, and their only writes are
        short audit entries, serialised by SQLite itself. A reader never does the writer's
        housekeeping (schema upgrades while another Casefile has the vault, orphaned-document
        clean-up, the clean-lock mark), so it cannot disturb the writer's files."""
        path = Path(path)
        vault_id = read_marker(path)
        lock = WriterLock(path)
        if reader:
            # Alone with the vault: hold the lock just while opening, so an upgrade this version
            # needs is done once, safely, and the app can take the vault a moment later.
            alone = lock.try_acquire()
        else:
            lock.acquire()
            alone = True
        try:
            key, slot, warnings = unseal(path, secret, user, vault_id)
            vault = cls(path, key, vault_id, slot.user if slot.kind == "user" else (user or "recovery"), lock)
            vault._reader = reader
            vault.notices = [Notice("slot_skipped", text) for text in warnings]
        except BaseException:
            lock.release()
            raise
        try:
            vault._settle(on_upgrade, migrate=alone, recovered=slot.kind == "recovery")
        except BaseException:
            # Never the lock's audit entry here: the database may not be this vault's.
            vault.close(audit_lock=False)
            raise
        if on_warning is not None:
            for text in vault.warnings:
                on_warning(text)
        return vault

    def _settle(self, on_upgrade: Callable[[], None] | None, *, migrate: bool, recovered: bool) -> None:
        """The rest of an unlock once the key is known: the database checked and upgraded, the
        unlock audited, and the writer's housekeeping done (or, for a reader, the lock let go)."""
        try:
            self._check_and_migrate(on_upgrade, migrate=migrate)
        except VaultDamaged:
            # SQLite cannot even read a WAL database when there is no room for its shared-
            # memory file. On a full disk, a cleanly locked vault is read as it is on disk.
            if not self._fall_back_to_immutable():
                raise
            self._check_and_migrate(on_upgrade, migrate=False)
        try:
            self.rollback_warning = seen.older_than_seen(self.connection(), self.vault_id)
        except sqlcipher3.DatabaseError as exc:
            raise translate(exc) from None
        if self.rollback_warning:
            self.notices.append(Notice("vault_older", self.rollback_warning))
        if self._reader:
            self._lock.release()
            users.check_may_unlock(self)  # a removed user's name reads nothing either
            try:
                self.audit("unlock", detail="read-only" + (", recovery key" if recovered else ""))
            except DiskFull:
                self._become_read_only()
        else:
            self._after_unlock(recovered=recovered)
        self._remember_head()

    def _check_and_migrate(self, on_upgrade: Callable[[], None] | None = None, *, migrate: bool = True) -> None:
        try:
            conn = self.connection()
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            stored_id = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone() if version else None
        except sqlcipher3.DatabaseError:
            raise VaultDamaged(
                "The passphrase is right but the vault's database cannot be read: the file is "
                f"damaged or was changed outside Casefile ({self.db_path}). It was left untouched; "
                "restore from your latest backup."
            ) from None
        if version == 0:
            # Every vault leaves create() at schema 1 or later: an empty database is one that was
            # emptied or replaced, and migrating it would make a new, empty vault over the
            # documents (finding 1 of issue 11).
            raise VaultDamaged(
                f"The vault's database ({self.db_path}) is empty: it was emptied or replaced outside "
                "Casefile. Nothing was changed and the documents and key slots are untouched; restore "
                "vault.db from your latest backup of this vault."
            )
        if stored_id is None or stored_id[0] != self.vault_id:
            raise VaultDamaged(
                f"The vault's database ({self.db_path}) belongs to a different vault than its "
                f"{MARKER} file. Nothing was changed; put back this vault's own vault.db from a backup."
            )
        if version > migrations.CURRENT_VERSION:
            raise VaultTooNew(
                f"This vault was written by a newer version of Casefile (schema {version}; this "
                f"copy understands up to {migrations.CURRENT_VERSION}). Update Casefile to open it."
            )
        if self._immutable and migrations.pending(version):
            raise DiskFull(
                f"The disk holding the vault is full, and this vault needs a one-time update for this "
                f"version of Casefile, which must write. Free some space on {self.path.anchor or 'that disk'} "
                "and try again; nothing was changed."
            )
        if not migrate or self._immutable:
            if migrations.pending(version):
                raise VaultLocked(
                    "This vault needs a one-time update for this version of Casefile, and another "
                    "Casefile window or command has it open. Close it there, then run this command again."
                )
            return
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")  # e.g. a database restored by VACUUM INTO
            if on_upgrade is not None and migrations.pending(version):
                on_upgrade()
            migrations.apply(conn, version)
        except sqlcipher3.DatabaseError as exc:
            raise translate(exc) from None

    def _after_unlock(self, *, recovered: bool) -> None:
        from casefile.vault import blobs  # the document store is only needed once unlocked

        users.check_may_unlock(self)  # a removed user's name opens nothing, whatever slot let it in
        if self.read_only_reason is not None:
            return  # nothing can be recorded, and the orphan scan needs its mark written
        failures = peek_failed_unlocks(self.path)
        try:
            with self.transaction() as tx:
                for line in failures:
                    audit.append(tx, self.user, "unlock-failed", detail=line)
                audit.append(tx, self.user, "unlock", detail="recovery key" if recovered else "")
                clean = tx.execute("SELECT value FROM meta WHERE key = 'blobs_clean'").fetchone()
                tx.execute(
                    "INSERT INTO meta (key, value) VALUES ('blobs_clean', '0') "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                )
                known: set[str] = set()
                if not (clean and clean[0] == "1"):
                    known = {r[0] for r in tx.execute("SELECT blob_name FROM documents")}
                    known |= {r[0] for r in tx.execute("SELECT blob_name FROM retired_blobs")}
        except DiskFull:
            self._become_read_only()
            return
        forget_failed_unlocks(self.path)  # only once they are in the audit log
        if clean and clean[0] == "1":
            return  # locked cleanly last time: blobs/ matched the database then
        moved = blobs.collect_orphans(self.blobs_dir, known, self.quarantine_dir)
        if moved:
            self._notice(
                "blobs_quarantined",
                f"{len(moved)} encrypted file(s) in blobs/ belong to no document in the database (left by "
                f"a crash, or the database is older than the documents). They were moved, not deleted, "
                f"to {self.quarantine_dir}; 'casefile verify' lists them.",
            )
            self.audit("quarantine-blobs", detail=str(len(moved)))

    @property
    def warnings(self) -> list[str]:
        """The texts of :attr:`notices` (what the command line prints)."""
        return [n.message for n in self.notices]

    def _notice(self, key: str, message: str) -> None:
        self.notices.append(Notice(key, message))

    # ----- a full disk: read-only -----
    def _become_read_only(self) -> None:
        free = free_bytes(self.path)
        self.read_only_reason = (
            f"The disk holding the vault is full ({free:,} bytes free), so the vault is open read-only: you "
            "can read, search, export and back up to another drive, but nothing can be changed, and "
            "this session is not recorded in the audit log. Free some space, then lock and unlock the "
            "vault to make changes."
        )
        self._notice("vault_read_only", self.read_only_reason)

    def _fall_back_to_immutable(self) -> bool:
        """Reopen the database read-only and lock-free, if the disk is full and that is safe.

        Safe only without a write-ahead log to replay: an immutable open ignores the WAL, so with
        one it would show (and back up) an older vault. The writer lock is held, so no one else
        writes meanwhile."""
        wal = self.db_path.with_name(self.db_path.name + "-wal")
        if self._immutable or not self._lock.held or free_bytes(self.path) >= DISK_FULL_BYTES:
            return False
        if wal.exists() and wal.stat().st_size > 0:
            raise DiskFull(
                "The disk holding the vault is full and the vault was not locked cleanly last time, so "
                "it cannot be opened even to read (its last changes are still in vault.db-wal). Free "
                "some space on that disk (a few megabytes are enough) and try again; nothing was changed."
            )
        self._close_connections()
        self._immutable = True
        self._become_read_only()
        return True

    # ----- going back in time -----
    def _remember_head(self) -> None:
        """Note the vault's newest audit entry as the one this computer has seen, unless the vault
        was found older than what was seen before (then the warning stands until accepted)."""
        if self.rollback_warning is not None:
            return
        with contextlib.suppress(Exception):  # best effort: never a reason to fail an unlock or lock
            head = seen.current_head(self.connection())
            if head is not None:
                seen.remember(self.vault_id, head)

    def accept_as_newest(self) -> None:
        """The user put an older copy back on purpose: make it the one this computer expects."""
        detail = self.rollback_warning or ""
        self.rollback_warning = None
        if detail:
            self.notices = [n for n in self.notices if n.key != "vault_older"]
            self.audit("accept-older-copy")
        self._remember_head()

    def close(self, *, audit_lock: bool = True) -> None:
        """Lock: record it, close every connection, drop the key, release the writer lock."""
        with self.swapping:
            self._close(audit_lock)

    def _close(self, audit_lock: bool) -> None:
        if self._closed:
            return
        if self.read_only_reason is not None:
            audit_lock = False
        if audit_lock and self._reader:
            with contextlib.suppress(Exception):
                self.audit("lock", detail="read-only")
        elif audit_lock:
            with contextlib.suppress(Exception), self.transaction() as tx:
                audit.append(tx, self.user, "lock")
                tx.execute(
                    "INSERT INTO meta (key, value) VALUES ('blobs_clean', '1') "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                )
        if audit_lock:
            self._remember_head()
        self._close_connections()
        self._key = b""
        self._closed = True
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def audit(self, action: str, kind: str = "", record_id: str = "", detail: str = "") -> None:
        """Record an action that changed nothing else (an export, a backup, a report).

        On a full disk (read-only) the action cannot be recorded and is not refused: a backup to
        another drive is what the user needs then, and the unlock said the session goes unlogged."""
        if self.read_only_reason is not None:
            return
        with self.transaction() as tx:
            audit.append(tx, self.user, action, kind, record_id, detail)

    # ----- users and passphrases (casefile/vault/users.py) -----
    def add_user(self, name: str, passphrase: str, role: str = "paralegal") -> None:
        users.add_user(self, name, passphrase, role)

    def remove_user(self, name: str, progress: Callable[[int, int], None] | None = None) -> None:
        """Remove ``name`` and rotate the database key (so nothing they kept opens the vault)."""
        users.remove_user(self, name, progress=progress)

    @property
    def holds_writer_lock(self) -> bool:
        return self._lock.held

    def replace_key(self, key: bytes) -> None:
        """After the database file was swapped for one under ``key`` (users.rotate_key)."""
        self.drop_connections()
        self._key = key

    def raw_key_for_backup(self) -> bytes:
        """The vault key, for keying a backup copy inside this process only."""
        return self._key


@dataclass(frozen=True)
class Notice:
    """Something the user should know about an unlock that did not stop it. ``key`` is stable
    (``slot_skipped``, ``blobs_quarantined``, ``vault_read_only``, ``vault_older``) for the app
    to translate; ``message`` is the core's English sentence, with the details."""

    key: str
    message: str

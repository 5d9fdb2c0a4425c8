"""A vault's SQLCipher connections: one per thread, opened with the raw key, and transactions.

SQLCipher connections must not be shared between threads: every thread that calls
:meth:`Connections.connection` gets its own, opened in well under a millisecond, and the vault
closes them all when it locks. :class:`casefile.vault.db.Vault` is built on this class.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from casefile.errors import CasefileError, DiskFull, VaultDamaged
from casefile.vault.dberrors import translate

CACHE_KIB = 32768  # decrypted page cache; point lookups by secondary index need it (performance.md)


def key_pragma(key: bytes) -> str:
    # Built from hex digits only, never from user text.
    return f"PRAGMA key = \"x'{key.hex()}'\""


class Connections:
    """Per-thread connections to the database at :attr:`db_path` under :attr:`_key`."""

    def __init__(self, db_path: Path, key: bytes) -> None:
        self._db_file = db_path
        self._key = key
        self._local = _PerThread()
        self._connections: list[Any] = []
        self._guard = threading.Lock()
        self._closed = False
        self._immutable = False  # opened read-only and lock-free (a full disk; see Vault)
        # Set when the vault's disk is full: reads, exports and backups work, writes are refused
        # with this text (issue 11, finding 8).
        self.read_only_reason: str | None = None

    # ----- connections and transactions -----
    def connection(self) -> Any:
        """This thread's connection to the vault (opened on first use)."""
        if self._closed:
            raise CasefileError("The vault is locked. Unlock it again to continue.", key="vault_closed")
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
            self._local.depth = 0
            with self._guard:
                self._connections.append(conn)
        return conn

    def separate_connection(self) -> Any:
        """A connection of its own, opened like this thread's (read-only on a full disk), for
        work that runs beside it (a backup's copy). Not closed at lock: the caller closes it."""
        if self._closed:
            raise CasefileError("The vault is locked. Unlock it again to continue.", key="vault_closed")
        return self._connect()

    def _connect(self) -> Any:
        # mode=rw: SQLite must never create the database. A vault whose vault.db went missing
        # is damaged, not new (create() makes the file itself).
        uri = self._db_file.absolute().as_uri() + ("?mode=ro&immutable=1" if self._immutable else "?mode=rw")
        try:
            conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        except sqlcipher3.DatabaseError:
            raise VaultDamaged(
                f"The vault's database file ({self._db_file}) is missing or cannot be opened. Restore it from a backup."
            ) from None
        # SQLCipher would print its own warnings on stderr; damage is reported in our words.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(self._key))
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA busy_timeout = 10000")
        return conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """One write transaction; nested uses join the outer one. Rolls back on any error.

        :class:`DiskFull` at once when the vault is open read-only on a full disk."""
        if self.read_only_reason is not None:
            raise DiskFull(self.read_only_reason, key="vault_read_only")
        conn = self.connection()
        depth = self._local.depth
        if depth:
            self._local.depth += 1
            try:
                yield conn
            finally:
                self._local.depth -= 1
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.DatabaseError as exc:
            raise translate(exc) from None
        self._local.depth = 1
        try:
            yield conn
            conn.execute("COMMIT")
        except sqlcipher3.DatabaseError as exc:
            with contextlib.suppress(Exception):
                conn.execute("ROLLBACK")
            raise translate(exc) from None
        except BaseException:
            with contextlib.suppress(Exception):
                conn.execute("ROLLBACK")
            raise
        finally:
            self._local.depth = 0

    def _close_connections(self) -> None:
        with self._guard:
            for conn in self._connections:
                with contextlib.suppress(Exception):
                    conn.close()
            self._connections.clear()
        self._local = _PerThread()

    def drop_connections(self) -> None:
        """Close every thread's connection; each thread reconnects on its next use."""
        with self._guard:
            for conn in self._connections:
                with contextlib.suppress(Exception):
                    conn.close()
            self._connections.clear()
            self._local.clear()

    def meta(self, key: str) -> str | None:
        row = self.connection().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


class _PerThread:
    """``threading.local`` keyed by the OS thread id, so it survives between jobs on Qt's threads.

    A thread id is reused only after its thread ended, and SQLite connections may be used by
    one thread after another (never at once), so a reused id reusing a connection is safe.
    """

    def __init__(self) -> None:
        object.__setattr__(self, "_data", {})

    def __getattr__(self, name: str) -> Any:
        try:
            return self._data[threading.get_ident()][name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        self._data.setdefault(threading.get_ident(), {})[name] = value

    def clear(self) -> None:
        self._data.clear()

"""The file-level steps of changing a vault's database key (``users.rotate_key``): take the old
file alone, copy it page by page under the new key with the change recorded inside the copy,
and make sure nothing of the old file's journal is left to be applied to the new one.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from casefile.clock import now_iso
from casefile.errors import DiskFull, VaultDamaged, VaultLocked
from casefile.vault import audit
from casefile.vault.connections import key_pragma
from casefile.vault.dberrors import translate

Progress = Callable[[int, int], None]  # (steps done, steps in all)
KEY_GEN = "key_gen"  # meta: how many times the database key has been rotated
_PAGES_PER_STEP = 256  # 1 MiB of 4 KiB pages between progress reports


def set_meta(conn: Any, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def take_alone(db_path: Path, key: bytes) -> Any:
    """A connection holding the old file exclusively, in rollback-journal mode, for the copy.

    The writer lock keeps other Casefile writers out, but read-only commands (search, reports,
    export) may have the file open beside it. Leaving WAL mode needs every other connection
    closed, and the exclusive lock then keeps new ones out until the swap."""
    conn = _connect(db_path, key)
    try:
        conn.execute("PRAGMA busy_timeout = 3000")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise sqlcipher3.OperationalError("database is locked")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlcipher3.OperationalError as exc:
        conn.close()
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise VaultLocked(
                "Another Casefile command is reading this vault (a search, report or export). Wait for it to "
                "finish, then try again. Nothing was changed."
            ) from None
        raise translate(exc) from None
    except BaseException:
        conn.close()
        raise
    return conn


def ensure_space(folder: Path, size: int) -> None:
    free = shutil.disk_usage(folder).free
    need = size + size // 10 + (8 << 20)
    if free < need:
        raise DiskFull(
            f"Changing the vault's key needs room for a second copy of its database ({need >> 20} MiB; "
            f"{free >> 20} MiB free on that drive). Free some space and try again; nothing was changed."
        )


def _connect(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key_pragma(key))
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def copy_rekeyed(
    user: str,
    source: Any,
    new_key: bytes,
    temp: Path,
    removing: str | None,
    new_gen: int,
    progress: Progress,
    total: int,
) -> str:
    """Copy the database into ``temp`` under ``new_key`` and record the change there; its salt."""
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600))
    target = _connect(temp, new_key)
    try:
        # The backup API reads every page through SQLCipher (so each page's HMAC is checked) and
        # writes it under the target's key.
        source.backup(
            target,
            pages=_PAGES_PER_STEP,
            progress=lambda _status, remaining, count: progress(count - remaining, total),
        )
        target.execute("PRAGMA journal_mode = WAL")  # the source was in rollback mode for the copy
        target.execute("BEGIN IMMEDIATE")
        at = now_iso()
        if removing is not None:
            target.execute("UPDATE users SET removed_at = ? WHERE name = ?", (at, removing))
            for key, value in target.execute("SELECT key, value FROM meta WHERE key LIKE 'slot:%'").fetchall():
                with contextlib.suppress(ValueError, TypeError):
                    if json.loads(value).get("user") == removing:
                        target.execute("DELETE FROM meta WHERE key = ?", (key,))
            audit.append(target, user, "remove-user", "user", removing)
        set_meta(target, KEY_GEN, str(new_gen))
        audit.append(
            target, user, "rekey", detail=f"generation {new_gen}" + (f"; removed {removing}" if removing else "")
        )
        target.execute("COMMIT")
        target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        problems = target.execute("PRAGMA cipher_integrity_check").fetchall()
        if problems:
            raise VaultDamaged("The re-encrypted copy of the database did not check out; nothing was changed.")
        salt = str(target.execute("PRAGMA cipher_salt").fetchone()[0])
    finally:
        target.close()
    fd = os.open(temp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    if Path(f"{temp}-wal").exists() and Path(f"{temp}-wal").stat().st_size:
        raise VaultDamaged("The re-encrypted copy of the database was not written completely; nothing was changed.")
    return salt


def no_journal_left(db_path: Path) -> None:
    """Nothing of the old file may be left under the names SQLite would apply to the new one."""
    wal = Path(f"{db_path}-wal")
    if wal.exists() and wal.stat().st_size:
        raise VaultDamaged(
            "The vault's database could not be brought to rest before changing its key; nothing was changed."
        )
    for leftover in (wal, Path(f"{db_path}-shm"), Path(f"{db_path}-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()

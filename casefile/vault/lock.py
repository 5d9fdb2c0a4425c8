"""The single-writer lock: one running Casefile per vault, beside any number of readers.

Commands that only read (``Vault.open(reader=True)``) do not hold it: they take it only for the
moment of opening when it is free, so a vault open in the app never blocks a search or a report.

An OS advisory lock on ``<vault>/.lock`` (``flock`` on POSIX, ``msvcrt.locking`` on Windows) is
released by the kernel when the holder dies, so a crashed or killed process never leaves the vault
stuck. The holder's pid is written into the file only to make the refusal message useful.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from casefile.errors import VaultLocked

LOCK_NAME = ".lock"


class WriterLock:
    def __init__(self, vault_dir: Path) -> None:
        self.path = vault_dir / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            holder = _read_pid(fd)
            os.close(fd)
            who = f" (process {holder})" if holder else ""
            raise VaultLocked(
                f"This vault is already open in another Casefile window or command{who}. "
                "Close it there, or wait for that command to finish, then try again."
            ) from None
        # The pid only makes another process's refusal message clearer: a full disk (no room for
        # five bytes) must not stop the unlock that lets the user back up (issue 11, finding 8).
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def try_acquire(self) -> bool:
        """Take the lock if no one holds it; False (and nothing held) if someone does."""
        try:
            self.acquire()
        except VaultLocked:
            return False
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def _read_pid(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return text if text.isdigit() else ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

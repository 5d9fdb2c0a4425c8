"""Small filesystem helpers: private files, atomic replacement, fsync of folders.

Every file the vault writes is created with mode 0600 and replaced atomically, so a crash or a
full disk leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from casefile.errors import DiskFull


def fsync_dir(path: Path) -> None:
    """Make a rename or creation inside ``path`` durable (a no-op where folders can't be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def disk_full_error(exc: OSError, what: str) -> DiskFull:
    return DiskFull(
        f"The disk is full: {what} could not be written and nothing was saved. Free some space and try again.",
    )


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (mode 0600) via a temp file, fsync and rename."""
    # A unique name, not a secret: os.urandom spares the CLI and the app's start the import of
    # `secrets` (hmac and OpenSSL's hash library), which settings.py would otherwise pull in.
    tmp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if is_disk_full(exc):
            raise disk_full_error(exc, path.name) from None
        raise
    fsync_dir(path.parent)


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        path.chmod(0o700)

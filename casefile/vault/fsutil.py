"""Small filesystem helpers: private files, atomic replacement, fsync of folders.

Every file the vault writes, and every file with case data the CLI and the app write outside it
(exports, calendars, reports, CSV, backups, decrypted documents), goes through
:func:`private_output` (or :func:`atomic_write`, its one-shot form): created 0600 under a unique
random name beside the target with ``O_CREAT | O_EXCL | O_NOFOLLOW`` (so a file or symlink planted
at that name in a shared folder makes the write fail rather than receive the data), fsynced, then
renamed over the target, which replaces a symlink found there instead of writing through it. A
crash or a full disk leaves either the old file or the new one, never half of one. Folders that
will hold case data are made 0700 with :func:`make_private_dir`.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from casefile.errors import DiskFull

# Never through a symlink, never inherited by a child process, binary on Windows.
PRIVATE_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


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
    if exc.errno == errno.EFBIG:
        # FAT32 USB sticks stop at 4 GiB: "disk full" would send the user deleting files.
        return DiskFull(
            f"The disk cannot hold a file this large, so {what} could not be written and "
            "nothing was saved. Choose another disk (for example one formatted as exFAT or NTFS).",
            key="file_too_large",
        )
    return DiskFull(
        f"The disk is full: {what} could not be written and nothing was saved. Free some space and try again.",
    )


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def temp_beside(path: Path, suffix: str = ".tmp") -> Path:
    """A hidden name in ``path``'s folder that no one can guess ahead of time."""
    # os.urandom spares the CLI and the app's start the import of `secrets` (hmac and OpenSSL's
    # hash library), which settings.py would otherwise pull in.
    return path.with_name(f".{path.name}.{os.urandom(8).hex()}{suffix}")


def create_private(path: Path) -> int:
    """A new, empty file at ``path`` (mode 0600; never an existing file, never via a symlink)."""
    return os.open(path, PRIVATE_FLAGS, 0o600)


@contextlib.contextmanager
def private_output(path: Path, *, encoding: str | None = None) -> Iterator[IO[Any]]:
    """Write the file at ``path`` privately and atomically: the block writes to the yielded file
    (binary, or text in ``encoding``), which replaces ``path`` only if the block ends normally.

    On any error the temporary file is removed and ``path`` is untouched; a full disk becomes
    :class:`DiskFull`.
    """
    path = Path(path)
    tmp = temp_beside(path)
    try:
        fd = create_private(tmp)
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full_error(exc, path.name) from None
        raise
    try:
        with os.fdopen(fd, "wb") as raw:
            if encoding is None:
                yield raw
            else:
                text = io.TextIOWrapper(raw, encoding=encoding, newline="")
                yield text
                text.flush()
                text.detach()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError) and is_disk_full(exc):
            raise disk_full_error(exc, path.name) from None
        raise
    fsync_dir(path.parent)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through :func:`private_output`."""
    with private_output(path) as fh:
        fh.write(data)


def make_private_dir(path: Path) -> None:
    """``path`` and any missing parent created 0700 (``mkdir(parents=True)`` would give parents
    the umask's mode, often 0755); an existing ``path`` is made 0700."""
    path = Path(path)
    missing = []
    while not path.exists() and path != path.parent:
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
    target = missing[0] if missing else path
    with contextlib.suppress(OSError):
        target.chmod(0o700)

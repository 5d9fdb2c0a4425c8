"""Disk space, checked before any figure that writes large files, and a cheap copy of a vault.

Eight sessions share this machine's disk, and at the x10 scale one backup of the benchmark vault
is about as large as all the room left beside it (issue 16): a figure that filled the disk would
break everyone's work. So a figure that writes large files first asks :func:`room` for the bytes it
will have on disk at its peak; when those plus :data:`RESERVE` (left for the others) are more than
is free, the figure is reported "not measured" with both numbers (:func:`shortfall`) instead of
being run. ``CASEFILE_BENCH_RESERVE_GIB`` sets the reserve.

:func:`copy_vault` copies a vault for a figure that changes it (the second backup after 1 % of
the vault changed) without copying its documents: blobs are immutable (written once to a new
name, never opened for writing again; ``vault/blobs.py``), so the copy hard-links them and only
the database and the small files are copied.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

GIB = 1024**3
RESERVE = int(float(os.environ.get("CASEFILE_BENCH_RESERVE_GIB", "8")) * GIB)


def free_bytes(path: Path) -> int:
    """Bytes free for an unprivileged writer on the file system that holds ``path`` (or the
    nearest folder above it that exists)."""
    path = Path(path).resolve()
    while not path.exists():
        path = path.parent
    stats = os.statvfs(path)
    return stats.f_bavail * stats.f_frsize


def gb(n: int) -> str:
    return f"{n / 1e9:.1f} GB"


def room(path: Path, needed: int) -> tuple[bool, int]:
    """Whether ``needed`` bytes can be written under ``path`` leaving :data:`RESERVE` free; and
    what is free now."""
    free = free_bytes(path)
    return needed + RESERVE <= free, free


def shortfall(needed: int, free: int) -> str:
    """The note of a figure not measured for want of space."""
    return f"not measured: needs {gb(needed)} + {gb(RESERVE)} left free, {gb(free)} free"


def tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file())


def copy_vault(source: Path, target: Path) -> int:
    """Copy the vault folder ``source`` to ``target``, hard-linking its document blobs; returns
    the bytes actually copied (the database and small files)."""
    copied = 0

    def copy(src: str, dst: str) -> str:
        nonlocal copied
        if Path(src).parent.name == "blobs":
            os.link(src, dst)
            return dst
        copied += os.path.getsize(src)
        return shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=copy, ignore=shutil.ignore_patterns(".lock"))
    return copied

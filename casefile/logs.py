"""The local error log: what went wrong in the program, never what is in the case file.

Only exception types and code locations are written (file, line, function), not exception
messages or local values, because those can carry names, A-numbers or narrative text.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from casefile import __version__
from casefile.clock import now_iso
from casefile.paths import log_dir

MAX_LOG_BYTES = 1_000_000


def scrubbed_traceback(exc: BaseException) -> str:
    import traceback  # only when something went wrong: not part of every start

    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    return f"{type(exc).__module__}.{type(exc).__qualname__}\n" + "\n".join(lines)


def log_unexpected(exc: BaseException, where: str) -> Path | None:
    """Append a scrubbed report to the log; returns its path (None if it could not be written)."""
    folder = log_dir()
    path = folder / "casefile-errors.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_suffix(".log.1"))
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(f"{now_iso()} Casefile {__version__} [{where}] {scrubbed_traceback(exc)}\n\n")
    except OSError:
        return None
    return path


PR_SET_DUMPABLE = 4  # linux/prctl.h
PR_GET_DUMPABLE = 3


def disable_core_dumps() -> None:
    """A core dump of an unlocked Casefile would hold the vault key and decrypted records.

    Called first by the command line and the app. Everywhere: no core file (RLIMIT_CORE = 0).
    Linux also: ``prctl(PR_SET_DUMPABLE, 0)``, which besides core dumps stops other processes of
    the same user from attaching a debugger or reading ``/proc/<pid>/mem`` (only root can), and
    survives a core-pattern pipe that ignores RLIMIT_CORE (issue 11, finding 9). What other
    systems do is in docs/vault-format.md ("Process memory")."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(ImportError, OSError, AttributeError):
            import ctypes  # about 2 ms, and only here

            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)

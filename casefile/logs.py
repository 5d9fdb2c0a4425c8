"""The local error log: what went wrong in the program, never what is in the case file.

Only exception types and code locations are written (file, line, function), not exception
messages or local values, because those can carry names, A-numbers or narrative text.
"""

from __future__ import annotations

import contextlib
import os
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


def disable_core_dumps() -> None:
    """A core dump of an unlocked Casefile would hold the vault key and decrypted records."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

"""Clocks, statistics and memory readings shared by the figures.

Whole-process figures are timed from outside the process (``time_process``), several runs, with
the median, min and max kept. Memory is read from ``/proc/self/status``; the peak can be reset
(``reset_peak``) so that a peak reading covers one operation only.
"""

from __future__ import annotations

import math
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

clock = time.perf_counter
MIB = 1024 * 1024
REPO = Path(__file__).resolve().parent.parent


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) with linear interpolation between ranks."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    pos = (len(ordered) - 1) * q / 100
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def spread(values: Sequence[float], scale: float = 1.0, digits: int = 3) -> dict[str, Any]:
    """Median, min, max and the runs, multiplied by ``scale`` (e.g. 1000 for ms)."""
    return {
        "median": round(statistics.median(values) * scale, digits),
        "min": round(min(values) * scale, digits),
        "max": round(max(values) * scale, digits),
        "runs": len(values),
    }


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = clock()
    result = fn()
    return clock() - start, result


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for child processes: offscreen Qt, the repository importable."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra or {})
    return env


def time_process(argv: list[str], env: dict[str, str], *, timeout: float = 120) -> float:
    """Wall-clock seconds of a whole process, from fork to exit. Raises if it fails."""
    start = clock()
    done = subprocess.run(argv, env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False)
    elapsed = clock() - start
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise RuntimeError(f"{' '.join(argv[:4])}… exited {done.returncode}: {' | '.join(tail)}")
    return elapsed


def python_argv(*args: str) -> list[str]:
    return [sys.executable, *args]


def _status(field: str) -> int | None:
    """A ``/proc/self/status`` memory line in bytes (Linux), else None."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def rss_now() -> int:
    """Resident memory of this process now, in bytes."""
    value = _status("VmRSS")
    if value is None:
        value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return value


def rss_peak() -> int:
    """Peak resident memory since start or since the last :func:`reset_peak`, in bytes."""
    value = _status("VmHWM")
    if value is None:
        value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return value


def reset_peak() -> bool:
    """Reset the peak-RSS mark to the current RSS (Linux ≥ 4.0). False where that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
    except OSError:
        return False
    return True

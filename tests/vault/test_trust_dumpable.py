"""Issue 11, finding 9: on Linux the command line and the app clear PR_SET_DUMPABLE at start, so
no core dump, debugger or /proc/<pid>/mem reader of the same user gets the unlocked vault."""

from __future__ import annotations

import subprocess
import sys

import pytest

# A child process: the flag is per process, and the test runner itself must stay debuggable.
_PROBE = """
import ctypes, sys
from casefile import cli
libc = ctypes.CDLL(None, use_errno=True)
before = libc.prctl(3, 0, 0, 0, 0)
try:
    cli.main(["--version"])
except SystemExit:
    pass
print(before, libc.prctl(3, 0, 0, 0, 0), file=sys.stderr)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_the_command_line_makes_the_process_undumpable() -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    before, after = done.stderr.split()[-2:]
    assert (before, after) == ("1", "0")  # dumpable when Python starts, not once main() ran


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_the_app_entry_makes_the_process_undumpable() -> None:
    probe = (
        "import ctypes\n"
        "from ui.app import run_app\n"
        "before = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)\n"
        "code = run_app(self_test=True)\n"  # the unlock window, shown, then quit
        "print(before, ctypes.CDLL(None).prctl(3, 0, 0, 0, 0), code)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, env=_offscreen())
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-3:] == ["1", "0", "0"]


def _offscreen() -> dict[str, str]:
    import os

    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

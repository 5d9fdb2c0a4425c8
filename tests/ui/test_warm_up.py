"""The unlock window shows before the heavy parts load, and the warm-up loads them while it waits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("casefile.vault.db", "argon2", "sqlcipher3", "ui.main_window", "ui.dashboard", "ui.sections.people",
         "ui.sections.deadlines", "ui.sections.reports", "holidays", "jsonschema", "zxcvbn")

SCRIPT = """
import sys
from ui.app import Shell, apply_style, ensure_application
app = ensure_application([sys.argv[0]])
apply_style(app)
shell = Shell(None)
window = shell.show_unlock()
app.processEvents()
print("before:" + ",".join(m for m in {heavy!r} if m in sys.modules))
import PySide6.QtCore
print("qt namespace:", "Qt" in PySide6.QtCore.__dict__)
from ui.warmup import warm_up
warm_up()
print("after:" + ",".join(m for m in {heavy!r} if m in sys.modules))
from casefile.domain import dates
print("holidays cached:", dates._holidays_in.cache_info().currsize >= 3)
"""


def test_unlock_window_first_then_the_rest(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CASEFILE_DATA_DIR": str(tmp_path / "d"),
        "CASEFILE_CONFIG_DIR": str(tmp_path / "c"),
        "CASEFILE_LOG_DIR": str(tmp_path / "l"),
    }
    done = subprocess.run([sys.executable, "-c", SCRIPT.format(heavy=HEAVY)], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(":", 1) for line in done.stdout.splitlines() if ":" in line)
    assert lines["before"] == "", f"imported before the unlock window showed: {lines['before']}"
    # PySide6 creates the whole Qt namespace (a hundred enums, 14 ms) on first use: not before
    # the unlock window is on screen (ui/app.py).
    assert lines["qt namespace"].strip() == "False"
    assert sorted(lines["after"].split(",")) == sorted(m for m in HEAVY if m != "zxcvbn")
    assert lines["holidays cached"].strip() == "True"

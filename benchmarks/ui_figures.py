"""Figures on the desktop app: cold start, the main window after unlock, and its memory.

Every run is a fresh process with Qt offscreen. Cold start is timed from outside the process
(fork to exit) against a bare PySide6 window that exits the same way, runs interleaved.
"""

from __future__ import annotations

import importlib.util
import json
import statistics
import subprocess
from pathlib import Path
from typing import Any

from benchmarks.dataset import Dataset
from benchmarks.results import FAILED, Figure, Target
from benchmarks.timing import REPO, child_env, python_argv, spread, time_process

# Shows an empty QMainWindow and exits once it is on screen: what `casefile gui --self-test` does
# with the unlock window (ui.app.run_app), minus everything that is Casefile's. Both check every
# millisecond: runs before 2026-12-06 checked every 50 ms, which added the same 40-50 ms to both
# (each needed a second check) and so flattered the ratio (1.41x then; 1.55-1.6x checked exactly).
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
def check():
    handle = window.windowHandle()
    if window.isVisible() and handle is not None and handle.isExposed():
        app.exit(0)
    else:
        QTimer.singleShot(1, check)
QTimer.singleShot(0, check)
sys.exit(app.exec())
"""
APP_SELF_TEST = "import sys; from casefile.cli import main; sys.exit(main(['gui', '--self-test']))"


def ui_available() -> str:
    """'' when the desktop app can be measured, else why not."""
    for module in ("PySide6.QtWidgets", "ui.app", "ui.main_window"):
        try:
            if importlib.util.find_spec(module) is None:
                return f"{module} does not exist yet"
        except ModuleNotFoundError:
            return f"{module} does not exist yet"
    return ""


def _env(scratch: Path) -> dict[str, str]:
    base = scratch / "appdirs"
    return child_env({"CASEFILE_DATA_DIR": str(base / "data"), "CASEFILE_CONFIG_DIR": str(base / "config"),
                      "CASEFILE_LOG_DIR": str(base / "logs")})


def cold_start_figure(scratch: Path, runs: int) -> Figure:
    fig = Figure("cold_start", "cold start to the unlock window (whole process)", "s",
                 Target("<=", 1.5, "ratio", "≤ 1.5× bare window"), baseline_name="bare PySide6 window")
    missing = ui_available()
    if missing:
        fig.note = missing
        return fig
    env = _env(scratch)
    # One untimed run of each: bytecode compiled, files in the page cache, as after the first start.
    time_process(python_argv("-c", BARE_WINDOW), env)
    time_process(python_argv("-c", APP_SELF_TEST), env)
    app, bare = [], []
    for i in range(runs):
        pair = (("bare", BARE_WINDOW), ("app", APP_SELF_TEST))
        for name, code in pair if i % 2 == 0 else tuple(reversed(pair)):
            (bare if name == "bare" else app).append(time_process(python_argv("-c", code), env))
    fig.value, fig.baseline = statistics.median(app), statistics.median(bare)
    fig.detail = {"app_s": spread(app), "bare_s": spread(bare), "command": "casefile gui --self-test"}
    return fig.judge()


def _probe(mode: str, data: Dataset, scratch: Path) -> dict[str, Any]:
    done = subprocess.run(python_argv("-m", "benchmarks.probe_ui", mode, str(data.path), data.user),
                          input=data.passphrase + "\n", env=_env(scratch), cwd=REPO, capture_output=True,
                          text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"probe_ui {mode} failed: {' | '.join(done.stderr.strip().splitlines()[-4:])}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main_window_figures(data: Dataset, scratch: Path, runs: int) -> list[Figure]:
    core = Figure("main_window_queries", "main window data after unlock: first page of every list + dashboard",
                  "s", Target("<=", 0.5, "value", "≤ 0.5 s"))
    window = Figure("main_window", "main window after unlock, first page of every list (offscreen)", "s",
                    Target("<=", 0.5, "value", "≤ 0.5 s"))
    memory = Figure("memory", "resident memory, main window open on the vault", "MiB",
                    Target("<=", 300, "value", "≤ 300 MiB"))
    try:
        cores = [_probe("core", data, scratch) for _ in range(runs)]
        core.value = statistics.median(r["total_s"] for r in cores)
        parts = cores[0]["parts_s"].keys()
        core.detail = {"total_s": spread([r["total_s"] for r in cores]),
                       "parts_ms": {p: round(statistics.median(r["parts_s"][p] for r in cores) * 1000, 1)
                                    for p in parts}}
        core.judge()
    except (RuntimeError, subprocess.TimeoutExpired, ValueError) as exc:
        core.verdict, core.note = FAILED, str(exc)[:300]
    missing = ui_available()
    if missing:
        window.note = memory.note = missing
        return [core, window, memory]
    try:
        runs_ = [_probe("window", data, scratch) for _ in range(runs)]
    except (RuntimeError, subprocess.TimeoutExpired, ValueError) as exc:
        window.verdict = memory.verdict = FAILED
        window.note = memory.note = str(exc)[:300]
        return [core, window, memory]
    window.value = statistics.median(r["total_s"] for r in runs_)
    window.detail = {"total_s": spread([r["total_s"] for r in runs_]),
                     "window_and_dashboard_s": spread([r["window_s"] for r in runs_]),
                     "lists_s": spread([r["lists_s"] for r in runs_]), "lists": runs_[0]["how"],
                     "rows": runs_[0]["rows"],
                     "each_section_ms": {k: round(statistics.median(r["each_s"][k] for r in runs_) * 1000, 1)
                                         for k in runs_[0]["each_s"]}}
    memory.value = statistics.median(r["rss_mib"] for r in runs_)
    memory.detail = {"rss_mib": spread([r["rss_mib"] for r in runs_], digits=1),
                     "peak_mib": spread([r["peak_mib"] for r in runs_], digits=1),
                     "peak_includes": "Argon2id's 64 MiB during unlock",
                     "rss_after_mib": {k: round(statistics.median(r["rss_after_mib"][k] for r in runs_), 1)
                                       for k in runs_[0]["rss_after_mib"]}}
    return [core, window.judge(), memory.judge()]

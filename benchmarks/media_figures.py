"""The media-playback figure (issue 16): memory a large video adds while it plays from the vault.

Runs ``benchmarks.probe_media`` in a child process (its memory alone): a Motion-JPEG video of the
configured size is encrypted into a vault and played through the app's own path, with three
seeks; the figure is the peak resident memory during playback minus the memory just before it
(after a short warm-up clip loaded QtMultimedia). It must stay bounded whatever the file's size:
the device decrypts the chunks the player asks for and keeps four of them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from benchmarks import diskspace
from benchmarks.results import NOT_MEASURED, Figure, Target
from benchmarks.timing import MIB, REPO, child_env, python_argv


def _label(mib: float) -> str:
    return f"{mib / 1024:.1f} GiB" if mib >= 1024 else f"{mib:.0f} MiB"


def media_playback_figure(scratch: Path, size_mib: int) -> Figure:
    needed = 2 * size_mib * MIB + 64 * MIB  # the video written, then the vault holding it encrypted
    fits, free = diskspace.room(scratch, needed)
    if not fits:
        return Figure("media_playback_memory", f"video played from the vault ({_label(size_mib)}), 3 seeks: "
                      "memory growth", "MiB", Target("<=", 64, "value", "≤ 64 MiB"), verdict=NOT_MEASURED,
                      note=diskspace.shortfall(needed, free))
    work = scratch / "media"
    shutil.rmtree(work, ignore_errors=True)
    try:
        done = subprocess.run(python_argv("-m", "benchmarks.probe_media", str(size_mib), str(work)),
                              env=child_env({"QT_QPA_PLATFORM": "offscreen"}), cwd=REPO, capture_output=True,
                              text=True, timeout=3600, check=False)
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not lines:
            raise RuntimeError(f"probe_media failed: {done.stderr.strip().splitlines()[-3:]}")
        result = json.loads(lines[-1])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    growth = (result["rss_peak"] - result["rss_before"]) / MIB
    fig = Figure("media_playback_memory", f"video played from the vault ({_label(result['bytes'] / MIB)}), 3 seeks: "
                 "memory growth", "MiB",
                 Target("<=", 64, "value", "≤ 64 MiB"), value=growth)
    fig.detail = {**result, "measured_as": "peak RSS while loading, playing and seeking minus RSS just before, "
                  "after a warm-up clip loaded QtMultimedia"}
    return fig.judge()

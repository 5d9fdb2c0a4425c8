"""Figures on files: importing one large document, and backing up the whole vault.

Document import runs in child processes (``benchmarks.probe_import``) so its memory can be read
alone, alternating with the baseline: ``shutil.copyfile`` of the same file plus ``fsync``. The
backup runs here, on the open benchmark vault, alternating with its baseline: every file of the
vault copied into one file (what a backup writes) and fsynced once.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
from pathlib import Path
from typing import Any

from benchmarks import diskspace
from benchmarks.results import NOT_MEASURED, Figure, Target
from benchmarks.timing import MIB, REPO, child_env, clock, python_argv, spread
from casefile.demo.files import Noise, write_video
from casefile.services.backup import backup
from casefile.vault.db import Vault


def _probe(mode: str, source: Path, work: Path) -> dict[str, Any]:
    shutil.rmtree(work, ignore_errors=True)
    try:
        done = subprocess.run(python_argv("-m", "benchmarks.probe_import", mode, str(source), str(work)),
                              env=child_env(), cwd=REPO, capture_output=True, text=True, timeout=1800,
                              check=False)
        if done.returncode != 0:
            raise RuntimeError(f"probe_import {mode} failed: {done.stderr.strip().splitlines()[-3:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _import_rows(size: int) -> tuple[Figure, Figure]:
    label = f"{size / MIB / 1024:.0f} GiB" if size >= 1024 * MIB else f"{size / MIB:.0f} MiB"
    throughput = Figure("document_import", f"document import, {label} file: throughput", "MiB/s",
                        Target(">=", 0.5, "ratio", "≥ 50 % of raw copy"), baseline_name="copyfile + fsync")
    memory = Figure("document_import_memory", f"document import, {label} file: memory growth", "MiB",
                    Target("<=", 64, "value", "≤ 64 MiB"))
    return throughput, memory


def document_import_figures(scratch: Path, size: int, runs: int, seed: int) -> list[Figure]:
    throughput, memory = _import_rows(size)
    # The source file, and beside it either the vault holding it encrypted or its raw copy.
    needed = 2 * size + 64 * MIB
    fits, free = diskspace.room(scratch, needed)
    if not fits:
        for fig in (throughput, memory):
            fig.verdict, fig.note = NOT_MEASURED, diskspace.shortfall(needed, free)
        return [throughput, memory]
    source = scratch / "large-recording.mp4"
    if not source.is_file() or source.stat().st_size != size:
        write_video(source, size, Noise(seed, "benchmark-import"))
    imports, copies = [], []
    for i in range(runs):
        order = ("copy", "import") if i % 2 == 0 else ("import", "copy")
        for mode in order:
            result = _probe(mode, source, scratch / f"probe-{mode}")
            (copies if mode == "copy" else imports).append(result)
    mib = size / MIB
    speed = statistics.median(mib / r["seconds"] for r in imports)
    base = statistics.median(mib / r["seconds"] for r in copies)
    growth = [(r["rss_peak"] - r["rss_before"]) / MIB for r in imports]
    copy_growth = [(r["rss_peak"] - r["rss_before"]) / MIB for r in copies]
    throughput.value, throughput.baseline = speed, base
    throughput.detail = {"bytes": size, "import_s": spread([r["seconds"] for r in imports]),
                         "copy_s": spread([r["seconds"] for r in copies])}
    memory.value = max(growth)
    memory.detail = {"growth_mib": spread(growth, digits=1), "copy_growth_mib": spread(copy_growth, digits=1),
                     "measured_as": "peak RSS during the operation minus RSS just before (max over runs)"}
    source.unlink(missing_ok=True)
    return [throughput.judge(), memory.judge()]


def vault_files(vault: Vault) -> list[Path]:
    files = [p for p in vault.path.rglob("*") if p.is_file() and p.name != ".lock"]
    return sorted(files)


def _copy_into_one(files: list[Path], target: Path) -> float:
    start = clock()
    with open(target, "wb") as out:
        for path in files:
            with open(path, "rb") as fh:
                shutil.copyfileobj(fh, out, 4 * MIB)
        out.flush()
        os.fsync(out.fileno())
    return clock() - start


def backup_figure(vault: Vault, scratch: Path, runs: int) -> Figure:
    fig = Figure("backup", "backup of the whole vault: throughput", "MiB/s",
                 Target(">=", 0.5, "ratio", "≥ 50 % of raw copy"),
                 baseline_name="vault's files copied into one file + fsync")
    vault.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # The raw copy and the backup are each deleted before the other is written: the peak is one
    # of them (the backup adds its tar headers and manifest, well under 2 %).
    size = sum(p.stat().st_size for p in vault_files(vault))
    needed = int(size * 1.02) + 64 * MIB
    fits, free = diskspace.room(scratch, needed)
    if not fits:
        fig.verdict, fig.note = NOT_MEASURED, diskspace.shortfall(needed, free)
        fig.detail = {"vault_bytes": size}
        return fig
    out_dir = scratch / "backup"
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    backups, copies, per_file = [], [], []
    size = 0
    for i in range(runs):
        files = vault_files(vault)
        size = sum(p.stat().st_size for p in files)
        steps = ("copy", "backup") if i % 2 == 0 else ("backup", "copy")
        for step in steps:
            if step == "copy":
                copies.append(_copy_into_one(files, out_dir / "raw-copy.bin"))
                (out_dir / "raw-copy.bin").unlink()
            else:
                start = clock()
                backup(vault, out_dir / "vault.cfbackup")
                backups.append(clock() - start)
                (out_dir / "vault.cfbackup").unlink()
    # For the record: per-file copyfile with no fsync at all (the page cache absorbs it). Not
    # at the x10 scale, where the page cache cannot absorb it and it would take minutes.
    if size <= 4 * 1024 * MIB:
        each = out_dir / "each"
        each.mkdir()
        start = clock()
        for n, path in enumerate(vault_files(vault)):
            shutil.copyfile(path, each / f"{n}")
        per_file.append(clock() - start)
    shutil.rmtree(out_dir, ignore_errors=True)
    mib = size / MIB
    fig.value = statistics.median(mib / s for s in backups)
    fig.baseline = statistics.median(mib / s for s in copies)
    fig.detail = {"vault_bytes": size, "files": len(vault_files(vault)), "backup_s": spread(backups),
                  "copy_s": spread(copies)}
    if per_file:
        fig.detail["copyfile_each_no_fsync_s"] = round(per_file[0], 2)
    return fig.judge()

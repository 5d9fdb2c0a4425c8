"""Measure what each exclusion group of packaging/bundle_config.py saves (docs/installer.md).

    .venv/bin/python packaging/measure_exclusions.py [--out build/exclusions.md]

Builds the bundle once with every group in force, once with none ("before"), and once per group
with only that group lifted (``CASEFILE_BUNDLE_KEEP=<group>``); a group's saving is the growth
when it alone is lifted. Builds go to a temporary folder, not dist/. About 1.5 min per build.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import bundle_config as cfg  # noqa: E402


def tree_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def build(keep: str, work: Path) -> tuple[int, int, float]:
    dist, build_dir = work / f"dist-{keep or 'trimmed'}", work / f"build-{keep or 'trimmed'}"
    env = {**os.environ, cfg.KEEP_ENV: keep}
    started = time.monotonic()
    subprocess.run(  # noqa: S603 - PyInstaller on our own spec
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(dist),
            "--workpath",
            str(build_dir),
            str(ROOT / "build_installer.spec"),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    seconds = time.monotonic() - started
    bundle = dist / cfg.APP_NAME
    size, files = tree_size(bundle), sum(1 for p in bundle.rglob("*") if p.is_file())
    shutil.rmtree(dist, ignore_errors=True)
    shutil.rmtree(build_dir, ignore_errors=True)
    return size, files, seconds


def mib(n: int) -> str:
    return f"{n / 2**20:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "exclusions.md")
    parser.add_argument("--groups", default=",".join(cfg.EXCLUDE_GROUPS))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="casefile-measure-"))
    rows: list[tuple[str, int | None, int | None]] = []
    try:
        trimmed = build("", work)
        print(f"all exclusions: {mib(trimmed[0])} MiB", flush=True)
        before = build("all", work)
        print(f"no exclusions: {mib(before[0])} MiB", flush=True)
        for group in args.groups.split(","):
            try:
                lifted = build(group, work)
            except subprocess.CalledProcessError:
                rows.append((group, None, None))
                print(f"{group}: the build fails with only this group lifted", flush=True)
                continue
            rows.append((group, lifted[0] - trimmed[0], lifted[1] - trimmed[1]))
            print(f"{group}: saves {mib(lifted[0] - trimmed[0])} MiB", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    lines = [
        "| exclusion group | saves (MiB) | files |",
        "| --- | ---: | ---: |",
        *(f"| `{g}` | {mib(s)} | {f} |" if s is not None else f"| `{g}` | (build fails alone) | |" for g, s, f in rows),
        f"| **before (no exclusions)** | {mib(before[0])} MiB | {before[1]} files |",
        f"| **after (all exclusions)** | {mib(trimmed[0])} MiB | {trimmed[1]} files |",
        "",
        f"Savings overlap a little (a library two groups both drop counts in neither alone); "
        f"the total saved is {mib(before[0] - trimmed[0])} MiB. "
        f"Build time here: {trimmed[2]:.0f} s trimmed, {before[2]:.0f} s untrimmed.",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

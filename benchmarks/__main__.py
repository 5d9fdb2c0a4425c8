"""``python -m benchmarks [--scale tiny|small|full|x10] [--json PATH]``: run the suite, print the table.

The order keeps the vault's single-writer lock free when a child process needs it: unlock runs
and the app's processes first, then everything that works on the open vault, then the document
import (which uses vaults of its own).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import dataset, machine
from benchmarks.config import CONFIGS
from benchmarks.results import FAILED, NOT_BUILT, Figure, Target, table, write_json
from benchmarks.timing import REPO, clock
from casefile.demo.generator import DEFAULT_SEED

# Every figure the suite reports, in the order of performance.md's table.
FIGURE_KEYS = (
    "unlock", "cold_start", "main_window_queries", "main_window",
    "search_median", "search_p95",
    "paging_first_vs_unkeyed", "paging_first_vs_stdlib", "paging_deep_vs_unkeyed", "paging_deep_vs_stdlib",
    "lookup_id", "lookup_a_number", "case_summary", "pattern_report",
    "document_import", "document_import_memory", "backup", "memory",
    "backup_set_first", "backup_second", "filing_packet", "case_package_export", "case_package_import",
    "media_playback_memory",
    "interchange_import", "interchange_import_memory",
    "crosscase_median",
)


def say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def attempt(keys: tuple[str, ...], fn: Callable[[], list[Figure] | Figure]) -> list[Figure]:
    """Run one group of figures; if it breaks, report each of its figures as failed, with why."""
    say(f"measuring {', '.join(keys)}")
    start = clock()
    try:
        result = fn()
    except Exception as exc:  # one broken figure must not hide the others
        note = f"{type(exc).__name__}: {exc}"[:300]
        say(f"  failed: {note}")
        return [Figure(k, k.replace("_", " "), "", Target("<=", 0, "value", "—"), verdict=FAILED, note=note)
                for k in keys]
    figures = result if isinstance(result, list) else [result]
    say(f"  done in {clock() - start:.1f} s")
    return figures


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--scale", choices=sorted(CONFIGS), default="full")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--cache", type=Path, default=REPO / "bench-results" / "cache",
                        help="where generated vaults are kept between runs")
    parser.add_argument("--scratch", type=Path, default=None,
                        help="where figures write their files, emptied before and after "
                             "(default: scratch-SCALE beside the cache)")
    parser.add_argument("--rebuild", action="store_true", help="generate the vault again even if cached")
    parser.add_argument("--any-cached", action="store_true",
                        help="reuse the newest cached vault of this scale even if the generator changed since")
    parser.add_argument("--only", nargs="*", default=None, metavar="KEY",
                        help=f"measure only these figures (keys: {', '.join(FIGURE_KEYS)})")
    return parser.parse_args(argv)


def not_built() -> list[Figure]:
    """Figures of performance.md for features the app does not have yet (issue 16 lists them
    "when it exists"): no filing packet (Bates-stamped documents with a table of contents; the
    only Bates numbers are a FOIA production's) and no case package export or import."""
    why = "the app has no {} yet"
    return [
        Figure("filing_packet", "filing packet: 200 documents, 1 000 pages, Bates-stamped, with contents",
               "pages/s", Target(">=", 0.25, "ratio", "≥ 25 % of pypdf merging unstamped"), verdict=NOT_BUILT,
               note=why.format("filing packet")),
        Figure("case_package_export", "case package export, 1 GiB of documents: throughput", "MiB/s",
               Target(">=", 0.5, "ratio", "≥ 50 % of raw copy; memory ≤ 64 MiB"), verdict=NOT_BUILT,
               note=why.format("case package")),
        Figure("case_package_import", "case package import, 1 GiB of documents: throughput", "MiB/s",
               Target(">=", 0.5, "ratio", "≥ 50 % of raw copy; memory ≤ 64 MiB"), verdict=NOT_BUILT,
               note=why.format("case package")),
    ]


# Figures whose work makes its own vault (a large file imported, a video played).
OWN_VAULT_KEYS = {"document_import", "document_import_memory", "media_playback_memory",
                  "interchange_import", "interchange_import_memory"}
IMPORT_KEYS = ("interchange_import", "interchange_import_memory")


def _import_figures(want: Callable[..., bool], config: Any, scratch: Path, seed: int) -> list[Figure]:
    from benchmarks import import_figures

    if not want(*IMPORT_KEYS):
        return []
    return attempt(IMPORT_KEYS, lambda: import_figures.scale_figures(config.name, scratch, seed))


def _own_vault_figures(want: Callable[..., bool], config: Any, scratch: Path, seed: int) -> list[Figure]:
    from benchmarks import file_figures, media_figures

    figures: list[Figure] = []
    if want("media_playback_memory"):
        figures += attempt(("media_playback_memory",),
                           lambda: media_figures.media_playback_figure(scratch, config.media_mib))
    if want("document_import", "document_import_memory"):
        figures += attempt(("document_import", "document_import_memory"),
                           lambda: file_figures.document_import_figures(
                               scratch, config.import_bytes, config.file_runs, seed))
    figures += _import_figures(want, config, scratch, seed)
    return figures


def run(args: argparse.Namespace) -> list[Figure]:
    from benchmarks import db_figures, file_figures, report_figures, ui_figures
    from casefile.vault.db import Vault

    config = CONFIGS[args.scale]
    wanted = set(args.only or FIGURE_KEYS)
    if wanted <= OWN_VAULT_KEYS | {f.key for f in not_built()}:  # no need to generate the big vault
        data = None
    else:
        data = dataset.ensure(config, args.cache, args.seed, rebuild=args.rebuild, any_version=args.any_cached,
                              say=say)
        say(f"vault: {data.path} ({', '.join(f'{v:,} {k}' for k, v in data.counts.items())})")

    def want(*keys: str) -> bool:
        return bool(wanted & set(keys))

    scratch = args.scratch or args.cache.parent / f"scratch-{config.name}"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    figures: list[Figure] = [f for f in not_built() if want(f.key)]
    try:
        if data is None:
            figures += _own_vault_figures(want, config, scratch, args.seed)
            return figures
        if want("unlock"):
            figures += attempt(("unlock",), lambda: db_figures.unlock_figure(data, scratch, config.unlock_runs))
        if want("cold_start"):
            figures += attempt(("cold_start",), lambda: ui_figures.cold_start_figure(scratch, config.process_runs))
        if want("main_window_queries", "main_window", "memory"):
            figures += attempt(("main_window_queries", "main_window", "memory"),
                               lambda: ui_figures.main_window_figures(data, scratch, config.process_runs))
        query_keys = ("search_median", "search_p95", *(k for k in FIGURE_KEYS if k.startswith("paging_")),
                      "lookup_id", "lookup_a_number")
        if want(*query_keys):
            engines = db_figures.Engines(data)
            try:
                if want("search_median", "search_p95"):
                    figures += attempt(("search_median", "search_p95"),
                                       lambda: db_figures.search_figures(engines, args.seed, config.search_repeats))
                paging_keys = tuple(k for k in FIGURE_KEYS if k.startswith("paging_"))
                if want(*paging_keys):
                    figures += attempt(paging_keys, lambda: db_figures.paging_figures(engines, config.query_repeats))
                if want("lookup_id", "lookup_a_number"):
                    figures += attempt(("lookup_id", "lookup_a_number"),
                                       lambda: db_figures.lookup_figures(engines, args.seed, config.lookups, 3))
            finally:
                engines.close()
        if want("crosscase_median"):
            from benchmarks import crosscase_figures

            figures += attempt(("crosscase_median",), lambda: crosscase_figures.crosscase_figure(data, args.seed))
        vault = Vault.open(data.path, data.passphrase, user=data.user)
        try:
            if want("case_summary"):
                figures += attempt(("case_summary",), lambda: report_figures.case_summary_figure(
                    vault, data.hub_person_id, 3))
            if want("pattern_report"):
                figures += attempt(("pattern_report",), lambda: report_figures.pattern_figure(vault, 2))
            if want("backup"):
                figures += attempt(("backup",), lambda: file_figures.backup_figure(vault, scratch, config.backup_runs))
        finally:
            vault.close()
        if want("backup_set_first", "backup_second"):  # on a copy of the vault: the change must not stay
            from benchmarks import backup_figures

            figures += attempt(("backup_set_first", "backup_second"), lambda: backup_figures.backup_set_figures(
                data.path, data.passphrase, data.user, scratch, args.seed))
        if want("media_playback_memory"):
            from benchmarks import media_figures

            figures += attempt(("media_playback_memory",),
                               lambda: media_figures.media_playback_figure(scratch, config.media_mib))
        if want("document_import", "document_import_memory"):
            figures += attempt(("document_import", "document_import_memory"),
                               lambda: file_figures.document_import_figures(
                                   scratch, config.import_bytes, config.file_runs, args.seed))
        figures += _import_figures(want, config, scratch, args.seed)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    order = {k: i for i, k in enumerate(FIGURE_KEYS)}
    return sorted(figures, key=lambda f: order.get(f.key, len(order)))


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    started = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    start = clock()
    about = machine.describe()
    say(f"machine: {machine.one_line(about)}")
    figures = run(args)
    print(f"\nCasefile benchmarks, scale {args.scale}, seed {args.seed} — {machine.one_line(about)}\n")
    print(table(figures))
    about["load_average_at_end"] = machine.load_average()
    print(f"\nload average (1, 5, 15 min) at start {about['load_average_at_start']}, "
          f"at end {about['load_average_at_end']}")
    if args.json:
        write_json(args.json, scale=args.scale, seed=args.seed, machine=about, figures=figures,
                   started_at=started, seconds=clock() - start)
        say(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

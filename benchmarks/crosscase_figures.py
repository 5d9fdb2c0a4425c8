"""Cross-case search figure: a badge, a plate or an address across every client's encounters.

``casefile.crosscase.search`` (the app's and the CLI's code) runs 50 queries of badges, plates and
addresses that exist in the dataset: in the vault as the app opens it, and the same code on the
unkeyed ``plain.db`` through the same engine (``sqlcipher3`` without a key), each engine in a process of
its own (as ``db_figures`` does, for SQLCipher's process-wide memory security). Target
(performance.md): median ≤ 20 ms.

``python -m benchmarks.crosscase_figures ENGINE VAULT PLAIN_DB USER`` is the child: passphrase on the
first stdin line, then one JSON request (queries, repeats); it answers each query's median seconds.
"""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.dataset import Dataset
from benchmarks.results import Figure, Target
from benchmarks.timing import REPO, child_env, clock, percentile, python_argv

QUERIES = 50
ENGINES = ("keyed", "unkeyed")


def pick_queries(plain_db: Path, seed: int, count: int = QUERIES) -> list[tuple[str, str]]:
    """Badges, plates and addresses linked to live encounters, as people type them: a third each."""
    conn = sqlite3.connect(f"file:{plain_db}?mode=ro", uri=True)
    try:
        badges = [r[0] for r in conn.execute(
            "SELECT DISTINCT o.badge FROM officers o JOIN encounter_officers eo ON eo.officer_id = o.id "
            "WHERE o.badge != '' AND o.deleted_at IS NULL ORDER BY o.badge")]
        plates = [r[0] for r in conn.execute(
            "SELECT DISTINCT v.plate FROM vehicles v JOIN encounter_vehicles ev ON ev.vehicle_id = v.id "
            "WHERE v.plate != '' AND v.deleted_at IS NULL ORDER BY v.plate")]
        addresses = [r[0] for r in conn.execute(
            "SELECT json_extract(data, '$.location.address') FROM encounters WHERE address_key != '' "
            "AND deleted_at IS NULL ORDER BY rid LIMIT 5000")]
    finally:
        conn.close()
    rng = random.Random(f"crosscase:{seed}")
    pools = [("badge", badges), ("plate", plates), ("address", addresses)]
    out: list[tuple[str, str]] = []
    for i in range(count):
        kind, pool = pools[i % 3]
        if pool:
            out.append((kind, rng.choice(pool)))
    return out


def _child(engine: str, vault_path: Path, plain_db: Path, user: str) -> None:
    from benchmarks.probe_db import connect
    from casefile.crosscase import search

    passphrase = sys.stdin.readline().rstrip("\n")
    conn, closer = connect(engine, vault_path, plain_db, user, passphrase)
    request = json.loads(sys.stdin.readline())
    medians, counts = [], []
    for kind, value in request["queries"]:
        counts.append(len(search(conn, kind, value)))  # warm-up, and the hits to compare
        runs = []
        for _ in range(request["repeats"]):
            start = clock()
            search(conn, kind, value)
            runs.append(clock() - start)
        medians.append(statistics.median(runs))
    closer.close()
    print(json.dumps({"medians": medians, "counts": counts}))


def _run(engine: str, data: Dataset, queries: list[tuple[str, str]], repeats: int) -> dict[str, Any]:
    argv = python_argv("-m", "benchmarks.crosscase_figures", engine, str(data.path), str(data.plain_db), data.user)
    request = json.dumps({"queries": queries, "repeats": repeats})
    done = subprocess.run(argv, input=f"{data.passphrase}\n{request}\n", capture_output=True, text=True, cwd=REPO,
                          env=child_env(), check=False)
    if done.returncode != 0:
        raise RuntimeError(f"crosscase probe {engine}: {' | '.join(done.stderr.strip().splitlines()[-3:])}")
    answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer


def crosscase_figure(data: Dataset, seed: int, repeats: int = 5) -> Figure:
    """Median over the queries of each query's median time, vault vs the unkeyed copy."""
    queries = pick_queries(data.plain_db, seed)
    if not queries:
        fig = Figure("crosscase_median", "cross-case search (badge, plate, address)", "ms",
                     Target("<=", 20, "value", "≤ 20 ms"), note="no officers, vehicles or addresses in the dataset")
        return fig.judge()
    answers = {engine: _run(engine, data, queries, repeats) for engine in ENGINES}
    if answers["keyed"]["counts"] != answers["unkeyed"]["counts"]:
        raise RuntimeError("cross-case search found different encounters in the vault and its unkeyed copy")
    keyed = [m * 1000 for m in answers["keyed"]["medians"]]
    plain = [m * 1000 for m in answers["unkeyed"]["medians"]]
    fig = Figure("crosscase_median", f"cross-case search (badge, plate, address), median of {len(queries)} queries",
                 "ms", Target("<=", 20, "value", "≤ 20 ms"), value=statistics.median(keyed),
                 baseline=statistics.median(plain), baseline_name="same queries, sqlcipher3 unkeyed")
    counts = answers["keyed"]["counts"]
    fig.detail = {
        "p95_ms": round(percentile(keyed, 95), 3),
        "max_ms": round(max(keyed), 3),
        "baseline_p95_ms": round(percentile(plain, 95), 3),
        "encounters_found": {"median": statistics.median(counts), "max": max(counts)},
        "by_kind_median_ms": {
            kind: round(statistics.median([t for (k, _v), t in zip(queries, keyed, strict=True) if k == kind]), 3)
            for kind in sorted({k for k, _v in queries})
        },
        "repeats": repeats,
    }
    return fig.judge()


if __name__ == "__main__":
    _child(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4])

"""Figures on the database: unlock, global search, paged lists and point lookups.

Each query figure runs the app's own code (``casefile.queries.search.search``,
``casefile.queries.paging.page``, ``casefile.queries.records.get``) on the same data through
several engines, each in a process of its own (``benchmarks.probe_db``): the vault as the app
opens it, the unkeyed copy through the same engine (``sqlcipher3``: the ratio is the cost of the
vault's encryption settings) and the copy through stdlib ``sqlite3``. Each engine times its own
runs; the runs are interleaved across engines so a burst of load on the machine hits them alike.
"""

from __future__ import annotations

import contextlib
import json
import random
import sqlite3
import statistics
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import sqlcipher3

from benchmarks.dataset import Dataset
from benchmarks.results import Figure, Target
from benchmarks.timing import REPO, child_env, clock, percentile, python_argv, spread
from casefile.queries import paging
from casefile.queries.kinds import KINDS
from casefile.vault import keys
from casefile.vault.db import Vault

ENGINES = ("keyed", "unkeyed", "stdlib")
# Also measured, for the report: the vault's key and settings without cipher_memory_security.
DIAGNOSTIC = ("keyed_no_memsec",)
PAGE = 200  # rows per page, as the app's list models ask

# Narrative words and phrases as people type them; the generator's accounts use both languages.
ENGLISH = ("warrant", "unmarked", "fingerprint scanner", "kitchen", "apartment", "lawyer",
           "knocked on the door", "checkpoint", "consular", "patrol car")
SPANISH = ("policía", "escáner", "huellas", "madrugada", "cocina", "placas", "entraron",
           "puerta", "permiso", "camioneta")
PREFIXES = ("madrug", "fingerp", "apart", "huel")


class EngineProcess:
    """One ``benchmarks.probe_db`` child serving requests on one engine."""

    def __init__(self, engine: str, data: Dataset, env: dict[str, str]) -> None:
        self.engine = engine
        self.proc = subprocess.Popen(
            python_argv("-m", "benchmarks.probe_db", engine, str(data.path), str(data.plain_db), data.user),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=env)
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(data.passphrase + "\n")
        self.proc.stdin.flush()
        self._answer()

    def _answer(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            err = self.proc.stderr.read() if self.proc.stderr else ""
            raise RuntimeError(f"probe_db {self.engine} stopped: {' | '.join(err.strip().splitlines()[-3:])}")
        answer = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"probe_db {self.engine}: {answer['error']}")
        return answer

    def ask(self, request: dict[str, Any], n: int = 1) -> tuple[list[float], int]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({**request, "n": n}) + "\n")
        self.proc.stdin.flush()
        answer = self._answer()
        return answer["times"], answer["count"]

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            assert self.proc.stdin is not None
            self.proc.stdin.write(json.dumps({"op": "quit"}) + "\n")
            self.proc.stdin.flush()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class Engines:
    """The engine processes, and a stdlib connection of our own to plan queries with."""

    def __init__(self, data: Dataset, names: tuple[str, ...] = ENGINES + DIAGNOSTIC) -> None:
        self.names = names
        self.procs: dict[str, EngineProcess] = {}
        env = child_env()
        try:
            for name in names:
                self.procs[name] = EngineProcess(name, data, env)
        except BaseException:
            self.close()
            raise
        self.plan = sqlite3.connect(str(data.plain_db))

    def close(self) -> None:
        for proc in self.procs.values():
            proc.close()
        self.procs.clear()
        with contextlib.suppress(AttributeError):
            self.plan.close()

    def race(self, request: dict[str, Any], repeats: int) -> tuple[dict[str, list[float]], dict[str, int]]:
        """Seconds per run of ``request`` on each engine: one warm-up each, then interleaved repeats."""
        counts = {name: proc.ask(request)[1] for name, proc in self.procs.items()}
        times: dict[str, list[float]] = {name: [] for name in self.names}
        for i in range(repeats):
            order = self.names if i % 2 == 0 else tuple(reversed(self.names))
            for name in order:
                times[name] += self.procs[name].ask(request)[0]
        return times, counts


# ------------------------------------------------------------------------------------------ unlock

def _pbkdf2_open(db: Path, passphrase: str) -> None:
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    try:
        conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def unlock_figure(data: Dataset, scratch: Path, runs: int) -> Figure:
    """Passphrase → Argon2id key slot → vault open (``Vault.open``), against SQLCipher's PBKDF2 open."""
    db = scratch / "pbkdf2.db"
    db.unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute("PRAGMA key = '" + data.passphrase.replace("'", "''") + "'")
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    opens, baseline, kdf = [], [], []
    slot = next(s for s in keys.list_slots(data.path / "keys") if s.kind == "user")
    for _ in range(runs):
        start = clock()
        vault = Vault.open(data.path, data.passphrase, user=data.user)
        opens.append(clock() - start)
        vault.close()
        start = clock()
        _pbkdf2_open(db, data.passphrase)
        baseline.append(clock() - start)
        start = clock()
        keys.derive_kek(data.passphrase, slot.kdf)
        kdf.append(clock() - start)
    fig = Figure("unlock", "unlock: passphrase → Argon2id slot → open", "ms", Target("<=", 250, "value", "≤ 250 ms"),
                 value=statistics.median(opens) * 1000, baseline=statistics.median(baseline) * 1000,
                 baseline_name="SQLCipher PBKDF2 open")
    fig.detail = {"unlock_ms": spread(opens, 1000), "pbkdf2_open_ms": spread(baseline, 1000),
                  "argon2id_ms": spread(kdf, 1000), "kdf": {k: v for k, v in slot.kdf.items() if k != "salt"}}
    return fig.judge()


# ------------------------------------------------------------------------------------------ search

def _strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def search_queries(conn: Any, seed: int) -> list[tuple[str, str]]:
    """50 realistic queries as (category, text), drawn from the vault's own names and A-numbers."""
    rng = random.Random(seed)
    accented = [r[0] for r in conn.execute(
        "SELECT full_name FROM people WHERE full_name GLOB '*[^ -~]*' ORDER BY rid LIMIT 400")]
    rng.shuffle(accented)
    out: list[tuple[str, str]] = []
    surnames = [n.split()[-1] for n in accented if not n.split()[-1].isascii()]
    fulls = accented[:4] if len(accented) >= 4 else accented
    for name in list(dict.fromkeys(surnames))[:4] + fulls:
        out.append(("name with accents", name))
    for _, name in out[:6]:
        out.append(("name without accents", _strip_accents(name)))
    plain_names = [r[0] for r in conn.execute("SELECT full_name FROM people ORDER BY rid LIMIT 200")]
    rng.shuffle(plain_names)
    for name in plain_names[:4]:
        out.append(("name prefix", name.split()[-1][:4]))
    a_numbers = [r[0] for r in conn.execute(
        "SELECT a_number FROM people WHERE a_number IS NOT NULL ORDER BY rid LIMIT 500")]
    rng.shuffle(a_numbers)
    formats: list[Callable[[str], str]] = [
        lambda d: f"A-{d[:3]}-{d[3:6]}-{d[6:]}", lambda d: f"A{d}", lambda d: d, lambda d: d.lstrip("0"),
        lambda d: f"a {d[:3]} {d[3:6]} {d[6:]}", lambda d: f"{d[:3]}-{d[3:6]}-{d[6:]}",
        lambda d: f"A {d[:3]}.{d[3:6]}.{d[6:]}", lambda d: f"A-{d}",
    ]
    for fmt, number in zip(formats, a_numbers, strict=False):
        out.append(("A-number", fmt(number[1:])))
    out += [("narrative, English", w) for w in ENGLISH]
    out += [("narrative, Spanish", w) for w in SPANISH]
    out += [("prefix", w) for w in PREFIXES]
    return out[:50]


def _medians(times: dict[str, list[float]], scale: float = 1000) -> dict[str, float]:
    return {name: statistics.median(v) * scale for name, v in times.items()}


def search_figures(engines: Engines, seed: int, repeats: int) -> list[Figure]:
    queries = search_queries(engines.plan, seed)
    rows, per_engine = [], {name: [] for name in engines.names}
    for category, text in queries:
        times, counts = engines.race({"op": "search", "text": text, "limit": 50}, repeats)
        medians = _medians(times)
        for name in engines.names:
            per_engine[name].append(medians[name])
        rows.append({"query": text, "category": category, "hits": counts["keyed"],
                     **{f"{name}_ms": round(medians[name], 2) for name in engines.names}})
    stats = {name: {"median": statistics.median(v), "p95": percentile(v, 95)} for name, v in per_engine.items()}
    median = Figure("search_median", f"global search, median of {len(queries)} queries", "ms",
                    Target("<=", 50, "value", "≤ 50 ms"), value=stats["keyed"]["median"],
                    baseline=stats["unkeyed"]["median"], baseline_name="same FTS5 queries unkeyed")
    p95 = Figure("search_p95", f"global search, p95 of {len(queries)} queries", "ms",
                 Target("<=", 150, "value", "≤ 150 ms"), value=stats["keyed"]["p95"],
                 baseline=stats["unkeyed"]["p95"], baseline_name="same FTS5 queries unkeyed")
    median.detail = {"other_engines_ms": {name: {k: round(v, 2) for k, v in st.items()}
                                          for name, st in stats.items() if name not in ("keyed", "unkeyed")},
                     "repeats": repeats, "queries": rows}
    p95.detail = {"see": "search_median"}
    return [median.judge(), p95.judge()]


# ------------------------------------------------------------------------------------------ paging

@dataclass(frozen=True)
class ListQuery:
    label: str
    kind: str  # a KINDS name, or "collateral"
    request: paging.PageRequest
    deep: bool = False


def list_queries() -> list[ListQuery]:
    """The app's list queries: each list's default first page, other sorts, filters, text."""
    q = paging.PageRequest
    out = [
        ListQuery("people by name", "people", q(limit=PAGE)),
        ListQuery("clients by name", "people", q(filters={"is_client": 1}, limit=PAGE)),
        ListQuery("detained people", "people", q(filters={"custody_status": "detained"}, limit=PAGE)),
        ListQuery("people, recently updated", "people", q(sort="updated", descending=True, limit=PAGE)),
        ListQuery("encounters, newest first", "encounters", q(descending=True, limit=PAGE)),
        ListQuery("encounters at homes", "encounters", q(filters={"setting": "home"}, descending=True, limit=PAGE)),
        ListQuery("encounters by city", "encounters", q(sort="city", limit=PAGE)),
        ListQuery("encounters mentioning 'warrant'", "encounters", q(text="warrant", descending=True, limit=PAGE)),
        ListQuery("documents by date", "documents", q(descending=True, limit=PAGE)),
        ListQuery("I-213s by date", "documents", q(filters={"kind": "I-213"}, descending=True, limit=PAGE)),
        ListQuery("documents by title", "documents", q(sort="title", limit=PAGE)),
        ListQuery("FOIA by due date", "foia_requests", q(limit=PAGE)),
        ListQuery("FOIA being processed", "foia_requests", q(filters={"status": "processing"}, limit=PAGE)),
        ListQuery("deadlines by due date", "deadlines", q(limit=PAGE)),
        ListQuery("notes, newest first", "notes", q(descending=True, limit=PAGE)),
        ListQuery("collateral arrests", "collateral", q(limit=PAGE)),
    ]
    deep = [
        ListQuery("people by name, deep page", "people", q(limit=PAGE), deep=True),
        ListQuery("encounters, deep page", "encounters", q(descending=True, limit=PAGE), deep=True),
        ListQuery("encounters at homes, deep page", "encounters",
                  q(filters={"setting": "home"}, descending=True, limit=PAGE), deep=True),
        ListQuery("documents by title, deep page", "documents", q(sort="title", limit=PAGE), deep=True),
        ListQuery("notes, deep page", "notes", q(descending=True, limit=PAGE), deep=True),
        ListQuery("collateral arrests, deep page", "collateral", q(limit=PAGE), deep=True),
    ]
    return out + deep


def _run_page(conn: Any, query: ListQuery, after: Any) -> tuple[list[dict[str, Any]], Any]:
    if query.kind == "collateral":
        return paging.collateral_arrests(conn, after=after, limit=query.request.limit)
    result = paging.page(conn, KINDS[query.kind], replace(query.request, after=after))
    return result.rows, result.next_after


def deep_key(conn: Any, query: ListQuery, fraction: float = 0.8) -> Any:
    """The keyset position ``fraction`` of the way down the list (found by walking it once)."""
    if query.kind == "collateral":
        total = paging.count_collateral_arrests(conn)
    else:
        total = paging.count(conn, KINDS[query.kind], filters=query.request.filters, text=query.request.text)
    target, seen, after = int(total * fraction), 0, None
    walker = replace(query, request=replace(query.request, limit=paging.MAX_PAGE))
    while seen < target:
        rows, nxt = _run_page(conn, walker, after)
        if nxt is None or not rows:
            break
        step = min(len(rows), target - seen)
        seen += step
        row = rows[step - 1]
        after = row["_key"] if query.kind == "collateral" else (row["_sort"], row["rid"])
    return after


def page_request(query: ListQuery, after: Any) -> dict[str, Any]:
    r = query.request
    return {"op": "page", "kind": query.kind, "sort": r.sort, "descending": r.descending, "after": after,
            "limit": r.limit, "filters": r.filters, "text": r.text}


def paging_figures(engines: Engines, repeats: int) -> list[Figure]:
    rows: list[dict[str, Any]] = []
    sums = {(deep, name): 0.0 for deep in (False, True) for name in engines.names}
    for query in list_queries():
        after = deep_key(engines.plan, query) if query.deep else None
        times, counts = engines.race(page_request(query, after), repeats)
        medians = _medians(times)
        for name in engines.names:
            sums[(query.deep, name)] += medians[name]
        rows.append({"query": query.label, "deep": query.deep, "rows": counts["keyed"],
                     **{f"{name}_ms": round(medians[name], 3) for name in engines.names},
                     "ratio_unkeyed": round(medians["keyed"] / medians["unkeyed"], 2),
                     "ratio_stdlib": round(medians["keyed"] / medians["stdlib"], 2)})
    figures = []
    for deep, label in ((False, "first pages"), (True, "deep pages")):
        n = sum(1 for r in rows if r["deep"] == deep)
        for other, other_name in (("unkeyed", "unkeyed sqlcipher3"), ("stdlib", "stdlib sqlite3")):
            key = f"paging_{'deep' if deep else 'first'}_vs_{other}"
            fig = Figure(key, f"paged lists, {label} ({n} queries, total) vs {other_name}", "ms",
                         Target("<=", 1.3, "ratio", "≤ 1.3×"), value=sums[(deep, "keyed")],
                         baseline=sums[(deep, other)], baseline_name=f"same queries, {other_name}")
            worst = max((r for r in rows if r["deep"] == deep), key=lambda r, o=other: r[f"ratio_{o}"])
            fig.detail = {"worst_query": worst["query"], "worst_ratio": worst[f"ratio_{other}"],
                          "totals_ms": {name: round(sums[(deep, name)], 2) for name in engines.names}}
            figures.append(fig.judge())
    figures[0].detail["queries"] = rows
    figures[0].detail["repeats"] = repeats
    return figures


# ------------------------------------------------------------------------------------------ lookups

def lookup_figures(engines: Engines, seed: int, count: int, repeats: int) -> list[Figure]:
    rng = random.Random(seed)
    ids: list[tuple[str, str]] = []
    for kind in ("people", "encounters", "documents", "foia_requests", "notes"):
        table = KINDS[kind].table
        all_ids = [r[0] for r in engines.plan.execute(f"SELECT id FROM {table} ORDER BY rid")]
        ids += [(kind, i) for i in rng.sample(all_ids, min(len(all_ids), max(1, count // 5)))]
    rng.shuffle(ids)
    a_numbers = [r[0] for r in engines.plan.execute(
        "SELECT a_number FROM people WHERE a_number IS NOT NULL ORDER BY rid")]
    a_numbers = rng.sample(a_numbers, min(len(a_numbers), count))
    figures = []
    for key, name, request, n in (
        ("lookup_id", "point lookup: record by id", {"op": "get", "ids": ids}, len(ids)),
        ("lookup_a_number", "point lookup: person by A-number", {"op": "a_number", "values": a_numbers},
         len(a_numbers)),
    ):
        times, counts = engines.race(request, repeats)
        if counts["keyed"] != n:
            raise RuntimeError(f"{key}: {counts['keyed']} of {n} records found")
        per = _medians(times, 1e6 / max(1, n))
        fig = Figure(key, name, "µs", Target("<=", 2.0, "ratio", "≤ 2×"), value=per["keyed"],
                     baseline=per["unkeyed"], baseline_name="same engine, no key")
        fig.detail = {"lookups": n, "repeats": repeats,
                      "other_engines_us": {e: round(v, 1) for e, v in per.items() if e not in ("keyed", "unkeyed")}}
        figures.append(fig.judge())
    return figures

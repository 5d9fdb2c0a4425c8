"""The pattern report's counts read from a vault, grouped before Python sees them.

``casefile.reports.pattern.aggregate`` counts encounters one dict at a time: right for an
interchange file, but at a million encounters building and counting a million dicts is a
minute's work (issue 16's x10 benchmark: 61 s against a 5 s target). Every count of the report
is a sum over encounters, so here each part is read the cheapest way and added whole:

- the facts (setting, program, place, agencies, biometrics, warrant, entry) from the covering
  index ``encounters_pattern``, each distinct combination counted once with its number of
  encounters, and the months beside them;
- participants by (role, outcome), officers, units and vehicles by SQL over the encounters in
  the period, kept for the length of the count in a TEMP table (``temp_store = MEMORY``: it never
  reaches a file), counting an encounter once per label as ``aggregate`` does.

The result equals ``aggregate(iter_pattern_inputs(vault, ...), date_from=..., date_to=...)``;
tests/vault/test_pattern_counts.py holds the two to that.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from casefile.reports.pattern import PatternStats, count_facts, count_participants, finish, in_period, month_of
from casefile.reports.pattern_dimensions import dimension
from casefile.vault.db import Vault

_SCOPE = "temp.pattern_scope"
_LABELS = "temp.pattern_officer_labels"


def pattern_stats(vault: Vault, *, date_from: date | None = None, date_to: date | None = None) -> PatternStats:
    """The pattern report's counts over the live encounters dated ``date_from``..``date_to``."""
    conn = vault.connection()
    low = date_from.isoformat() if date_from else ""
    high = date_to.isoformat() if date_to else ""
    stats = PatternStats()
    # One read transaction: every part counts the same encounters even while the app saves.
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        with _scope(conn) as keep:
            if low or high:
                _period(conn, stats, low, high, keep)
            else:
                _whole(conn, stats, keep)
    finally:
        if own:
            conn.execute("COMMIT")
    return finish(stats)


def _period(conn: Any, stats: PatternStats, low: str, high: str, keep: Any) -> None:
    """Encounters dated within a period: read one by one from the index, kept in the scope."""
    facts = _facts(conn, stats, low, high, keep)
    for text, weight in facts.items():
        count_facts(stats, _encounter(text), weight)
    count_participants(stats, _participants(conn, _SCOPE))
    _links(conn, stats, _SCOPE)


# The stored facts begin with the day as written (casefile/domain/record_types/encounters.py and
# migration 3 both write compact JSON, "d" first): for a well-formed day SQLite cuts the month and
# the rest of the facts out of the text, and the rows are counted in C as they come.
_DAY_FIRST = """pattern GLOB '{"d":"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]",*'"""
_MONTH = f"CASE WHEN {_DAY_FIRST} THEN substr(pattern, 7, 7) ELSE '?' || coalesce(json_extract(pattern, '$.d'), '') END"
_REST = f"CASE WHEN {_DAY_FIRST} THEN '{{' || substr(pattern, 19) ELSE json_remove(pattern, '$.d') END"
_LIVE = "FROM encounters INDEXED BY encounters_pattern WHERE deleted_at IS NULL"


def _whole(conn: Any, stats: PatternStats, keep: Any) -> None:
    """Every live encounter: months and facts counted as SQLite hands them over, participants and
    links over whole tables, less those of encounters in the trash (kept in the scope).

    At 1 000 000 encounters: 19 s one by one, and the period's way (a million row ids through a
    TEMP table and joined back) was most of it."""
    for (month,), n in Counter(conn.execute(f"SELECT {_MONTH} {_LIVE}")).items():
        stats.by_month[month_of(str(month[1:])[:10]) if month.startswith("?") else month] += n
    for (text,), weight in Counter(conn.execute(f"SELECT {_REST} {_LIVE}")).items():
        count_facts(stats, _encounter(text), weight)
    count_participants(stats, _participants(conn, None))
    _links(conn, stats, None)
    everything = conn.execute("SELECT count(*) FROM encounters").fetchone()[0]
    if everything == stats.encounters:
        return
    # Some are in the trash: take away what theirs added.
    keep(
        [
            rid
            for (rid,) in conn.execute(
                f"SELECT rid FROM encounters INDEXED BY sqlite_autoindex_encounters_1 EXCEPT SELECT rid {_LIVE}"
            )
        ]
    )
    count_participants(stats, ((role, outcome, -n) for role, outcome, n in _participants(conn, _SCOPE)))
    trashed = PatternStats()
    _links(conn, trashed, _SCOPE, labels_ready=True)
    for name in ("officer", "unit", "vehicle"):
        stats.by[name].subtract(trashed.by[name])
        stats.by[name] = +stats.by[name]  # no row for a label only trashed encounters had


def _participants(conn: Any, scope: str | None) -> Any:
    """(role, outcome, how many) of the encounters in ``scope`` (None: of every encounter)."""
    if scope is None:
        return conn.execute("SELECT role, outcome, count(*) FROM participants GROUP BY role, outcome").fetchall()
    # CROSS JOIN: the scope is the outer loop (knowing nothing of a TEMP table, the planner had
    # scanned 1 500 000 participants to probe it: 3.4 s).
    return conn.execute(
        f"SELECT p.role, p.outcome, count(*) FROM {scope} s "
        "CROSS JOIN participants p ON p.encounter_rid = s.rid GROUP BY p.role, p.outcome"
    ).fetchall()


def _facts(conn: Any, stats: PatternStats, low: str, high: str, keep: Any) -> Counter[str]:
    """Count months into ``stats`` and return the distinct fact combinations (the pattern without
    its date) with how many encounters have each; every encounter counted is passed to ``keep``."""
    clauses, params = ["deleted_at IS NULL"], []
    # The column is the UTC sort key; the report's period is the day as written, checked below.
    # A day either side keeps every encounter whose written day can fall inside.
    if low:
        clauses.append("occurred_at >= date(?, '-1 day')")
        params.append(low)
    if high:
        clauses.append("occurred_at < date(?, '+2 day')")
        params.append(high)
    facts: Counter[str] = Counter()
    months = stats.by_month
    rids: list[int] = []
    rows = conn.execute(
        "SELECT rid, json_extract(pattern, '$.d'), json_remove(pattern, '$.d') FROM encounters "
        f"INDEXED BY encounters_pattern WHERE {' AND '.join(clauses)}",
        params,
    )
    bounded = bool(low or high)
    for rid, day, rest in rows:
        day = str(day or "")[:10]
        if bounded and not in_period(day, low, high):
            continue
        months[month_of(day)] += 1
        facts[rest] += 1
        rids.append(rid)
    rids.sort()  # appended in key order, the TEMP table's b-tree grows at its end
    keep(rids)
    return facts


def _encounter(text: str) -> dict[str, Any]:
    """An encounter as ``iter_pattern_inputs`` yields it, from the stored facts (no date); its
    participants, officers and vehicles are counted from their tables instead."""
    facts = json.loads(text)
    kind, shown = facts["w"]
    return {
        "setting": facts["s"],
        "agencies": facts["a"],
        "program": facts["p"],
        "location": {"city": facts["c"], "state": facts["t"]},
        "biometrics": [{"modality": m, "consent": c} for m, c in facts["b"]],
        "warrant": {"type": kind, "shown": shown},
        "entry": facts["e"],
        "linked_officers": [],
        "linked_vehicles": [],
    }


def _links(conn: Any, stats: PatternStats, scope: str | None, *, labels_ready: bool = False) -> None:
    """Officers, units and vehicles: encounters in ``scope`` (None: every encounter) linked to
    each, once per label."""
    # An officer's label is the officers dimension's own (name as recorded, badge); two records
    # may share one, so the label, not the record, is what an encounter is counted under once.
    if not labels_ready:
        officer_label = dimension("officer").values
        labels: dict[str, int] = {}
        rows = []
        for officer_id, name, badge, unit in conn.execute(
            "SELECT id, coalesce(json_extract(data, '$.name'), ''), badge, unit FROM officers"
        ):
            for label in officer_label({"linked_officers": [{"name": name, "badge": badge, "unit": unit}]}):
                rows.append((officer_id, labels.setdefault(label, len(labels))))
        names = {number: label for label, number in labels.items()}
        conn.executemany(
            f"INSERT INTO {_LABELS} (officer_id, label, name) VALUES (?, ?, ?)", [(o, n, names[n]) for o, n in rows]
        )
    within_o, within_v = "encounter_officers eo", "encounter_vehicles ev"
    if scope:
        within_o = f"{scope} s CROSS JOIN {within_o} ON eo.encounter_rid = s.rid"
        within_v = f"{scope} s CROSS JOIN {within_v} ON ev.encounter_rid = s.rid"
    stats.by["officer"] = Counter(
        dict(
            conn.execute(
                f"SELECT l.name, count(DISTINCT eo.encounter_rid) FROM {within_o} "
                f"JOIN {_LABELS} l ON l.officer_id = eo.officer_id GROUP BY l.label"
            )
        )
    )
    stats.by["unit"] = Counter(
        dict(
            conn.execute(
                f"SELECT o.unit, count(DISTINCT eo.encounter_rid) FROM {within_o} "
                "JOIN officers o ON o.id = eo.officer_id WHERE o.unit != '' GROUP BY o.unit"
            )
        )
    )
    stats.by["vehicle"] = Counter(
        dict(
            conn.execute(
                f"SELECT v.display, count(DISTINCT ev.encounter_rid) FROM {within_v} "
                "JOIN vehicles v ON v.id = ev.vehicle_id GROUP BY v.display"
            )
        )
    )


@contextmanager
def _scope(conn: Any) -> Iterator[Any]:
    """The TEMP tables of one count, dropped after it; yields the function that fills the scope."""
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_SCOPE.split('.')[1]} (rid INTEGER PRIMARY KEY)")
    conn.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {_LABELS.split('.')[1]} "
        "(officer_id TEXT PRIMARY KEY, label INTEGER NOT NULL, name TEXT NOT NULL)"
    )

    def keep(rids: list[int]) -> None:
        conn.executemany(f"INSERT INTO {_SCOPE} (rid) VALUES (?)", ((r,) for r in rids))

    try:
        yield keep
    finally:
        conn.execute(f"DROP TABLE IF EXISTS {_SCOPE}")
        conn.execute(f"DROP TABLE IF EXISTS {_LABELS}")

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
            facts = _facts(conn, stats, low, high, keep)
            for text, weight in facts.items():
                count_facts(stats, _encounter(text), weight)
            count_participants(
                stats,
                conn.execute(
                    f"SELECT p.role, p.outcome, count(*) FROM {_SCOPE} s "
                    "JOIN participants p ON p.encounter_rid = s.rid GROUP BY p.role, p.outcome"
                ),
            )
            _links(conn, stats)
    finally:
        if own:
            conn.execute("COMMIT")
    return finish(stats)


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


def _links(conn: Any, stats: PatternStats) -> None:
    """Officers, units and vehicles: encounters in the period linked to each, once per label."""
    # An officer's label is the officers dimension's own (name as recorded, badge); two records
    # may share one, so the label, not the record, is what an encounter is counted under once.
    officer_label = dimension("officer").values
    labels: dict[str, int] = {}
    rows = []
    for officer_id, name, badge, unit in conn.execute(
        "SELECT id, coalesce(json_extract(data, '$.name'), ''), badge, unit FROM officers"
    ):
        for label in officer_label({"linked_officers": [{"name": name, "badge": badge, "unit": unit}]}):
            rows.append((officer_id, labels.setdefault(label, len(labels))))
    names = {number: label for label, number in labels.items()}
    conn.executemany(f"INSERT INTO {_LABELS} (officer_id, label) VALUES (?, ?)", rows)
    stats.by["officer"] = Counter(
        {
            names[number]: n
            for number, n in conn.execute(
                f"SELECT l.label, count(DISTINCT eo.encounter_rid) FROM {_SCOPE} s "
                "JOIN encounter_officers eo ON eo.encounter_rid = s.rid "
                f"JOIN {_LABELS} l ON l.officer_id = eo.officer_id GROUP BY l.label"
            )
        }
    )
    stats.by["unit"] = Counter(
        dict(
            conn.execute(
                f"SELECT o.unit, count(DISTINCT eo.encounter_rid) FROM {_SCOPE} s "
                "JOIN encounter_officers eo ON eo.encounter_rid = s.rid JOIN officers o ON o.id = eo.officer_id "
                "WHERE o.unit != '' GROUP BY o.unit"
            )
        )
    )
    stats.by["vehicle"] = Counter(
        dict(
            conn.execute(
                f"SELECT v.display, count(DISTINCT ev.encounter_rid) FROM {_SCOPE} s "
                "JOIN encounter_vehicles ev ON ev.encounter_rid = s.rid JOIN vehicles v ON v.id = ev.vehicle_id "
                "GROUP BY v.display"
            )
        )
    )


@contextmanager
def _scope(conn: Any) -> Iterator[Any]:
    """The TEMP tables of one count, dropped after it; yields the function that fills the scope."""
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_SCOPE.split('.')[1]} (rid INTEGER PRIMARY KEY)")
    conn.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {_LABELS.split('.')[1]} (officer_id TEXT PRIMARY KEY, label INTEGER NOT NULL)"
    )

    def keep(rids: list[int]) -> None:
        conn.executemany(f"INSERT INTO {_SCOPE} (rid) VALUES (?)", ((r,) for r in rids))

    try:
        yield keep
    finally:
        conn.execute(f"DROP TABLE IF EXISTS {_SCOPE}")
        conn.execute(f"DROP TABLE IF EXISTS {_LABELS}")

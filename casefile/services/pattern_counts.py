"""The pattern report's counts read from a vault, grouped before Python sees them.

``casefile.reports.pattern.aggregate`` counts encounters one dict at a time: right for an
interchange file, but at a million encounters building and counting a million dicts is a
minute's work (issue 16's x10 benchmark: 61 s against a 5 s target). Every count of the report
is a sum over encounters, so here each part is read the cheapest way and added whole:

- the facts (setting, program, place, agencies, biometrics, warrant, entry) from the covering
  index ``encounters_pattern``, each distinct combination counted once with its number of
  encounters, and the months beside them;
- participants by (role, outcome), officers, units and vehicles by SQL, counting an encounter
  once per label as ``aggregate`` does: over whole tables, less what the encounters in the trash
  added, for the whole vault; over the period's encounters for a period. Either set of
  encounters is kept for the length of the count in a TEMP table (``temp_store = MEMORY``: it
  never reaches a file).

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

from casefile.reports.pattern import PatternStats, count_facts, count_participants, finish, month_of
from casefile.reports.pattern_dimensions import dimension
from casefile.services.bundle import pattern_input
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
        with _scope(conn):
            if low or high:
                _period(conn, stats, low, high)
            else:
                _whole(conn, stats)
    finally:
        if own:
            conn.execute("COMMIT")
    return finish(stats)


# The stored facts begin with the day as written (casefile/domain/record_types/encounters.py and
# migration 3 both write compact JSON, "d" first): for a well-formed day SQLite cuts the month and
# the rest of the facts out of the text, and the rows are counted in C as they come.
_DAY_FIRST = """pattern GLOB '{"d":"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]",*'"""
_MONTH = f"CASE WHEN {_DAY_FIRST} THEN substr(pattern, 7, 7) ELSE '?' || coalesce(json_extract(pattern, '$.d'), '') END"
_REST = f"CASE WHEN {_DAY_FIRST} THEN '{{' || substr(pattern, 19) ELSE json_remove(pattern, '$.d') END"
_DAY = "substr(coalesce(json_extract(pattern, '$.d'), ''), 1, 10)"  # as aggregate reads the day
_LIVE = "FROM encounters INDEXED BY encounters_pattern WHERE deleted_at IS NULL"


def _count_encounters(conn: Any, stats: PatternStats, where: str = "", params: tuple[Any, ...] = ()) -> None:
    """Months and facts of the live encounters matching ``where`` into ``stats``, each distinct
    combination of facts counted once with its number of encounters."""
    for (month,), n in Counter(conn.execute(f"SELECT {_MONTH} {_LIVE}{where}", params)).items():
        stats.by_month[month_of(str(month[1:])[:10]) if month.startswith("?") else month] += n
    for (text,), weight in Counter(conn.execute(f"SELECT {_REST} {_LIVE}{where}", params)).items():
        count_facts(stats, _encounter(text), weight)


def _period(conn: Any, stats: PatternStats, low: str, high: str) -> None:
    """Encounters dated within a period, kept in the scope for their participants and links."""
    # The column is the UTC sort key and narrows the index's range a day wider each side; the
    # period is the day as written, which decides.
    where, params = "", []
    if low:
        where += (
            " AND occurred_at >= date(?, '-1 day') AND substr(coalesce(json_extract(pattern, '$.d'), ''), 1, 10) >= ?"
        )
        params += [low, low]
    if high:
        where += (
            " AND occurred_at < date(?, '+2 day') AND substr(coalesce(json_extract(pattern, '$.d'), ''), 1, 10) <= ?"
        )
        params += [high, high]
    conn.execute(f"INSERT INTO {_SCOPE} (rid) SELECT rid {_LIVE}{where}", params)
    _count_encounters(conn, stats, where, tuple(params))
    count_participants(stats, _participants(conn, _SCOPE))
    _links(conn, stats, _SCOPE)


def _whole(conn: Any, stats: PatternStats) -> None:
    """Every live encounter: participants and links over whole tables, less those of encounters
    in the trash (put in the scope).

    At 1 000 000 encounters: 19 s one by one, and the period's way (a million row ids through a
    TEMP table and joined back) was most of it."""
    _count_encounters(conn, stats)
    count_participants(stats, _participants(conn, None))
    _links(conn, stats, None)
    everything = conn.execute("SELECT count(*) FROM encounters").fetchone()[0]
    if everything == stats.encounters:
        return
    # Some are in the trash: take away what theirs added.
    conn.execute(
        f"INSERT INTO {_SCOPE} (rid) SELECT rid FROM encounters INDEXED BY sqlite_autoindex_encounters_1 "
        f"EXCEPT SELECT rid {_LIVE}"
    )
    count_participants(stats, ((role, outcome, -n) for role, outcome, n in _participants(conn, _SCOPE)))
    trashed = PatternStats()
    _links(conn, trashed, _SCOPE)
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


def _encounter(text: str) -> dict[str, Any]:
    """An encounter as ``iter_pattern_inputs`` yields it, from the stored facts (no date); its
    participants, officers and vehicles are counted from their tables instead."""
    return {**pattern_input(json.loads(text)), "linked_officers": [], "linked_vehicles": []}


def _links(conn: Any, stats: PatternStats, scope: str | None) -> None:
    """Officers, units and vehicles: encounters in ``scope`` (None: every encounter) linked to
    each, once per label (officers by the labels ``_officer_labels`` put in their TEMP table)."""
    within_o, within_v = "encounter_officers eo", "encounter_vehicles ev"
    if scope:
        within_o = f"{scope} s CROSS JOIN {within_o} ON eo.encounter_rid = s.rid"
        within_v = f"{scope} s CROSS JOIN {within_v} ON ev.encounter_rid = s.rid"
    stats.by["officer"] = Counter(
        dict(
            conn.execute(
                f"SELECT l.name, count(DISTINCT eo.encounter_rid) FROM {within_o} "
                f"JOIN {_LABELS} l ON l.officer_id = eo.officer_id GROUP BY l.name"
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


def _officer_labels(conn: Any) -> None:
    """Each officer record's label in the officers dimension's own words (name as recorded,
    badge), into its TEMP table. Two records may share a label, so the label, not the record,
    is what an encounter is counted under once."""
    officer_label = dimension("officer").values
    conn.executemany(
        f"INSERT INTO {_LABELS} (officer_id, name) VALUES (?, ?)",
        [
            (officer_id, label)
            for officer_id, name, badge, unit in conn.execute(
                "SELECT id, coalesce(json_extract(data, '$.name'), ''), badge, unit FROM officers"
            ).fetchall()
            for label in officer_label({"linked_officers": [{"name": name, "badge": badge, "unit": unit}]})
        ],
    )


@contextmanager
def _scope(conn: Any) -> Iterator[None]:
    """The TEMP tables of one count (the scope's encounters, the officers' labels), dropped after it."""
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_SCOPE.split('.')[1]} (rid INTEGER PRIMARY KEY)")
    conn.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {_LABELS.split('.')[1]} (officer_id TEXT PRIMARY KEY, name TEXT NOT NULL)"
    )

    _officer_labels(conn)

    try:
        yield
    finally:
        conn.execute(f"DROP TABLE IF EXISTS {_SCOPE}")
        conn.execute(f"DROP TABLE IF EXISTS {_LABELS}")

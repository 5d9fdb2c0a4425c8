"""The anonymised pattern report: counts across encounters, for advocacy.

``aggregate`` streams encounter dicts once and keeps counters only (no names, ids, addresses
or free text), so 100 000 encounters cost a few seconds and little memory. ``pattern_tables``
turns the counts into what may be shown, and both the PDF and the CSV are made from those
tables, so their numbers cannot drift apart.

Small cells. No shown number may describe fewer than 3 people:
- Tables that split a total the report states (encounters by month, setting, program and city;
  participants by role) merge their categories of 1 or 2 into an "other (merged)" row, topped up
  with the next smallest categories until that row holds at least 3, so that subtracting from
  the total reveals nothing.
- Tables without a stated total (agencies, biometric captures, warrants, entries, collateral
  arrests) show counts of 1 or 2 as "<3".
The report says how many cells were suppressed and how many categories were merged.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from casefile.reports.i18n import label, value_label
from casefile.reports.pattern_dimensions import DIMENSIONS, Dimension, fold_months, time_unit
from casefile.reports.view import ARRESTED

SMALL = 3  # the smallest count that may be shown
SUPPRESSED = "<3"
MERGED_KEY = "other-merged"
ENTRY_KINDS = ("ruse", "forced", "consent", "other")
CONSENTS = ("given", "refused", "not-asked", "unknown")
SHOWN = ("true", "false", "unknown")
WARRANT_TYPES = (
    "administrative-I-200",
    "administrative-I-205",
    "judicial-arrest",
    "judicial-search",
)


@dataclass
class PatternStats:
    """Counts only. Everything here may be kept in memory; nothing identifies a person."""

    encounters: int = 0
    participants: int = 0
    by_month: Counter[str] = field(default_factory=Counter)
    # Encounters by each of ``pattern_dimensions.DIMENSIONS``, by its name.
    by: dict[str, Counter[str]] = field(default_factory=lambda: {d.name: Counter() for d in DIMENSIONS})
    roles: Counter[str] = field(default_factory=Counter)
    collateral_arrests: int = 0
    biometrics: Counter[tuple[str, str]] = field(default_factory=Counter)  # (modality, consent)
    warrants: Counter[tuple[str, str]] = field(default_factory=Counter)  # (type, shown)
    entries: Counter[str] = field(default_factory=Counter)


def aggregate(
    encounters: Iterable[dict[str, Any]],
    *,
    date_from: date | None = None,
    date_to: date | None = None,
) -> PatternStats:
    """Count encounters (optionally those dated within ``date_from``..``date_to``), streaming."""
    stats = PatternStats()
    low = date_from.isoformat() if date_from else ""
    high = date_to.isoformat() if date_to else ""
    for enc in encounters:
        day = str(enc.get("occurred_at") or "")[:10]
        if not in_period(day, low, high):
            continue
        stats.by_month[month_of(day)] += 1
        count_facts(stats, enc)
        count_participants(stats, ((p.get("role"), p.get("outcome"), 1) for p in enc.get("participants") or ()))
    return finish(stats)


def in_period(day: str, low: str, high: str) -> bool:
    """Whether an encounter dated ``day`` (as written, ``YYYY-MM-DD``) falls within ``low``..``high``
    (ISO days; empty: no bound)."""
    return not ((low and day < low) or (high and day > high))


def month_of(day: str) -> str:
    return day[:7] if len(day) >= 7 else "unknown"


def count_facts(stats: PatternStats, enc: dict[str, Any], weight: int = 1) -> None:
    """Add ``weight`` encounters with the facts of ``enc`` (not its month, not its participants)
    to every dimension and to the biometric, warrant and entry tables."""
    stats.encounters += weight
    for dim in DIMENSIONS:
        counter = stats.by[dim.name]
        for value in dim.values(enc):
            counter[value] += weight
    for capture in enc.get("biometrics") or ():
        stats.biometrics[(capture.get("modality") or "other", capture.get("consent") or "unknown")] += weight
    warrant = enc.get("warrant") or {}
    if warrant.get("type") in WARRANT_TYPES:
        shown = warrant.get("shown")
        stats.warrants[
            (
                warrant["type"],
                "true" if shown is True else "false" if shown is False else "unknown",
            )
        ] += weight
    entry = enc.get("entry")
    if entry and entry != "no-entry":
        stats.entries[entry if entry in ENTRY_KINDS else "other"] += weight


def count_participants(stats: PatternStats, groups: Iterable[tuple[str | None, str | None, int]]) -> None:
    """Add participants given as (role, outcome, how many)."""
    for role, outcome, n in groups:
        role = role or "other"
        stats.participants += n
        stats.roles[role] += n
        if role == "collateral" and outcome in ARRESTED:
            stats.collateral_arrests += n


def finish(stats: PatternStats) -> PatternStats:
    """Run each dimension's ``tidy`` once on its finished counts (joining spellings of a place)."""
    for dim in DIMENSIONS:
        if dim.tidy is not None:
            stats.by[dim.name] = dim.tidy(stats.by[dim.name])
    return stats


@dataclass(frozen=True)
class ShownTable:
    """One table as it may be published: every cell already a string ("12", "<3")."""

    key: str  # CSV id
    title: str
    row_title: str
    columns: tuple[str, ...]
    column_keys: tuple[str, ...]
    rows: tuple[tuple[str, str, tuple[str, ...]], ...]  # (row key, row label, cells)
    total: tuple[str, ...] | None = None
    suppressed: int = 0
    merged: int = 0


def _show(value: int) -> str:
    return SUPPRESSED if 0 < value < SMALL else str(value)


def _merged_partition(
    counts: Counter[str], order: Sequence[str] | None = None, top: int | None = None
) -> tuple[list[tuple[str, int]], int, int]:
    """Rows of a table whose total is stated: (rows with an "other (merged)" row, merged, tiny).

    Categories of 1 or 2, and with ``top`` every category past the first ``top`` of ``order``,
    go into the merged row. ``tiny`` is 1 when even the merged row stays under 3 (the whole table
    has fewer than 3).
    """
    keys = list(order) if order is not None else sorted(counts)
    keep = {k: counts[k] for k in keys if counts[k] >= SMALL}
    if top is not None and len(keep) > top:
        keep = {k: keep[k] for k in list(keep)[:top]}
    small = [k for k in keys if k not in keep and counts[k] > 0]
    merged_value = sum(counts[k] for k in small)
    merged_keys = list(small)
    # Top up from the smallest shown categories until the merged row cannot be worked back.
    while small and merged_value < SMALL and keep:
        smallest = min(keep, key=lambda k: (keep[k], k))
        merged_value += keep.pop(smallest)
        merged_keys.append(smallest)
    rows = [(k, counts[k]) for k in keys if k in keep]
    if merged_keys:
        rows.append((MERGED_KEY, merged_value))
    return rows, len(merged_keys), 1 if merged_keys and merged_value < SMALL else 0


def _partition_table(
    key: str,
    titles: tuple[str, str, str],
    counts: Counter[str],
    name: Callable[[str], str],
    order: Sequence[str] | None = None,
    top: int | None = None,
) -> ShownTable:
    """A table that splits the stated total: small (and, past ``top``, all further) rows merged."""
    title, row_title, count = titles
    rows, merged, tiny = _merged_partition(counts, order, top)
    total = sum(counts.values())
    shown_rows = tuple((k, name(k), (_show(v),)) for k, v in rows)
    return ShownTable(
        key,
        title,
        row_title,
        (count,),
        ("count",),
        shown_rows,
        total=(_show(total),),
        suppressed=tiny + (1 if 0 < total < SMALL else 0),
        merged=merged,
    )


def _suppressed_table(
    key: str,
    title: str,
    row_title: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[tuple[str, str, Sequence[int]]],
    merged: int = 0,
) -> ShownTable:
    shown = tuple((k, name, tuple(_show(v) for v in values)) for k, name, values in rows)
    hidden = sum(1 for _, _, values in rows for v in values if 0 < v < SMALL)
    return ShownTable(
        key,
        title,
        row_title,
        tuple(c[1] for c in columns),
        tuple(c[0] for c in columns),
        shown,
        suppressed=hidden,
        merged=merged,
    )


def _namer(lang: str, field_name: str | None) -> Callable[[str], str]:
    def name(k: str) -> str:
        if k == MERGED_KEY:
            return label(lang, "pat.other")
        return value_label(lang, field_name, k) if field_name else k

    return name


def _time_table(stats: PatternStats, lang: str) -> ShownTable:
    """Encounters over time, by month, quarter or year as the span needs (at most 24 rows)."""
    unit = time_unit(stats.by_month)
    order, counts = fold_months(stats.by_month, unit)
    plain = _namer(lang, None)

    def name(k: str) -> str:
        if unit == "quarter" and "-Q" in k:
            return label(lang, "pat.quarter", year=k[:4], q=k[-1])
        return label(lang, "pat.unknown_date") if k == "unknown" else plain(k)

    titles = (label(lang, f"pat.by_{unit}"), label(lang, f"pat.col.{unit}"), label(lang, "pat.count"))
    return _partition_table(f"encounters_by_{unit}", titles, counts, name, order)


def dimension_table(stats: PatternStats, lang: str, dim: Dimension) -> ShownTable:
    """One dimension's table, largest first, small cells merged (a partition) or shown "<3"."""
    counts = stats.by.get(dim.name, Counter())
    order = sorted(counts, key=lambda k: (-counts[k], k))
    title, row_title = label(lang, f"pat.by_{dim.name}"), label(lang, f"pat.col.{dim.name}")
    name = _namer(lang, dim.field)
    if not dim.multi:
        return _partition_table(dim.key, (title, row_title, label(lang, "pat.count")), counts, name, order, dim.top)
    shown, rest = (order[: dim.top], order[dim.top :]) if dim.top is not None else (order, [])
    rows = [(k, name(k), (counts[k],)) for k in shown]
    if rest:
        # Counted once per value, like the rows above it (the table's note says so).
        rows.append((MERGED_KEY, name(MERGED_KEY), (sum(counts[k] for k in rest),)))
    return _suppressed_table(dim.key, title, row_title, [("count", label(lang, "pat.count"))], rows, len(rest))


def pattern_tables(stats: PatternStats, lang: str = "en") -> list[ShownTable]:
    """The tables the report and the CSV publish, small cells already merged or suppressed."""
    roles = sorted(stats.roles, key=lambda k: (-stats.roles[k], k))
    titles = (label(lang, "pat.roles"), label(lang, "pat.col.role"), label(lang, "pat.count"))
    return [
        _time_table(stats, lang),
        *(dimension_table(stats, lang, dim) for dim in DIMENSIONS),
        _partition_table("participants_by_role", titles, stats.roles, _namer(lang, "role"), roles),
        _collateral_table(stats, lang),
        *_cross_tables(stats, lang),
    ]


def _collateral_table(stats: PatternStats, lang: str) -> ShownTable:
    t = lambda key: label(lang, key)  # noqa: E731
    collateral = stats.roles.get("collateral", 0)
    # "Collateral rather than targets" (reports.md): witnesses and family are not in the base.
    base = collateral + stats.roles.get("target", 0)
    # A share is only as safe as the count under it: no percentage of a hidden count.
    share = f"{round(100 * collateral / base)}%" if collateral >= SMALL and base else "—"
    table = _suppressed_table(
        "collateral",
        t("pat.collateral"),
        t("pat.col.measure"),
        [("value", t("pat.count"))],
        [
            ("collateral_participants", t("pat.collateral_participants"), (collateral,)),
            ("collateral_arrests", t("pat.collateral_arrests"), (stats.collateral_arrests,)),
        ],
    )
    share_row = ("collateral_share", t("pat.collateral_share"), (share,))
    return replace(table, rows=(*table.rows, share_row))


def _cross_tables(stats: PatternStats, lang: str) -> list[ShownTable]:
    """Biometrics by modality and consent, warrants by type and whether shown, entries by manner."""
    t = lambda key: label(lang, key)  # noqa: E731
    modalities = sorted({m for m, _ in stats.biometrics})
    kinds = [k for k in WARRANT_TYPES if any(stats.warrants[(k, s)] for s in SHOWN)]
    return [
        _suppressed_table(
            "biometrics_by_modality_consent",
            t("pat.biometrics"),
            t("pat.col.modality_consent"),
            [(c, value_label(lang, "consent", c)) for c in CONSENTS],
            [(m, value_label(lang, "modality", m), [stats.biometrics[(m, c)] for c in CONSENTS]) for m in modalities],
        ),
        _suppressed_table(
            "warrants_by_type_shown",
            t("pat.warrants"),
            t("pat.col.warrant_shown"),
            [(s, label(lang, f"pat.shown.{s}")) for s in SHOWN],
            [(k, value_label(lang, "warrant_type", k), [stats.warrants[(k, s)] for s in SHOWN]) for k in kinds],
        ),
        _suppressed_table(
            "entries_by_manner",
            t("pat.entries"),
            t("pat.col.entry"),
            [("count", t("pat.count"))],
            [(e, value_label(lang, "entry", e), (stats.entries[e],)) for e in ENTRY_KINDS if stats.entries[e]],
        ),
    ]


def stats_to_csv(stats: PatternStats) -> str:
    """The report's numbers as CSV (``table,row,label,column,value``), small cells as "<3"."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["table", "row", "label", "column", "value"])
    writer.writerow(["totals", "encounters", "encounters", "count", _show(stats.encounters)])
    writer.writerow(["totals", "participants", "participants", "count", _show(stats.participants)])
    for table in pattern_tables(stats, "en"):
        for key, name, cells in table.rows:
            for column, value in zip(table.column_keys, cells, strict=True):
                writer.writerow([table.key, key, name, column, value])
        if table.total is not None:
            for column, value in zip(table.column_keys, table.total, strict=True):
                writer.writerow([table.key, "total", "Total", column, value])
    return out.getvalue()


# The PDF is built from the same tables (``pattern_pdf``), re-exported here where callers look.
from casefile.reports.pattern_pdf import build_pattern_report  # noqa: E402

__all__ = ["PatternStats", "ShownTable", "aggregate", "build_pattern_report", "pattern_tables", "stats_to_csv"]

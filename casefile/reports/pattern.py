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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, KeepTogether, Spacer

from casefile.reports import layout as L
from casefile.reports.context import ReportOptions
from casefile.reports.fonts import REGULAR
from casefile.reports.i18n import label, value_label
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
    by_setting: Counter[str] = field(default_factory=Counter)
    by_agency: Counter[str] = field(default_factory=Counter)
    by_program: Counter[str] = field(default_factory=Counter)
    by_city: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    collateral_arrests: int = 0
    biometrics: Counter[tuple[str, str]] = field(default_factory=Counter)  # (modality, consent)
    warrants: Counter[tuple[str, str]] = field(default_factory=Counter)  # (type, shown)
    entries: Counter[str] = field(default_factory=Counter)


def _city(location: object, spellings: dict[str, str]) -> str:
    if not isinstance(location, dict) or not location.get("city"):
        return "unknown"
    city = " ".join(str(location["city"]).split())
    state = str(location.get("state") or "").strip().upper()
    shown = f"{city}, {state}" if state else city
    # "Houston" and "HOUSTON" are one city; the first spelling seen is the one printed.
    return spellings.setdefault(shown.casefold(), shown)


def aggregate(
    encounters: Iterable[dict[str, Any]],
    *,
    date_from: date | None = None,
    date_to: date | None = None,
) -> PatternStats:
    """Count encounters (optionally those dated within ``date_from``..``date_to``), streaming."""
    stats = PatternStats()
    spellings: dict[str, str] = {}
    low = date_from.isoformat() if date_from else ""
    high = date_to.isoformat() if date_to else ""
    for enc in encounters:
        day = str(enc.get("occurred_at") or "")[:10]
        if (low and day < low) or (high and day > high):
            continue
        stats.encounters += 1
        stats.by_month[day[:7] if len(day) >= 7 else "unknown"] += 1
        stats.by_setting[enc.get("setting") or "unknown"] += 1
        for agency in set(enc.get("agencies") or ["unknown"]):
            stats.by_agency[agency] += 1
        stats.by_program[enc.get("program") or "unknown"] += 1
        stats.by_city[_city(enc.get("location"), spellings)] += 1
        for part in enc.get("participants") or ():
            role = part.get("role") or "other"
            stats.participants += 1
            stats.roles[role] += 1
            if role == "collateral" and part.get("outcome") in ARRESTED:
                stats.collateral_arrests += 1
        for capture in enc.get("biometrics") or ():
            stats.biometrics[(capture.get("modality") or "other", capture.get("consent") or "unknown")] += 1
        warrant = enc.get("warrant") or {}
        if warrant.get("type") in WARRANT_TYPES:
            shown = warrant.get("shown")
            stats.warrants[
                (
                    warrant["type"],
                    "true" if shown is True else "false" if shown is False else "unknown",
                )
            ] += 1
        entry = enc.get("entry")
        if entry and entry != "no-entry":
            stats.entries[entry if entry in ENTRY_KINDS else "other"] += 1
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
    counts: Counter[str], order: Sequence[str] | None = None
) -> tuple[list[tuple[str, int]], int, int]:
    """Rows of a table whose total is stated: (rows with an "other (merged)" row, merged, tiny).

    ``tiny`` is 1 when even the merged row stays under 3 (the whole table has fewer than 3).
    """
    keys = list(order) if order is not None else sorted(counts)
    keep = {k: counts[k] for k in keys if counts[k] >= SMALL}
    small = [k for k in keys if 0 < counts[k] < SMALL]
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
    title: str,
    row_title: str,
    counts: Counter[str],
    lang: str,
    field_name: str | None,
    order: Sequence[str] | None = None,
) -> ShownTable:
    rows, merged, tiny = _merged_partition(counts, order)
    total = sum(counts.values())

    def name(k: str) -> str:
        if k == MERGED_KEY:
            return label(lang, "pat.other")
        return value_label(lang, field_name, k) if field_name else k

    shown_rows = tuple((k, name(k), (_show(v),)) for k, v in rows)
    return ShownTable(
        key,
        title,
        row_title,
        (label(lang, "pat.count"),),
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
    )


# Counts by one fact: (table key, title, the stats' counter, the field its values are labels of,
# sorted by count); the column heading is "pat.col.<name>" in the report catalogue.
_PARTITIONS = {
    "month": ("encounters_by_month", "pat.by_month", "by_month", None, False),
    "setting": ("encounters_by_setting", "pat.by_setting", "by_setting", "setting", True),
    "program": ("encounters_by_program", "pat.by_program", "by_program", "program", True),
    "city": ("encounters_by_city", "pat.by_city", "by_city", None, True),
    "role": ("participants_by_role", "pat.roles", "roles", "role", True),
}


def _partition(stats: PatternStats, lang: str, which: str) -> ShownTable:
    key, title, counter, field_name, by_count = _PARTITIONS[which]
    counts: Counter[str] = getattr(stats, counter)
    order = sorted(counts, key=lambda k: (-counts[k], k)) if by_count else None
    return _partition_table(key, label(lang, title), label(lang, f"pat.col.{which}"), counts, lang, field_name, order)


def pattern_tables(stats: PatternStats, lang: str = "en") -> list[ShownTable]:
    """The tables the report and the CSV publish, small cells already merged or suppressed."""
    t = lambda key: label(lang, key)  # noqa: E731 - reads better than a def for one line
    agencies = sorted(stats.by_agency.items(), key=lambda i: (-i[1], i[0]))
    return [
        *(_partition(stats, lang, which) for which in ("month", "setting", "program", "city")),
        _suppressed_table(
            "encounters_by_agency",
            t("pat.by_agency"),
            t("pat.col.agency"),
            [("count", t("pat.count"))],
            [(a, value_label(lang, "agency", a), (n,)) for a, n in agencies],
        ),
        _partition(stats, lang, "role"),
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


# --- The PDF --------------------------------------------------------------------------------

# Tables drawn as charts too, and whether their bars stand up (a time line) or lie down.
_CHARTS = {
    "encounters_by_month": True,
    "encounters_by_setting": False,
    "participants_by_role": False,
}


def _bar_chart(rows: Sequence[tuple[str, str, tuple[str, ...]]], width: float, *, vertical: bool) -> Drawing | None:
    """Bars for the shown counts; a "<3" cell gets no bar, so a chart never shows a small cell."""
    points = [(name, int(cells[0])) for _, name, cells in rows if cells[0].isdigit()]
    if not points:
        return None
    names = [n if len(n) <= 28 else n[:27] + "…" for n, _ in points]
    values = [v for _, v in points]
    if vertical:
        height = 170.0
        drawing = Drawing(width, height)
        chart: VerticalBarChart | HorizontalBarChart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 36, 46, width - 50, height - 60
        chart.categoryAxis.labels.angle = 45 if len(names) > 8 else 0
        chart.categoryAxis.labels.boxAnchor = "ne" if len(names) > 8 else "n"
        chart.categoryAxis.labels.dy = -2
    else:
        height = 24.0 + 16 * len(points)
        drawing = Drawing(width, height)
        chart = HorizontalBarChart()
        chart.x, chart.y, chart.width, chart.height = 150, 10, width - 180, height - 18
        chart.categoryAxis.reverseDirection = 1  # largest first, as in the table
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
    chart.data = [values]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = L.RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.bars[0].fillColor = L.BANNER_BG["pattern"]
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 6
    # The renderer starts every drawing in Helvetica, which would be the one unembedded font.
    drawing.initialFontName = REGULAR
    drawing.add(chart)
    return drawing


def _table_flowables(table: ShownTable, width: float, lang: str) -> list[Flowable]:
    st = L.styles()
    header = [table.row_title, *table.columns]
    rows: list[list[L.Cell]] = [[name, *cells] for _, name, cells in table.rows]
    shade: list[tuple[Any, ...]] = [("ALIGN", (1, 0), (-1, -1), "RIGHT")]  # counts line up
    if table.total is not None:
        rows.append([label(lang, "pat.total"), *table.total])
        shade.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), L.LABEL_BG))
    if len(table.columns) == 1:
        grid = L.grid_table(header, rows, width * 0.62, (4, 1.3), shade)
    else:
        grid = L.grid_table(header, rows, width, (2.6, *([1.4] * len(table.columns))), shade)
    out: list[Flowable] = [L.Heading(table.title, 0)]
    if table.key == "encounters_by_agency":
        out.append(L.p(label(lang, "pat.agency_note"), st.small))
    return [*out, grid]


def build_pattern_report(
    stats: PatternStats,
    options: ReportOptions,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
) -> bytes:
    """The anonymised pattern report as PDF bytes; the same numbers as ``stats_to_csv``."""
    lang = options.lang
    st = L.styles()
    width = L.frame_width(options)
    tables = pattern_tables(stats, lang)
    title = label(lang, "report.pattern")
    if date_from or date_to:
        period = label(
            lang,
            "pat.period",
            start=date_from.isoformat() if date_from else "…",
            end=date_to.isoformat() if date_to else "…",
        )
    else:
        period = label(lang, "pat.period_all")
    story: list[Flowable] = [L.p(title, st.title), L.p(period, st.subtitle)]
    story.append(
        L.p(
            label(
                lang,
                "pat.totals",
                encounters=_show(stats.encounters),
                participants=_show(stats.participants),
            ),
            st.body,
        )
    )
    story.append(L.p(label(lang, "pat.method"), st.body))
    story.append(
        L.p(
            label(
                lang,
                "pat.suppressed",
                n=sum(t.suppressed for t in tables),
                merged=sum(t.merged for t in tables),
            ),
            st.body,
        )
    )
    if not stats.encounters:
        story.append(L.p(label(lang, "pat.no_data"), st.body))
    for table in tables:
        story.append(Spacer(1, 4))
        *heading, grid = _table_flowables(table, width, lang)
        vertical = _CHARTS.get(table.key)
        drawing = None if vertical is None else _bar_chart(table.rows, width, vertical=vertical)
        if drawing is None:
            story.append(KeepTogether([*heading, grid]))
        else:
            note = L.p(label(lang, "pat.chart_note"), st.small)
            story += [KeepTogether([*heading, drawing, note]), grid]
    fp = L.fingerprint(stats_to_csv(stats))
    story += L.fingerprint_block(fp, lang)
    return L.render(story, options, title=title, subject=title, fingerprint_value=fp, banner_kind="pattern")

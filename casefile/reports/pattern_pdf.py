"""The pattern report as PDF: its tables (``casefile.reports.pattern``), the time line and some
dimensions drawn as bar charts too, the method and the small-cell counts.

A chart never shows a small cell: a "<3" cell gets no bar. The time line has at most 24 bars
(``pattern_dimensions.time_unit`` folds months into quarters or years for long spans).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, KeepTogether, Spacer

from casefile.reports import layout as L
from casefile.reports.context import ReportOptions
from casefile.reports.fonts import REGULAR
from casefile.reports.i18n import label
from casefile.reports.pattern import PatternStats, ShownTable, _show, pattern_tables, stats_to_csv
from casefile.reports.pattern_dimensions import DIMENSIONS


def _chart_kind(key: str) -> bool | None:
    """Whether a table's chart bars stand up (the time line), lie down, or it has no chart."""
    if key in ("encounters_by_month", "encounters_by_quarter", "encounters_by_year"):
        return True
    if key == "participants_by_role" or any(d.key == key and d.chart for d in DIMENSIONS):
        return False
    return None


def _note(key: str) -> str:
    return next((d.note for d in DIMENSIONS if d.key == key and d.note), "")


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


# A time line longer than this prints its periods side by side, a year (or half of one) a line.
_LIST_ROWS = 12
_PER_LINE = {"encounters_by_quarter": 4, "encounters_by_month": 6, "encounters_by_year": 4}


def _wrapped(table: ShownTable, lang: str, width: float) -> Flowable:
    """The time line's periods in pairs (period, count) across the page, in reading order."""
    per_line = _PER_LINE[table.key]
    pairs: list[list[L.Cell]] = [[name, cells[0]] for _, name, cells in table.rows]
    if table.total is not None:
        pairs.append([label(lang, "pat.total"), table.total[0]])
    lines = [[c for pair in pairs[i : i + per_line] for c in pair] for i in range(0, len(pairs), per_line)]
    lines[-1] += [""] * (2 * per_line - len(lines[-1]))
    header = [table.row_title, table.columns[0]] * per_line
    style: list[tuple[Any, ...]] = [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in range(1, 2 * per_line, 2)]
    return L.grid_table(header, lines, width, (1.5, 1.0) * per_line, style)


def _table_flowables(table: ShownTable, width: float, lang: str) -> list[Flowable]:
    st = L.styles()
    out: list[Flowable] = [L.Heading(table.title, 0)]
    if _note(table.key):
        out.append(L.p(label(lang, _note(table.key)), st.small))
    if not table.rows:
        # An empty grid takes a third of a page and says less than one line.
        return [*out, L.p(label(lang, "pat.none"), st.body)]
    if table.key in _PER_LINE and len(table.rows) > _LIST_ROWS:
        return [*out, _wrapped(table, lang, width)]
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
        vertical = _chart_kind(table.key)
        drawing = None if vertical is None else _bar_chart(table.rows, width, vertical=vertical)
        if drawing is None:
            story.append(KeepTogether([*heading, grid]))
        else:
            note = L.p(label(lang, "pat.chart_note"), st.small)
            story += [KeepTogether([*heading, drawing, note]), grid]
    fp = L.fingerprint(stats_to_csv(stats))
    story += L.fingerprint_block(fp, lang)
    return L.render(story, options, title=title, subject=title, fingerprint_value=fp, banner_kind="pattern")

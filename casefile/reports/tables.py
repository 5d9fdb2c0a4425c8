"""Tables for the reports: label/value and grid tables, plain-text cells broken into lines.

Nearly every cell of a summary is plain case data: it is laid out as a plain string broken by
:func:`fit_lines` (a fraction of a Paragraph's cost), and row heights are worked out here so that
Table never measures a row itself. Re-exported by ``casefile.reports.layout``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any, TypeAlias

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.doctemplate import FrameBreak

from casefile.reports.fonts import covered
from casefile.reports.styles import HEADER_BG, INK, LABEL_BG, RULE, Cell, p, styles

SIDE_PADDING = 6.0  # a cell's left and right padding each (ReportLab's default)
CELL_PADDING = 2 * SIDE_PADDING
TOP_PADDING = 2.5
BOTTOM_PADDING = 3.0
UNBOUNDED = 72000.0  # the height Table offers a cell's flowable when it measures a row


# Line breaks and tabs, which a plain string would print as they are.
_CONTROLS = re.compile(r"[\t\n\r\f\v]")
# Where a line may break: runs of ordinary spaces and tabs, as in Paragraph (a no-break space does not break).
_BREAKS = re.compile(r"[ \t\r\f\v]+")


def fit_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width``, the way a left-aligned Paragraph breaks it.

    Greedy at spaces, with Paragraph's allowance for squeezing the spaces of a full line a little
    (``rl_config.spaceShrinkage``), runs of spaces read as one, line breaks in the text kept (a
    blank line stays blank), and a word wider than a whole line split between characters so
    nothing runs past the column. Every character of ``text`` other than the spaces it breaks at
    is in the result, in order.
    """
    text = text.strip()
    if not text:
        return []  # as a Paragraph of nothing has no lines
    space = stringWidth(" ", font, size)
    squeeze = rl_config.spaceShrinkage * space
    lines: list[str] = []
    for raw in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in _BREAKS.split(raw.strip()):
            wide = stringWidth(word, font, size)
            if line and used + space + wide <= width + squeeze * len(line):
                line.append(word)
                used += space + wide
                continue
            if wide > width and len(word) > 1:
                # Like Paragraph, the word starts on the line it comes to and runs on over the next ones.
                head, *whole, word = _split_word(word, font, size, width - used - space if line else width, width)
                lines.append(" ".join([*line, head] if head else line))
                lines += whole
                wide = stringWidth(word, font, size)
            elif line:
                lines.append(" ".join(line))
            line, used = [word], wide
        lines.append(" ".join(line))
    return lines


def _split_word(word: str, font: str, size: float, room: float, width: float) -> list[str]:
    """``word`` in at least two pieces: the first no wider than ``room`` (empty if not a letter
    fits there), the others no wider than ``width``, each with at least one character.
    """
    pieces: list[str] = []
    start, used, limit = 0, 0.0, room
    for i, char in enumerate(word):
        wide = stringWidth(char, font, size)
        # A line takes at least one character, or a column narrower than a letter would never end.
        if used + wide > limit and (i > start or (not pieces and limit < width)):
            pieces.append(word[start:i])
            start, used, limit = i, 0.0, width
        used += wide
    pieces.append(word[start:])
    return pieces


def cell(value: Cell | None, style: ParagraphStyle, width: float) -> Cell:
    """Plain text as a plain string, broken into lines that fit the column; anything else as given.

    Table lays out and draws a plain string, even one of several lines, for a fraction of what a
    Paragraph costs (no markup to parse, no fragments to measure), and nearly every cell of a
    summary is plain case data, so this is most of what keeps a 100-page summary fast. Plain
    strings are drawn as they are, so case data is never read as markup. Text in a script the
    report font lacks goes into a Paragraph, whose markup switches to a fallback font.
    """
    if isinstance(value, Flowable):
        return value
    text = "" if value is None else str(value)
    if not covered(text):
        return p(text, style)
    room = width - CELL_PADDING
    if not _CONTROLS.search(text) and stringWidth(text, style.fontName, style.fontSize) <= room:
        return text
    return "\n".join(fit_lines(text, style.fontName, style.fontSize, room))


Run: TypeAlias = tuple[str, ParagraphStyle]


class TextLines(Flowable):
    """Plain text in one or more styles, one run under the other, for a table cell.

    What a Paragraph of two lines in different sizes would show (a document's title over its file
    name in small grey type), with the lines broken by :func:`fit_lines` instead: a 260-row
    documents index built from Paragraphs spent most of its time parsing and measuring them.
    Each run's text is printed as given, never read as markup; callers check :func:`covered`.
    """

    def __init__(self, runs: Sequence[Run]) -> None:
        super().__init__()
        self.runs = [(str(text), style) for text, style in runs]
        self._lines: list[Run] = []
        self._broken_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # The same lines for a width that differs in the last bit only, as for Para.
        if self._broken_for is None or abs(availWidth - self._broken_for) >= 1e-6:
            self._lines = [
                (line, style)
                for text, style in self.runs
                for line in fit_lines(text, style.fontName, style.fontSize, availWidth)
            ]
            self._broken_for = availWidth
        self.width = availWidth
        self.height = sum(style.leading for _, style in self._lines)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # Table asks a cell to split with the column's width, padding included: keep the lines
        # broken when it sized the row, as Paragraph keeps its own.
        if self._broken_for is None:
            self.wrap(availWidth, availHeight)
        used, count = 0.0, 0
        for _, style in self._lines:
            if used + style.leading > availHeight:
                break
            used += style.leading
            count += 1
        if count == len(self._lines):
            return [self]
        if count < 2:
            # Not one line alone at the foot of a page (a Paragraph's orphan rule): the row moves on whole.
            return []
        # Each line is already broken for this width, so as a run of its own it stays one line.
        return [TextLines(self._lines[:count]), TextLines(self._lines[count:])]

    def draw(self) -> None:
        if not self._lines:
            return
        # The first baseline one font size below the top and the rest a leading apart, as in a Paragraph.
        y = self.height - self._lines[0][1].fontSize + self._lines[0][1].leading
        text = self.canv.beginText()
        shown: ParagraphStyle | None = None
        for line, style in self._lines:
            y -= style.leading
            if style is not shown:
                text.setFont(style.fontName, style.fontSize, style.leading)
                text.setFillColor(style.textColor)
                shown = style
            text.setTextOrigin(0, y)
            text.textOut(line)
        self.canv.drawText(text)


def _text_style(style: ParagraphStyle, cells: tuple[Any, Any]) -> tuple[Any, ...]:
    # How Table draws the plain-string cells, matched to the Paragraph cells beside them. One
    # FONT command rather than three: Table applies each command to every cell in its range.
    first, last = cells
    return ("FONT", first, last, style.fontName, style.fontSize, style.leading)


def _least_row_part(style: ParagraphStyle) -> int:
    """Table's ``splitInRow``: the least height, in points, of a row's part before a page break.

    Two lines and the top padding, as a Paragraph's orphan rule kept when one sat in the cell:
    no header row over a lone line at the foot of a page.
    """
    return math.ceil(2 * style.leading + TOP_PADDING)


class RowTable(Table):
    """A Table whose rest, once it breaks, always starts on the next page.

    ReportLab puts the rest of a broken table back on the same page when some of it still fits
    there (its break point can leave a row's worth of room), which printed the repeated header
    row in the middle of the page with a row or part of one under it.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            return [parts[0], FrameBreak, parts[1]]
        return parts


def kv_table(rows: Sequence[tuple[str, Cell]], width: float, label_share: float = 0.28) -> Table:
    """Label | value rows, the label column shaded; empty values are left out by callers."""
    st = styles()
    widths = [width * label_share, width * (1 - label_share)]
    data = [[cell(k, st.cell_bold, widths[0]), cell(v, st.cell, widths[1])] for k, v in rows]
    heights = _row_heights(data, widths, (st.cell_bold.leading, st.cell.leading))
    table = RowTable(
        _listed(data),
        colWidths=widths,
        rowHeights=heights,
        splitInRow=_least_row_part(st.cell),
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                # Without a font of ours, Table would set Helvetica, which is not embedded.
                _text_style(st.cell, ((1, 0), (-1, -1))),
                _text_style(st.cell_bold, ((0, 0), (0, -1))),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), TOP_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM_PADDING),
            ]
        )
    )
    return table


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    width: float,
    shares: Sequence[float],
    extra_style: Sequence[tuple[Any, ...]] = (),
    *,
    split_rows: bool = True,
) -> Table:
    """A table with a repeated header row; long cells wrap, widths by share of ``width``.

    ``split_rows=False`` moves a row that does not fit to the next page whole: for tables whose
    rows are read as one (a question beside its fact and authority), not long free text.
    """
    st = styles()
    total = sum(shares)
    widths = _fit_header_words([width * s / total for s in shares], header, st.cell_head)
    data = [[cell(c, st.cell_head, w) for c, w in zip(header, widths, strict=True)]]
    data += [[cell(c, st.cell, w) for c, w in zip(r, widths, strict=True)] for r in rows]
    heights = None
    if not any(command[0] in _SIZING_COMMANDS for command in extra_style):
        heads = _row_heights(data[:1], widths, [st.cell_head.leading] * len(widths))
        heights = heads + _row_heights(data[1:], widths, [st.cell.leading] * len(widths))
    table = RowTable(
        _listed(data),
        colWidths=widths,
        rowHeights=heights,
        repeatRows=1,
        splitInRow=_least_row_part(st.cell) if split_rows else 0,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                _text_style(st.cell_head, ((0, 0), (-1, 0))),
                _text_style(st.cell, ((0, 1), (-1, -1))),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), TOP_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM_PADDING),
                *extra_style,
            ]
        )
    )
    return table


# Style commands after which a row is no longer as high as _row_heights says.
_SIZING_COMMANDS = frozenset(
    {"FONT", "FONTNAME", "FACE", "FONTSIZE", "SIZE", "LEADING", "TOPPADDING", "BOTTOMPADDING", "SPAN"}
)


def _row_heights(data: Sequence[Sequence[Cell]], widths: Sequence[float], leadings: Sequence[float]) -> list[float]:
    """Each row's height, worked out as Table would: its tallest cell plus the padding.

    Table measures every row once to lay the table out, and the rows left over again each time
    a long table breaks across a page, scanning for rows still unmeasured as it goes; given the
    heights it does neither. Flowable cells are wrapped here at the width Table gives them, so
    a Para keeps those lines when Table draws it. ``leadings`` are the columns' (as styled).
    """
    heights = []
    for row in data:
        tallest = 0.0
        for value, width, leading in zip(row, widths, leadings, strict=True):
            if isinstance(value, str):
                high = leading * (value.count("\n") + 1)
            else:
                # One side at a time as Table takes them off, for the very same width to the last bit.
                high = value.wrap(width - SIDE_PADDING - SIDE_PADDING, UNBOUNDED)[1]
            tallest = max(tallest, high)
        heights.append(tallest + TOP_PADDING + BOTTOM_PADDING)
    return heights


def _listed(data: Sequence[Sequence[Cell]]) -> list[list[Cell | tuple[Flowable]]]:
    """The rows with each flowable cell as a one-item tuple, as Table keeps them once it has measured them.

    Table turns a flowable cell into a tuple when it measures the row; given the row heights it
    never does, and then a row that breaks across a page (splitInRow) loses the flowable on both
    sides of the break, since the in-row split only knows tuples, lists and strings
    (ReportLab 4-5, ``Table._splitCell``).
    """
    return [[(value,) if isinstance(value, Flowable) else value for value in row] for row in data]


def _fit_header_words(widths: list[float], header: Sequence[Cell], style: ParagraphStyle) -> list[float]:
    """Widen columns whose heading has a word longer than the column, taking from the others.

    Spanish headings ("Consentimiento") are longer than English ones; without this a word
    would be broken in the middle on narrow paper.
    """
    padding = CELL_PADDING + 1
    mins = []
    for cell in header:
        text = cell.getPlainText() if isinstance(cell, Paragraph) else str(cell)
        words = text.split() or [""]
        mins.append(max(stringWidth(w, style.fontName, style.fontSize) for w in words) + padding)
    short = [i for i, w in enumerate(widths) if w < mins[i]]
    need = sum(mins[i] - widths[i] for i in short)
    donors = [i for i, w in enumerate(widths) if i not in short and w > mins[i]]
    spare = sum(widths[i] - mins[i] for i in donors)
    if not short or spare <= 0:
        return widths
    scale = min(1.0, spare / need)
    out = list(widths)
    for i in short:
        out[i] += (mins[i] - widths[i]) * scale
    taken = need * scale
    for i in donors:
        out[i] -= (widths[i] - mins[i]) * taken / spare
    return out


def table_start(flowable: Flowable) -> float:
    """The height of a table's header rows and of the part of its first row that cannot split."""
    if not isinstance(flowable, Table):
        return 0.0
    heights = getattr(flowable, "_argH", None) or []
    head = int(getattr(flowable, "repeatRows", 0) or 0)
    if len(heights) <= head or any(h is None for h in heights[: head + 1]):
        return 0.0
    first = heights[head]
    if flowable.splitInRow:
        first = min(first, flowable.splitInRow)
    return float(sum(heights[:head]) + first)

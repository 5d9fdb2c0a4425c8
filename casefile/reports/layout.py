"""Page furniture shared by every report: styles, tables, banner, footer and the build itself.

Reports are Platypus stories rendered into memory. The page count in "Page N of M" is only known
at the end, so the canvas keeps each page's state and draws the banner and footer when the
document is saved (the ReportLab "numbered canvas" recipe), in one pass.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from typing import Any, TypeAlias

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import FrameBreak

from casefile import catalogue
from casefile.reports.context import ReportOptions
from casefile.reports.fmt import fmt_generated
from casefile.reports.fonts import BOLD, REGULAR, covered, markup, register_fonts
from casefile.reports.i18n import label

Progress = Callable[[int, str], None]

PAGE_SIZES = {"letter": LETTER, "a4": A4}
MARGIN_X = 0.6 * inch
MARGIN_TOP = 0.85 * inch
MARGIN_BOTTOM = 0.8 * inch

INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
LABEL_BG = colors.HexColor("#eeeeee")
HEADER_BG = colors.HexColor("#dfe6ee")
DISPUTED_BG = colors.HexColor("#fbe3c8")
BANNER_BG = {
    "privileged": colors.HexColor("#1f2d3d"),
    "redacted": colors.HexColor("#5a2a2a"),
    "pattern": colors.HexColor("#2d4a3a"),
}


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_note: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=9,
        leading=12,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=4,
    )
    cell = ParagraphStyle("cell", parent=base, fontSize=8.3, leading=10.4, spaceAfter=0)
    return Styles(
        title=ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=17, leading=21, spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", parent=base, textColor=MUTED, spaceAfter=10),
        h1=ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=13, leading=16, spaceBefore=12, spaceAfter=6),
        h2=ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4),
        h3=ParagraphStyle(
            "h3",
            parent=base,
            fontName=BOLD,
            fontSize=9,
            leading=11.5,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=True,
        ),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=7.6, leading=9.6, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=BOLD, fontSize=8),
        cell_note=ParagraphStyle("cell_note", parent=cell, fontSize=7.3, leading=9.4, textColor=MUTED),
    )


class Para(Paragraph):
    """A Paragraph that keeps its line breaks for as long as it is laid out at the same width.

    A Table wraps each Paragraph cell to size its row and again, at the same width, to draw it,
    and a frame may wrap a paragraph more than once while it fits it on a page; the lines are
    broken once.
    """

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        wrapped = self.__dict__.get("_wrapped")
        # Table draws a cell at a width worked out from column positions, which can differ from the
        # one it sized the row with in the last bit; the lines it sized the row for are the ones to
        # draw. Paragraph.split drops blPara when it gives up on a page: then they are broken afresh.
        if wrapped is not None and abs(wrapped[0] - availWidth) < 1e-6 and "blPara" in self.__dict__:
            self.width = availWidth
            return wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


def p(text: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of case data (escaped; never interpreted as markup)."""
    return Para(markup(text), style or styles().cell)


def rich(markup_text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph whose markup the builder wrote itself (bold labels around escaped data)."""
    return Para(markup_text, style or styles().cell)


class Heading(Para):
    """A heading; levels 0 and 1 also become PDF bookmarks, so their text never carries a name.

    Level 2 and deeper (participants, arrest details…) are styled as sub-headings and are not
    bookmarked.
    """

    def __init__(self, text: str, level: int, outline: str | None = None) -> None:
        style = (styles().h1, styles().h2, styles().h3)[min(level, 2)]
        super().__init__(markup(text), style)
        self.outline_level = level
        self.outline_text = outline if outline is not None else text


def heading(text: str, level: int, outline: str | None = None) -> list[Flowable]:
    """A bookmarked heading that starts a new page when less than a few lines are left.

    Used instead of keep-with-next for headings above long tables: keep-with-next would push a
    table that fits on one page whole to the next page and leave half a page blank, while this
    lets the table start under its heading and continue (header repeated) overleaf.
    """
    room = (1.7 if level == 0 else 1.3) * inch
    return [CondPageBreak(room), Heading(text, level, outline)]


# A lead (headings and short lines between them) taller than this is not kept whole.
_LEAD_MAX = 3.2 * inch
_LEAD_LINE_MAX = 1.0 * inch


def keep_leads(story: list[Flowable], width: float) -> list[Flowable]:
    """Keep a run of headings, and the short lines between them, on the page of their first content.

    Each heading asks for room with its own CondPageBreak, so "4. Encounters" followed by
    "Encounter 1 of 5" could pass its own test at the foot of a page and be left there when the
    second heading's test sent it, and everything after, overleaf. The first break of such a run
    is made to ask for the whole run plus what the last one asks for, and the others are dropped.
    When the run leads into a table, it also asks for the table's header and as much of its first
    row as must stay together, so a heading is never left above a table that moved on.
    """
    out: list[Flowable] = []
    i = 0
    while i < len(story):
        first = story[i]
        if not isinstance(first, CondPageBreak):
            out.append(first)
            i += 1
            continue
        j, height, last_break, kept = i + 1, 0.0, None, [first]
        while j < len(story):
            item = story[j]
            if isinstance(item, CondPageBreak):
                last_break = (item, height)
                kept.append(item)
            elif isinstance(item, Paragraph):
                tall = item.wrap(width, _UNBOUNDED)[1] + item.getSpaceBefore() + item.getSpaceAfter()
                if not isinstance(item, Heading) and tall > _LEAD_LINE_MAX:
                    break
                height += tall
                kept.append(item)
            elif isinstance(item, Spacer):
                height += item.height
                kept.append(item)
            else:
                break
            j += 1
        room = height + (_table_start(story[j]) if j < len(story) else 0.0)
        if last_break is not None:
            room = max(room, last_break[1] + last_break[0].height)
            kept = [f for f in kept if f is first or not isinstance(f, CondPageBreak)]
        # More than this and the lead goes to a page of its own anyway; asking for more than a
        # page would make the break repeat.
        first.height = max(first.height, min(room, _LEAD_MAX))
        out += kept
        i = j
    return out


def _table_start(flowable: Flowable) -> float:
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


Cell: TypeAlias = str | Flowable


SIDE_PADDING = 6.0  # a cell's left and right padding each (ReportLab's default)
CELL_PADDING = 2 * SIDE_PADDING
TOP_PADDING = 2.5
BOTTOM_PADDING = 3.0
_UNBOUNDED = 72000.0  # the height Table offers a cell's flowable when it measures a row


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
                high = value.wrap(width - SIDE_PADDING - SIDE_PADDING, _UNBOUNDED)[1]
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


def fingerprint(data: object) -> str:
    """SHA-256 of the canonical JSON of ``data``, first 16 hex characters."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def fingerprint_block(value: str, lang: str) -> list[Flowable]:
    st = styles()
    return [
        Spacer(1, 10),
        rich(
            f"<b>{markup(label(lang, 'fingerprint'))}:</b> <font name='{REGULAR}'>{value}</font>",
            st.body,
        ),
        p(label(lang, "fingerprint.explain"), st.small),
    ]


@dataclass(frozen=True)
class PageFurniture:
    banner: str
    banner_kind: str  # "privileged" | "redacted" | "pattern"
    title: str
    generated: str
    fingerprint: str
    lang: str


def _numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Holds every page back until the end, when the page count is known.

        Bookmarks are held back with their page: ReportLab points a bookmark at the page the
        document is writing, which while pages are held back is still the first one.
        """

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []
            self._page_bookmarks: list[str] = []

        def bookmarkPage(self, key: str, **kwargs: Any) -> None:
            self._page_bookmarks.append(key)

        def showPage(self) -> None:
            self._page_states.append(dict(self.__dict__))
            self._page_bookmarks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for state in self._page_states:
                self.__dict__.update(state)
                for key in state["_page_bookmarks"]:
                    Canvas.bookmarkPage(self, key)
                _decorate(self, furniture, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _decorate(canvas: Canvas, f: PageFurniture, total: int) -> None:
    width, height = canvas._pagesize
    canvas.saveState()
    band = 16
    top = height - 0.42 * inch
    canvas.setFillColor(BANNER_BG[f.banner_kind])
    canvas.rect(MARGIN_X, top - band + 4, width - 2 * MARGIN_X, band, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(BOLD, 8.2)
    canvas.drawCentredString(width / 2, top - band + 9, f.banner)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    y = 0.55 * inch
    canvas.line(MARGIN_X, y + 10, width - MARGIN_X, y + 10)
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 7.3)
    canvas.drawString(MARGIN_X, y, _fit(canvas, f.title, width * 0.62))
    canvas.drawString(MARGIN_X, y - 9, _fit(canvas, f.generated, width * 0.62))
    canvas.setFont(BOLD, 7.8)
    canvas.drawRightString(width - MARGIN_X, y, label(f.lang, "footer.page", n=canvas._pageNumber, m=total))
    canvas.setFont(REGULAR, 6.8)
    canvas.drawRightString(width - MARGIN_X, y - 9, f"{label(f.lang, 'fingerprint')} {f.fingerprint}")
    canvas.restoreState()


def _fit(canvas: Canvas, text: str, width: float) -> str:
    # Footer text is one line; a very long title is shortened rather than run into the page count.
    if canvas.stringWidth(text) <= width:
        return text
    while text and canvas.stringWidth(text + "…") > width:
        text = text[:-1]
    return text + "…"


class _ReportDoc(BaseDocTemplate):
    def __init__(
        self,
        buffer: BytesIO,
        *,
        story_length: int,
        progress: Progress | None,
        report_lang: str,
        **kwargs: Any,
    ) -> None:
        super().__init__(buffer, **kwargs)
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._story_length = max(story_length, 1)
        self._done = 0
        self._progress = progress
        self._report_lang = report_lang
        self._bookmarks = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading) and flowable.outline_level <= 1:
            self._bookmarks += 1
            key = f"h{self._bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.outline_text,
                key,
                level=flowable.outline_level,
                closed=flowable.outline_level > 0,
            )
        self._done += 1
        if self._progress is not None and self._done % 20 == 0:
            share = min(self._done / self._story_length, 1.0)
            self._progress(30 + int(65 * share), label(self._report_lang, "progress.layout"))


def frame_width(options: ReportOptions) -> float:
    return PAGE_SIZES[options.paper][0] - 2 * MARGIN_X


def banner_for(options: ReportOptions, kind: str | None = None) -> tuple[str, str]:
    kind = kind or ("redacted" if options.redact else "privileged")
    return label(options.lang, f"banner.{kind}"), kind


def generated_line(options: ReportOptions) -> str:
    at = fmt_generated(options.generated_at)
    if options.generated_by:
        return label(options.lang, "footer.generated", at=at, by=options.generated_by)
    return label(options.lang, "footer.generated_anon", at=at)


def render(
    story: list[Flowable],
    options: ReportOptions,
    *,
    title: str,
    subject: str,
    fingerprint_value: str,
    banner_kind: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """Lay ``story`` out on pages with banner and footer; returns the PDF's bytes.

    ``title`` goes into the PDF metadata and the footer, so callers pass an already redacted
    title for redacted reports.
    """
    register_fonts()
    banner, kind = banner_for(options, banner_kind)
    furniture = PageFurniture(
        banner=banner,
        banner_kind=kind,
        title=title,
        generated=generated_line(options),
        fingerprint=fingerprint_value,
        lang=options.lang,
    )
    buffer = BytesIO()
    doc = _ReportDoc(
        buffer,
        story_length=len(story),
        progress=progress,
        report_lang=options.lang,
        pagesize=PAGE_SIZES[options.paper],
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=options.generated_by or "Casefile",
        subject=subject,
        creator="Casefile",
        keywords="",
        initialFontName=REGULAR,
        lang=catalogue.language(options.lang).locale.replace("_", "-"),
    )
    doc.build(keep_leads(story, doc.width), canvasmaker=_numbered_canvas(furniture))
    if progress is not None:
        progress(100, label(options.lang, "progress.done"))
    return buffer.getvalue()

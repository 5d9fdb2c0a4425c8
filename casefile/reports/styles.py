"""The reports' look: page sizes and margins, colours, paragraph styles, paragraphs, headings.

Shared by every report through ``casefile.reports.layout`` (which re-exports these names), and by
the table and page modules beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from casefile.reports.fonts import BOLD, REGULAR, markup, register_fonts

Progress = Callable[[int, str], None]
Cell: TypeAlias = str | Flowable

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

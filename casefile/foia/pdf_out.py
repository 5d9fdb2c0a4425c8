"""A letter as PDF, from the report building blocks (fonts, styles, escaped paragraphs, tables).

Letters go to an agency, so they carry none of the reports' "privileged" banner: a plain page
with the page number at the foot. Every piece of text goes through ``reports.fonts.markup`` (names
with ``<`` or ``&`` print as written; other scripts get a fallback font).
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, PageBreak, SimpleDocTemplate, Spacer

from casefile.foia.doc import Block, Letter
from casefile.reports import layout as L
from casefile.reports.fonts import REGULAR, register_fonts

_MARGIN = 0.9 * inch


def _styles() -> dict[str, ParagraphStyle]:
    st = L.styles()
    body = ParagraphStyle("letter", parent=st.body, fontSize=10.5, leading=14, spaceAfter=7)
    return {
        "body": body,
        "strong": ParagraphStyle("letter_strong", parent=body, fontName=st.h2.fontName),
        "heading": ParagraphStyle("letter_h", parent=st.h2, fontSize=11, spaceBefore=8),
        "title": ParagraphStyle("letter_title", parent=st.title, fontSize=14, leading=18, spaceAfter=8),
        "note": st.small,
        "line": ParagraphStyle("letter_line", parent=body, spaceAfter=0),
    }


def _block(block: Block, width: float, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    kind = block.kind
    if kind == "page":
        return [PageBreak()]
    if kind in ("para", "strong", "heading", "title", "note"):
        return [L.p(block.text, s[kind if kind != "para" else "body"])]
    if kind == "lines":
        return [*(L.p(line, s["line"]) for line in block.items), Spacer(1, 9)]
    if kind in ("bullets", "numbered"):
        items = [ListItem(L.p(text, s["body"]), leftIndent=18) for text in block.items]
        bullet: dict[str, Any] = (
            {"bulletType": "1", "bulletFormat": "%s."} if kind == "numbered" else {"bulletType": "bullet", "start": "•"}
        )
        return [ListFlowable(items, bulletFontName=REGULAR, bulletFontSize=10, leftIndent=18, **bullet)]
    if kind == "fields":
        return [L.kv_table([(row[0], row[1]) for row in block.rows], width), Spacer(1, 8)]
    if kind == "table":
        header, *rows = block.rows
        shares = (3, 2) if len(header) == 2 else (2, *([1] * (len(header) - 1)))
        return [L.grid_table(list(header), [list(r) for r in rows], width, shares), Spacer(1, 8)]
    if kind == "sign":
        lines = [L.p("_" * 44, s["line"]), *(L.p(x, s["line"]) for x in block.items)]
        return [KeepTogether([Spacer(1, 26), *lines, Spacer(1, 10)])]
    raise ValueError(f"unknown letter block {kind!r}")


def render_pdf(letter: Letter, paper: str = "letter") -> bytes:
    """The letter's PDF bytes."""
    register_fonts()
    s = _styles()
    buffer = BytesIO()
    size = L.PAGE_SIZES[paper]
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        title=letter.title,
        author="Casefile",
        creator="Casefile",
        lang="es-US" if letter.lang == "es" else "en-US",
    )
    story: list[Flowable] = []
    for block in letter.blocks:
        story += _block(block, doc.width, s)

    def footer(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(L.MUTED)
        canvas.drawRightString(size[0] - _MARGIN, 0.5 * inch, f"Page {canvas.getPageNumber()}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()

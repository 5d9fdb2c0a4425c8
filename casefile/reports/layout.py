"""Page furniture shared by every report: banner, footer, bookmarks, keeping headings with
what follows them, and the build itself; with the styles (``styles``) and tables (``tables``)
re-exported, so a report builder needs only ``from casefile.reports import layout as L``.

Reports are Platypus stories rendered into memory. The page count in "Page N of M" is only known
at the end, so the canvas keeps each page's state and draws the banner and footer when the
document is saved (the ReportLab "numbered canvas" recipe), in one pass.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Paragraph, Spacer

from casefile import catalogue
from casefile.reports.context import ReportOptions
from casefile.reports.fmt import fmt_generated
from casefile.reports.fonts import BOLD, REGULAR, markup, register_fonts
from casefile.reports.i18n import label
from casefile.reports.styles import (
    BANNER_BG,
    DISPUTED_BG,
    HEADER_BG,
    INK,
    LABEL_BG,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_SIZES,
    RULE,
    Cell,
    Heading,
    Para,
    Progress,
    Styles,
    heading,
    p,
    rich,
    styles,
)
from casefile.reports.tables import UNBOUNDED, TextLines, cell, fit_lines, grid_table, kv_table, table_start

__all__ = [
    "BANNER_BG",
    "DISPUTED_BG",
    "HEADER_BG",
    "INK",
    "LABEL_BG",
    "MARGIN_BOTTOM",
    "MARGIN_TOP",
    "MARGIN_X",
    "MUTED",
    "PAGE_SIZES",
    "RULE",
    "Cell",
    "Heading",
    "Para",
    "Progress",
    "Styles",
    "TextLines",
    "cell",
    "fingerprint",
    "fingerprint_block",
    "fit_lines",
    "frame_width",
    "grid_table",
    "heading",
    "keep_leads",
    "kv_table",
    "p",
    "render",
    "rich",
    "styles",
]


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
                tall = item.wrap(width, UNBOUNDED)[1] + item.getSpaceBefore() + item.getSpaceAfter()
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
        room = height + (table_start(story[j]) if j < len(story) else 0.0)
        if last_break is not None:
            room = max(room, last_break[1] + last_break[0].height)
            kept = [f for f in kept if f is first or not isinstance(f, CondPageBreak)]
        # More than this and the lead goes to a page of its own anyway; asking for more than a
        # page would make the break repeat.
        first.height = max(first.height, min(room, _LEAD_MAX))
        out += kept
        i = j
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

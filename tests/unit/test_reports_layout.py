"""Table cells laid out by Casefile itself: line breaks as ReportLab's Paragraph makes them, nothing lost.

Most cells of a report are plain case data, broken into lines by ``layout.fit_lines`` and drawn by
Table as plain strings (or by ``layout.TextLines``), because a Paragraph in every cell made a
100-page summary take seconds. These tests hold the cheaper path to what a Paragraph would print.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from io import BytesIO

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth

from casefile.reports import layout as L
from casefile.reports.context import ReportOptions

WHEN = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
STYLES = ("cell", "cell_bold", "cell_head", "cell_note")
LETTERS = "abcdefghijklmnopqrstuvwxyzABCÑñáéíóúçü0123456789.,;:()-–—'\"/_&<>"

words = st.text(alphabet=st.sampled_from(list(LETTERS)), min_size=1, max_size=40)
SEPARATORS = [" ", " ", " ", "  ", "\t", "\n", "\n\n"]


@st.composite
def texts(draw: st.DrawFn, separators: list[str] = SEPARATORS) -> str:
    parts = draw(st.lists(words, max_size=50))
    return "".join(w + draw(st.sampled_from(separators)) for w in parts)


def _paragraph_lines(text: str, style_name: str, width: float) -> list[str]:
    para = L.p(text, getattr(L.styles(), style_name))
    para.wrap(width, 1e9)
    lines = []
    for line in para.blPara.lines:
        if isinstance(line, tuple):  # one font: (space left, words)
            lines.append(" ".join(line[1]))
        else:  # after a <br/>: fragments
            lines.append("".join(getattr(f, "text", "") for f in line.words).strip())
    return lines


@settings(max_examples=300, deadline=None)
@given(texts(), st.floats(min_value=15, max_value=400), st.sampled_from(STYLES))
def test_fit_lines_breaks_where_a_paragraph_would(text: str, width: float, style_name: str) -> None:
    style = getattr(L.styles(), style_name)
    text = text.strip()
    assert L.fit_lines(text, style.fontName, style.fontSize, width) == _paragraph_lines(text, style_name, width)


@settings(max_examples=300, deadline=None)
@given(
    texts([*SEPARATORS, " \u00a0", "\u202f", "\r\n"]),
    st.floats(min_value=1, max_value=400),
    st.sampled_from(STYLES),
)
def test_fit_lines_keeps_every_character_within_the_width(text: str, width: float, style_name: str) -> None:
    style = getattr(L.styles(), style_name)
    lines = L.fit_lines(text, style.fontName, style.fontSize, width)
    assert "".join("".join(lines).split()) == "".join(text.split())
    squeeze = rl_config.spaceShrinkage * stringWidth(" ", style.fontName, style.fontSize)
    for line in lines:
        if len(line) > 1:  # one character wider than the column has nowhere else to go
            assert stringWidth(line, style.fontName, style.fontSize) <= width + squeeze * line.count(" ") + 1e-6


def test_a_word_longer_than_the_column_is_split_not_cut() -> None:
    style = L.styles().cell
    name = "transcript_" + "".join(f"{i:02d}" for i in range(40)) + ".txt"
    lines = L.fit_lines(f"See {name} for details", style.fontName, style.fontSize, 90)
    assert len(lines) > 3
    assert lines[0].startswith("See transcript_")
    assert "".join(lines).replace(" ", "") == f"See{name}fordetails"


def test_cells_stay_plain_strings_unless_the_font_lacks_a_character() -> None:
    style = L.styles().cell
    assert L.cell("2026-09-15", style, 80) == "2026-09-15"
    wrapped = L.cell("Warrant for Arrest of Alien (I-200), shown at the door", style, 90)
    assert isinstance(wrapped, str)
    assert "\n" in wrapped
    assert L.cell("Agent said <b>stop</b> & left", style, 400) == "Agent said <b>stop</b> & left"
    assert isinstance(L.cell("王小明 (Wang Xiaoming)", style, 400), L.Para)


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_a_row_taller_than_a_page_prints_every_line_once_in_order(paper: str) -> None:
    st_ = L.styles()
    options = ReportOptions(paper=paper, generated_by="paralegal", generated_at=WHEN, today=date(2026, 11, 2))
    width = L.frame_width(options)
    title = " ".join(f"t{i:03d}" for i in range(400))
    filename = " ".join(f"f{i:03d}" for i in range(60))
    note = " ".join(f"n{i:03d}" for i in range(700))
    rows = [
        [f"row {i}", L.TextLines([(f"title {i}", st_.cell), (f"file {i}.pdf", st_.cell_note)]), f"note {i}"]
        for i in range(30)
    ]
    rows.insert(12, ["tall", L.TextLines([(title, st_.cell), (filename, st_.cell_note)]), note])
    story = [L.grid_table(["Kind", "Title", "Note"], rows, width, (1.0, 3.0, 3.0))]
    pdf = L.render(story, options, title="Long rows", subject="test", fingerprint_value="0" * 16)
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) > 1
    words = "\n".join(page.extract_text() for page in reader.pages).split()
    assert [w for w in words if w[0] == "t" and w[1:].isdigit()] == title.split()
    assert [w for w in words if w[0] == "f" and w[1:].isdigit()] == filename.split()
    assert [w for w in words if w[0] == "n" and w[1:].isdigit()] == note.split()
    text = " ".join(words)
    for i in range(30):
        assert f"title {i} file {i}.pdf" in text
        assert f"note {i}" in text

"""The embedded fonts of every report, and text-to-markup with a fallback for other scripts.

DejaVu Sans (shipped in ``resources/fonts/`` with its licence) covers every Latin-script name a
clinic meets (accents, ñ, ç, ü, ʼ in K'iche'), plus Greek, Cyrillic and most symbols; ReportLab
embeds the subset used. Names in Chinese, Japanese or Korean fall back to ReportLab's standard
CID fonts, which PDF viewers supply, so such a name still prints as searchable text. Characters
neither covers (a few scripts such as Devanagari) print as the font's missing-glyph box: the
stored record is unaffected.
"""

from __future__ import annotations

from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from casefile.resources import resource_path

REGULAR = "CasefileSans"
BOLD = "CasefileSans-Bold"
OBLIQUE = "CasefileSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
}

# (first code point, last code point, CID font) for the scripts DejaVu lacks and PDF viewers
# carry standard fonts for.
_CJK_RANGES = (
    (0x1100, 0x11FF, "HYSMyeongJo-Medium"),  # Hangul Jamo
    (0x3040, 0x30FF, "HeiseiMin-W3"),  # Hiragana, Katakana
    (0xAC00, 0xD7AF, "HYSMyeongJo-Medium"),  # Hangul syllables
    (0x3000, 0x303F, "STSong-Light"),  # CJK punctuation
    (0x3400, 0x9FFF, "STSong-Light"),  # CJK ideographs
    (0xF900, 0xFAFF, "STSong-Light"),
    (0xFF00, 0xFFEF, "STSong-Light"),  # full-width forms
)


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the report fonts once per process; returns the regular font's name."""
    # ASCII85 on top of Flate makes every stream a quarter larger and, in pure Python, costs
    # a tenth of a report's build time; PDF readers have not needed it for decades.
    rl_config.useA85 = 0
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    # The family lets <b> and <i> in Paragraph markup pick the right face; there is no
    # bold-oblique file, and bold reads better than a synthetic slant.
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD)
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, OBLIQUE), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)
    return REGULAR


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=1)
def _covered_chars() -> frozenset[str]:
    # As characters, so a whole text is checked in one set operation rather than a loop here.
    # Line breaks and tabs are not glyphs but are covered too: they become breaks and spaces.
    return frozenset(map(chr, _covered())) | frozenset("\t\n\r\f\v")


@cache
def _cid_font(name: str) -> str:
    pdfmetrics.registerFont(UnicodeCIDFont(name))
    return name


def _fallback_for(char: str) -> str | None:
    code = ord(char)
    if code in _covered():
        return None
    for first, last, font in _CJK_RANGES:
        if first <= code <= last:
            return font
    return None


def covered(text: str) -> bool:
    """Whether DejaVu Sans has every character of ``text`` (no fallback font needed)."""
    return text.isascii() or _covered_chars().issuperset(text)


def markup(text: object) -> str:
    """User text as Paragraph markup: escaped, line breaks kept, other scripts in a fallback font.

    Every piece of case data goes through here, so a name containing ``<`` or ``&`` prints as
    written instead of being read as markup.
    """
    if text is None:
        return ""
    raw = str(text)
    if covered(raw):
        return escape(raw).replace("\n", "<br/>")
    out: list[str] = []
    run: list[str] = []
    run_font: str | None = None
    for char in raw:
        font = _fallback_for(char)
        if font != run_font and run:
            out.append(_wrap("".join(run), run_font))
            run = []
        run_font = font
        run.append(char)
    if run:
        out.append(_wrap("".join(run), run_font))
    return "".join(out).replace("\n", "<br/>")


def _wrap(chunk: str, font: str | None) -> str:
    if font is None:
        return escape(chunk)
    return f'<font name="{_cid_font(font)}">{escape(chunk)}</font>'

"""What a document is, judged from its bytes, never from its name.

Attachments can lie about their type (a renamed ``.exe`` called ``warrant.pdf``), so the media
type comes from the content: the ``filetype`` library recognises binary formats by signature and
our own check recognises plain text. :func:`check_claimed_type` turns a disagreement between a
file's extension and its content into a message the user can act on.

Text-likeness is decided here once, from the first bytes, so that sniffing and search-text
extraction (:class:`TextCollector`, used while a document streams into the vault) agree.
"""

from __future__ import annotations

import codecs
import io
from pathlib import Path, PurePath

import filetype

from casefile.errors import ValidationError

PDF = "application/pdf"
TEXT = "text/plain"
OCTET_STREAM = "application/octet-stream"
# What `file --mime-type` calls a zero-length file: it has no type, and an empty "warrant.pdf"
# deserves its own message rather than "it looks like text".
EMPTY = "application/x-empty"

# Images Qt decodes with the plugins bundled in PySide6 (HEIC is not among them), so the in-app
# viewer can show them from memory.
VIEWABLE_IMAGE_TYPES: frozenset[str] = frozenset(
    {"image/png", "image/apng", "image/jpeg", "image/gif", "image/bmp", "image/tiff", "image/webp"}
)

# How much of a document sniffing looks at; `filetype` reads no further than this either.
SNIFF_BYTES = 8192

# Extensions that claim a type we view or trust: (how to name it in a message, accepted types).
# Several containers legitimately come out under more than one type (an iPhone .mp4 is often
# QuickTime-branded, an animated PNG is still a PNG).
_CLAIMS: dict[str, tuple[str, frozenset[str]]] = {
    ".pdf": ("a PDF", frozenset({PDF})),
    ".png": ("a PNG image", frozenset({"image/png", "image/apng"})),
    ".jpg": ("a JPEG image", frozenset({"image/jpeg"})),
    ".jpeg": ("a JPEG image", frozenset({"image/jpeg"})),
    ".gif": ("a GIF image", frozenset({"image/gif"})),
    ".txt": ("a text file", frozenset({TEXT, EMPTY})),
    ".heic": ("a HEIC photo", frozenset({"image/heic", "image/heif"})),
    ".mp4": (
        "an MP4 video",
        frozenset({"video/mp4", "video/x-m4v", "video/quicktime", "audio/mp4"}),
    ),
    ".mp3": ("an MP3 audio file", frozenset({"audio/mpeg"})),
    ".wav": ("a WAV audio file", frozenset({"audio/x-wav", "audio/wav"})),
    ".tif": ("a TIFF image", frozenset({"image/tiff"})),
    ".tiff": ("a TIFF image", frozenset({"image/tiff"})),
    ".webp": ("a WebP image", frozenset({"image/webp"})),
}

# Control characters that real text files do contain: tab, newlines, form feed, vertical tab,
# the DOS end-of-file marker and ESC (terminal colour codes in saved logs).
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1a\x1b")


def _is_control(ch: str) -> bool:
    code = ord(ch)
    if code < 0x20:
        return ch not in _ALLOWED_CONTROLS
    # DEL, the C1 range (what cp1252's smart quotes become if mis-decoded as Latin-1) and the
    # replacement character that undefined cp1252 bytes decode to.
    return code == 0x7F or 0x80 <= code <= 0x9F or code == 0xFFFD


def _mostly_printable(text: str) -> bool:
    # Random binary data has about one control character in eight; text has almost none.
    # One percent tolerates a stray form feed or odd byte in a real document.
    bad = sum(1 for ch in text if _is_control(ch))
    return bad * 100 <= len(text)


def text_encoding(head: bytes) -> str | None:
    """Return the codec to read a document as text with, or ``None`` if it is not text.

    ``head`` is the start of the document (it may end mid-character). UTF-8 (with or without a
    BOM) and UTF-16 with a BOM are recognised exactly; anything else without NUL bytes that reads
    as mostly printable Windows-1252 (the superset of Latin-1 that Windows editors save) is
    accepted as such.
    """
    if head.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    elif b"\0" in head:
        return None
    else:
        candidates = ["utf-8", "cp1252"]
    for encoding in candidates:
        # cp1252 leaves five bytes undefined; "replace" keeps going and _is_control counts them.
        errors = "replace" if encoding == "cp1252" else "strict"
        decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
        try:
            # final=False: the head may stop in the middle of a multi-byte character.
            decoded = decoder.decode(head, final=False)
        except UnicodeDecodeError:
            continue
        return encoding if _mostly_printable(decoded) else None
    return None


def sniff_media_type(head: bytes) -> str:
    """Return the media type of a document from its first bytes (up to :data:`SNIFF_BYTES`)."""
    head = head[:SNIFF_BYTES]
    if not head:
        return EMPTY
    kind = filetype.guess(head)
    if kind is not None:
        return str(kind.mime)
    is_text = text_encoding(head) is not None
    # Readers accept a PDF whose "%PDF-" marker comes after some junk (mail gateways and old
    # scanners add it); `filetype` only looks at offset 0. A text file merely mentioning the
    # marker stays text.
    if not is_text and b"%PDF-" in head[:1024]:
        return PDF
    return TEXT if is_text else OCTET_STREAM


def check_claimed_type(filename: str, media_type: str) -> None:
    """Refuse a file whose extension claims a type its content (``media_type``) contradicts.

    Only extensions for types we view or trust are checked; others pass, since a ``.docx`` or an
    unknown extension claims nothing we act on.
    """
    name = PurePath(filename).name
    claim = _CLAIMS.get(PurePath(name).suffix.lower())
    if claim is None:
        return
    label, accepted = claim
    if media_type in accepted:
        return
    if media_type == EMPTY:
        raise ValidationError(
            f"'{name}' is named as {label} but it is empty. Check that this is the right file.",
            key="media_type_empty",
        )
    raise ValidationError(
        f"'{name}' is named as {label} but its content is not {label} "
        f"(it looks like {media_type}). Check that this is the right file.",
        key="media_type_mismatch",
    )


class TextCollector:
    """Collects a document's search text while its bytes stream past, up to ``limit`` chars.

    Feed every chunk in order; :meth:`result` is the text, or ``None`` when the document is not
    text (judged from its first :data:`SNIFF_BYTES` bytes, as :func:`sniff_media_type` does, and
    abandoned if a NUL byte turns up later in a non-UTF-16 document). Decoding stops once the
    limit is reached, so a huge log file costs no more than its first ``limit`` characters.
    """

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._head = b""
        self._decoder: codecs.IncrementalDecoder | None = None
        self._encoding: str | None = None
        self._parts: list[str] = []
        self._chars = 0
        self._decided = limit <= 0
        self._text = limit > 0

    @property
    def active(self) -> bool:
        """Whether more bytes could still change the result (callers may stop feeding if not)."""
        return self._text and self._chars < self._limit

    def feed(self, chunk: bytes) -> None:
        """Take the next bytes of the document."""
        if not self._text or self._chars >= self._limit:
            return
        if not self._decided:
            # Chunks from the vault are large, but a caller may feed small ones: hold bytes back
            # until there is enough to judge.
            self._head += chunk
            if len(self._head) < SNIFF_BYTES:
                return
            chunk, self._head = self._head, b""
            self._decide(chunk)
            if not self._text:
                return
        self._decode(chunk, final=False)

    def _decide(self, head: bytes) -> None:
        self._decided = True
        kind = filetype.guess(head[:SNIFF_BYTES]) if head else None
        self._encoding = None if kind is not None else text_encoding(head[:SNIFF_BYTES])
        if self._encoding is None:
            self._text = False
            return
        # Once the start is known to be text, a stray bad byte later is replaced, not fatal.
        self._decoder = codecs.getincrementaldecoder(self._encoding)(errors="replace")

    def _decode(self, chunk: bytes, *, final: bool) -> None:
        assert self._decoder is not None
        if self._encoding != "utf-16" and b"\0" in chunk:
            self._text = False
            self._parts.clear()
            return
        piece = self._decoder.decode(chunk, final=final)
        room = self._limit - self._chars
        if len(piece) > room:
            piece = piece[:room]
        self._parts.append(piece)
        self._chars += len(piece)

    def result(self) -> str | None:
        """Return the collected text (call once every chunk has been fed)."""
        if not self._text:
            return None
        if not self._decided:
            # The whole document was shorter than the sniffing window.
            head, self._head = self._head, b""
            self._decide(head)
            if not self._text:
                return None
            self._decode(head, final=True)
        elif self._chars < self._limit and self._text:
            self._decode(b"", final=True)
        if not self._text:
            return None
        text = "".join(self._parts)
        self._parts = [text]
        return text


def pdf_text(data: bytes, limit: int) -> str | None:
    """Return up to ``limit`` characters of a PDF's text layer, or ``None`` if it has none.

    Scanned PDFs without a text layer, PDFs needing a password and malformed files give ``None``.
    """
    # Imported here: pypdf is slow to import and only needed when a PDF is added.
    from pypdf import PdfReader

    parts: list[str] = []
    length = 0
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return None
        for page in reader.pages:
            page_text = page.extract_text() or ""
            parts.append(page_text[: limit - length])
            length += len(parts[-1]) + 1
            if length >= limit:
                break
    # Attachments are hostile input: any failure inside pypdf just means no search text.
    except Exception:
        return None
    # pypdf ends pages with newlines; blank text (a scan without OCR) is no text.
    text = "\n".join(parts)[:limit].strip()
    return text or None


def sniff_file(path: Path) -> str:
    """The media type of a file on disk, from its first bytes."""
    with open(path, "rb") as fh:
        return sniff_media_type(fh.read(SNIFF_BYTES))

"""Bytes of synthetic document files: PDFs, PNG photos, WAV voicemails, videos, plain text.

Every file is a real instance of its format (a PDF pypdf can read, a PNG any viewer shows, a WAV
that plays), because the importer sniffs media types from content and extracts PDF text for search.
Bulk bytes come from AES-256-CTR keyed by the seed and the document id: a reproducible stream at
several GB/s, so the benchmark's 1 GiB of documents is written in seconds and never held in memory.
Sizes are exact where a format allows it, so a scale's byte total comes out as asked.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

MIB = 1024 * 1024
_ZEROS = bytes(MIB)


class Noise:
    """A reproducible pseudo-random byte stream for one file."""

    def __init__(self, seed: int, label: str) -> None:
        self._label = f"casefile-demo:{seed}:{label}"
        self._cipher: Any = None  # set up on first use: most text files never need noise

    def _update(self, size: int) -> bytes:
        if self._cipher is None:
            key = hashlib.sha256(self._label.encode()).digest()
            self._cipher = Cipher(algorithms.AES(key), modes.CTR(bytes(16))).encryptor()
        return bytes(self._cipher.update(_ZEROS[:size]))

    def read(self, size: int) -> bytes:
        parts = []
        while size > 0:
            step = min(size, MIB)
            parts.append(self._update(step))
            size -= step
        return b"".join(parts)

    def write_to(self, handle: BinaryIO, size: int) -> None:
        while size > 0:
            step = min(size, MIB)
            handle.write(self._update(step))
            size -= step


# ---------------------------------------------------------------------------------------------
# PDF, assembled by hand: ReportLab builds about 170 pages a second, too slow for 18 000 files.


def _pdf_escape(line: str) -> bytes:
    raw = line.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(line: str, width: int = 92) -> list[str]:
    """Greedy word wrap; textwrap was a third of the time spent building PDFs."""
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width + 1)
        if cut <= 0:
            cut = width
        out.append(line[:cut])
        line = line[cut:].lstrip()
    out.append(line)
    return out


def _pdf_pages(title: str, lines: list[str]) -> list[bytes]:
    wrapped: list[str] = []
    for line in lines:
        wrapped.extend(_wrap(line))
    per_page = 46
    pages = []
    for start in range(0, max(len(wrapped), 1), per_page):
        ops = [b"BT /F1 13 Tf 56 740 Td (" + _pdf_escape(title) + b") Tj ET", b"BT /F1 10 Tf"]
        ops.append(b"56 712 Td 14 TL")
        for line in wrapped[start : start + per_page]:
            ops.append(b"(" + _pdf_escape(line) + b") Tj T*")
        ops.append(b"ET")
        pages.append(b"\n".join(ops))
    return pages


def _pdf_assemble(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 2 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def simple_pdf(title: str, lines: list[str], size: int, noise: Noise, heading: str = "") -> bytes:
    """A text PDF of ``size`` bytes, or its natural size if that is larger.

    ``title`` goes in the document information; ``heading`` (default: the title) tops each page.

    The padding is an unreferenced stream (what a scanner's embedded image costs in bytes); PDF
    readers skip objects no page refers to, and text extraction sees only the typed text.
    """
    contents = _pdf_pages(heading or title, lines)
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(len(contents)))
    objects = [
        b"<< /Type /Catalog /Pages 3 0 R >>",
        b"<< /Title (" + _pdf_escape(title) + b") /Producer (Casefile demo generator) >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(contents),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for index, content in enumerate(contents):
        objects.append(
            b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents %d 0 R >>" % (first_page + 2 * index + 1)
        )
        objects.append(_stream(content))
    natural = _pdf_assemble(objects)
    if size <= len(natural) + 80:
        return natural
    padding = size - len(natural) - 60
    for _ in range(6):
        candidate = _pdf_assemble([*objects, _stream(b"\0" * padding)])
        if len(candidate) == size:
            break
        padding += size - len(candidate)
    return _pdf_assemble([*objects, _stream(noise.read(padding))])


def reportlab_i213(fields: list[tuple[str, str]], narrative: str) -> bytes:
    """A one-page synthetic I-213 laid out with ReportLab (used for the first few PDFs)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    # invariant=1 fixes the creation date and document id, and uncompressed page streams keep
    # zlib's implementation out of the bytes: same input, same file everywhere.
    pdf = canvas.Canvas(buffer, pagesize=letter, invariant=1, pageCompression=0)
    pdf.setTitle("I-213 Record of Deportable/Inadmissible Alien (synthetic)")
    width, height = letter
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(40, height - 40, "U.S. Department of Homeland Security")
    pdf.drawString(40, height - 56, "RECORD OF DEPORTABLE/INADMISSIBLE ALIEN  (Form I-213)")
    pdf.setFont("Helvetica-Oblique", 8)
    pdf.drawRightString(width - 40, height - 40, "SYNTHETIC DEMO DOCUMENT - NOT A REAL RECORD")
    y = height - 80
    pdf.setFont("Helvetica", 9)
    for index, (label, value) in enumerate(fields):
        column = index % 2
        x = 40 + column * (width - 80) / 2
        pdf.rect(x, y - 26, (width - 80) / 2, 26)
        pdf.setFont("Helvetica", 6.5)
        pdf.drawString(x + 3, y - 8, label)
        pdf.setFont("Helvetica", 9.5)
        pdf.drawString(x + 3, y - 21, value)
        if column == 1:
            y -= 26
    y -= 40
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(40, y, "NARRATIVE")
    pdf.setFont("Helvetica", 9.5)
    for line in _wrap(narrative, 105):
        y -= 13
        pdf.drawString(40, y, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# PNG


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


# Two bits per 4-bit pixel pair are toggled: each palette colour has a slightly lighter twin at
# the next index, so flipping the low bit of a nibble is film grain, not static.
_GRAIN = bytes(b & 0x11 for b in range(256))
_SCENES = (
    # sky high, sky low, wall, door, window, ground, trim
    ((110, 150, 205), (150, 185, 225), (196, 160, 120), (90, 60, 40), (170, 200, 230), (80, 80, 80),
     (240, 240, 235)),
    ((120, 165, 215), (165, 200, 235), (220, 220, 210), (40, 40, 45), (150, 180, 210), (70, 75, 70),
     (150, 40, 40)),
    ((80, 110, 160), (120, 150, 195), (170, 90, 70), (230, 230, 230), (190, 210, 230), (90, 85, 80),
     (60, 60, 60)),
    ((160, 185, 210), (195, 210, 225), (90, 110, 90), (60, 60, 70), (200, 215, 225), (75, 70, 65),
     (230, 220, 200)),
)  # fmt: skip


def _stored_zlib(data: bytes) -> bytes:
    """A zlib stream of uncompressed ("stored") deflate blocks.

    zlib's compressor is not the same everywhere (zlib-ng gives other bytes at the same level),
    so files that must be identical on every machine are not compressed at all.
    """
    blocks = [b"\x78\x01"]
    step = 65535
    for start in range(0, max(len(data), 1), step):
        part = data[start : start + step]
        final = 1 if start + step >= len(data) else 0
        blocks.append(struct.pack("<BHH", final, len(part), len(part) ^ 0xFFFF) + part)
    blocks.append(struct.pack(">I", zlib.adler32(data)))
    return b"".join(blocks)


def png_scene(variant: int, width: int, height: int, noise: Noise) -> bytes:
    """Signature, IHDR, PLTE and IDAT of a simple coloured picture: a house front with a door.

    A 4-bit palette image stored without compression: 320x240 is about 39 KB, rows are built
    with bytes arithmetic (milliseconds), and the bytes depend on nothing but the noise stream.
    ``width`` must be even.
    """
    colours = _SCENES[variant % len(_SCENES)]
    palette = b"".join(bytes(c) + bytes(min(255, v + 12) for v in c) for c in colours)
    sky_high, sky_low, wall, door, window, ground, trim = (2 * i for i in range(7))
    half = width // 2  # bytes per row: two pixels each
    horizon = height // 3
    door_x = (half * (2 + variant % 3) // 8, half * (3 + variant % 3) // 8)
    window_x = (half * 5 // 8, half * 7 // 8)

    def solid(index: int, count: int) -> bytes:
        return bytes([index << 4 | index]) * count

    rows = bytearray()
    for y in range(height):
        if y < horizon:
            row = bytearray(solid(sky_high if y < horizon // 2 else sky_low, half))
        elif y < horizon + height // 24:
            row = bytearray(solid(trim, half))
        elif y > height - height // 10:
            row = bytearray(solid(ground, half))
        else:
            row = bytearray(solid(wall, half))
            if y > horizon + height // 6:
                row[door_x[0] : door_x[1]] = solid(door, door_x[1] - door_x[0])
            if horizon + height // 8 < y < horizon + height // 3:
                row[window_x[0] : window_x[1]] = solid(window, window_x[1] - window_x[0])
        grain = noise.read(half).translate(_GRAIN)
        mixed = int.from_bytes(row, "big") ^ int.from_bytes(grain, "big")
        rows += b"\x00" + mixed.to_bytes(half, "big")
    header = struct.pack(">IIBBBBB", width, height, 4, 3, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"PLTE", palette)
        + _chunk(b"IDAT", _stored_zlib(bytes(rows)))
    )


def png_file(scene: bytes, caption: str, size: int, noise: Noise) -> bytes:
    """Finish a PNG: a caption (which also makes every file's bytes unique), padding, IEND.

    Padding sits in a private ancillary chunk ("cfPd"), which viewers are required to ignore.
    """
    text = _chunk(b"tEXt", b"Description\0" + caption.encode("latin-1", errors="replace"))
    end = _chunk(b"IEND", b"")
    natural = len(scene) + len(text) + len(end)
    if size < natural + 12:
        return scene + text + end
    return scene + text + _chunk(b"cfPd", noise.read(size - natural - 12)) + end


# ---------------------------------------------------------------------------------------------
# WAV, MP4, text

_RATE = 8000


def _beep() -> bytes:
    """Half a second of a 440 Hz triangle wave, in integer arithmetic.

    Integers, not math.sin: libm results may differ in the last bit between platforms, and the
    output must be the same bytes everywhere.
    """
    phases = (i * 440 * 65536 // _RATE % 65536 for i in range(_RATE // 2))
    return b"".join(struct.pack("<h", (abs(p - 32768) - 16384) // 3) for p in phases)


_BEEP = _beep()


def wav_file(size: int, noise: Noise) -> bytes:
    """A mono 8 kHz voicemail: a beep, then quiet line hiss (low byte random, high byte zero)."""
    data_len = max(len(_BEEP), (size - 44) & ~1)
    hiss_len = data_len - len(_BEEP)
    hiss = bytearray(hiss_len)
    hiss[0::2] = noise.read((hiss_len + 1) // 2)
    data = _BEEP + bytes(hiss)
    header = b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVE"
    fmt = b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, _RATE, _RATE * 2, 2, 16)
    return header + fmt + b"data" + struct.pack("<I", len(data)) + data


_FTYP = struct.pack(">I", 32) + b"ftypisom" + struct.pack(">I", 0x200) + b"isomiso2avc1mp41"


def write_video(path: Path, size: int, noise: Noise) -> int:
    """An ISO-BMFF file (sniffed as video/mp4) of exactly ``size`` bytes, streamed to ``path``."""
    size = max(size, len(_FTYP) + 8)
    with path.open("wb") as handle:
        handle.write(_FTYP)
        handle.write(struct.pack(">I", size - len(_FTYP)) + b"mdat")
        noise.write_to(handle, size - len(_FTYP) - 8)
    return size

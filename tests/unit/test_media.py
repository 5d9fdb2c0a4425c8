"""Media types come from a document's bytes, and a name that lies about them is refused."""

from __future__ import annotations

import codecs
import io
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from casefile.domain.media import (
    EMPTY,
    OCTET_STREAM,
    PDF,
    TEXT,
    VIEWABLE_IMAGE_TYPES,
    TextCollector,
    check_claimed_type,
    pdf_text,
    sniff_media_type,
    text_encoding,
)
from casefile.errors import ValidationError

SPANISH = "Notificación de comparecencia: el señor Núñez llegó a la audiencia. ¿Qué pasó?\n"


def pdf_bytes(text: str = "Notice to appear") -> bytes:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def image_bytes(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (4, 3), (200, 30, 30)).save(buf, format=fmt)
    return buf.getvalue()


def exe_bytes() -> bytes:
    # The start of a PE executable: "MZ", DOS stub, and the "PE\0\0" signature it points to.
    stub = bytearray(256)
    stub[0:2] = b"MZ"
    stub[0x3C:0x40] = (0x80).to_bytes(4, "little")
    stub[0x80:0x84] = b"PE\0\0"
    return bytes(stub) + b"This program cannot be run in DOS mode." * 10


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (pdf_bytes(), PDF),
        (image_bytes("PNG"), "image/png"),
        (image_bytes("JPEG"), "image/jpeg"),
        (image_bytes("GIF"), "image/gif"),
        (image_bytes("TIFF"), "image/tiff"),
        (image_bytes("WEBP"), "image/webp"),
        (exe_bytes(), "application/x-msdownload"),
        (SPANISH.encode("utf-8"), TEXT),
        (codecs.BOM_UTF8 + SPANISH.encode("utf-8"), TEXT),
        (SPANISH.encode("utf-16"), TEXT),
        (SPANISH.replace("¿", "“").encode("cp1252"), TEXT),
        (b"", EMPTY),
        (b"plain\0with a NUL", OCTET_STREAM),
        (random.Random(7).randbytes(8192), OCTET_STREAM),
    ],
    ids=[
        "pdf",
        "png",
        "jpeg",
        "gif",
        "tiff",
        "webp",
        "exe",
        "utf8",
        "utf8-bom",
        "utf16",
        "cp1252",
        "empty",
        "nul",
        "random",
    ],
)
def test_sniff_from_real_bytes(data: bytes, expected: str) -> None:
    assert sniff_media_type(data) == expected


def test_sniff_only_looks_at_the_head() -> None:
    # A text head followed by binary is judged by the head, as the vault stores only the head.
    assert sniff_media_type(SPANISH.encode() * 200 + b"\0" * 100) == TEXT


def test_text_cut_mid_character_is_still_text() -> None:
    data = ("ñ" * 5000).encode("utf-8")[:8191]  # ends in the middle of a two-byte character
    assert text_encoding(data) == "utf-8"
    assert sniff_media_type(data) == TEXT


def test_pdf_marker_after_junk_is_a_pdf_but_text_mentioning_it_is_text() -> None:
    junk = b"\x89\x01\x02\x03binary preamble\x00\x04"
    assert sniff_media_type(junk + pdf_bytes()) == PDF
    assert sniff_media_type(b"The file starts with %PDF-1.4 as usual.\n") == TEXT


def test_renamed_executable_claiming_pdf_is_refused() -> None:
    media_type = sniff_media_type(exe_bytes())
    with pytest.raises(ValidationError) as info:
        check_claimed_type("warrant.pdf", media_type)
    assert info.value.message == (
        "'warrant.pdf' is named as a PDF but its content is not a PDF (it looks like "
        "application/x-msdownload). Check that this is the right file."
    )
    assert info.value.key == "media_type_mismatch"


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("notice.pdf", pdf_bytes()),
        ("NOTICE.PDF", pdf_bytes()),
        ("photo.png", image_bytes("PNG")),
        ("photo.jpg", image_bytes("JPEG")),
        ("photo.JPEG", image_bytes("JPEG")),
        ("scan.tif", image_bytes("TIFF")),
        ("scan.tiff", image_bytes("TIFF")),
        ("a.webp", image_bytes("WEBP")),
        ("a.gif", image_bytes("GIF")),
        ("notes.txt", SPANISH.encode()),
        ("empty.txt", b""),
        ("letter.docx", exe_bytes()),  # an extension we do not act on claims nothing
        ("no-extension", exe_bytes()),
    ],
)
def test_honest_or_unchecked_names_pass(filename: str, data: bytes) -> None:
    check_claimed_type(filename, sniff_media_type(data))


@pytest.mark.parametrize(
    ("filename", "data", "label"),
    [
        ("photo.jpg", image_bytes("PNG"), "a JPEG image"),
        ("notes.txt", pdf_bytes(), "a text file"),
        ("clip.mp4", SPANISH.encode(), "an MP4 video"),
        ("call.mp3", image_bytes("GIF"), "an MP3 audio file"),
        ("call.wav", pdf_bytes(), "a WAV audio file"),
        ("img.heic", image_bytes("JPEG"), "a HEIC photo"),
    ],
)
def test_lying_names_are_refused(filename: str, data: bytes, label: str) -> None:
    with pytest.raises(ValidationError, match=f"named as {label} but its content is not {label}"):
        check_claimed_type(filename, sniff_media_type(data))


def test_message_names_the_file_not_its_folder() -> None:
    with pytest.raises(ValidationError) as info:
        check_claimed_type("/home/ana/Desktop/warrant.pdf", sniff_media_type(b"hello"))
    assert info.value.message.startswith("'warrant.pdf' is named as a PDF")


def test_empty_file_claiming_pdf_gets_its_own_message() -> None:
    with pytest.raises(ValidationError) as info:
        check_claimed_type("warrant.pdf", sniff_media_type(b""))
    assert info.value.message == (
        "'warrant.pdf' is named as a PDF but it is empty. Check that this is the right file."
    )


def test_viewable_images_are_the_ones_qt_can_show() -> None:
    for fmt in ("PNG", "JPEG", "GIF", "TIFF", "WEBP"):
        assert sniff_media_type(image_bytes(fmt)) in VIEWABLE_IMAGE_TYPES
    assert "image/heic" not in VIEWABLE_IMAGE_TYPES


def collect(chunks: list[bytes], limit: int = 2_000_000) -> str | None:
    collector = TextCollector(limit)
    for chunk in chunks:
        collector.feed(chunk)
    return collector.result()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_collector_decodes_each_encoding(encoding: str) -> None:
    text = SPANISH * 300
    data = text.encode(encoding)
    assert collect([data]) == text
    # Chunk boundaries that split characters (and the BOM) change nothing.
    assert collect([data[i : i + 7] for i in range(0, len(data), 7)]) == text


def test_collector_stops_at_the_limit() -> None:
    assert collect([(SPANISH * 1000).encode()], limit=100) == (SPANISH * 1000)[:100]
    assert collect([b"abc"], limit=0) is None


def test_collector_refuses_binary_and_late_nul() -> None:
    assert collect([image_bytes("PNG")]) is None
    assert collect([random.Random(3).randbytes(20000)]) is None
    assert collect([b"a" * 9000, b"more text\0then binary"]) is None
    assert collect([pdf_bytes()]) is None
    assert collect([]) == ""


@settings(max_examples=200)
@given(st.binary(max_size=9000))
def test_sniffing_never_fails_on_arbitrary_bytes(data: bytes) -> None:
    media_type = sniff_media_type(data)
    assert "/" in media_type
    if media_type == PDF:
        check_claimed_type("x.pdf", media_type)
    else:
        with pytest.raises(ValidationError, match=r"^'x\.pdf' is named as a PDF but"):
            check_claimed_type("x.pdf", media_type)


@settings(max_examples=100)
@given(st.text(max_size=3000), st.integers(min_value=1, max_value=50))
def test_collector_is_independent_of_chunking(text: str, step: int) -> None:
    text = "".join(ch for ch in text if ch.isprintable() or ch in "\n\t")
    data = text.encode("utf-8")
    pieces = [data[i : i + step] for i in range(0, len(data), step)]
    assert collect(pieces) == collect([data])


def encrypted(data: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_text_reads_the_text_layer() -> None:
    data = pdf_bytes("Orden de comparecencia para Juana")
    assert pdf_text(data, 1000) == "Orden de comparecencia para Juana"
    assert pdf_text(data, 5) == "Orden"
    # Opens without a password: the text is readable, so it is searchable.
    assert pdf_text(encrypted(data, ""), 1000) == "Orden de comparecencia para Juana"


def test_pdf_text_gives_none_when_there_is_no_readable_text() -> None:
    assert pdf_text(encrypted(pdf_bytes("secret"), "hunter2"), 1000) is None
    blank = io.BytesIO()
    canvas.Canvas(blank).save()  # a page with nothing on it, like a scan without OCR
    assert pdf_text(blank.getvalue(), 1000) is None
    assert pdf_text(b"%PDF-1.7\n1 0 obj << /Pages 2 0 R >> trailer <<>>", 1000) is None
    assert pdf_text(pdf_bytes()[:300], 1000) is None

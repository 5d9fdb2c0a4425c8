"""Long tables in the case summary, from a real vault: every row printed in full, in order.

The documents index and the notes run over many pages, and their cells are laid out by Casefile
itself (plain strings broken to the column width, a title over its file name) rather than by
ReportLab's Paragraph. Read back from the PDF, nothing may be missing or cut, including a note
longer than a page and a file name with no space to break at.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from casefile.reports import ReportOptions, build_case_summary
from casefile.reports.summary import section_headings
from casefile.services.bundle import person_bundle
from casefile.services.interchange import import_file

OPTIONS = ReportOptions(
    generated_by="paralegal", generated_at=datetime(2026, 11, 2, 10, 0, tzinfo=UTC), today=date(2026, 11, 2)
)
DOCUMENTS = 140
NOTES = 90
# A note longer than a page, its words numbered so their order can be checked.
LONG_NOTE = " ".join(f"w{i:04d}" for i in range(1, 1201))
LONG_TITLE = " ".join(f"t{j:04d}" for j in range(1, 80))
# No space to break at: it must run on over several lines of its column, every character kept.
UNBROKEN = "transcript_" + "".join(f"{i:02d}" for i in range(60)) + ".txt"
TITLES = (
    "Warrant of Removal (I-205)",
    "Declaration of the neighbour in Apt 5 about the vests, the unmarked SUV and what the agents said at the door",
    "Acta de nacimiento con traducción certificada — Quispe Mamani, Perú",
    "Photo: kitchen where the scan happened, 4410 Airline Dr",
)


def _document(i: int, files: Path) -> dict[str, Any]:
    name = UNBROKEN if i == 7 else f"scan_{i:03d}.txt"
    (files / name).write_text(f"document {i}\n", encoding="utf-8")
    title = f"{TITLES[i % len(TITLES)]} no. {i:03d}"
    if i == 11:
        # Nearly as long as a title may be (500 characters): a row of fifteen lines.
        title = f"Exhibit list no. {i:03d}: {LONG_TITLE}"
    return {
        "id": f"d-long-{i:03d}",
        "title": title,
        "kind": ("I-213", "photo", "declaration", "identity-document")[i % 4],
        "document_date": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "received_from": "ICE FOIA release" if i % 3 else "Gwinnett County Sheriff's Office (public records)",
        "file": f"files/{name}",
        "person_ids": ["p-rosa"],
        "encounter_ids": [],
        "foia_ids": [],
    }


def _note(i: int) -> dict[str, Any]:
    text = f"Note {i:03d}: called the client's sister; she will bring the lease and the school letters."
    if i == 5:
        text = f"Note {i:03d}:\n{LONG_NOTE}"
    elif i % 10 == 0:
        text += "\n\nSecond paragraph: the declaration is drafted, waiting for the interpreter to read it back."
    return {
        "id": f"n-long-{i:03d}",
        "text": text,
        "person_id": "p-rosa",
        "author": "paralegal" if i % 2 else "attorney",
        "created_at": f"2026-{1 + i // 28:02d}-{1 + i % 28:02d}T09:{i % 60:02d}:00-05:00",
    }


@pytest.fixture
def long_vault(vault, example_dir: Path, example_doc: dict[str, Any]):
    files = example_dir / "files"
    example_doc["documents"] += [_document(i, files) for i in range(DOCUMENTS)]
    example_doc["notes"] += [_note(i) for i in range(NOTES)]
    path = example_dir / "long.json"
    path.write_text(json.dumps(example_doc), encoding="utf-8")
    import_file(vault, path)
    return vault


def _squeezed(text: str) -> str:
    # Wrapped cells put line breaks where the spaces were, and a word too long for its column is
    # broken between characters; without any whitespace both read the same as the record.
    return "".join(text.split())


# What every page repeats: banner, footer, and the header row of a table continued from the page
# before. A row that breaks across a page has them in the middle of its text.
FURNITURE = [
    _squeezed(s)
    for s in (
        "PRIVILEGED & CONFIDENTIAL — ATTORNEY WORK PRODUCT",
        "Case summary — Rosa Elena Quispe Mamani",
        "Generated 2026-11-02 10:00 UTC by paralegal",
        "Kind Title Date Received from SHA-256 (first 12)",
        "Written Author Note",
    )
]


def _flat(text: str) -> str:
    flat = re.sub(r"Page\d+of\d+|Contentfingerprint[0-9a-f]{16}", "", _squeezed(text))
    for piece in FURNITURE:
        flat = flat.replace(piece, "")
    return flat


def _extracted(pdf: bytes) -> list[str]:
    texts = ["\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)]
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
        texts.append(done.stdout.decode("utf-8"))
    return texts


def _between(text: str, start: str, end: str | None) -> str:
    first = text.index(start)
    return text[first : text.index(end, first) if end else len(text)]


def _assert_in_order(text: str, needles: list[str]) -> None:
    at = 0
    for needle in needles:
        found = text.find(needle, at)
        assert found >= 0, f"{needle!r} missing or out of order"
        at = found + len(needle)


def test_documents_index_and_notes_print_every_row_in_full(long_vault) -> None:
    bundle = person_bundle(long_vault, "p-rosa")
    pdf = build_case_summary(bundle, "p-rosa", OPTIONS)
    documents = sorted(
        (d for d in bundle["documents"] if str(d["id"]).startswith("d-long-")),
        key=lambda d: (d["document_date"], d["title"]),
    )
    notes = sorted(
        (n for n in bundle["notes"] if str(n["id"]).startswith("n-long-")),
        key=lambda n: n["created_at"],
        reverse=True,
    )
    assert len(documents) == DOCUMENTS
    assert len(notes) == NOTES
    headings = [_squeezed(h) for h in section_headings("en")]
    for text in _extracted(pdf):
        flat = _flat(text)
        index = _between(flat, headings[7], headings[8])
        for doc in documents:
            assert doc["sha256"][:12] in index, doc["id"]
            assert _squeezed(doc["received_from"]) in index, doc["id"]
        # pdftotext reads a cell's small-type line (the file) as a block of its own, so titles and
        # files are each checked in order rather than side by side.
        _assert_in_order(index, [_squeezed(d["title"]) for d in documents])
        _assert_in_order(index, [_squeezed(d["original_filename"]) for d in documents])
        notes_part = _between(flat, headings[8], "Contentfingerprint:")
        _assert_in_order(notes_part, [_squeezed(n["text"]) for n in notes])


def test_a_note_longer_than_a_page_and_the_longest_title_keep_every_word_in_order(long_vault) -> None:
    pdf = build_case_summary(person_bundle(long_vault, "p-rosa"), "p-rosa", OPTIONS)
    headings = section_headings("en")
    for text in _extracted(pdf):
        words = _between(text, headings[8], "Content fingerprint:").split()
        numbered = [w for w in words if w.startswith("w") and w[1:].isdigit()]
        assert numbered == LONG_NOTE.split()
        words = _between(text, headings[7], headings[8]).split()
        titled = [w for w in words if w.startswith("t") and w[1:].isdigit()]
        assert titled == LONG_TITLE.split()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_a_table_header_repeats_only_at_the_top_of_a_page(long_vault) -> None:
    # ReportLab put the rest of a broken table back on the same page when a row still fitted
    # there: "Written Author Note" was printed again above the last note of a page, and the
    # documents header above a long title, in the middle of the page.
    pdf = build_case_summary(person_bundle(long_vault, "p-rosa"), "p-rosa", OPTIONS)
    headers = {_squeezed("Kind Title Date Received from SHA-256 (first"), _squeezed("Written Author Note")}
    headings = {_squeezed(h) for h in section_headings("en")}
    pages = len(PdfReader(BytesIO(pdf)).pages)
    for n in range(1, pages + 1):
        done = subprocess.run(
            ["pdftotext", "-layout", "-f", str(n), "-l", str(n), "-", "-"], input=pdf, capture_output=True, check=True
        )
        lines = [_squeezed(line) for line in done.stdout.decode("utf-8").splitlines() if line.strip()]
        for i, line in enumerate(lines):
            if line in headers:
                # the first line under the banner, or under the section's own heading
                assert i == 1 or lines[i - 1] in headings, f"page {n}: table header under {lines[i - 1]!r}"

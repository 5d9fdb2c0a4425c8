"""Redaction: of a bundle, and of the case summary built from it (text, metadata, bookmarks)."""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import unicodedata
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from casefile.reports import (
    ReportOptions,
    build_case_summary,
    build_encounter_report,
    redact_bundle,
)
from casefile.reports.fmt import format_a_number, mask_a_number
from casefile.reports.redact import NameMatcher, initials

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OPTIONS = ReportOptions(redact=True, generated_by="paralegal")


@pytest.fixture
def bundle() -> dict[str, Any]:
    return json.loads((FIXTURES / "report_bundle.json").read_text(encoding="utf-8"))


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).casefold().split())


def _texts(pdf: bytes) -> list[str]:
    """Every way we can read the PDF back: pypdf, and pdftotext where it is installed."""
    reader = PdfReader(BytesIO(pdf))
    texts = ["\n".join(page.extract_text() for page in reader.pages)]
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
        texts.append(done.stdout.decode("utf-8"))
    return texts


def _outline_titles(outline: list[Any]) -> list[str]:
    titles: list[str] = []
    for item in outline:
        titles += _outline_titles(item) if isinstance(item, list) else [item.title]
    return titles


FORBIDDEN = [
    "Rosa Elena Quispe Mamani",
    "Rosa Quispe",
    "Quispe",
    "Mamani",
    "Marco Antonio Villeda",
    "Villeda",
    "4410 Airline",
    "Airline Dr",
    "77022",
    "713 555",
    "555 0142",
    "555-0142",
    "1989-07-14",
    "07/14/1989",
]
# The A-number's digits beyond the last three, however they are spaced.
A_NUMBER_DIGITS = re.compile(r"208[\s\-]*114")


def _assert_clean(haystack: str, where: str) -> None:
    folded = _fold(haystack)
    for needle in FORBIDDEN:
        assert _fold(needle) not in folded, f"{needle!r} found in {where}"
    assert not A_NUMBER_DIGITS.search(haystack), f"A-number digits found in {where}"
    assert not re.search(r"\bRosa\b", haystack), f"given name found in {where}"


def test_initials_and_a_numbers() -> None:
    assert initials("Rosa Elena Quispe Mamani") == "R. E. Q. M."
    assert initials("José-María Núñez") == "J. M. N."
    assert initials("  ") == ""
    assert mask_a_number("A208114563") == "A-XXX-XXX-563"
    assert mask_a_number("a 12-345-678") == "A-XXX-XXX-678"
    assert format_a_number("A 208-114-563") == "A-208-114-563"
    assert format_a_number("A12345678") == "A-012-345-678"
    assert format_a_number("not a number") == "not a number"


def test_name_matcher_is_accent_and_case_insensitive() -> None:
    names = NameMatcher(["Rosa Elena Quispe Mamani", "Rosa Quispe"])
    text = "ROSA QUISPE said Quispé, Rosa and rosa_quispe_nta.pdf; Mamani too."
    assert names.replace(text) == "R. Q. said Q. R. and R. Q._nta.pdf; M. too."


def test_single_lowercase_words_are_not_names() -> None:
    names = NameMatcher(["Will Long"])
    assert names.replace("Will Long will wait long.") == "W. L. will wait long."


def test_redacted_bundle_drops_and_masks(bundle: dict[str, Any]) -> None:
    original = copy.deepcopy(bundle)
    red = redact_bundle(bundle)
    assert bundle == original, "redaction must not touch its input"
    rosa = red["people"][0]
    assert rosa["full_name"] == "R. E. Q. M."
    assert rosa["aliases"] == ["R. Q."]
    assert rosa["a_number"] == "A-XXX-XXX-563"
    assert not {"address", "phone", "date_of_birth"} & set(rosa)
    assert "address" not in red["encounters"][0]["location"]
    assert red["encounters"][0]["stop_basis"] == "Looking for M. V., a former tenant."
    assert "When R. opened the door" in red["encounters"][0]["narrative"]
    # References are not text: they must survive untouched.
    assert red["encounters"][0]["participants"][1]["person_id"] == "p-rosa"
    assert red["encounters"][0]["account_points"][0]["versions"][1]["source"] == "document:d-i213"


def _plant_identifiers(bundle: dict[str, Any]) -> None:
    """Personal data typed into free text, in the ways people actually type it."""
    enc = bundle["encounters"][0]
    enc["narrative"] += " Later ROSA QUISPE MAMANI (Quispé, Rosa) called from 713-555-0142."
    enc["statements"] += " Gave A208114563, then '208-114-563'. Born 07/14/1989."
    bundle["notes"][0]["text"] += " Lives at 4410 airline dr, apt 6 with Marco Villeda's cousin."
    bundle["documents"][0]["original_filename"] = "rosa_quispe_nta.txt"
    bundle["documents"][1]["title"] = "I-213 for Rosa Elena Quispe-Mamani"


def test_redacted_summary_leaks_nothing(bundle: dict[str, Any]) -> None:
    _plant_identifiers(bundle)
    pdf = build_case_summary(bundle, "p-rosa", OPTIONS)
    for text in _texts(pdf):
        _assert_clean(text, "extracted text")
        assert "R. E. Q. M." in text
        assert "A-XXX-XXX-563" in text
    reader = PdfReader(BytesIO(pdf))
    metadata = reader.metadata or {}
    _assert_clean(" ".join(str(v) for v in metadata.values()), "metadata")
    assert metadata.title == "Case summary — R. E. Q. M."
    titles = _outline_titles(reader.outline)
    assert titles, "the summary has bookmarks"
    _assert_clean(" ".join(titles), "bookmarks")
    # Nothing in the file's uncompressed parts (info dictionary, outline strings) either.
    for needle in (b"Quispe", b"Rosa", b"Villeda", b"Airline"):
        assert needle not in pdf


def test_redacted_encounter_report_leaks_nothing(bundle: dict[str, Any]) -> None:
    _plant_identifiers(bundle)
    pdf = build_encounter_report(bundle, "e-airline", OPTIONS)
    for text in _texts(pdf):
        _assert_clean(text, "extracted text")
        assert "M. A. V." in text
    reader = PdfReader(BytesIO(pdf))
    _assert_clean(" ".join(str(v) for v in (reader.metadata or {}).values()), "metadata")
    _assert_clean(" ".join(_outline_titles(reader.outline)), "bookmarks")


def test_redacted_banner_replaces_privileged_banner(bundle: dict[str, Any]) -> None:
    text = _texts(build_case_summary(bundle, "p-rosa", OPTIONS))[0]
    assert "REDACTED — PERSONAL DATA REMOVED" in text
    assert "ATTORNEY WORK PRODUCT" not in text
    spanish = ReportOptions(lang="es", redact=True)
    text = _texts(build_case_summary(bundle, "p-rosa", spanish))[0]
    assert "VERSIÓN CENSURADA" in text


def test_initials_at_the_end_of_a_sentence_keep_one_period() -> None:
    from casefile.reports.redact import NameMatcher

    text = NameMatcher(["Tomás Cruz"]).replace("They were looking for Tomás Cruz. Then Cruz left.")
    assert text == "They were looking for T. C. Then C. left."

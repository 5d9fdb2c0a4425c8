"""Passphrase-protected report copies open only with the passphrase."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from casefile.errors import ValidationError
from casefile.reports import ReportOptions, build_case_summary, protect_pdf

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def summary() -> bytes:
    bundle = json.loads((FIXTURES / "report_bundle.json").read_text(encoding="utf-8"))
    return build_case_summary(bundle, "p-rosa", ReportOptions())


def test_opens_only_with_the_passphrase(summary: bytes) -> None:
    locked = protect_pdf(summary, "correct horse battery staple")
    reader = PdfReader(BytesIO(locked))
    assert reader.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert not reader.decrypt("wrong passphrase")
    assert reader.decrypt("correct horse battery staple")
    assert "Rosa Elena Quispe Mamani" in reader.pages[0].extract_text()
    assert len(reader.pages) == len(PdfReader(BytesIO(summary)).pages)


def test_uses_aes_256_and_hides_the_metadata(summary: bytes) -> None:
    locked = protect_pdf(summary, "pumice ledger walrus tangent")
    reader = PdfReader(BytesIO(locked))
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert encrypt["/V"] == 5
    assert encrypt["/R"] == 6
    assert b"Quispe" not in locked  # the title is encrypted along with the pages


def test_empty_passphrase_is_refused(summary: bytes) -> None:
    with pytest.raises(ValidationError):
        protect_pdf(summary, "")

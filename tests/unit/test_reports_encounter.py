"""The encounter report, read back from the PDF it produces."""

from __future__ import annotations

import json
import shutil
import subprocess
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from casefile.errors import NotFound
from casefile.reports import ReportOptions, build_encounter_report
from casefile.reports.encounter import encounter_report_headings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _load(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def _texts(pdf: bytes) -> list[str]:
    reader = PdfReader(BytesIO(pdf))
    texts = ["\n".join(page.extract_text() for page in reader.pages)]
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
        texts.append(done.stdout.decode("utf-8"))
    return [" ".join(t.split()) for t in texts]


def test_every_participant_with_role_outcome_and_arrest() -> None:
    pdf = build_encounter_report(_load("report_bundle.json"), "e-airline", ReportOptions())
    pages = len(PdfReader(BytesIO(pdf)).pages)
    for text in _texts(pdf):
        positions = [text.find(h) for h in encounter_report_headings("en")]
        assert -1 not in positions
        assert positions == sorted(positions)
        assert "Marco Antonio Villeda Target (person sought) Not present" in text
        assert "Rosa Elena Quispe Mamani (client) Collateral Detained" in text
        assert "Arrest details — Rosa Elena Quispe Mamani" in text
        assert "Prior removal order" in text
        assert "Montgomery Processing Center" in text
        assert "naming: Marco Antonio Villeda" in text
        assert "1dbc8cb3404b" in text
        assert f"Page 1 of {pages}" in text
        # Issues are raised for everyone in the encounter, each fact saying whom it concerns.
        assert "Rosa Elena Quispe Mamani: Role: Collateral; Outcome: Detained" in text
        assert "Was entering the home lawful" in text


def test_clean_encounter_report_flags_nothing() -> None:
    pdf = build_encounter_report(_load("report_bundle_clean.json"), "e-clean", ReportOptions())
    for text in _texts(pdf):
        assert "No issues flagged by the rules." in text
        assert "Joaquín Núñez Ibarra (client) Target (person sought) Arrested" in text
        assert "$5,000" in text


def test_spanish_and_a4() -> None:
    options = ReportOptions(lang="es", paper="a4")
    pdf = build_encounter_report(_load("report_bundle.json"), "e-airline", options)
    reader = PdfReader(BytesIO(pdf))
    assert round(float(reader.pages[0].mediabox.height)) == 842
    assert reader.metadata.title.startswith("Informe del encuentro — 2026-09-15 05:50, Houston, TX")
    for text in _texts(pdf):
        for heading in encounter_report_headings("es"):
            assert heading in text
        assert "Persona buscada" in text
        assert "Colateral" in text
        assert "Página 1 de" in text


def test_unknown_encounter() -> None:
    with pytest.raises(NotFound):
        build_encounter_report(_load("report_bundle.json"), "e-nowhere", ReportOptions())

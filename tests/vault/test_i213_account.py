"""The I-213's own account (issue 15, must-show 5): stored on the encounter, round-tripped, and set
beside the client's account in the case summary with the differing points flagged, in English and
Spanish, read back from the real PDF."""

from __future__ import annotations

import json
import shutil
import subprocess
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from casefile.domain.i213 import compare
from casefile.errors import ValidationError
from casefile.services.interchange import export_records, import_file
from casefile.services.reporting import build_report

# As an I-213 released under FOIA tells the example's raid (tests/fixtures/example.json: the
# client says agents knocked at 4410 Airline Dr, Houston, on 2026-09-15 and walked in on a ruse).
I213 = {
    "method_of_apprehension": "Worksite Enforcement",
    "apprehended_at": "2026-09-16",
    "landmark": "4410 Airline Dr, Houston",
    "processing_disposition": "Warrant of Arrest/Notice to Appear",
    "charges": [{"ina_section": "212(a)(6)(A)(i)", "description": "present without admission or parole"}],
    "narrative": (
        "ERO officers knocked and identified themselves. Subject consented to entry. Subject admitted birth in Peru."
    ),
}


def _import(vault: Any, example_dir: Path, i213: Any) -> None:
    path = example_dir / "example.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    next(e for e in doc["encounters"] if e["id"] == "e-airline")["i213"] = i213
    path.write_text(json.dumps(doc), encoding="utf-8")
    import_file(vault, path)


def _text(pdf: bytes) -> str:
    reader = PdfReader(BytesIO(pdf))
    text = " ".join("\n".join(page.extract_text() for page in reader.pages).split())
    if shutil.which("pdftotext"):  # the layout reader agrees on the words
        done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
        assert "Subject consented to entry." in " ".join(done.stdout.decode("utf-8").split())
    return text


def test_the_i213_round_trips_and_is_compared(vault: Any, example_dir: Path) -> None:
    _import(vault, example_dir, I213)
    encounter = next(e for e in export_records(vault.connection())["encounters"] if e["id"] == "e-airline")
    assert encounter["i213"] == I213
    flags = {row.key: row.differs for row in compare(encounter)}
    assert flags == {
        "i213.apprehended_at": True,  # 2026-09-16 against the client's 2026-09-15
        "i213.landmark": False,  # the landmark names the client's city
        "i213.method": True,  # worksite enforcement, but the client was at home
        "i213.consent": True,  # "consented to entry", but the client says a ruse
        "i213.disposition": None,
        "i213.charges": None,
        "i213.narrative": None,
    }


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "en",
            [
                "I-213 (as released)",
                # 16 Sep on the I-213; the client's 15 Sep 05:50, printed as the summary prints times.
                "Date of apprehension ≠ DISPUTED 2026-09-16 2026-09-15 05:50",
                "Method of apprehension ≠ DISPUTED Worksite Enforcement Home",
                "Consent to entry ≠ DISPUTED Subject consented to entry.",
                "Charges (INA section) INA 212(a)(6)(A)(i): present without admission or parole",
            ],
        ),
        (
            "es",
            [
                "I-213 (tal como se entregó)",
                "Forma del arresto ≠ EN DISPUTA Worksite Enforcement",
                "Consentimiento para entrar ≠ EN DISPUTA Subject consented to entry.",
                "Cargos (sección de la INA) INA 212(a)(6)(A)(i)",
            ],
        ),
    ],
)
def test_the_summary_sets_the_i213_beside_the_client(vault: Any, example_dir: Path, lang: str, words: list) -> None:
    _import(vault, example_dir, I213)
    pdf, _ = build_report(vault, "summary", person_id="p-rosa", lang=lang)
    text = _text(pdf)
    for expected in words:
        assert expected in text


def test_a_charge_without_its_section_is_refused(vault: Any, example_dir: Path) -> None:
    bad = {**I213, "charges": [{"description": "present without admission"}]}
    with pytest.raises(ValidationError, match="ina_section"):
        _import(vault, example_dir, bad)
    assert vault.connection().execute("SELECT count(*) FROM encounters").fetchone()[0] == 0

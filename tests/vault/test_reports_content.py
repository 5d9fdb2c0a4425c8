"""What the case summary says, built from a real vault holding the shared example and read back
from the PDF: the I-213 on file counts as received (issue 13, finding 7), every issue to review
cites its authority beside its fact in both languages (issue 12, must-show 3), and the Spanish
follows the glossary (issue 12, must-show 4; issue 13, finding 12)."""

from __future__ import annotations

import json
import shutil
import subprocess
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from casefile.services.interchange import import_file
from casefile.services.reporting import build_report


def _texts(pdf: bytes) -> list[str]:
    """The PDF's text as pypdf and as pdftotext read it, whitespace runs made single spaces."""
    reader = PdfReader(BytesIO(pdf))
    texts = [" ".join("\n".join(page.extract_text() for page in reader.pages).split())]
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
        texts.append(" ".join(done.stdout.decode("utf-8").split()))
    return texts


def _import(vault: Any, example_dir: Path, change: Any = None) -> None:
    path = example_dir / "example.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    if change is not None:
        change(doc)
    path.write_text(json.dumps(doc), encoding="utf-8")
    import_file(vault, path)


def _rosa_arrest(doc: dict[str, Any]) -> dict[str, Any]:
    encounter = next(e for e in doc["encounters"] if e["id"] == "e-airline")
    return next(p for p in encounter["participants"] if p["person_id"] == "p-rosa")["arrest"]


def _box_unticked(doc: dict[str, Any]) -> None:
    # What the clinic had: the I-213 attached to the encounter, the "received" box left empty.
    del _rosa_arrest(doc)["i213_received"]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_attached_i213_is_received_and_not_asked_for(vault: Any, example_dir: Path, lang: str) -> None:
    _import(vault, example_dir, _box_unticked)
    pdf, _ = build_report(vault, "summary", person_id="p-rosa", lang=lang)
    for text in _texts(pdf):
        if lang == "en":
            assert "I-213 received Yes — in the documents index: I-213 Record of Deportable/Inadmissible" in text
            assert "I-213 received Unknown" not in text
            assert "Should the I-213 be requested" not in text
        else:
            assert "I-213 recibido Sí — en el índice de documentos: I-213 Record of Deportable/Inadmissible" in text
            assert "¿Conviene solicitar el I-213" not in text
        assert "1dbc8cb3404b" in text  # the same I-213 in the documents index


def test_without_the_i213_on_file_the_summary_asks_for_it(vault: Any, example_dir: Path) -> None:
    def no_i213(doc: dict[str, Any]) -> None:
        _box_unticked(doc)
        doc["documents"] = [d for d in doc["documents"] if d["kind"] != "I-213"]
        for encounter in doc["encounters"]:
            for point in encounter.get("account_points") or []:
                point["versions"] = [v for v in point["versions"] if v["source"] != "document:d-i213"]

    _import(vault, example_dir, no_i213)
    for lang, words in (
        ("en", ("I-213 received Unknown", "Should the I-213 be requested (by FOIA, or from DHS counsel (OPLA))")),
        ("es", ("I-213 recibido Se desconoce", "(por FOIA, o al abogado/a del gobierno (OPLA del DHS))")),
    ):
        pdf, _ = build_report(vault, "summary", person_id="p-rosa", lang=lang)
        for text in _texts(pdf):
            for word in words:
                assert word in text, (lang, word)
            assert "INA 240(b)(4)(B)" in text


@pytest.mark.parametrize(
    ("lang", "rows"),
    [
        (
            "en",
            [
                # question, fact that raised it, authority beside it (one table row each)
                (
                    "Was entering the home lawful, when agents had only an administrative warrant",
                    "Warrant: Administrative warrant (I-200), signed by an officer, not a judge; "
                    "Setting: Home; Entry: Entry by ruse",
                    "U.S. Const. amend. IV; Payton v. New York, 445 U.S. 573 (1980)",
                ),
                ("Was any consent to entry valid", "Entry: Entry by ruse", "8 CFR 287.8(f)(2)"),
                ("What was the basis for this arrest", "Role: Collateral; Outcome: Detained", "INA 287(a)(2)"),
                (
                    "were they examined by an officer other than the arresting one",
                    "NTA served on: 2026-09-16",
                    "8 CFR 287.3(a)",
                ),
                (
                    "Did agents misrepresent who they were",
                    "How agents identified themselves: As police",
                    "8 CFR 287.8(c)(2)(iii)(A)",
                ),
            ],
        ),
        (
            "es",
            [
                (
                    "¿Fue legal entrar al domicilio, si los agentes solo tenían una orden administrativa",
                    "Orden: Orden administrativa (I-200), firmada por un agente, no por un juez; "
                    "Tipo de lugar: Domicilio; Entrada: Entrada mediante engaño",
                    "Cuarta Enmienda de la Constitución de EE. UU.; Payton v. New York, 445 U.S. 573 (1980)",
                ),
                ("¿Hubo un consentimiento válido para entrar", "Entrada: Entrada mediante engaño", "8 CFR 287.8(f)(2)"),
                ("¿Cuál fue el fundamento de este arresto", "Papel: Colateral; Resultado: Detenido/a", "INA 287(a)(2)"),
                ("¿la examinó un agente distinto del que la arrestó", "NTA entregada el: 2026-09-16", "8 CFR 287.3(a)"),
                (
                    "¿Se hicieron pasar por otros los agentes",
                    "Cómo se identificaron los agentes: Como policía",
                    "8 CFR 287.8(c)(2)(iii)(A)",
                ),
            ],
        ),
    ],
)
def test_each_issue_cites_its_authority_beside_its_fact(
    example_vault: Any, lang: str, rows: list[tuple[str, str, str]]
) -> None:
    pdf, _ = build_report(example_vault, "summary", person_id="p-rosa", lang=lang)
    page_text = [" ".join(p.split()) for p in _page_texts(pdf)]
    heading = "5. Issues to review" if lang == "en" else "5. Puntos a revisar"
    assert any(heading in t for t in page_text)
    header = ("Question to consider", "Fact in the record", "Authority")
    if lang == "es":
        header = ("Pregunta a considerar", "Hecho registrado", "Fundamento")
    for question, fact, authority in rows:
        # pdftotext -layout keeps a row's cells on the same lines; each row's three parts are on
        # one page, question first, fact after it, authority after that.
        page = next((t for t in page_text if question in t), None)
        assert page is not None, question
        assert all(h in page for h in header)
        assert fact in page, fact
        assert authority in page, authority


def _page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(BytesIO(pdf))
    return [page.extract_text() for page in reader.pages]


def test_spanish_summary_follows_the_glossary(vault: Any, example_dir: Path) -> None:
    def glossary_cases(doc: dict[str, Any]) -> None:
        rosa = next(p for p in doc["people"] if p["id"] == "p-rosa")
        rosa["custody_status"] = "released-recognizance"
        encounter = next(e for e in doc["encounters"] if e["id"] == "e-airline")
        encounter["warrant"]["type"] = "unknown"
        encounter["entry"] = "unknown"

    _import(vault, example_dir, glossary_cases)
    pdf, _ = build_report(vault, "summary", person_id="p-rosa", lang="es")
    for text in _texts(pdf):
        assert "Situación de custodia Liberado/a bajo su propio reconocimiento" in text
        assert "bajo palabra" not in text
        # "desconocida" agrees with orden and entrada
        assert "Orden Desconocida" in text
        assert "Entrada Desconocida" in text
        # the account-comparison topics in Spanish
        assert "Cómo entraron los agentes" in text
        assert "Escaneo de huellas dactilares" in text
        assert "How agents entered" not in text


def test_english_summary_prints_labels_not_machine_values(example_vault: Any) -> None:
    pdf, _ = build_report(example_vault, "summary", person_id="p-rosa", lang="en")
    for text in _texts(pdf):
        assert "Custody status Detained" in text
        assert "Setting Home" in text
        assert "Collateral Detained" in text
        # as main printed them: the machine values themselves
        for raw in ("Custody status detained", "Setting home", "collateral detained", "Program fugitive operations"):
            assert raw not in text, raw
        for raw in ("fugitive-operations", "not-asked", "mobile-handheld", "administrative-I-200"):
            assert raw not in text, raw

"""The intake checklist of a new client (issue 15): a field of the person, saved, exported and
imported with them, refused when it names an item or a status the checklist does not have."""

from __future__ import annotations

import json
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from casefile.domain import intake
from casefile.errors import ValidationError
from casefile.services import records
from casefile.services.interchange import export_records, import_file
from casefile.services.reporting import build_report
from casefile.vault.db import Vault
from tests.conftest import run_cli

CHECKLIST = {
    "items": {
        "nta": {"status": "done", "note": "Served 2026-03-12, master hearing on it"},
        "i213": {"status": "asked", "note": "FOIA to ICE sent"},
        "bond-papers": {"status": "not-applicable"},
        "fears": {"status": "done"},
    }
}


def test_progress_counts_done_and_not_applicable() -> None:
    assert intake.progress(CHECKLIST) == (3, len(intake.KEYS)) == (3, 11)
    assert intake.progress(None) == (0, 11)
    assert intake.status(CHECKLIST, "i213") == "asked" and intake.status(CHECKLIST, "family") == "to-do"
    # What the form hands back: untouched items are left out, an all-untouched list is no value.
    assert intake.clean({"nta": ("done", " served "), "family": ("to-do", "")}) == {
        "items": {"nta": {"status": "done", "note": "served"}}
    }
    assert intake.clean({}) is None


def test_the_checklist_is_saved_exported_and_imported_with_the_person(vault: Vault, tmp_path: Path) -> None:
    person = {"full_name": "María José García López", "is_client": True, "intake": CHECKLIST}
    saved = records.save(vault, "people", person)
    assert records.get(vault, "people", saved["id"])["intake"] == CHECKLIST
    exported = export_records(vault.connection())
    path = tmp_path / "out.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    other, _ = Vault.create(tmp_path / "second", "maria", "lavender-canoe-quartz-mitten")
    try:
        import_file(other, path)
        assert records.get(other, "people", saved["id"])["intake"] == CHECKLIST
    finally:
        other.close()


@pytest.mark.parametrize(
    "bad",
    [
        {"items": {"passport-photo": {"status": "done"}}},  # no such item
        {"items": {"nta": {"status": "lost"}}},  # no such status
    ],
)
def test_an_unknown_item_or_status_is_refused(vault: Vault, bad: dict) -> None:
    with pytest.raises(ValidationError, match="intake"):
        records.save(vault, "people", {"full_name": "Ana Torres", "intake": bad})


def _text(pdf: bytes) -> str:
    """The PDF's words as pdftotext reads them (pypdf when it is missing), spaces made single."""
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
        return " ".join(done.stdout.decode("utf-8").split())
    return " ".join("\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages).split())


def test_the_pdf_is_in_the_clients_language_with_the_staffs_under_it(vault: Vault) -> None:
    # María José speaks Spanish; the paralegal prints from an English session.
    person = records.save(
        vault,
        "people",
        {"full_name": "María José García López", "is_client": True, "preferred_language": "es", "intake": CHECKLIST},
    )
    pdf, _csv = build_report(vault, "intake", person_id=person["id"], lang="en")
    text = _text(pdf)
    assert "Lista de la entrevista inicial" in text and "Intake checklist" in text
    assert "María José García López" in text
    # nta done and bond-papers not applicable count; fears is done too: 3 of the 11 items.
    assert "3 de 11 hechos" in text
    assert "Notificación de Comparecencia (NTA, formulario I-862)" in text
    assert "Notice to Appear (NTA, Form I-862)" in text  # the staff's language under it
    assert "Served 2026-03-12, master hearing on it" in text and "FOIA to ICE sent" in text
    assert "Pedido, en espera" in text and "No corresponde" in text and "Pendiente" in text
    assert "INA 208(a)(2)(B)" in text and "5 U.S.C. 552a(b)" in text  # each item cites its rule
    assert "PRIVILEGIADO Y CONFIDENCIAL" in text
    audit = vault.connection().execute("SELECT action, record_id, detail FROM audit ORDER BY seq DESC").fetchone()
    assert audit[0] == "report" and audit[1] == person["id"] and '"intake"' in audit[2]


def test_a_client_whose_language_the_catalogue_lacks_gets_the_staffs_language(vault: Vault, tmp_path: Path) -> None:
    person = records.save(vault, "people", {"full_name": "Juana Tzoc", "preferred_language": "quc"})
    pdf, _csv = build_report(vault, "intake", person_id=person["id"], lang="es")
    text = _text(pdf)
    assert "Lista de la entrevista inicial" in text and "Intake checklist" not in text
    assert "0 de 11 hechos" in text
    vault.close()
    out = tmp_path / "intake.pdf"
    done = run_cli("report", "intake", "--vault", str(vault.path), "--person", "Juana Tzoc", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Intake checklist" in _text(out.read_bytes())

"""A FOIA request's status history, and batches (the same request for several clients)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from casefile.demo.foia_production import production_pdf
from casefile.errors import CasefileError
from casefile.foia.batch import batch_members, create_batch, write_batch_letters
from casefile.foia.history import status_history
from casefile.foia.receive import receive
from casefile.services import records
from tests.conftest import FIXTURES, run_cli
from tests.vault.test_foia_letters import REQUESTER


def test_status_history_lists_changes_productions_and_clocks(example_vault, tmp_path: Path) -> None:
    request = records.get(example_vault, "foia_requests", "f-ice-1")
    request.update(status="partial-response", response_received_on="2026-10-20")
    records.save(example_vault, "foia_requests", request)
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(production_pdf(5))
    receive(example_vault, "f-ice-1", pdf, received_on=date(2026, 10, 20))
    found = status_history(example_vault, "f-ice-1")
    whats = [e["what"] for e in found["events"]]
    assert whats[0].startswith("recorded; status none → acknowledged; tracking_number 2026-ICFO-55120")
    assert "submitted_on 2026-09-22" in whats[0] and "received_on 2026-09-23" in whats[0]
    assert "status acknowledged → partial-response; response_received_on 2026-10-20" in whats
    assert "production received on 2026-10-20: 5 pages" in whats
    assert all(e["by"] == "maria" for e in found["events"])
    clocks = {c["kind"]: c for c in found["clocks"]}
    # Received 2026-09-23; 20 working days (Columbus Day, Oct 12, skipped) → 2026-10-22; answered.
    assert clocks["foia-response"]["due"] == "2026-10-22" and clocks["foia-response"]["done"] is True
    assert "552(a)(6)(A)" in clocks["foia-response"]["citation"]


def test_a_batch_makes_one_request_and_one_letter_per_client(example_vault, tmp_path: Path) -> None:
    records.save(example_vault, "people", {"id": "p-ana", "full_name": "Ana Lucía Ventura", "is_client": True,
                                           "a_number": "A 201-555-014"})  # fmt: skip
    with pytest.raises(CasefileError, match="two or more"):
        create_batch(example_vault, agency="ICE", person_ids=["p-rosa"])
    batch, ids = create_batch(
        example_vault,
        agency="ICE",
        person_ids=["p-rosa", "p-ana"],
        records_sought="All records of the 2026-09-15 operation at 4410 Airline Dr",
        encounter_id="e-airline",
    )
    members = batch_members(example_vault, batch)
    assert [m["id"] for m in members] == ids and {m["subject_person_id"] for m in members} == {"p-rosa", "p-ana"}
    assert all(m["status"] == "draft" and m["encounter_id"] == "e-airline" for m in members)
    out = tmp_path / "letters"
    written = write_batch_letters(example_vault, batch, out, requester=REQUESTER)
    assert len(written) == 2 and out.stat().st_mode & 0o077 == 0
    texts = [" ".join((p.extract_text() or "") for p in PdfReader(str(path)).pages) for path in written]
    assert "Rosa Elena Quispe Mamani" in texts[0] and "A-208-114-563" in texts[0]
    assert "Ana Lucía Ventura" in texts[1] and "A-201-555-014" in texts[1]
    # The files are named for the agency and batch, never for a client.
    assert all("Quispe" not in p.name and "Ventura" not in p.name for p in written)


def test_cli_history_and_batch(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    assert run_cli("import", "--vault", str(vault), str(FIXTURES / "example.json")).returncode == 0
    done = run_cli("foia", "history", "--vault", str(vault), "--foia", "f-ice-1", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["clocks"][0]["due"] == "2026-10-22"
    done = run_cli(
        "foia", "batch", "--vault", str(vault), "--agency", "ICE", "--person", "p-rosa", "--person", "p-target",
        "--out-dir", str(tmp_path / "out"), "--requester-name", "Ana Torres", "--requester-address", "1200 Main St",
        "--format", "docx",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "2 FOIA requests" in done.stdout and len(list((tmp_path / "out").glob("*.docx"))) == 2

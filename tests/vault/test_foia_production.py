"""The FOIA production log: a 500-page production with exemption markings is received into a real
vault, its exemptions are proposed from the text, its totals equal its pages, and the summary shows it.

The production (made here with ReportLab, read back by pypdf) marks its pages so:
- every 10th page (10, 20, …, 500): "Withheld in full pursuant to (b)(7)(E)" → 50 pages withheld;
- pages ≡ 3 (mod 25) not already counted (3, 28, 53, …, 478: none is a multiple of 10): "Referred to
  USCIS" → 20 pages referred;
- the other even pages: "(b)(6);(b)(7)(C)" → 250 even − 50 tens − 10 referred evens (28, 78, …, 478)
  = 190 pages in part with (b)(6) and (b)(7)(C);
- the other multiples of 7 (odd ones, 36 of them, less 203 which is referred): "b5" → 35 pages in
  part with (b)(5);
- the rest, 500 − 50 − 20 − 190 − 35 = 205 pages, carry no marking → released in full.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from casefile.demo.foia_production import production_pdf
from casefile.errors import ValidationError
from casefile.foia.exemptions import found_in, propose_page
from casefile.foia.log import production_log
from casefile.foia.receive import mark_pages, receive
from casefile.services import records
from casefile.services.interchange import export_records
from casefile.services.reporting import build_report
from tests.conftest import FIXTURES, run_cli


@pytest.fixture
def production(example_vault, tmp_path: Path):
    pdf = tmp_path / "ice-production.pdf"
    pdf.write_bytes(production_pdf())
    made = receive(example_vault, "f-ice-1", pdf, received_on=date(2026, 11, 20))
    return example_vault, made


def test_markings_are_read_in_every_form_agencies_print() -> None:
    assert found_in("(b)(6), (b) (7) (C) and b7E; Exemption 5; (b)(7)") == (
        "(b)(5)",
        "(b)(6)",
        "(b)(7)(C)",
        "(b)(7)(E)",
    )
    assert found_in("(b)(7) only") == ("(b)(7)",)
    assert found_in("job6 web5 b52 (b)(10)") == ()  # not markings
    assert propose_page(1, "Page withheld in its entirety (b)(5)").status == "withheld"
    assert propose_page(2, "the officer referred to the file").status == "full"
    assert propose_page(3, "Referred to another agency").status == "referred"


def test_a_500_page_production_is_logged_and_totals_equal_its_pages(production) -> None:
    vault, made = production
    assert made["page_count"] == 500 and made["proposed"] is True
    assert sum(s["last_page"] - s["first_page"] + 1 for s in made["segments"]) == 500
    log = production_log(vault, "f-ice-1")
    totals = log.totals.as_json()
    assert totals["pages"] == 500
    assert (totals["pages_full"], totals["pages_part"], totals["pages_withheld"], totals["pages_referred"]) == (
        205,
        225,
        50,
        20,
    )
    assert totals["pages_full"] + totals["pages_part"] + totals["pages_withheld"] + totals["pages_referred"] == 500
    assert totals["exemptions"] == {"(b)(5)": 35, "(b)(6)": 190, "(b)(7)(C)": 190, "(b)(7)(E)": 50}
    assert totals["bates"] == ["ICE-000001 – ICE-000500"]
    # The PDF is kept encrypted in the vault as a FOIA response linked to the request and its subject.
    doc = records.get(vault, "documents", made["document_id"])
    assert doc["kind"] == "foia-response" and doc["foia_ids"] == ["f-ice-1"] and doc["person_ids"] == ["p-rosa"]
    rows = log.rows()
    assert rows[1] == ("2026-11-20", "ICE-000002", "2", "released in part", "(b)(6), (b)(7)(C)")


def test_the_next_production_continues_the_bates_numbers(production, tmp_path: Path) -> None:
    vault, _made = production
    pdf = tmp_path / "second.pdf"
    pdf.write_bytes(production_pdf(10))
    second = receive(vault, "f-ice-1", pdf, received_on=date(2026, 12, 1), bates_prefix="QUISPE")
    assert second["bates_start"] == 501
    log = production_log(vault, "f-ice-1")
    assert log.totals.pages == 510
    assert log.totals.bates_ranges == ["ICE-000001 – ICE-000500", "QUISPE-000501 – QUISPE-000510"]


def test_pages_are_corrected_by_hand_and_bad_logs_refused(production) -> None:
    vault, made = production
    # Pages 1-3 were proposed full, part, referred; the user marks them all withheld under (b)(5).
    fixed = mark_pages(vault, made["id"], first=1, last=3, status="withheld", exemptions=("(b)(5)",))
    assert fixed["segments"][0] == {"first_page": 1, "last_page": 3, "status": "withheld", "exemptions": ["(b)(5)"]}
    log = production_log(vault, "f-ice-1").totals
    # Page 1 was full, 2 in part, 3 referred: each count moves by one.
    assert (log.by_status["full"], log.by_status["part"], log.by_status["referred"], log.by_status["withheld"]) == (
        204,
        224,
        19,
        53,
    )
    with pytest.raises(ValidationError, match="not a FOIA exemption"):
        mark_pages(vault, made["id"], first=4, last=4, status="part", exemptions=("(b)(10)",))
    gap = {**fixed, "segments": fixed["segments"][1:]}
    with pytest.raises(ValidationError, match="without gaps"):
        records.save(vault, "foia_productions", gap)


def test_the_summary_and_the_export_show_the_log(production) -> None:
    vault, made = production
    pdf, _csv = build_report(vault, "summary", person_id="p-rosa")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Productions: 500 pages in 1 — 205 released in full, 225 in part, 50 withheld in full, 20 referred" in text
    assert "(b)(7)(C) 190" in text and "ICE-000001 – ICE-000500" in text
    exported = export_records(vault.connection())
    assert [p["id"] for p in exported["foia_productions"]] == [made["id"]]


def test_cli_receive_and_log(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    assert run_cli("import", "--vault", str(vault), str(FIXTURES / "example.json")).returncode == 0
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(production_pdf(20))
    done = run_cli(
        "foia", "receive", "--vault", str(vault), "--foia", "f-ice-1", "--pdf", str(pdf), "--received-on", "2026-11-20"
    )
    assert done.returncode == 0, done.stderr
    assert "20 pages, Bates ICE-000001 – ICE-000020" in done.stdout
    done = run_cli("foia", "log", "--vault", str(vault), "--foia", "f-ice-1", "--json")
    assert done.returncode == 0, done.stderr
    log = json.loads(done.stdout)
    # 20 pages: 10, 20 withheld; 3 referred; 2, 4, 6, 8, 12, 14, 16, 18 in part (b)(6)/(b)(7)(C); 7 in part
    # (b)(5) (28 is past the end); the other 8 (1, 5, 9, 11, 13, 15, 17, 19) in full.
    assert log["totals"]["pages"] == 20
    assert (log["totals"]["pages_full"], log["totals"]["pages_part"], log["totals"]["pages_withheld"]) == (8, 9, 2)
    assert log["totals"]["pages_referred"] == 1
    production_id = log["productions"][0]["id"]
    done = run_cli("foia", "mark", "--vault", str(vault), "--production", production_id, "--pages", "30-31",
                   "--status", "full")  # fmt: skip
    assert done.returncode == 1 and "not within the production's 20 pages" in done.stderr
    done = run_cli("foia", "mark", "--vault", str(vault), "--production", production_id, "--checked")
    assert done.returncode == 0, done.stderr
    done = run_cli("foia", "log", "--vault", str(vault), "--foia", "f-ice-1")
    assert "1 production(s), 20 pages" in done.stdout and "check them" not in done.stdout

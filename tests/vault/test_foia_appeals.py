"""FOIA appeals, constructive exhaustion and the complaint's fact chronology, on a real vault.

The example's request to ICE (f-ice-1) was received 2026-09-23 (day 0); its answer is due 20
working days later: Sep 24, 25, 28, 29, 30, Oct 1, 2, 5, 6, 7, 8, 9, (Oct 12 is Columbus Day) 13,
14, 15, 16, 19, 20, 21, 22 — the 20th working day is 2026-10-22.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from casefile.domain.rules import rule_for
from casefile.errors import CasefileError
from casefile.foia.appeal import appeal_letter
from casefile.foia.exhaustion import exhausted, exhaustion_of
from casefile.foia.facts import gather, long_date
from casefile.foia.render import write_chronology, write_letter
from casefile.services import dashboard, records
from tests.conftest import FIXTURES, run_cli
from tests.vault.test_foia_letters import REQUESTER

RESPONSE_DUE = date(2026, 10, 22)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _deny(vault, agency: str, on: str = "2026-11-02") -> str:
    request = records.get(vault, "foia_requests", "f-ice-1")
    request.update(id=f"f-{agency.lower()}-denied", agency=agency, adverse_determination_on=on, status="denied")
    records.save(vault, "foia_requests", request)
    return request["id"]


@pytest.mark.parametrize(
    ("agency", "rule", "due"),
    [
        # DHS: 90 working days after 2026-11-02. Weekdays less holidays: Nov 3-30 18 (Veterans Day Nov 11,
        # Thanksgiving Nov 26), Dec 22 (Christmas), Jan 19 (New Year's Day, MLK Day Jan 18), Feb 19
        # (Washington's Birthday Feb 15) = 78 by Feb 26; Mar 1-5, 8-12 = 88; Mar 15 = 89; Mar 16 = 90.
        ("ICE", "6 CFR 5.8(a)(1)", "March 16, 2027"),
        # DOJ: 90 calendar days after 2026-11-02: Nov 30 is +28, Dec 31 +59, Jan 31 +90 — a Sunday;
        # 28 CFR 16.8(a) counts calendar days and does not roll, so the date stays (the rule notes it).
        ("EOIR", "28 CFR 16.8(a)", "January 31, 2027"),
    ],
)
def test_appeal_of_a_denial_cites_the_rule_the_deadline_rules_use(example_vault, agency, rule, due) -> None:
    foia_id = _deny(example_vault, agency)
    facts = gather(example_vault, foia_id, requester=REQUESTER, day=date(2026, 11, 10))
    text = _flat(appeal_letter(facts, "adverse").text())
    assert rule in rule_for("foia-appeal").citation  # the same rule the computed appeal date follows
    assert f"This appeal is timely: {rule} allows an appeal" in text
    assert f"that is by {due}" in text
    assert "FREEDOM OF INFORMATION ACT APPEAL" in text
    assert "dated November 2, 2026" in text and "request no. 2026-ICFO-55120" in text
    assert "5 U.S.C. 552(a)(8)(A)" in text and "confirm the current submission address" in text
    # The vault's own computed appeal date (the summary and the deadlines list show it) is the same.
    assert long_date(date.fromisoformat(facts.request["appeal_due"]), False) == due


def test_other_grounds_and_what_cannot_be_appealed(example_vault) -> None:
    facts = gather(example_vault, "f-ice-1", requester=REQUESTER, day=date(2026, 11, 10))
    with pytest.raises(CasefileError, match="adverse_determination_on"):
        appeal_letter(facts, "search")
    foia_id = _deny(example_vault, "CBP")
    facts = gather(example_vault, foia_id, requester=REQUESTER, day=date(2026, 11, 10))
    search = _flat(appeal_letter(facts, "search").text())
    assert "5 U.S.C. 552(a)(3)(C)-(D)" in search and "mobile handheld biometric device" in search
    fees = _flat(appeal_letter(facts, "fees").text())
    assert "5 U.S.C. 552(a)(4)(A)(iii); 6 CFR 5.11(k)" in fees
    with pytest.raises(CasefileError, match="expedited_decided_on"):
        appeal_letter(facts, "expedite")
    facts.request["expedited_decided_on"] = "2026-10-05"
    expedite = _flat(appeal_letter(facts, "expedite").text())
    assert "5 U.S.C. 552(a)(6)(E)(ii)(II)" in expedite and "hearing on December 3, 2026" in expedite
    local = records.get(example_vault, "foia_requests", "f-ice-1")
    local.update(id="f-local", agency="state-local", jurisdiction="Houston Police Department", response_days=10)
    local["adverse_determination_on"] = "2026-11-02"
    records.save(example_vault, "foia_requests", local)
    facts = gather(example_vault, "f-local", requester=REQUESTER)
    with pytest.raises(CasefileError, match="No federal appeal rule"):
        appeal_letter(facts, "adverse")


def test_constructive_exhaustion_by_response_and_by_appeal(example_vault) -> None:
    conn = example_vault.connection()
    request = records.get(example_vault, "foia_requests", "f-ice-1")
    # On the due day itself the agency still has time; the day after, suit is possible.
    assert exhaustion_of(request, RESPONSE_DUE) is None
    found = exhaustion_of(request, date(2026, 10, 23))
    assert found is not None and found.clock == "response" and found.missed == RESPONSE_DUE
    assert "5 U.S.C. 552(a)(6)(C)(i)" in found.sentence()
    assert [e.foia_id for e in exhausted(conn, date(2026, 10, 23))] == ["f-ice-1"]
    board = dashboard.load(example_vault, date(2026, 10, 23), within_days=30, limit=100)
    assert [e.foia_id for e in board.foia_exhausted] == ["f-ice-1"]
    assert board.names["p-rosa"] == "Rosa Elena Quispe Mamani"

    # Denied, then appealed on 2026-11-09 (no receipt date: counted from filing, the earlier date). The
    # decision is due 20 working days later: Nov 10, 12, 13, 16-20, 23-25, 27, 30 (13), Dec 1-4 (17),
    # 7, 8, 9 (20) — Nov 11 and Nov 26 are holidays: 2026-12-09.
    request.update(adverse_determination_on="2026-11-02", appeal_filed_on="2026-11-09", status="appealed")
    records.save(example_vault, "foia_requests", request)
    assert exhausted(conn, date(2026, 12, 9)) == []
    (found,) = exhausted(conn, date(2026, 12, 10))
    assert found.clock == "appeal" and found.missed == date(2026, 12, 9)
    request["appeal_decided_on"] = "2026-12-10"
    records.save(example_vault, "foia_requests", request)
    assert exhausted(conn, date(2026, 12, 11)) == []


def test_fact_chronology_is_an_editable_draft(example_vault, tmp_path: Path) -> None:
    request = records.get(example_vault, "foia_requests", "f-ice-1")
    request.update(extension_days=10)
    records.save(example_vault, "foia_requests", request)
    out = tmp_path / "chronology.docx"
    write_chronology(example_vault, ["f-ice-1"], out, day=date(2026, 12, 1))
    document = docx.Document(str(out))
    text = _flat(
        "\n".join(
            [p.text for p in document.paragraphs]
            + [c.text for t in document.tables for row in t.rows for c in row.cells]
        )
    )
    assert "On September 22, 2026, a request under the Freedom of Information Act was sent to ICE" in text
    assert "On September 23, 2026, ICE received the request." in text
    assert "tracking number 2026-ICFO-55120" in text
    assert "extended its time to respond by 10 working days" in text
    # 20 working days from 2026-09-23 is 2026-10-22; 10 more (Oct 23, 26-30, Nov 2-5) is 2026-11-05.
    assert "2026-11-05" in text and "missed: no answer recorded as of 2026-12-01" in text
    assert "ICE did not make its determination by November 5, 2026" in text
    assert "legal argument is not here" in text
    assert out.stat().st_mode & 0o077 == 0


def test_cli_appeal_states_its_due_date_and_rule(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    assert run_cli("import", "--vault", str(vault), str(FIXTURES / "example.json")).returncode == 0
    base = ("foia", "appeal", "--vault", str(vault), "--foia", "f-ice-1", "--requester-name", "Ana Torres")
    done = run_cli(*base, "--requester-address", "1200 Main St", "--out", str(tmp_path / "a.pdf"))
    assert done.returncode == 1 and "adverse_determination_on" in done.stderr and "Traceback" not in done.stderr
    done = run_cli("foia", "chronology", "--vault", str(vault), "--foia", "f-ice-1", "--out", str(tmp_path / "c.docx"))
    assert done.returncode == 0, done.stderr
    done = run_cli("foia", "chronology", "--vault", str(vault), "--foia", "f-nope", "--out", str(tmp_path / "d.docx"))
    assert done.returncode == 1 and "f-nope" in done.stderr


def test_cli_appeal_of_a_denied_request(example_vault, tmp_path: Path) -> None:
    foia_id = _deny(example_vault, "ICE")
    facts = gather(example_vault, foia_id, requester=REQUESTER, day=date(2026, 11, 10))
    out = tmp_path / "appeal.pdf"
    write_letter(example_vault, facts, out, kind="adverse")
    text = _flat("\n".join(p.extract_text() or "" for p in PdfReader(str(out)).pages))
    assert "6 CFR 5.8(a)(1)" in text and "March 16, 2027" in text
    assert "Due: 2027-03-16" in text

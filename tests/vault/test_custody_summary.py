"""Custody and bond history, final order and motions (issue 15) on a real vault, and the case
summary's first page for a detained client with two bond decisions and a next hearing (must-show 3).

Dates, worked by hand:
- Rosa is detained at the Northwest ICE Processing Center since 2026-10-02 (an earlier detention,
  2026-03-01 to 2026-03-04 at the county jail, ended on recognizance).
- ICE denied bond on 2026-10-03; she asked an immigration judge for a redetermination on
  2026-11-10 and the IJ set bond at $15,000 on 2026-11-20 (a Friday). The BIA bond appeal is due 30
  days later (8 C.F.R. 1003.19(f), 1003.38(b)): 2026-12-20, a Sunday, so Monday 2026-12-21.
- Her next hearing is 40 days after the day the test runs (an individual hearing), and a master
  hearing 20 days before the run was held: it is not "next".
"""

from __future__ import annotations

import io
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from casefile import read
from casefile.errors import ValidationError
from casefile.services import records
from casefile.services.deadlines import upcoming
from casefile.services.interchange import export_records
from casefile.services.reporting import build_report

TODAY = date.today()
NEXT = TODAY + timedelta(days=40)

CUSTODY = {
    "custody_status": "detained",
    "detentions": [
        {"facility": "Pierce County Jail", "from": "2026-03-01", "to": "2026-03-04", "ended": "released-recognizance"},
        {"facility": "Northwest ICE Processing Center", "from": "2026-10-02"},
    ],
    "bond_decisions": [
        {"by": "ice", "kind": "initial", "decided_on": "2026-10-03", "outcome": "denied"},
        {
            "by": "ij",
            "kind": "redetermination",
            "requested_on": "2026-11-10",
            "decided_on": "2026-11-20",
            "outcome": "set",
            "amount": 15000,
            "conditions": "monthly check-in",
        },
    ],
    "release_orders": [{"form": "I-220A", "issued_on": "2026-03-04", "conditions": "report when called"}],
}


@pytest.fixture
def detained(example_vault):
    rosa = read.get(example_vault, "people", "p-rosa")
    records.save(example_vault, "people", {**rosa, **CUSTODY})
    held = (TODAY - timedelta(days=20)).isoformat()
    records.save(example_vault, "hearings", {"id": "h-1", "person_id": "p-rosa", "hearing_type": "master",
                                             "starts_at": held, "result": "held"})  # fmt: skip
    records.save(example_vault, "hearings", {"id": "h-2", "person_id": "p-rosa", "hearing_type": "individual",
                                             "starts_at": f"{NEXT.isoformat()}T09:00:00-08:00",
                                             "court": "Tacoma Immigration Court", "judge": "IJ Okonkwo",
                                             "mode": "in-person", "interpreter_language": "Quechua"})  # fmt: skip
    return example_vault


def _first_page(pdf: bytes) -> str:
    return " ".join((PdfReader(io.BytesIO(pdf)).pages[0].extract_text() or "").split())


def test_the_first_page_says_where_since_when_what_bond_what_next(detained, tmp_path: Path) -> None:
    pdf, _ = build_report(detained, "summary", person_id="p-rosa")
    page = _first_page(pdf)
    assert "Custody and court" in page
    assert "Northwest ICE Processing Center" in page and "In custody since" in page
    assert "2026-10-03 — ICE: Bond denied" in page
    assert "2026-11-20 — Immigration judge (Redetermination): Bond set $15,000; monthly check-in" in page
    assert f"{NEXT.isoformat()} 09:00" in page and "Individual (merits) hearing" in page
    assert "Tacoma Immigration Court" in page and "interpreter: Quechua" in page
    assert "2026-03-04 — I-220A" in page
    # The identity section and "at a glance" agree: the open detention is the facility, and the
    # next hearing is the hearing record (no typed hearing deadline comes before it).
    assert "Custody facility Northwest ICE Processing Center" in page
    assert page.count(f"{NEXT.isoformat()} 09:00") == 2
    # Rendered at 60 dpi as a person sees it (looked at when this test was written).
    (tmp_path / "summary.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(tmp_path / "summary.pdf"),
                    str(tmp_path / "p")], check=True)  # fmt: skip
    assert (tmp_path / "p-1.png").stat().st_size > 0
    es, _ = build_report(detained, "summary", person_id="p-rosa", lang="es")
    page = _first_page(es)
    assert "Custodia y corte" in page and "Historial de fianza" in page and "Fianza fijada $15,000" in page


def test_the_ij_bond_decision_starts_the_bond_appeal_clock(detained) -> None:
    person = read.get(detained, "people", "p-rosa")
    assert person["bond_decision_on"] == "2026-11-20"  # the IJ's, not ICE's later-or-earlier one
    found = [d for d in upcoming(detained, day=date(2026, 12, 7)) if d["kind"] == "bond-appeal"]
    assert [d["due"][:10] for d in found if d.get("person_id") == "p-rosa"] == ["2026-12-21"]


def test_final_order_and_motions_feed_the_motion_rules(detained) -> None:
    rosa = read.get(detained, "people", "p-rosa")
    # Final order 2026-11-30: a motion to reopen is due 90 days later, 2027-02-28 (INA 240(c)(7)(C)(i));
    # to reconsider 30 days later, 2026-12-30 (INA 240(c)(6)(B)). Filing one closes its clock.
    order = {"date": "2026-11-30", "type": "removal", "by": "ij"}
    motions = [{"type": "reconsider", "filed_on": "2026-12-02", "result": "pending"}]
    saved = records.save(detained, "people", {**rosa, "final_order": order, "motions": motions})
    assert saved["final_order_on"] == "2026-11-30" and saved["motion_reconsider_filed_on"] == "2026-12-02"
    kinds = {d["kind"]: d for d in upcoming(detained, day=date(2026, 12, 7)) if d.get("person_id") == "p-rosa"}
    assert kinds["motion-to-reopen"]["due"][:10] == "2027-02-28"
    assert "motion-to-reconsider" not in kinds  # filed: done
    pdf, _ = build_report(detained, "summary", person_id="p-rosa")
    page = _first_page(pdf)
    assert "2026-11-30 — Order of removal" in page and "2026-12-02 — Motion to reconsider: Pending" in page


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"detentions": [{"facility": "X", "from": "2026-10-02", "to": "2026-10-01"}]}, "is before from"),
        ({"bond_decisions": [{"by": "ij", "decided_on": "2026-11-20", "outcome": "set"}]}, "needs its amount"),
        ({"bond_decisions": [{"by": "ice", "decided_on": "2026-11-20", "outcome": "denied", "amount": 5}]},
         "denied bond has no amount"),
        ({"bond_decisions": [{"by": "ij", "outcome": "denied"}]}, "decision's date"),
        ({"motions": [{"type": "reopen", "filed_on": "2026-02-30"}]}, "motions[0].filed_on"),
    ],
)  # fmt: skip
def test_bad_custody_facts_are_refused_and_nothing_is_lost(detained, change, words) -> None:
    rosa = read.get(detained, "people", "p-rosa")
    with pytest.raises(ValidationError, match=words.replace("(", r"\(").replace("[", r"\[")):
        records.save(detained, "people", {**rosa, **change})
    assert read.get(detained, "people", "p-rosa")["bond_decisions"] == CUSTODY["bond_decisions"]


def test_custody_history_round_trips_through_an_export(detained) -> None:
    (rosa,) = [p for p in export_records(detained.connection())["people"] if p["id"] == "p-rosa"]
    for field in ("detentions", "bond_decisions", "release_orders"):
        assert rosa[field] == CUSTODY[field]

"""The demo vault (``make run``) shows the court case on first run (issue 15): hearings in the
Hearings section and the deadlines, a detained client with custody history and two bond decisions
whose next hearing the dashboard names, a final order with a motion, and the summary's first page.

Dates count from the day the demo is made (here fixed, 2026-12-07, a Monday): the detained client's
merits hearing is 23 days later, 2026-12-30; the bond hearing 14 days before, 2026-11-23, set bond
at $8,000 orally, so the bond appeal is due 30 days later, Wednesday 2026-12-23 (8 CFR 1003.19(f),
1003.38(b)), listed once though the judge's bond decision is on the person too. The other client was
ordered removed 20 days before, 2026-11-17: the motion to reconsider is due 30 days later,
2026-12-17 (INA 240(c)(6)(B)); the motion to reopen (90 days) is done, one was filed 2026-12-02.
"""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from casefile.clock import today
from casefile.demo.generator import DEMO_PASSPHRASE
from casefile.services import dashboard, records
from casefile.services import deadlines as service
from casefile.services.demo import add_court_cases
from casefile.services.reporting import build_report
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER

DAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    from casefile.demo import SCALES, generate
    from casefile.services.interchange import import_document

    root = tmp_path_factory.mktemp("demo")
    vault, _ = Vault.create(root / "vault", USER, PASSPHRASE)
    for chunk in generate(SCALES["demo"], root / "files"):
        import_document(vault, chunk, base_dir=root / "files")
    add_court_cases(vault, DAY)
    yield vault
    vault.close()


def test_the_demo_has_hearings_custody_and_a_final_order(demo: Vault) -> None:
    assert DEMO_PASSPHRASE  # the same cases as `casefile demo` makes
    hearings = {h["id"]: h for h in service.all_deadlines(demo.connection()) if h.get("hearing_id")}
    assert {"hearing:h-demo-merits", "hearing:h-demo-1", "hearing:h-demo-2", "hearing:h-demo-3"} <= set(hearings)
    assert "hearing:h-demo-master" not in hearings  # held: over
    assert hearings["hearing:h-demo-1"]["due"] == "2026-12-23"  # continued from 2026-11-30 to day + 16
    merits = records.get(demo, "hearings", "h-demo-merits")
    detained = records.get(demo, "people", merits["person_id"])
    assert detained["custody_status"] == "detained" and len(detained["bond_decisions"]) == 2
    assert detained["bond_decision_on"] == "2026-11-23"

    data = dashboard.load(demo, DAY, within_days=30, limit=100)
    assert data.next_hearings[detained["id"]]["id"] == "hearing:h-demo-merits"
    assert data.next_hearings[detained["id"]]["due"].startswith("2026-12-30T08:30")
    upcoming = [d["id"] for d in data.upcoming]
    bond = [d for d in data.upcoming if d["kind"] == "bond-appeal" and d["person_id"] == detained["id"]]
    assert len(bond) == 1 and bond[0]["due"] == "2026-12-23"
    assert "hearing:h-demo-merits" in upcoming

    ordered = records.get(demo, "hearings", "h-demo-ordered")
    everything = service.all_deadlines(demo.connection())
    rows = {d["kind"]: d for d in everything if d.get("person_id") == ordered["person_id"]}
    assert rows["motion-to-reconsider"]["due"] == "2026-12-17" and not rows["motion-to-reconsider"]["done"]
    assert rows["motion-to-reopen"]["done"] is True
    assert rows["bia-appeal"]["done"] is True  # waived at the hearing


def test_the_demo_summary_first_page(tmp_path: Path) -> None:
    # Made today, as `casefile demo` makes it: the summary counts "next" from the real today.
    day = today()
    vault, _ = Vault.create(tmp_path / "vault", USER, PASSPHRASE)
    try:
        records.save(vault, "people", {"id": "p-a", "full_name": "Ana Torres", "is_client": True,
                                       "custody_status": "detained", "address": "Airline Dr, Houston TX"})  # fmt: skip
        records.save(vault, "people", {"id": "p-b", "full_name": "Beto Ruiz", "is_client": True})
        add_court_cases(vault, day)
        pdf, _ = build_report(vault, "summary", person_id="p-a")
    finally:
        vault.close()
    page = " ".join((PdfReader(io.BytesIO(pdf)).pages[0].extract_text() or "").split())
    assert "Custody and court" in page and "Montgomery Processing Center, Conroe TX" in page
    assert f"In custody since {(day - timedelta(days=48)).isoformat()}" in page
    assert "Bond set $8,000" in page and "ICE: Bond denied" in page
    assert f"{(day + timedelta(days=23)).isoformat()} 08:30" in page and "Individual (merits) hearing" in page
    assert "Houston Immigration Court (Gessner Rd)" in page

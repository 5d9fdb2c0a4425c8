"""The case page's data: one client's identity, timeline in date order and next deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from casefile.errors import CasefileError
from casefile.services.case_page import case_overview


def test_rosa_case_brings_her_records_together_in_date_order(example_vault) -> None:
    # As of 2026-10-01: the FOIA to ICE was received 2026-09-23, so its 20 working days
    # (5 U.S.C. 552(a)(6)(A)(i)) end 2026-10-22 (Oct 13 is Columbus Day: 23 Sep + 20 federal
    # working days = 22 Oct); the master hearing on 2026-12-03 is still ahead.
    overview = case_overview(example_vault, "p-rosa", day=date(2026, 10, 1))
    assert overview.identity.full_name == "Rosa Elena Quispe Mamani"
    assert overview.identity.a_number == "A208114563"
    assert overview.identity.custody_status == "detained"
    kinds = [(e.kind, e.record_id) for e in overview.timeline]
    assert ("encounter", "e-airline") in kinds
    assert ("arrest", "e-airline") in kinds
    assert ("document", "d-nta") in kinds and ("document", "d-i213") in kinds
    assert ("foia-submitted", "f-ice-1") in kinds and ("foia-received", "f-ice-1") in kinds
    assert ("hearing", "dl-mch") in kinds
    assert ("note", "n-1") in kinds
    # Date order: the encounter (15 Sep) before the NTA document (16 Sep) before the FOIA
    # (22 Sep) before the hearing (3 Dec); the note was written today, so it comes last.
    order = [e.record_id for e in overview.timeline]
    assert order.index("e-airline") < order.index("d-nta") < order.index("f-ice-1") < order.index("dl-mch")
    assert overview.timeline[-1].kind == "note"
    kinds_in_order = [e.kind for e in overview.timeline]
    assert kinds_in_order.index("foia-submitted") < kinds_in_order.index("foia-received")
    days = [e.when[:10] for e in overview.timeline]
    assert days == sorted(days)
    dues = [(d.kind, d.due[:10]) for d in overview.deadlines]
    assert dues == [("foia-response", "2026-10-22"), ("master-hearing", "2026-12-03")]
    assert overview.deadlines[0].computed and overview.deadlines[0].citation.startswith("5 U.S.C. 552")


def test_the_person_agents_came_for_gets_the_encounter_not_rosas_foia_or_hearing(example_vault) -> None:
    overview = case_overview(example_vault, "p-target", day=date(2026, 10, 1))
    ids = {e.record_id for e in overview.timeline}
    assert "e-airline" in ids
    assert not ids & {"f-ice-1", "dl-mch"}
    assert all(d.kind != "master-hearing" for d in overview.deadlines)


def test_unknown_person_is_a_clear_error(example_vault) -> None:
    with pytest.raises(CasefileError):
        case_overview(example_vault, "p-nobody")


def test_a_judges_decision_is_on_the_timeline_with_its_appeal_clock(example_vault) -> None:
    from casefile.services import records

    rosa = records.get(example_vault, "people", "p-rosa")
    records.save(example_vault, "people", {**rosa, "ij_decision_on": "2026-10-02"})
    overview = case_overview(example_vault, "p-rosa", day=date(2026, 10, 5))
    assert ("2026-10-02", "ij-decision", "people") in [(e.when, e.kind, e.kind_name) for e in overview.timeline]
    # BIA appeal: 30 days from 2 Oct 2026 is Sunday 1 Nov 2026, moved to Monday 2 Nov 2026
    # (8 CFR 1003.38(b), 1001.1(h)).
    appeal = [d for d in overview.deadlines if d.computed and "1003.38" in (d.citation or "")]
    assert appeal and appeal[0].due[:10] == "2026-11-02"


def test_an_evening_encounter_stays_on_its_own_day_before_the_next_days_foia(example_vault) -> None:
    from casefile.services import records

    enc = records.get(example_vault, "encounters", "e-airline")
    # 22:05 in Houston (UTC-05:00) on 14 Sep 2026 is 03:05 UTC on 15 Sep: still the 14th for the client.
    records.save(example_vault, "encounters", {**enc, "occurred_at": "2026-09-14T22:05:00-05:00"})
    foia = records.get(example_vault, "foia_requests", "f-ice-1")
    records.save(example_vault, "foia_requests", {**foia, "submitted_on": "2026-09-15"})
    overview = case_overview(example_vault, "p-rosa", day=date(2026, 10, 1))
    kinds = [e.kind for e in overview.timeline]
    assert kinds.index("encounter") < kinds.index("foia-submitted")

"""The clocks a hearing record starts (issue 15): the BIA appeal of the judge's decision (8 CFR
1003.38(b)), a bond decision's appeal (1003.19(f)) and the voluntary departure period (INA 240B,
8 CFR 1240.26); every date worked out by hand beside it, every citation in the output."""

from __future__ import annotations

from typing import Any

from casefile.domain.deadlines import computed_deadlines, is_overdue, marked, order_key, upcoming
from casefile.domain.deadlines_hearings import next_of, row
from casefile.services.deadlines import to_json

HEARING = {"id": "h-1", "person_id": "p-ana", "hearing_type": "individual", "starts_at": "2027-01-12T08:30:00-08:00"}


def _decided(**extra: Any) -> dict[str, Any]:
    return {**HEARING, "result": "decision", "decision": "denied", **extra}


def _of(kind: str, hearing: dict[str, Any]) -> dict[str, Any]:
    (found,) = [d for d in computed_deadlines([], [], [], [hearing]) if d["kind"] == kind]
    return found


def test_an_oral_decision_starts_the_bia_appeal_on_the_hearing_day() -> None:
    # Oral decision on Tuesday 2027-01-12: + 30 days = Thursday 2027-02-11 (19 days left in
    # January, 11 in February), a business day.
    bia = _of("bia-appeal", _decided(decision_on="2027-01-12", decision_service="oral"))
    assert bia["due"] == "2027-02-11" and bia["person_id"] == "p-ana" and bia["id"] == "computed:bia-appeal:h-1"
    assert bia["citation"] == "8 CFR 1003.38(b)" and bia["notes"] == []
    out = to_json(bia)
    assert out["citation"] == "8 CFR 1003.38(b)" and "30 days of the oral decision" in out["rule"]
    assert out["verify"] == "computed — verify"


def test_a_mailed_decision_counts_from_its_mailing_and_rolls_off_a_holiday_weekend() -> None:
    # Written decision mailed Wednesday 2027-01-20: + 30 = Friday 2027-02-19.
    assert _of("bia-appeal", _decided(decision_on="2027-01-20", decision_service="mail"))["due"] == "2027-02-19"
    # Served electronically Thursday 2027-01-14: + 30 = Saturday 2027-02-13; Monday the 15th is
    # Washington's Birthday (third Monday of February): due Tuesday 2027-02-16.
    served = _of("bia-appeal", _decided(decision_on="2027-01-14", decision_service="electronic"))
    assert served["due"] == "2027-02-16" and served["about"] == {"decided_on": "2027-01-14", "service": "electronic"}


def test_an_unrecorded_service_is_counted_from_the_date_entered_and_says_so() -> None:
    # 2027-01-12 + 30 = 2027-02-11; the note names the assumption.
    bia = _of("bia-appeal", _decided(decision_on="2027-01-12"))
    assert bia["due"] == "2027-02-11"
    assert "not recorded" in bia["notes"][0]["en"] and "No consta" in bia["notes"][0]["es"]


def test_filed_or_waived_closes_the_appeal_and_a_bond_hearing_is_a_bond_appeal() -> None:
    for status, done in (("filed", True), ("waived", True), ("reserved", False)):
        assert _of("bia-appeal", _decided(decision_on="2027-01-12", appeal_status=status))["done"] is done
    # A bond redetermination decided orally Tuesday 2027-01-12: + 30 = Thursday 2027-02-11, under
    # 8 CFR 1003.19(f) and 1003.38(b); no BIA appeal of the merits from a bond hearing.
    bond = _decided(hearing_type="bond", decision_on="2027-01-12", decision_service="oral")
    kinds = {d["kind"]: d for d in computed_deadlines([], [], [], [bond])}
    assert set(kinds) == {"bond-appeal"}
    assert kinds["bond-appeal"]["due"] == "2027-02-11"
    assert kinds["bond-appeal"]["citation"] == "8 CFR 1003.19(f), 1003.38(b)"


def test_no_decision_no_clock() -> None:
    assert computed_deadlines([], [], [], [HEARING, {**HEARING, "result": "held"}]) == []


def test_voluntary_departure_runs_from_the_hearing_day_and_is_not_moved() -> None:
    # 60 days from Tuesday 2027-01-12: 19 days to 31 January, 28 in February (47), 13 in March:
    # Saturday 2027-03-13. 1240.26 moves no last day: it stays, and a note says so.
    vd = _of("voluntary-departure", _decided(decision="voluntary-departure", vd_days=60, decision_on="2027-01-12",
                                             decision_service="oral"))  # fmt: skip
    assert vd["due"] == "2027-03-13"
    assert vd["citation"] == "INA 240B(a)(2)(A), (b)(2), 8 U.S.C. 1229c; 8 CFR 1240.26"
    notes = [n["en"] for n in vd["notes"]]
    assert any("five business days" in n for n in notes) and any("weekend or legal holiday" in n for n in notes)
    # A written decision of Wednesday 2027-01-20 with 30 days: counted from the hearing day, the
    # earlier reading, 2027-01-12 + 30 = 2027-02-11; from the decision it would be 2027-02-19.
    written = _of("voluntary-departure", _decided(decision="voluntary-departure", vd_days=30, decision_on="2027-01-20",
                                                  decision_service="mail"))  # fmt: skip
    assert written["due"] == "2027-02-11"
    assert any("2027-02-19" in n["en"] and "earlier" in n["en"] for n in written["notes"])
    # An appeal filed stays the order: the period is done here, the Board sets it again.
    filed = _decided(decision="voluntary-departure", vd_days=30, decision_on="2027-01-12", appeal_status="filed")
    assert _of("voluntary-departure", filed)["done"] is True


def test_a_held_hearing_is_never_overdue_and_a_continued_one_points_to_its_new_date() -> None:
    today = order_key({"due": "2027-02-01"})[0]
    pending = row(HEARING)
    assert pending is not None and pending["kind"] == "individual-hearing" and pending["computed"] is False
    # Past and without a result: awaiting its outcome, never overdue.
    late = marked(pending, order_key(pending)[0], today)
    assert late["awaiting_outcome"] is True and late["overdue"] is False
    assert not is_overdue(pending, order_key(pending)[0], today)
    # Held, adjourned without a date, decided: over, no row at all.
    for result in ({"result": "held"}, {"result": "adjourned", "adjourned_reason": "no interpreter"},
                   {"result": "decision", "decision": "granted", "decision_on": "2027-01-12"}):  # fmt: skip
        assert row({**HEARING, **result}) is None
    moved = row({**HEARING, "result": "continued", "continued_to": "2027-03-02"})
    assert moved is not None and moved["due"] == "2027-03-02" and moved["about"]["continued_from"] == "2027-01-12"
    adjourned = row({**HEARING, "result": "adjourned", "adjourned_reason": "judge ill", "continued_to": "2027-02-09"})
    assert adjourned is not None and adjourned["due"] == "2027-02-09"
    assert [d["due"][:10] for d in upcoming([moved, pending], today, None)] == ["2027-01-12", "2027-03-02"]


def test_the_next_hearing_is_the_next_one() -> None:
    day = order_key({"due": "2027-01-13"})[0]
    master = {**HEARING, "id": "h-m", "hearing_type": "master", "starts_at": "2027-01-05T09:00:00-08:00",
              "result": "held"}  # fmt: skip
    individual = {**HEARING, "id": "h-i", "starts_at": "2027-02-03T13:00:00-08:00"}
    bond = {**HEARING, "id": "h-b", "hearing_type": "bond", "starts_at": "2027-01-20T08:00:00-08:00"}
    assert next_of([master, individual, bond], day)["hearing_id"] == "h-b"
    # The bond hearing continued to 2027-02-10: the individual hearing (3 February) is next.
    bond_moved = {**bond, "result": "continued", "continued_to": "2027-02-10"}
    assert next_of([master, individual, bond_moved], day)["hearing_id"] == "h-i"
    # Continued to the individual hearing's own day: that record stands for it.
    onto = {**bond, "result": "continued", "continued_to": "2027-02-03"}
    assert next_of([onto, individual], day)["hearing_id"] == "h-i"
    assert next_of([master], day) is None

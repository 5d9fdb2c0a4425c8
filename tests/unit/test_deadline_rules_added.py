"""The clocks issue 12 added, table-driven: removal motions, bond appeals, FTCA suit and deemed
denial, civil-rights limitation periods, FOIA expedited and appeal decisions, tolling.

Expected dates are worked out by hand in the comments (calendar-day counts month by month;
working days as in tests/unit/test_deadline_rules.py, whose hand-typed OPM holiday list and
day-by-day walk check them again here).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casefile.domain.deadlines import computed_deadlines, upcoming
from tests.unit.test_deadline_rules import BIA, FOIA_SUBMITTED_ONLY, _business, _roll, _walk_working_days


def _one(kind: str, deadlines: list[dict]) -> dict:
    (found,) = [d for d in deadlines if d["kind"] == kind]
    return found


def _person(**fields: object) -> dict:
    return {"id": "p", "full_name": "P", **fields}


# --- removal motions ------------------------------------------------------------------------

REOPEN_90 = [
    ("2026-03-05", "2026-06-03"),  # Mar 6-31: 26; Apr 30 -> 56; May 31 -> 87; June 3 -> 90
    ("2026-10-30", "2027-01-28"),  # Oct 31: 1; Nov 30 -> 31; Dec 31 -> 62; Jan 28 -> 90 (year end)
    ("2025-12-02", "2026-03-02"),  # Dec 3-31: 29; Jan 31 -> 60; Feb 28 -> 88; Mar 2 -> 90
    ("2026-12-04", "2027-03-04"),  # Dec 5-31: 27; Jan 31 -> 58; Feb 28 -> 86; Mar 4 -> 90
    ("2024-02-29", "2024-05-29"),  # from leap day: Mar 31, Apr 30 -> 61, May 29 -> 90
    ("2023-12-01", "2024-02-29"),  # Dec 2-31: 30; Jan 31 -> 61; Feb 29 (leap) -> 90
    ("2026-04-07", "2026-07-06"),  # Apr 8-30: 23; May 31 -> 54; Jun 30 -> 84; Jul 6 -> 90
    ("2027-10-03", "2028-01-01"),  # Oct 4-31: 28; Nov -> 58; Dec -> 89; Jan 1 2028 -> 90 (Sat, holiday)
    ("2025-11-30", "2026-02-28"),  # Dec 31, Jan 31 -> 62, Feb 28 -> 90 (Saturday)
    ("2026-06-19", "2026-09-17"),  # from Juneteenth: Jun 20-30: 11; Jul -> 42; Aug -> 73; Sep 17 -> 90
    ("2027-12-31", "2028-03-30"),  # Jan 31, Feb 29 -> 60, Mar 30 -> 90
    ("2028-03-01", "2028-05-30"),  # Mar 2-31: 30; Apr -> 60; May 30 -> 90
]


@pytest.mark.parametrize(("ordered", "due"), REOPEN_90)
def test_motion_to_reopen_90_days(ordered: str, due: str) -> None:
    reopen = _one("motion-to-reopen", computed_deadlines([], [_person(final_order_on=ordered)], []))
    assert reopen["due"] == due and reopen["citation"].startswith("INA 240(c)(7)(C)(i)")
    assert (date.fromisoformat(ordered) + timedelta(days=90)).isoformat() == due
    # Never moved past a weekend or holiday; a note says so when it falls on one.
    weekend = any("not moved to the next business day" in n["en"] for n in reopen["notes"])
    assert weekend is (not _business(date.fromisoformat(due)))
    assert any("240(c)(7)(C)(ii)" in n["en"] for n in reopen["notes"])
    filed = _person(final_order_on=ordered, motion_reopen_filed_on=ordered)
    assert _one("motion-to-reopen", computed_deadlines([], [filed], []))["done"] is True


RECONSIDER_30 = [
    ("2026-03-05", "2026-04-04"),  # Mar 6-31: 26; Apr 4 -> 30 (Saturday)
    ("2026-10-30", "2026-11-29"),  # Oct 31: 1; Nov 29 -> 30 (Sunday)
    ("2025-12-02", "2026-01-01"),  # Dec 3-31: 29; Jan 1 -> 30 (New Year's Day)
    ("2026-12-04", "2027-01-03"),  # Dec 5-31: 27; Jan 3 -> 30 (Sunday)
    ("2024-02-29", "2024-03-30"),  # from leap day: Mar 30 -> 30 (Saturday)
    ("2023-12-01", "2023-12-31"),  # Dec 2-31 -> 30 (Sunday, year end)
    ("2026-04-07", "2026-05-07"),  # Apr 8-30: 23; May 7 -> 30
    ("2027-10-03", "2027-11-02"),  # Oct 4-31: 28; Nov 2 -> 30
    ("2025-11-30", "2025-12-30"),  # Dec 30 -> 30
    ("2026-06-19", "2026-07-19"),  # Jun 20-30: 11; Jul 19 -> 30 (Sunday)
    ("2027-12-31", "2028-01-30"),  # Jan 30 -> 30 (Sunday)
    ("2028-01-31", "2028-03-01"),  # Feb 1-29: 29 (leap year); Mar 1 -> 30
]


@pytest.mark.parametrize(("ordered", "due"), RECONSIDER_30)
def test_motion_to_reconsider_30_days(ordered: str, due: str) -> None:
    reconsider = _one("motion-to-reconsider", computed_deadlines([], [_person(final_order_on=ordered)], []))
    assert reconsider["due"] == due and reconsider["citation"].startswith("INA 240(c)(6)(B)")
    assert (date.fromisoformat(ordered) + timedelta(days=30)).isoformat() == due
    assert bool(reconsider["notes"]) is (not _business(date.fromisoformat(due)))
    filed = _person(final_order_on=ordered, motion_reconsider_filed_on=due)
    assert _one("motion-to-reconsider", computed_deadlines([], [filed], []))["done"] is True


ABSENTIA_180 = [
    ("2026-03-05", "2026-09-01"),  # Mar 26, Apr 56, May 87, Jun 117, Jul 148, Aug 179, Sep 1 -> 180
    ("2026-10-30", "2027-04-28"),  # Oct 1, Nov 31, Dec 62, Jan 93, Feb 121, Mar 152, Apr 28 -> 180
    ("2025-12-02", "2026-05-31"),  # Dec 29, Jan 60, Feb 88, Mar 119, Apr 149, May 31 -> 180 (Sunday)
    ("2026-12-04", "2027-06-02"),  # Dec 27, Jan 58, Feb 86, Mar 117, Apr 147, May 178, Jun 2 -> 180
    ("2024-02-29", "2024-08-27"),  # Mar 31, Apr 61, May 92, Jun 122, Jul 153, Aug 27 -> 180
    ("2023-12-01", "2024-05-29"),  # Dec 30, Jan 61, Feb 90 (leap), Mar 121, Apr 151, May 29 -> 180
    ("2026-04-07", "2026-10-04"),  # Apr 23, May 54, Jun 84, Jul 115, Aug 146, Sep 176, Oct 4 (Sun)
    ("2027-10-03", "2028-03-31"),  # Oct 28, Nov 58, Dec 89, Jan 120, Feb 149 (leap), Mar 31 -> 180
    ("2025-11-30", "2026-05-29"),  # Dec 31, Jan 62, Feb 90, Mar 121, Apr 151, May 29 -> 180
    ("2026-06-19", "2026-12-16"),  # Jun 11, Jul 42, Aug 73, Sep 103, Oct 134, Nov 164, Dec 16 -> 180
    ("2027-12-31", "2028-06-28"),  # Jan 31, Feb 60, Mar 91, Apr 121, May 152, Jun 28 -> 180
    ("2028-03-01", "2028-08-28"),  # Mar 30, Apr 60, May 91, Jun 121, Jul 152, Aug 28 -> 180
]


@pytest.mark.parametrize(("ordered", "due"), ABSENTIA_180)
def test_reopening_an_in_absentia_order_180_days(ordered: str, due: str) -> None:
    person = _person(final_order_on=ordered, in_absentia=True)
    absentia = _one("absentia-reopen", computed_deadlines([], [person], []))
    assert absentia["due"] == due and absentia["citation"].startswith("INA 240(b)(5)(C)")
    assert (date.fromisoformat(ordered) + timedelta(days=180)).isoformat() == due
    # Lack of notice: no time limit, said in words in both languages.
    assert "no time limit" in absentia["notes"][0]["en"] and "sin plazo" in absentia["notes"][0]["es"]
    assert "no time limit" in absentia["rule"]["en"] and "no tiene plazo" in absentia["rule"]["es"]
    # Not in absentia: no such deadline, only the ordinary motions.
    kinds = {d["kind"] for d in computed_deadlines([], [_person(final_order_on=ordered)], [])}
    assert kinds == {"motion-to-reopen", "motion-to-reconsider"}


@pytest.mark.parametrize(("decided", "due"), BIA)
def test_bond_appeal_30_days_rolled_forward_like_any_bia_appeal(decided: str, due: str) -> None:
    # 8 CFR 1003.19(f) sends bond appeals to the Board under 1003.38(b): the BIA table's dates.
    bond = _one("bond-appeal", computed_deadlines([], [_person(bond_decision_on=decided)], []))
    assert bond["due"] == due and bond["citation"] == "8 CFR 1003.19(f), 1003.38(b)"
    assert _roll(date.fromisoformat(decided) + timedelta(days=30), dc_area=True).isoformat() == due or (
        decided in ("2025-11-25", "2025-11-24")  # EO 14370 closures: not holidays, named in a note
    )
    for status, done in (("filed", True), ("waived", True), ("reserved", False)):
        person = _person(bond_decision_on=decided, bond_appeal_status=status)
        assert _one("bond-appeal", computed_deadlines([], [person], []))["done"] is done


# --- FTCA -------------------------------------------------------------------------------------

SIX_MONTHS = [
    # (mailed / presented, suit due: the month's last day when the day is missing, deemed denied:
    # the 1st of the next month then, since suing early is the risk there)
    ("2026-08-31", "2027-02-28", "2027-03-01"),  # no 31 February; the 28th is a Sunday
    ("2026-03-31", "2026-09-30", "2026-10-01"),  # no 31 September
    ("2025-08-29", "2026-02-28", "2026-03-01"),  # no 29 February in 2026; a Saturday
    ("2027-08-31", "2028-02-29", "2028-03-01"),  # 2028 is a leap year: the 29th exists, the 31st not
    ("2026-06-19", "2026-12-19", "2026-12-19"),  # from Juneteenth; a Saturday
    ("2026-12-25", "2027-06-25", "2027-06-25"),  # from Christmas, across the year end
    ("2027-01-18", "2027-07-18", "2027-07-18"),  # from MLK Day; a Sunday
    ("2026-07-15", "2027-01-15", "2027-01-15"),
    ("2025-12-31", "2026-06-30", "2026-07-01"),  # no 31 June
    ("2028-08-31", "2029-02-28", "2029-03-01"),  # 2029 is not a leap year
    ("2027-09-30", "2028-03-30", "2028-03-30"),
    ("2026-05-20", "2026-11-20", "2026-11-20"),
]


@pytest.mark.parametrize(("on", "suit_due", "deemed"), SIX_MONTHS)
def test_ftca_suit_six_months_after_the_denial_is_mailed(on: str, suit_due: str, deemed: str) -> None:
    encounter = {"id": "e", "occurred_at": "2025-01-10T09:00:00-06:00", "ftca_denied_on": on}
    suit = _one("ftca-suit", computed_deadlines([], [], [encounter]))
    assert suit["due"] == suit_due and suit["citation"] == "28 U.S.C. 2401(b)"
    assert bool(suit["notes"]) is (not _business(date.fromisoformat(suit_due)))
    assert _one("ftca-suit", computed_deadlines([], [], [{**encounter, "ftca_suit_filed_on": on}]))["done"]


@pytest.mark.parametrize(("on", "suit_due", "deemed"), SIX_MONTHS)
def test_ftca_claim_may_be_deemed_denied_six_months_after_presentment(on: str, suit_due: str, deemed: str) -> None:
    encounter = {"id": "e", "occurred_at": "2025-01-10T09:00:00-06:00", "ftca_presented_on": on}
    found = _one("ftca-deemed-denied", computed_deadlines([], [], [encounter]))
    assert found["due"] == deemed and found["citation"] == "28 U.S.C. 2675(a)" and found["opens"] is True
    after = (date.fromisoformat(deemed) + timedelta(days=1)).isoformat()
    assert f"Suit may be filed from {after}" in found["notes"][0]["en"] and "McNeil" in found["notes"][0]["en"]
    # A date from which to act: once past it is open, never overdue.
    (listed,) = upcoming([found], date.fromisoformat(deemed) + timedelta(days=40), None)
    assert listed["overdue"] is False
    # Presented: the two-year claim deadline is done; denied: the deemed denial is moot.
    claim = {**encounter, "possible_ftca_claim": True}
    assert _one("ftca-claim", computed_deadlines([], [], [claim]))["done"] is True
    assert _one("ftca-deemed-denied", computed_deadlines([], [], [{**encounter, "ftca_denied_on": on}]))["done"]


# --- civil-rights suits: the state's personal-injury period (Owens v. Okure) -----------------

CIVIL_RIGHTS = [
    ("TX", "2026-09-15", "2028-09-15"),  # 2 years, Tex. Civ. Prac. & Rem. Code § 16.003
    ("CA", "2024-02-29", "2026-02-28"),  # 2 years from a leap day: the 28th (a Saturday)
    ("KY", "2026-06-19", "2027-06-19"),  # 1 year; a Saturday
    ("TN", "2025-12-31", "2026-12-31"),  # 1 year, across the year end
    ("LA", "2025-07-04", "2026-07-04"),  # 1 year (unsettled since 2024: the shorter); a Saturday
    ("NY", "2026-01-19", "2029-01-19"),  # 3 years
    ("FL", "2026-03-01", "2028-03-01"),  # 2 years (unsettled since 2023: the shorter)
    ("ME", "2024-02-29", "2030-02-28"),  # 6 years from a leap day; 2030 is not a leap year
    ("MO", "2027-12-24", "2032-12-24"),  # 5 years
    ("NE", "2028-02-29", "2032-02-29"),  # 4 years, leap day to leap day
    ("WI", "2026-11-26", "2029-11-26"),  # 3 years (shortened in 2018)
    ("PR", "2026-12-31", "2027-12-31"),  # 1 year; New Year's Day 2028 observed that Friday
    ("GA", "2026-01-01", "2028-01-01"),  # 2 years; a Saturday
]


@pytest.mark.parametrize(("state", "occurred", "due"), CIVIL_RIGHTS)
def test_civil_rights_suit_by_the_states_personal_injury_period(state: str, occurred: str, due: str) -> None:
    encounter = {
        "id": "e",
        "occurred_at": f"{occurred}T22:00:00-06:00",
        "location": {"city": "X", "state": state},
        "possible_civil_rights_claim": True,
    }
    suit = _one("civil-rights-suit", computed_deadlines([], [], [encounter]))
    assert suit["due"] == due and "Owens v. Okure, 488 U.S. 235 (1989)" in suit["citation"]
    statute = suit["about"]["statute"]
    assert suit["notes"][0]["en"].startswith(f"{state}: ") and statute in suit["notes"][0]["en"]
    unsettled = any("unsettled" in n["en"] or "earlier date" in n["en"] or "is used" in n["en"] for n in suit["notes"])
    assert unsettled is (state in ("FL", "LA", "WI"))
    filed = {**encounter, "civil_suit_filed_on": occurred}
    assert _one("civil-rights-suit", computed_deadlines([], [], [filed]))["done"] is True


def test_no_civil_rights_deadline_without_the_mark_or_a_known_state() -> None:
    base = {"id": "e", "occurred_at": "2026-01-05", "location": {"state": "TX"}}
    assert computed_deadlines([], [], [base]) == []
    unknown = {**base, "possible_civil_rights_claim": True, "location": {"state": "GU"}}
    assert computed_deadlines([], [], [unknown]) == []


# --- FOIA: expedited processing, appeal decision, exhaustion ---------------------------------

EXPEDITED_10 = [
    ("2026-09-22", "2026-10-02"),  # 22 + 10 = 32 September -> 2 October
    ("2026-12-22", "2027-01-01"),  # across the year end, onto New Year's Day (calendar days)
    ("2026-02-19", "2026-03-01"),  # 19 + 9 = 28 February (2026 has 28), + 10 = 1 March
    ("2028-02-19", "2028-02-29"),  # 2028 is a leap year: 29 February
    ("2026-06-09", "2026-06-19"),  # onto Juneteenth
    ("2025-12-26", "2026-01-05"),  # 26 + 5 = 31 December, + 10 = 5 January
    ("2027-06-08", "2027-06-18"),  # onto Juneteenth observed
    ("2026-07-24", "2026-08-03"),  # 24 + 7 = 31 July, + 10 = 3 August
    ("2026-11-16", "2026-11-26"),  # onto Thanksgiving
    ("2024-02-20", "2024-03-01"),  # 20 + 9 = 29 February 2024, + 10 = 1 March
    ("2027-12-25", "2028-01-04"),  # 25 + 6 = 31 December, + 10 = 4 January
    ("2026-03-21", "2026-03-31"),  # from a Saturday
]


@pytest.mark.parametrize(("submitted", "due"), EXPEDITED_10)
def test_expedited_processing_decision_10_days(submitted: str, due: str) -> None:
    request = {"id": "f", "agency": "ICE", "status": "submitted", "submitted_on": submitted,
               "expedited_requested": True}
    expedited = _one("foia-expedited", computed_deadlines([request], [], []))
    assert expedited["due"] == due and expedited["citation"] == "5 U.S.C. 552(a)(6)(E)(ii)(I)"
    assert (date.fromisoformat(submitted) + timedelta(days=10)).isoformat() == due
    decided = {**request, "expedited_decided_on": due}
    assert _one("foia-expedited", computed_deadlines([decided], [], []))["done"] is True
    # From the receipt date when the sent date is missing, and it says so.
    received = {**request, "submitted_on": None, "received_on": submitted}
    fallback = _one("foia-expedited", computed_deadlines([received], [], []))
    assert fallback["due"] == due and "receipt date" in fallback["notes"][0]["en"]
    assert not [d for d in computed_deadlines([{**request, "expedited_requested": False}], [], [])
                if d["kind"] == "foia-expedited"]


@pytest.mark.parametrize(("received", "_assumed", "due"), [(a, a, d) for _, a, d in FOIA_SUBMITTED_ONLY])
def test_appeal_decision_20_working_days_and_exhaustion_the_day_after(received: str, _assumed: str, due: str) -> None:
    # The 20-working-day tallies from each "assumed receipt" of FOIA_SUBMITTED_ONLY, reused as the
    # day the appeal was received.
    request = {"id": "f", "agency": "CBP", "status": "appealed", "received_on": "2025-01-06",
               "adverse_determination_on": "2025-03-03", "appeal_filed_on": received}
    found = computed_deadlines([request], [], [])
    decision = _one("foia-appeal-decision", found)
    assert decision["due"] == due and decision["citation"] == "5 U.S.C. 552(a)(6)(A)(ii)"
    assert "counted from the day it was filed" in decision["notes"][0]["en"]
    assert _walk_working_days(date.fromisoformat(received), 20).isoformat() == due
    exhaustion = _one("foia-exhaustion", found)
    assert exhaustion["due"] == (date.fromisoformat(due) + timedelta(days=1)).isoformat()
    assert exhaustion["citation"] == "5 U.S.C. 552(a)(6)(C)(i)" and exhaustion["opens"] is True
    (listed,) = upcoming([exhaustion], date(2030, 1, 1), None)
    assert listed["overdue"] is False
    # A recorded receipt date wins, and the note goes; a decision or a suit closes both.
    exact = _one("foia-appeal-decision", computed_deadlines([{**request, "appeal_received_on": received}], [], []))
    assert exact["due"] == due and exact["notes"] == []
    for closing in ({"appeal_decided_on": due}, {"litigation_filed_on": due}):
        closed = computed_deadlines([{**request, **closing}], [], [])
        assert _one("foia-appeal-decision", closed)["done"] and _one("foia-exhaustion", closed)["done"]


# --- tolling for information or fees (552(a)(6)(A)(ii)(I)-(II)) --------------------------------

# Received Wednesday 2026-09-23; untolled due 2026-10-22: Sep 24-25 (2), 28-30 (5), Oct 1-2
# (7), 5-9 (12), Columbus Day, 13-16 (16), 19-22 (20).
TOLLING = [
    # Stopped Thu 10-01, the 6th working day (counted as used): 14 left. Answer received Thu
    # 10-15: 16 (1), 19-23 (6), 26-30 (11), Nov 2-4 (14) -> 11-04.
    ("2026-10-01", "2026-10-15", "2026-11-04"),
    # Stopped on the day of receipt: all 20 left. From Wed 09-30: Oct 1-2 (2), 5-9 (7), Columbus
    # Day, 13-16 (11), 19-23 (16), 26-29 (20) -> 10-29.
    ("2026-09-23", "2026-09-30", "2026-10-29"),
    # Stopped Wed 10-21, the 19th working day: 1 left. Answer Tue 11-10; the 11th is Veterans
    # Day -> Thursday 11-12.
    ("2026-10-21", "2026-11-10", "2026-11-12"),
    # Stopped Fri 10-09, the 12th: 8 left. Answer Fri 12-18: Dec 21-24 (4), Christmas, 28-31 (8)
    # -> 12-31.
    ("2026-10-09", "2026-12-18", "2026-12-31"),
    # No answer yet: the date ignores the stop (the earlier date) and says so.
    ("2026-10-01", None, "2026-10-22"),
    # Stopped after the period ran out: not a stop the statute allows; ignored, with a note.
    ("2026-10-23", "2026-11-02", "2026-10-22"),
]


@pytest.mark.parametrize(("tolled", "ended", "due"), TOLLING)
def test_tolling_for_information_or_fees(tolled: str, ended: str | None, due: str) -> None:
    request = {"id": "f", "agency": "USCIS", "status": "processing", "received_on": "2026-09-23",
               "tolled_on": tolled, "tolling_ended_on": ended}
    response = _one("foia-response", computed_deadlines([request], [], []))
    assert response["due"] == due
    (note,) = response["notes"]
    assert "552(a)(6)(A)(ii)" in note["en"] and "552(a)(6)(A)(ii)" in note["es"]

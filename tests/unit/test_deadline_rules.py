"""Each deadline rule, table-driven (issue 12, must-show 1).

Every expected date is worked out by hand in the comment beside it (month tallies of working days
use the federal holidays as observed: OPM's lists for 2024-2028, typed in below). The tables are
also checked against an independent count, a plain day-by-day walk over ``calendar`` with that
hand-typed holiday list, so a slip in a comment or in the library's calendar shows up either way.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest

from casefile.domain.deadlines import computed_deadlines
from casefile.domain.rules import registered

# Federal holidays as observed, 5 U.S.C. 6103(a)-(b), from OPM's published lists.
OPM_HOLIDAYS = {
    date.fromisoformat(d)
    for d in (  # noqa: SIM905 (a year to a line reads better than a list literal)
        # 2024
        "2024-01-01 2024-01-15 2024-02-19 2024-05-27 2024-06-19 2024-07-04 2024-09-02 2024-10-14 "
        "2024-11-11 2024-11-28 2024-12-25 "
        # 2025 (20 January: Martin Luther King Jr. Day and Inauguration Day)
        "2025-01-01 2025-01-20 2025-02-17 2025-05-26 2025-06-19 2025-07-04 2025-09-01 2025-10-13 "
        "2025-11-11 2025-11-27 2025-12-25 "
        # 2026 (4 July is a Saturday: observed Friday 3 July)
        "2026-01-01 2026-01-19 2026-02-16 2026-05-25 2026-06-19 2026-07-03 2026-09-07 2026-10-12 "
        "2026-11-11 2026-11-26 2026-12-25 "
        # 2027 (19 June, 25 December and 1 January 2028 are Saturdays: observed the Friday before)
        "2027-01-01 2027-01-18 2027-02-15 2027-05-31 2027-06-18 2027-07-05 2027-09-06 2027-10-11 "
        "2027-11-11 2027-11-25 2027-12-24 2027-12-31 "
        # 2028 (11 November is a Saturday: observed Friday 10 November)
        "2028-01-17 2028-02-21 2028-05-29 2028-06-19 2028-07-04 2028-09-04 2028-10-09 2028-11-10 "
        "2028-11-23 2028-12-25"
    ).split()
}
# Inauguration Day in the DC area (5 U.S.C. 6103(c)); 2033-01-20 is a Thursday.
INAUGURATIONS = {date(2025, 1, 20), date(2033, 1, 20)}


def _business(day: date, *, dc_area: bool = False) -> bool:
    return calendar.weekday(day.year, day.month, day.day) < 5 and day not in OPM_HOLIDAYS and not (
        dc_area and day in INAUGURATIONS
    )


def _walk_working_days(start: date, n: int) -> date:
    day = start
    while n:
        day += timedelta(days=1)
        if _business(day):
            n -= 1
    return day


def _roll(day: date, *, dc_area: bool = False) -> date:
    while not _business(day, dc_area=dc_area):
        day += timedelta(days=1)
    return day


def _one(kind: str, deadlines: list[dict]) -> dict:
    (found,) = [d for d in deadlines if d["kind"] == kind]
    return found


# --- BIA appeal: 30 days, rolled forward (8 CFR 1003.38(b)) -------------------------------

BIA = [
    # +30 = Sunday 2026-07-05 (Saturday the 4th observed Friday the 3rd) -> Monday 07-06. (issue)
    ("2026-06-05", "2026-07-06"),
    # +30 = Thursday 2025-12-25, Christmas -> Friday 12-26. Closed by EO 14370, which is not
    # counted as a holiday: the earlier date, with a note. (issue)
    ("2025-11-25", "2025-12-26"),
    # +30 = Friday 2027-01-01, New Year's Day -> Saturday, Sunday -> Monday 2027-01-04. (issue)
    ("2026-12-02", "2027-01-04"),
    # +30 = Monday 2026-01-19, Martin Luther King Jr. Day -> Tuesday 01-20. (issue)
    ("2025-12-20", "2026-01-20"),
    # +30 = Friday 2026-06-19, Juneteenth -> Saturday, Sunday -> Monday 06-22.
    ("2026-05-20", "2026-06-22"),
    # +30 = Friday 2027-06-18, Juneteenth observed (the 19th is a Saturday) -> Monday 06-21.
    ("2027-05-19", "2027-06-21"),
    # 2028 is a leap year: 30 January + 1 = 31 January, + 29 more = Tuesday 29 February.
    ("2028-01-30", "2028-02-29"),
    # 2024: 31 January + 29 days of February = 29 February (+29), 1 March is +30, a Friday.
    ("2024-01-31", "2024-03-01"),
    # +30 = Monday 2025-01-20, MLK Day and Inauguration Day -> Tuesday 01-21.
    ("2024-12-21", "2025-01-21"),
    # +30 = Thursday 2033-01-20, Inauguration Day: a legal holiday at the Board in Falls Church
    # (5 U.S.C. 6103(c)) -> Friday 01-21.
    ("2032-12-21", "2033-01-21"),
    # +30 = Saturday 2026-10-03 -> Monday 10-05.
    ("2026-09-03", "2026-10-05"),
    # +30 = Monday 2026-10-12, Columbus Day -> Tuesday 10-13.
    ("2026-09-12", "2026-10-13"),
    # +30 = Wednesday 2026-11-11, Veterans Day -> Thursday 11-12.
    ("2026-10-12", "2026-11-12"),
    # +30 = Thursday 2026-11-26, Thanksgiving -> Friday 11-27 (not a federal holiday).
    ("2026-10-27", "2026-11-27"),
    # +30 = Friday 2027-12-24, Christmas observed -> Saturday, Sunday -> Monday 12-27.
    ("2027-11-24", "2027-12-27"),
    # +30 = Friday 2027-12-31, New Year's Day 2028 observed -> Monday 2028-01-03 (year end).
    ("2027-12-01", "2028-01-03"),
    # +30 = Wednesday 2025-12-24, closed by EO 14370: not counted, so 12-24 itself, with a note.
    ("2025-11-24", "2025-12-24"),
    # +30 = Wednesday 2026-04-01, a business day: no roll.
    ("2026-03-02", "2026-04-01"),
]


@pytest.mark.parametrize(("decided", "due"), BIA)
def test_bia_appeal(decided: str, due: str) -> None:
    person = {"id": "p", "full_name": "P", "ij_decision_on": decided, "ij_decision_service": "oral"}
    bia = _one("bia-appeal", computed_deadlines([], [person], []))
    assert bia["due"] == due
    assert bia["citation"] == "8 CFR 1003.38(b)"
    # The independent count: 30 calendar days, then the next business day in the DC area.
    assert _roll(date.fromisoformat(decided) + timedelta(days=30), dc_area=True).isoformat() == due or (
        decided in ("2025-11-25", "2025-11-24")  # EO 14370 closures, not holidays (checked below)
    )


def test_bia_appeal_says_when_a_closure_by_executive_order_might_move_it() -> None:
    person = {"id": "p", "full_name": "P", "ij_decision_on": "2025-11-24", "ij_decision_service": "mail"}
    bia = _one("bia-appeal", computed_deadlines([], [person], []))
    (note,) = bia["notes"]
    # 24 December closed by EO 14370, the 25th Christmas, the 26th closed by EO 14370, then a
    # weekend: if closures counted the last day would be Monday 29 December.
    assert "Executive Order 14370" in note["en"] and "2025-12-29" in note["en"]
    assert "2025-12-29" in note["es"] and "orden ejecutiva" in note["es"]
    assert bia["about"] == {"decided_on": "2025-11-24", "service": "mail"}


def test_bia_appeal_done_when_filed_or_waived_and_says_service_is_unknown() -> None:
    person = {"id": "p", "full_name": "P", "ij_decision_on": "2026-06-05"}
    (bia,) = computed_deadlines([], [person], [])
    assert not bia["done"] and "not recorded" in bia["notes"][0]["en"]
    for status, done in (("filed", True), ("waived", True), ("reserved", False)):
        (bia,) = computed_deadlines([], [{**person, "bia_appeal_status": status}], [])
        assert bia["done"] is done


# --- FOIA appeal: DHS 90 working days (6 CFR 5.8(a)(1)) -----------------------------------
# Working days a month holds after holidays (weekdays from calendar, less weekday holidays):
# 2024 Mar 21 Apr 22 May 22 Jun 19 | 2025 Oct 22 Nov 18 Dec 22 | 2026 Jan 20 Feb 19 Mar 22
# Apr 22 May 20 Jun 21 Jul 22 Aug 21 Sep 21 Oct 21 Nov 19 Dec 22 | 2027 Jan 19 Feb 19 Mar 23
# Apr 22 May 20 Jun 21 Jul 21 Aug 22 Sep 21 Oct 20 Nov 20 Dec 21 | 2028 Jan 20 Feb 20 Mar 23
# Apr 20 May 22.

DHS_APPEAL = [
    # Mar 6-31: 18; April 22 -> 40; May 20 -> 60; June 21 -> 81; July 1, 2 (83), the 3rd is
    # observed Independence Day, 6-10 (88), 13 (89), 14 (90). (issue)
    ("2026-03-05", "2026-07-14"),
    # Oct 2-31: 21 (less the 13th); Nov 18 -> 39; Dec 22 -> 61; Jan 2026 20 -> 81; Feb 2-6 (86),
    # 9-12 (90): Thursday 2026-02-12.
    ("2025-10-01", "2026-02-12"),
    # Dec 22-24, 26, 29-31: 7 (the 24th and 26th, closed by EO 14370, counted: the earlier
    # date); Jan 20 -> 27; Feb 19 -> 46; Mar 22 -> 68; April's 22 -> Thursday 04-30.
    ("2025-12-19", "2026-04-30"),
    # January after Friday the 2nd: 19; Feb 19 -> 38; Mar 22 -> 60; Apr 22 -> 82; May 1 (83),
    # 4-8 (88), 11 (89), 12 (90).
    ("2026-01-02", "2026-05-12"),
    # Nothing left in February; Mar 22, Apr 22 -> 44, May 20 -> 64, Jun 21 -> 85; July 1, 2
    # (87), 6, 7, 8 (90).
    ("2026-02-27", "2026-07-08"),
    # Apr 22, May 20 -> 42, Jun 21 -> 63, Jul 21 -> 84; August 2-6 (89), Monday 9 (90).
    ("2027-03-31", "2027-08-09"),
    # Sep after the 1st: 20; Oct 20 -> 40; Nov 20 -> 60; Dec 21 -> 81 (24th and 31st observed
    # holidays); Jan 2028 3-7 (86), 10-13 (90). Year end crossed.
    ("2027-09-01", "2028-01-13"),
    # Oct 18-29: 10; Nov 20 -> 30; Dec 21 -> 51; Jan 20 -> 71; Feb 1-4 (75), 7-11 (80), 14-18
    # (85), the 21st is Washington's Birthday, 22-25 (89), 28 (90).
    ("2027-10-15", "2028-02-28"),
    # Feb 20, Mar 23 -> 43, Apr 20 -> 63, May 22 -> 85; June 1, 2, 5, 6, 7 (90).
    ("2028-01-31", "2028-06-07"),
    # From leap day 2024: Mar 21, Apr 22 -> 43, May 22 -> 65, Jun 19 -> 84; July 1-3 (87), the
    # 4th a holiday, 5 (88), 8 (89), 9 (90).
    ("2024-02-29", "2024-07-09"),
    # From Juneteenth 2026 (day 0 whatever it is): June 22-30: 7; Jul 22 -> 29; Aug 21 -> 50;
    # Sep 21 -> 71; Oct 1-2 (73), 5-9 (78), 13-16 (82), 19-23 (87), 26-28 (90).
    ("2026-06-19", "2026-10-28"),
    # From Thanksgiving 2026: Nov 27, 30: 2; Dec 22 -> 24; Jan 19 -> 43; Feb 19 -> 62; Mar 23
    # -> 85; April 1, 2, 5, 6, 7 (90).
    ("2026-11-26", "2027-04-07"),
    # From Juneteenth observed 2027: June 21-30: 8; Jul 21 -> 29; Aug 22 -> 51; Sep 21 -> 72;
    # Oct 1 (73), 4-8 (78), 12-15 (82), 18-22 (87), 25-27 (90).
    ("2027-06-18", "2027-10-27"),
]


@pytest.mark.parametrize(("adverse", "due"), DHS_APPEAL)
@pytest.mark.parametrize("agency", ["ICE", "CBP", "USCIS", "OBIM", "DHS-CRCL", "DHS-OIG", "DHS-PRIV"])
def test_dhs_foia_appeal_is_90_working_days(adverse: str, due: str, agency: str) -> None:
    request = {"id": "f", "agency": agency, "status": "denied", "adverse_determination_on": adverse}
    appeal = _one("foia-appeal", computed_deadlines([request], [], []))
    assert appeal["due"] == due
    assert appeal["citation"].startswith("6 CFR 5.8(a)(1)")
    assert _walk_working_days(date.fromisoformat(adverse), 90).isoformat() == due


def test_dhs_appeal_names_the_closures_it_counted_as_working_days() -> None:
    request = {"id": "f", "agency": "ICE", "status": "denied", "adverse_determination_on": "2025-12-19"}
    (note,) = _one("foia-appeal", computed_deadlines([request], [], []))["notes"]
    assert "2025-12-24" in note["en"] and "2025-12-26" in note["en"] and "Executive Order 14370" in note["en"]


# --- FOIA appeal: DOJ components 90 calendar days (28 CFR 16.8(a)) -------------------------

DOJ_APPEAL = [
    # Mar 6-31: 26; April 30 -> 56; May 31 -> 87; June 3 -> 90.
    ("2026-03-05", "2026-06-03"),
    # Oct 31: 1; Nov 30 -> 31; Dec 31 -> 62; January 28 -> 90 (year end).
    ("2026-10-30", "2027-01-28"),
    # Dec 3-31: 29; Jan 31 -> 60; Feb 28 -> 88; March 2 -> 90.
    ("2026-12-02", "2027-03-02"),
    # Jan 5-31: 27; Feb 28 -> 55; Mar 31 -> 86; April 4 -> 90, a Sunday: not moved (note).
    ("2027-01-04", "2027-04-04"),
    # From leap day 2024: Mar 31, Apr 30 -> 61, May 29 -> 90.
    ("2024-02-29", "2024-05-29"),
    # Dec 2-31: 30; Jan 31 -> 61; Feb 29 (leap year) -> 90.
    ("2023-12-01", "2024-02-29"),
    # Apr 8-30: 23; May 31 -> 54; Jun 30 -> 84; July 6 -> 90.
    ("2026-04-07", "2026-07-06"),
    # Oct 4-31: 28; Nov 30 -> 58; Dec 31 -> 89; 1 January 2028 -> 90: a Saturday and New Year's.
    ("2027-10-03", "2028-01-01"),
    # Dec 31, Jan 31 -> 62, Feb 28 -> 90: Saturday 2026-02-28.
    ("2025-11-30", "2026-02-28"),
    # From Juneteenth: Jun 20-30: 11; Jul 31 -> 42; Aug 31 -> 73; Sep 17 -> 90.
    ("2026-06-19", "2026-09-17"),
    # Jan 31, Feb 29 (2028) -> 60, March 30 -> 90.
    ("2027-12-31", "2028-03-30"),
    # Mar 2-31: 30; Apr 30 -> 60; May 30 -> 90.
    ("2028-03-01", "2028-05-30"),
]


@pytest.mark.parametrize(("adverse", "due"), DOJ_APPEAL)
@pytest.mark.parametrize("agency", ["EOIR", "FBI"])
def test_doj_foia_appeal_is_90_calendar_days(adverse: str, due: str, agency: str) -> None:
    request = {"id": "f", "agency": agency, "status": "denied", "adverse_determination_on": adverse}
    appeal = _one("foia-appeal", computed_deadlines([request], [], []))
    assert appeal["due"] == due
    assert appeal["citation"].startswith("6 CFR 5.8(a)(1)") and "28 CFR 16.8(a)" in appeal["citation"]
    assert (date.fromisoformat(adverse) + timedelta(days=90)).isoformat() == due
    weekend_or_holiday = not _business(date.fromisoformat(due))
    assert bool(appeal["notes"]) is weekend_or_holiday


@pytest.mark.parametrize("agency", ["state-local", "other"])
def test_no_invented_federal_appeal_window(agency: str) -> None:
    request = {"id": "f", "agency": agency, "jurisdiction": "Harris County", "response_days": 10,
               "status": "denied", "received_on": "2026-03-02", "adverse_determination_on": "2026-03-05"}
    assert [d["kind"] for d in computed_deadlines([request], [], [])] == ["foia-response"]


# --- FOIA response without a receipt date (5 U.S.C. 552(a)(6)(A)(ii)) ----------------------

FOIA_SUBMITTED_ONLY = [
    # Sent Tue 09-22; received at the latest Fri 10-02 (+10 calendar days); Oct 5-9 (5), the
    # 12th Columbus Day, 13-16 (9), 19-23 (14), 26-30 (19), Monday November 2 (20).
    ("2026-09-22", "2026-10-02", "2026-11-02"),
    # +10 = Mon 06-15; 16-18 (3), Juneteenth, 22-26 (8), 29-30 (10), Jul 1-2 (12), the 3rd
    # observed, 6-10 (17), 13-15 (20).
    ("2026-06-05", "2026-06-15", "2026-07-15"),
    # +10 = Mon 12-21; 22-24 (3), Christmas, 28-31 (7), New Year's, Jan 4-8 (12), 11-15 (17),
    # MLK Day, 19-21 (20). Year end.
    ("2026-12-11", "2026-12-21", "2027-01-21"),
    # +10 = Mon 12-22; 23, 24 (2), Christmas, 26 (3), 29-31 (6), New Year's, Jan 2 (7), 5-9
    # (12), 12-16 (17), MLK Day, 20-22 (20). (24th and 26th, EO closures, counted.)
    ("2025-12-12", "2025-12-22", "2026-01-22"),
    # +10 = Mon 06-14; 15-17 (3), 18 Juneteenth observed, 21-25 (8), 28-30 (11), Jul 1-2 (13),
    # the 5th observed Independence Day, 6-9 (17), 12-14 (20).
    ("2027-06-04", "2027-06-14", "2027-07-14"),
    # Sent Saturday 02-19; +10 = Tuesday 29 February 2028; Mar 1-3 (3), 6-10 (8), 13-17 (13),
    # 20-24 (18), 27-28 (20).
    ("2028-02-19", "2028-02-29", "2028-03-28"),
    # +10 = Mon 11-23; 24-25 (2), Thanksgiving, 27 (3), 30 (4), Dec 1-4 (8), 7-11 (13), 14-18
    # (18), 21-22 (20).
    ("2026-11-13", "2026-11-23", "2026-12-22"),
    # +10 = Mon 06-08; 9-12 (4), 15-18 (8), Juneteenth, 22-26 (13), 29-30 (15), Jul 1-2 (17),
    # the 3rd observed, 6-8 (20).
    ("2026-05-29", "2026-06-08", "2026-07-08"),
    # +10 = Mon 12-27; 28-30 (3), the 31st observed New Year's Day 2028, Jan 3-7 (8), 10-14
    # (13), MLK Day, 18-21 (17), 24-26 (20).
    ("2027-12-17", "2027-12-27", "2028-01-26"),
    # 2024 is a leap year: Feb 20 + 9 = Feb 29, + 10 = Fri Mar 1; Mar 4-8 (5), 11-15 (10),
    # 18-22 (15), 25-29 (20).
    ("2024-02-20", "2024-03-01", "2024-03-29"),
    # Sent Saturday 03-21; +10 = Tue 03-31; Apr 1-3 (3), 6-10 (8), 13-17 (13), 20-24 (18), 27-28.
    ("2026-03-21", "2026-03-31", "2026-04-28"),
    # +10 = Mon 11-08; 9-10 (2), Veterans Day, 12 (3), 15-19 (8), 22-24 (11), Thanksgiving, 26
    # (12), 29-30 (14), Dec 1-3 (17), 6-8 (20).
    ("2027-10-29", "2027-11-08", "2027-12-08"),
]


@pytest.mark.parametrize(("submitted", "assumed", "due"), FOIA_SUBMITTED_ONLY)
def test_foia_response_clock_runs_without_a_receipt_date(submitted: str, assumed: str, due: str) -> None:
    request = {"id": "f", "agency": "ICE", "status": "submitted", "submitted_on": submitted}
    response = _one("foia-response", computed_deadlines([request], [], []))
    assert response["due"] == due
    (note,) = response["notes"]
    assert f"received {assumed}" in note["en"] and "552(a)(6)(A)(ii)" in note["en"]
    assert _walk_working_days(date.fromisoformat(assumed), 20).isoformat() == due
    # A receipt date, once recorded, is what counts (and the note goes).
    received = _one("foia-response", computed_deadlines([{**request, "received_on": assumed}], [], []))
    assert received["due"] == due and received["notes"] == []


@pytest.mark.parametrize(
    ("changes", "done"),
    [
        ({}, False),
        ({"status": "partial-response"}, False),
        ({"response_received_on": "2026-10-20"}, True),
        ({"adverse_determination_on": "2026-10-20"}, True),
        ({"appeal_filed_on": "2026-10-20"}, True),
        ({"litigation_filed_on": "2026-10-20"}, True),
        ({"status": "in-litigation"}, True),
        ({"status": "appealed"}, True),
        ({"status": "denied"}, True),
    ],
)
def test_the_response_clock_closes_on_an_answer_appeal_or_suit(changes: dict, done: bool) -> None:
    request = {"id": "f", "agency": "CBP", "status": "processing", "received_on": "2026-09-23", **changes}
    assert _one("foia-response", computed_deadlines([request], [], []))["done"] is done


def test_state_local_gets_no_federal_extension() -> None:
    # Received Wed 2026-09-23, 10 working days of its own law: 24-25 (2), 28-30 (5), Oct 1-2
    # (7), 5-7 (10) -> 10-07; the 10-day federal extension entered does not apply.
    request = {"id": "f", "agency": "state-local", "jurisdiction": "Harris County", "response_days": 10,
               "extension_days": 10, "status": "submitted", "received_on": "2026-09-23"}
    response = _one("foia-response", computed_deadlines([request], [], []))
    assert response["due"] == "2026-10-07"
    assert "federal FOIA extension rule does not apply" in response["notes"][0]["en"]


# --- FTCA claim: two years (28 U.S.C. 2401(b)) --------------------------------------------

FTCA = [
    ("2026-09-15", "2028-09-15"),  # Friday
    ("2024-02-29", "2026-02-28"),  # no 29 February in 2026: the earlier day; a Saturday (note)
    ("2028-02-29", "2030-02-28"),  # the same, a Thursday
    ("2026-02-28", "2028-02-28"),  # 2028 is a leap year, but the 28th is the anniversary
    ("2026-12-31", "2028-12-31"),  # a Sunday: not moved (note)
    ("2025-01-01", "2027-01-01"),  # New Year's Day, a Friday holiday: not moved (note)
    ("2026-06-19", "2028-06-19"),  # Juneteenth, a Monday holiday (note)
    ("2027-03-01", "2029-03-01"),  # Thursday
    ("2026-07-04", "2028-07-04"),  # Independence Day, a Tuesday holiday (note)
    ("2025-11-27", "2027-11-27"),  # a Saturday (note)
    ("2024-12-24", "2026-12-24"),  # Thursday
    ("2026-01-19", "2028-01-19"),  # Wednesday
]


@pytest.mark.parametrize(("occurred", "due"), FTCA)
def test_ftca_claim_two_years(occurred: str, due: str) -> None:
    encounter = {"id": "e", "occurred_at": f"{occurred}T10:00:00-05:00", "possible_ftca_claim": True}
    claim = _one("ftca-claim", computed_deadlines([], [], [encounter]))
    assert claim["due"] == due and claim["citation"] == "28 U.S.C. 2401(b)"
    assert bool(claim["notes"]) is (not _business(date.fromisoformat(due)))
    presented = computed_deadlines([], [], [{**encounter, "ftca_presented_on": occurred}])
    assert _one("ftca-claim", presented)["done"] is True


# --- the registry ---------------------------------------------------------------------------


def test_every_rule_names_its_fields_done_condition_citation_and_wording() -> None:
    rules = registered()
    assert {r.kind for r in rules} >= {"foia-response", "foia-appeal", "bia-appeal", "ftca-claim"}
    for r in rules:
        assert r.fields and r.done_when and r.citation, r.kind
        assert r.wording["en"] and r.wording["es"] and r.wording["en"] != r.wording["es"], r.kind
        assert r.source in ("foia_requests", "people", "encounters", "hearings"), r.kind

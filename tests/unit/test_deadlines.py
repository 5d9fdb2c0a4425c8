"""Deadlines computed from FOIA requests, people and encounters, and the upcoming list."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from casefile.domain.deadlines import computed_deadlines, upcoming
from casefile.errors import ValidationError

# The FOIA request of shared/spec/example.json.
FOIA_ICE = {
    "id": "f-ice-1",
    "agency": "ICE",
    "subject_person_id": "p-rosa",
    "records_sought": "I-213 and all records of the 2026-09-15 encounter",
    "submitted_on": "2026-09-22",
    "received_on": "2026-09-23",
    "tracking_number": "2026-ICFO-55120",
    "extension_days": 0,
    "status": "acknowledged",
}


def foia(**changes: Any) -> dict[str, Any]:
    return {**FOIA_ICE, **changes}


def by_kind(deadlines: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [d for d in deadlines if d["kind"] == kind]


def test_foia_response_from_the_spec_example() -> None:
    assert computed_deadlines([FOIA_ICE], [], []) == [
        {
            "id": "computed:foia-response:f-ice-1",
            "kind": "foia-response",
            "due": "2026-10-22",
            "title": "FOIA response due — ICE 2026-ICFO-55120",
            "about": {"agency": "ICE", "tracking_number": "2026-ICFO-55120", "received_on": "2026-09-23",
                      "request": "f-ice-1"},
            "computed": True,
            "person_id": "p-rosa",
            "encounter_id": None,
            "foia_id": "f-ice-1",
            "done": False,
            "citation": "5 U.S.C. 552(a)(6)(A)(i)-(ii), (a)(6)(B)(i)",
            "opens": False,
            "rule": {
                "en": "20 working days after the agency receives the request, plus any extension for unusual "
                "circumstances",
                "es": "20 días hábiles desde que la agencia recibe la solicitud, más la prórroga por circunstancias "
                "inusuales",
            },
            "notes": [],
        }
    ]


@pytest.mark.parametrize(
    ("status", "done"),
    [
        ("submitted", False),
        ("acknowledged", False),
        ("partial-response", False),
        ("complete", True),
        ("denied", True),
        ("closed", True),
    ],
)
def test_foia_response_done_once_answered(status: str, done: bool) -> None:
    (response,) = computed_deadlines([foia(status=status)], [], [])
    assert response["done"] is done


def test_no_response_deadline_without_any_date_or_for_a_draft() -> None:
    assert computed_deadlines([foia(received_on=None, submitted_on=None)], [], []) == []
    assert computed_deadlines([foia(status="draft")], [], []) == []
    bare = {"id": "f-2", "agency": "CBP"}
    assert computed_deadlines([bare], [], []) == []


def test_extension_moves_the_response_date() -> None:
    (response,) = computed_deadlines([foia(received_on="2026-12-01", extension_days=10)], [], [])
    assert response["due"] == "2027-01-14"


def test_state_local_uses_its_own_period_and_jurisdiction_name() -> None:
    request = foia(
        agency="state-local",
        jurisdiction="Harris County Sheriff",
        response_days=10,
        tracking_number=None,
    )
    (response,) = computed_deadlines([request], [], [])
    assert response["due"] == "2026-10-07"
    assert response["title"] == "FOIA response due — Harris County Sheriff, received 2026-09-23"


def test_response_days_count_only_for_state_local_agencies() -> None:
    (response,) = computed_deadlines([foia(response_days=10)], [], [])
    assert response["due"] == "2026-10-22"


def test_foia_appeal_after_an_adverse_determination() -> None:
    request = foia(status="denied", adverse_determination_on="2026-10-30")
    response, appeal = computed_deadlines([request], [], [])
    assert response["done"] is True
    # ICE is a DHS component: 90 working days (6 CFR 5.8(a)(1)). From Fri 2026-10-30: November
    # gives 19 (no 11th, 26th), December 22 (no 25th) -> 41, January 2027 19 (no 1st, 18th) -> 60,
    # February 19 (no 15th) -> 79, March 1-12 gives 10 -> 89, Monday 15 March is the 90th.
    assert appeal.pop("citation").startswith("6 CFR 5.8(a)(1)")
    assert appeal.pop("rule")["en"].startswith("Appeal an adverse determination")
    assert appeal.pop("notes") == [] and appeal.pop("opens") is False
    assert appeal == {
        "id": "computed:foia-appeal:f-ice-1",
        "kind": "foia-appeal",
        "due": "2027-03-15",
        "title": "FOIA appeal due — ICE 2026-ICFO-55120",
        "about": {"agency": "ICE", "tracking_number": "2026-ICFO-55120", "received_on": "2026-09-23",
                  "request": "f-ice-1"},
        "computed": True,
        "person_id": "p-rosa",
        "encounter_id": None,
        "foia_id": "f-ice-1",
        "done": False,
    }
    filed = computed_deadlines([{**request, "appeal_filed_on": "2026-11-20"}], [], [])
    assert by_kind(filed, "foia-appeal")[0]["done"] is True


def test_bia_appeal_from_the_judges_decision() -> None:
    people = [
        {"id": "p-rosa", "full_name": "Rosa Elena Quispe Mamani", "ij_decision_on": "2026-12-15"},
        {"id": "p-target", "full_name": "Marco Antonio Villeda"},
    ]
    (bia,) = computed_deadlines([], people, [])
    assert bia.pop("citation") == "8 CFR 1003.38(b)" and bia.pop("opens") is False
    assert bia.pop("rule")["es"].startswith("El aviso de apelación")
    # No service type recorded: the deadline says what the date must be.
    assert [n["en"][:39] for n in bia.pop("notes")] == ["How the decision was served is not reco"]
    # 2026-12-15 + 30 days = Thursday 2027-01-14, a business day.
    assert [bia] == [
        {
            "id": "computed:bia-appeal:p-rosa",
            "kind": "bia-appeal",
            "due": "2027-01-14",
            "title": "BIA appeal due — IJ decision of 2026-12-15",
            "about": {"decided_on": "2026-12-15"},
            "computed": True,
            "person_id": "p-rosa",
            "encounter_id": None,
            "foia_id": None,
            "done": False,
        }
    ]


def test_ftca_claim_uses_the_encounter_date_as_written() -> None:
    encounter = {
        "id": "e-airline",
        # 23:30 in Houston is already the 16th in UTC; the claim runs from the local date.
        "occurred_at": "2026-09-15T23:30:00-05:00",
        "location": {"city": "Houston", "state": "TX"},
        "possible_ftca_claim": True,
    }
    (claim,) = computed_deadlines([], [], [encounter])
    assert claim.pop("citation") == "28 U.S.C. 2401(b)"
    assert claim.pop("rule") and claim.pop("notes") == [] and claim.pop("opens") is False
    assert claim == {
        "id": "computed:ftca-claim:e-airline",
        "kind": "ftca-claim",
        "due": "2028-09-15",
        "title": "FTCA claim due — encounter of 2026-09-15 (Houston, TX)",
        "about": {"occurred_on": "2026-09-15", "place": "Houston, TX"},
        "computed": True,
        "person_id": None,
        "encounter_id": "e-airline",
        "foia_id": None,
        "done": False,
    }


def test_ftca_claim_on_leap_day_and_with_a_date_only() -> None:
    encounter = {"id": "e-leap", "occurred_at": "2024-02-29", "possible_ftca_claim": True}
    (claim,) = computed_deadlines([], [], [encounter])
    assert claim["due"] == "2026-02-28"
    assert claim["title"] == "FTCA claim due — encounter of 2024-02-29"


def test_no_ftca_claim_unless_marked() -> None:
    encounters = [
        {"id": "e-1", "occurred_at": "2026-09-15T05:50:00-05:00"},
        {"id": "e-2", "occurred_at": "2026-09-15T05:50:00-05:00", "possible_ftca_claim": False},
        {"id": "e-3", "occurred_at": "2026-09-15T05:50:00-05:00", "possible_ftca_claim": None},
    ]
    assert computed_deadlines([], [], encounters) == []


def test_bad_source_data_names_the_record_and_field() -> None:
    with pytest.raises(ValidationError) as info:
        computed_deadlines([foia(received_on="23/09/2026")], [], [])
    assert info.value.where == "FOIA request f-ice-1"
    assert info.value.field == "received_on"
    assert str(info.value).startswith("FOIA request f-ice-1: '23/09/2026' is not a date")

    with pytest.raises(ValidationError) as info:
        computed_deadlines([foia(extension_days=12)], [], [])
    assert info.value.where == "FOIA request f-ice-1"
    assert info.value.field == "extension_days"

    with pytest.raises(ValidationError) as info:
        computed_deadlines([], [{"id": "p-1", "ij_decision_on": "2026-02-30"}], [])
    assert (
        str(info.value) == "person p-1: 2026-02-30 is not a real date (February 2026 has 28 days)"
    )


# --- upcoming -----------------------------------------------------------------------------

TODAY = date(2026, 11, 2)


def deadline(id_: str, due: str, **extra: Any) -> dict[str, Any]:
    return {"id": id_, "kind": "other", "due": due, "title": id_, "computed": False, **extra}


MIXED = [
    deadline("later", "2026-12-20"),
    deadline("hearing", "2026-12-03T08:30:00-06:00"),
    deadline("past", "2026-10-22", computed=True),
    deadline("past-done", "2026-10-01", done=True),
    deadline("today-timed", "2026-11-02T09:00:00-06:00"),
    deadline("edge", "2026-12-02"),
    deadline("next-day", "2026-11-03"),
    deadline("edge-plus-one", "2026-12-03"),
]


def test_upcoming_within_a_window() -> None:
    result = upcoming(MIXED, TODAY, 30)
    assert [d["id"] for d in result] == ["past", "today-timed", "next-day", "edge"]
    assert [d["overdue"] for d in result] == [True, False, False, False]


def test_upcoming_without_a_window_keeps_every_open_deadline() -> None:
    result = upcoming(MIXED, TODAY, None)
    # On 2026-12-03 the all-day deadline comes before the 08:30 hearing.
    assert [d["id"] for d in result] == [
        "past",
        "today-timed",
        "next-day",
        "edge",
        "edge-plus-one",
        "hearing",
        "later",
    ]


def test_upcoming_window_of_zero_keeps_today_and_overdue() -> None:
    assert [d["id"] for d in upcoming(MIXED, TODAY, 0)] == ["past", "today-timed"]


def test_upcoming_orders_timed_deadlines_by_instant() -> None:
    # 09:00 in Chicago (15:00 UTC) comes after 09:30 in New York (14:30 UTC).
    same_day = [
        deadline("chicago-0900", "2026-11-10T09:00:00-06:00"),
        deadline("new-york-0930", "2026-11-10T09:30:00-05:00"),
    ]
    result = upcoming(same_day, TODAY, None)
    assert [d["id"] for d in result] == ["new-york-0930", "chicago-0900"]


def test_upcoming_copies_and_does_not_change_its_input() -> None:
    before = copy.deepcopy(MIXED)
    result = upcoming(MIXED, TODAY, None)
    assert before == MIXED
    past = next(d for d in result if d["id"] == "past")
    assert past == {**before[2], "overdue": True, "awaiting_outcome": False, "open_now": False}


def test_upcoming_with_computed_deadlines() -> None:
    computed = computed_deadlines([FOIA_ICE], [], [])
    (response,) = upcoming(computed, TODAY, 30)
    assert response["id"] == "computed:foia-response:f-ice-1"
    assert response["overdue"] is True
    answered = computed_deadlines([foia(status="complete")], [], [])
    assert upcoming(answered, TODAY, 30) == []


def test_upcoming_refuses_a_negative_window() -> None:
    with pytest.raises(ValidationError, match="0 days or more"):
        upcoming(MIXED, TODAY, -1)

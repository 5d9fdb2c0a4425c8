"""iCalendar output of deadlines: parses back, stable UIDs, computed dates marked."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import icalendar
import pytest

from casefile.domain.deadlines import computed_deadlines
from casefile.ics import deadlines_to_ics

NOW = datetime(2026, 11, 2, 4, 0, tzinfo=timezone(-timedelta(hours=6)))

HEARING = {
    "id": "dl-mch",
    "kind": "master-hearing",
    "due": "2026-12-03T08:30:00-06:00",
    "title": "Master calendar hearing, Conroe Immigration Court",
    "computed": False,
    "person_id": "p-rosa",
}
FOIA_RESPONSE = computed_deadlines(
    [
        {
            "id": "f-ice-1",
            "agency": "ICE",
            "received_on": "2026-09-23",
            "tracking_number": "2026-ICFO-55120",
            "status": "acknowledged",
        }
    ],
    [],
    [],
)[0]


def events(ics: bytes) -> dict[str, Any]:
    calendar = icalendar.Calendar.from_ical(ics)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_round_trip() -> None:
    ics = deadlines_to_ics([HEARING, FOIA_RESPONSE], now=NOW)
    calendar = icalendar.Calendar.from_ical(ics)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//Casefile//")
    parsed = events(ics)
    assert set(parsed) == {
        "dl-mch@casefile.invalid",
        "computed:foia-response:f-ice-1@casefile.invalid",
    }

    hearing = parsed["dl-mch@casefile.invalid"]
    assert str(hearing["SUMMARY"]) == "Master calendar hearing, Conroe Immigration Court"
    start = hearing.decoded("DTSTART")
    assert start == datetime(2026, 12, 3, 14, 30, tzinfo=UTC)
    assert start.utcoffset() == timedelta(0)
    assert b"DTSTART:20261203T143000Z" in ics
    assert "DTEND" not in hearing
    assert "DESCRIPTION" not in hearing

    foia = parsed["computed:foia-response:f-ice-1@casefile.invalid"]
    assert str(foia["SUMMARY"]) == "[computed — verify] FOIA response due — ICE 2026-ICFO-55120"
    assert "Verify" in str(foia["DESCRIPTION"])
    assert foia.decoded("DTSTART") == date(2026, 10, 22)
    assert not isinstance(foia.decoded("DTSTART"), datetime)
    assert foia.decoded("DTEND") == date(2026, 10, 23)

    for event in parsed.values():
        assert event.decoded("DTSTAMP") == datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def test_text_with_ical_special_characters_survives() -> None:
    title = (
        "Audiencia; señora Quispe, sala 3\nTraer I-213 — \\ copia, declaración del vecino "
        "del apartamento 5 y fotos del chaleco"
    )
    ics = deadlines_to_ics([{**HEARING, "title": title}], now=NOW)
    (event,) = events(ics).values()
    assert str(event["SUMMARY"]) == title
    # Long lines are folded at 75 octets, as RFC 5545 requires.
    assert b"\r\n " in ics
    assert all(len(line) <= 75 for line in ics.split(b"\r\n"))


def test_output_is_stable_and_uid_follows_the_id() -> None:
    first = deadlines_to_ics([HEARING, FOIA_RESPONSE], now=NOW)
    assert deadlines_to_ics([HEARING, FOIA_RESPONSE], now=NOW) == first
    renamed = deadlines_to_ics([{**HEARING, "title": "Rescheduled hearing"}], now=NOW)
    assert set(events(renamed)) == {"dl-mch@casefile.invalid"}


def test_one_event_per_deadline_in_order() -> None:
    many = [{**HEARING, "id": f"dl-{i}", "due": f"2026-12-{i:02d}"} for i in range(1, 11)]
    calendar = icalendar.Calendar.from_ical(deadlines_to_ics(many, now=NOW))
    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [
        f"dl-{i}@casefile.invalid" for i in range(1, 11)
    ]


def test_now_must_carry_a_timezone() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        deadlines_to_ics([HEARING], now=datetime(2026, 11, 2, 10, 0))


def test_a_computed_event_describes_its_rule_citation_and_assumptions() -> None:
    # Sent 2026-09-22 with no receipt date: counted as received 10-02, due 11-02 (see
    # tests/unit/test_deadline_rules.py); the description says so and cites the statute.
    (sent,) = computed_deadlines(
        [{"id": "f-sent", "agency": "ICE", "submitted_on": "2026-09-22", "status": "submitted"}], [], []
    )
    (event,) = events(deadlines_to_ics([sent], now=NOW)).values()
    description = str(event["DESCRIPTION"])
    assert description.startswith("Computed by Casefile")
    assert "Rule: 20 working days after the agency receives the request" in description
    assert "(5 U.S.C. 552(a)(6)(A)(i)-(ii), (a)(6)(B)(i))" in description
    assert "Note: No receipt date is recorded: counted as received 2026-10-02" in description
    (hearing,) = events(deadlines_to_ics([HEARING], now=NOW)).values()
    assert "DESCRIPTION" not in hearing

"""Working days, the legal deadlines computed from them, and strict date parsing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefile.domain.dates import (
    add_working_days,
    bia_appeal_due,
    foia_appeal_due,
    foia_overdue,
    foia_response_due,
    ftca_claim_due,
    is_working_day,
    parse_date,
    parse_date_or_datetime,
    parse_datetime,
)
from casefile.errors import ValidationError

# --- working days -------------------------------------------------------------------------


def test_spec_example_skips_columbus_day() -> None:
    # domain.md: received Wednesday 2026-09-23; Columbus Day is Monday 2026-10-12.
    assert not is_working_day(date(2026, 10, 12))
    assert foia_response_due(date(2026, 9, 23)) == date(2026, 10, 22)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 9, 15), True),  # an ordinary Tuesday
        (date(2026, 9, 19), False),  # Saturday
        (date(2026, 9, 20), False),  # Sunday
        # July 4 2026 is a Saturday: observed Friday July 3, and Monday July 6 is a working day.
        (date(2026, 7, 3), False),
        (date(2026, 7, 4), False),
        (date(2026, 7, 6), True),
        # New Year's Day 2022 is a Saturday: observed Friday 31 December 2021, across the year end.
        (date(2021, 12, 31), False),
        (date(2022, 1, 3), True),
        # Sunday holidays move to the Monday after: July 4 2021 and Christmas 2022.
        (date(2021, 7, 5), False),
        (date(2022, 12, 26), False),
        (date(2022, 12, 27), True),
        # Holidays on weekdays: Thanksgiving 2026, Juneteenth 2026 (a Friday).
        (date(2026, 11, 26), False),
        (date(2026, 11, 27), True),
        (date(2026, 6, 19), False),
    ],
)
def test_is_working_day(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_add_working_days_counts_from_day_zero() -> None:
    assert add_working_days(date(2026, 9, 23), 0) == date(2026, 9, 23)
    # Received on a Saturday: day 0 is the Saturday itself, day 1 the Monday.
    assert add_working_days(date(2026, 9, 19), 0) == date(2026, 9, 19)
    assert add_working_days(date(2026, 9, 19), 1) == date(2026, 9, 21)
    # Thursday 2026-07-02 + 1 jumps the observed Independence Day and the weekend.
    assert add_working_days(date(2026, 7, 2), 1) == date(2026, 7, 6)


def test_add_working_days_refuses_negative_counts() -> None:
    with pytest.raises(ValueError, match="0 or more"):
        add_working_days(date(2026, 9, 23), -1)


def test_extension_across_the_year_end() -> None:
    # Received Tuesday 2026-12-01 with a 10-day extension: 30 working days, counted by hand.
    #  1-3  Dec 2, 3, 4          (W Th F)
    #  4-8  Dec 7-11
    #  9-13 Dec 14-18
    # 14-17 Dec 21, 22, 23, 24   (Fri Dec 25 Christmas skipped)
    # 18-21 Dec 28, 29, 30, 31   (Fri Jan 1 2027 New Year's Day skipped)
    # 22-26 Jan 4-8
    # 27-30 Jan 11, 12, 13, 14
    assert foia_response_due(date(2026, 12, 1), 10) == date(2027, 1, 14)
    # Without the extension day 20 is Wednesday 30 December.
    assert foia_response_due(date(2026, 12, 1)) == date(2026, 12, 30)


def test_state_local_response_days() -> None:
    # 10 working days from Wednesday 2026-09-23: Sep 24, 25, 28, 29, 30, Oct 1, 2, 5, 6, 7.
    assert foia_response_due(date(2026, 9, 23), response_days=10) == date(2026, 10, 7)
    # Plus 5: Oct 8, 9, (12 Columbus Day), 13, 14, 15.
    assert foia_response_due(date(2026, 9, 23), 5, response_days=10) == date(2026, 10, 15)


@pytest.mark.parametrize("extension", [-1, 11, 30])
def test_extension_outside_0_to_10_is_refused(extension: int) -> None:
    with pytest.raises(ValidationError) as info:
        foia_response_due(date(2026, 9, 23), extension)
    assert info.value.field == "extension_days"
    assert "from 0 to 10 working days" in info.value.reason
    assert f"got {extension}" in info.value.reason


def test_extension_must_be_a_whole_number() -> None:
    with pytest.raises(ValidationError, match="whole number"):
        foia_response_due(date(2026, 9, 23), "3")  # type: ignore[arg-type]


def test_response_days_must_be_positive() -> None:
    with pytest.raises(ValidationError, match="at least 1 working day") as info:
        foia_response_due(date(2026, 9, 23), response_days=0)
    assert info.value.field == "response_days"


# --- calendar-day deadlines ---------------------------------------------------------------


def test_appeal_due_dates() -> None:
    # DOJ (EOIR, FBI), 90 calendar days from Oct 30: 1 (Oct 31) + 30 (Nov) + 31 (Dec) + 28 (Jan).
    assert foia_appeal_due(date(2026, 10, 30), "EOIR") == date(2027, 1, 28)
    assert bia_appeal_due(date(2026, 12, 15)) == date(2027, 1, 14)
    # 2026-09-19 + 30 = Monday 2026-10-19, a business day: no roll.
    assert bia_appeal_due(date(2026, 9, 19)) == date(2026, 10, 19)
    # 2026-01-01 + 90 = Wednesday 2026-04-01 (FBI: calendar days, 28 CFR 16.8(a)).
    assert foia_appeal_due(date(2026, 1, 1), "FBI") == date(2026, 4, 1)
    # No federal appeal window is invented for a state or local agency, or "other".
    assert foia_appeal_due(date(2026, 1, 1), "state-local") is None
    assert foia_appeal_due(date(2026, 1, 1), "other") is None


@pytest.mark.parametrize(
    ("encounter_on", "due"),
    [
        (date(2026, 9, 15), date(2028, 9, 15)),
        (date(2024, 2, 29), date(2026, 2, 28)),
        (date(2028, 2, 29), date(2030, 2, 28)),
        (date(2026, 2, 28), date(2028, 2, 28)),  # 2028 is a leap year: still the 28th
        (date(2026, 12, 31), date(2028, 12, 31)),
    ],
)
def test_ftca_claim_two_years(encounter_on: date, due: date) -> None:
    assert ftca_claim_due(encounter_on) == due


# --- overdue ------------------------------------------------------------------------------

DUE = date(2026, 10, 22)


@pytest.mark.parametrize(
    ("due", "status", "today", "overdue"),
    [
        (DUE, "acknowledged", date(2026, 10, 23), True),
        (DUE, "partial-response", date(2027, 3, 1), True),
        (DUE, "acknowledged", DUE, False),  # due today is not yet overdue
        (DUE, "processing", date(2026, 10, 21), False),
        (DUE, "complete", date(2026, 10, 23), False),
        (DUE, "denied", date(2026, 10, 23), False),
        (DUE, "closed", date(2026, 10, 23), False),
        (DUE, "appealed", date(2026, 10, 23), False),  # an appeal follows an answer
        # Issue 12: once a suit is filed the court, not the response clock, sets the pace.
        (DUE, "in-litigation", date(2026, 10, 23), False),
        (DUE, "draft", date(2026, 10, 23), False),
        (None, "submitted", date(2026, 10, 23), False),
    ],
)
def test_foia_overdue(due: date | None, status: str, today: date, overdue: bool) -> None:
    assert foia_overdue(due, status, today) is overdue


# --- parsing ------------------------------------------------------------------------------


def test_parse_date_accepts_iso_dates() -> None:
    assert parse_date("2026-09-15") == date(2026, 9, 15)
    assert parse_date("2024-02-29") == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2026-02-30", "2026-02-30 is not a real date (February 2026 has 28 days)"),
        ("2023-02-29", "2023-02-29 is not a real date (February 2023 has 28 days)"),
        ("2026-04-31", "2026-04-31 is not a real date (April 2026 has 30 days)"),
        ("2026-09-00", "2026-09-00 is not a real date (days start at 01)"),
        ("2026-13-01", "2026-13-01 is not a real date (there is no month 13; months run 01 to 12)"),
        ("0000-01-01", "0000-01-01 is not a real date (there is no year 0000)"),
        ("15/09/2026", "'15/09/2026' is not a date; write it as YYYY-MM-DD, e.g. 2026-09-15"),
        ("2026-9-15", "'2026-9-15' is not a date; write it as YYYY-MM-DD, e.g. 2026-09-15"),
        ("20260915", "'20260915' is not a date; write it as YYYY-MM-DD, e.g. 2026-09-15"),
        ("", "'' is not a date; write it as YYYY-MM-DD, e.g. 2026-09-15"),
        (" 2026-09-15", "' 2026-09-15' is not a date; write it as YYYY-MM-DD, e.g. 2026-09-15"),
        # Full-width digits look right on screen but are not ASCII digits.
        (
            "２０２６-09-15",
            "'２０２６-09-15' is not a date; write it as YYYY-MM-DD, e.g. 2026-09-15",
        ),
        (
            "2026-09-15T05:50:00-05:00",
            "'2026-09-15T05:50:00-05:00' has a time of day, but this field takes a date only; "
            "write it as YYYY-MM-DD, e.g. 2026-09-15",
        ),
    ],
)
def test_parse_date_errors(value: str, reason: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date(value, where="people[0]", field="date_of_birth")
    assert info.value.reason == reason
    assert str(info.value) == f"people[0]: {reason}"
    assert info.value.field == "date_of_birth"


def test_parse_date_refuses_non_text() -> None:
    with pytest.raises(ValidationError, match="is not a date"):
        parse_date(20260915)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "2026-09-15T05:50:00-05:00",
            datetime(2026, 9, 15, 5, 50, tzinfo=timezone(-timedelta(hours=5))),
        ),
        (
            "2026-09-15T05:50-05:00",
            datetime(2026, 9, 15, 5, 50, tzinfo=timezone(-timedelta(hours=5))),
        ),
        ("2026-09-15T10:50:00Z", datetime(2026, 9, 15, 10, 50, tzinfo=UTC)),
        (
            "2026-09-15T10:50:00.1234567+05:30",
            datetime(
                2026, 9, 15, 10, 50, 0, 123456, tzinfo=timezone(timedelta(hours=5, minutes=30))
            ),
        ),
        (
            "2026-09-15T10:50:00+14:00",
            datetime(2026, 9, 15, 10, 50, tzinfo=timezone(timedelta(hours=14))),
        ),
        (
            "2026-09-15T10:50:00-12:00",
            datetime(2026, 9, 15, 10, 50, tzinfo=timezone(-timedelta(hours=12))),
        ),
    ],
)
def test_parse_datetime_accepts_offsets(value: str, expected: datetime) -> None:
    parsed = parse_datetime(value)
    assert parsed == expected
    # The offset written is kept, so the local date stays the one the user wrote.
    assert parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (
            "2026-09-15T05:50:00",
            "'2026-09-15T05:50:00' has no UTC offset, so the moment it names is ambiguous; add "
            "one, e.g. 2026-09-15T05:50:00-05:00 for US Central daylight time, or "
            "2026-09-15T05:50:00Z for UTC",
        ),
        (
            "2026-09-15T05:50:00+0500",
            "'2026-09-15T05:50:00+0500' ends in '+0500'; write the UTC offset as Z or ±HH:MM, "
            "e.g. 2026-09-15T05:50:00-05:00",
        ),
        (
            "2026-09-15T05:50:00 CST",
            "'2026-09-15T05:50:00 CST' ends in ' CST'; write the UTC offset as Z or ±HH:MM, "
            "e.g. 2026-09-15T05:50:00-05:00",
        ),
        (
            "2026-09-15T05:50:00+15:00",
            "'2026-09-15T05:50:00+15:00' has the offset +15:00, which no place on Earth uses "
            "(offsets run from -12:00 to +14:00)",
        ),
        (
            "2026-09-15T05:50:00-13:00",
            "'2026-09-15T05:50:00-13:00' has the offset -13:00, which no place on Earth uses "
            "(offsets run from -12:00 to +14:00)",
        ),
        (
            "2026-09-15 05:50:00Z",
            "'2026-09-15 05:50:00Z' needs a capital T between the date and the time, "
            "e.g. 2026-09-15T05:50:00-05:00",
        ),
        (
            "2026-09-15T25:00:00Z",
            "25:00:00 in '2026-09-15T25:00:00Z' is not a real time of day (hours run 00 to 23, "
            "minutes and seconds 00 to 59)",
        ),
        (
            "2026-09-15T05:61Z",
            "05:61 in '2026-09-15T05:61Z' is not a real time of day (hours run 00 to 23, "
            "minutes and seconds 00 to 59)",
        ),
        (
            "2026-02-30T05:50:00Z",
            "2026-02-30 is not a real date (February 2026 has 28 days)",
        ),
        (
            "2026-09-15",
            "'2026-09-15' is a date without a time; this field takes a date and time with a UTC "
            "offset, e.g. 2026-09-15T09:00:00-05:00",
        ),
        (
            "15/09/2026 5:50",
            "'15/09/2026 5:50' is not a date and time; write it as YYYY-MM-DDTHH:MM:SS with a "
            "UTC offset, e.g. 2026-09-15T05:50:00-05:00",
        ),
    ],
)
def test_parse_datetime_errors(value: str, reason: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_datetime(value, where="encounters[0]", field="occurred_at")
    assert info.value.reason == reason
    assert info.value.where == "encounters[0]"
    assert info.value.field == "occurred_at"


def test_parse_date_or_datetime() -> None:
    assert parse_date_or_datetime("2026-12-03") == date(2026, 12, 3)
    parsed = parse_date_or_datetime("2026-12-03T08:30:00-06:00")
    assert isinstance(parsed, datetime)
    assert parsed == datetime(2026, 12, 3, 14, 30, tzinfo=UTC)
    # A date-time keeps its own strictness: no offset is still an error.
    with pytest.raises(ValidationError, match="has no UTC offset"):
        parse_date_or_datetime("2026-12-03T08:30:00")
    with pytest.raises(ValidationError, match="not a real date"):
        parse_date_or_datetime("2026-11-31")
    with pytest.raises(ValidationError) as info:
        parse_date_or_datetime("next Tuesday", where="deadlines[2]", field="due")
    assert info.value.reason == (
        "'next Tuesday' is not a date; write it as YYYY-MM-DD, e.g. 2026-09-15, or as a date "
        "and time with a UTC offset, e.g. 2026-12-03T08:30:00-06:00"
    )
    assert info.value.field == "due"


# --- properties ---------------------------------------------------------------------------

starts = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@given(start=starts, n=st.integers(min_value=1, max_value=60))
def test_add_working_days_lands_on_the_nth_working_day(start: date, n: int) -> None:
    due = add_working_days(start, n)
    assert is_working_day(due)
    # Counted another way: exactly n working days lie in (start, due].
    between = [start + timedelta(days=i) for i in range(1, (due - start).days + 1)]
    assert sum(is_working_day(d) for d in between) == n


@given(start=starts, n=st.integers(min_value=0, max_value=60))
def test_add_working_days_is_monotonic(start: date, n: int) -> None:
    assert add_working_days(start, n) < add_working_days(start, n + 1)

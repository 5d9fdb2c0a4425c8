"""Dates the law computes, and strict parsing of the dates people type.

Working days follow the FOIA statute (5 U.S.C. 552(a)(6)): Saturdays, Sundays and US federal
legal public holidays as observed are not counted. A holiday that falls on a Saturday is observed
the Friday before and one on a Sunday the Monday after (5 U.S.C. 6103(b)); the ``holidays``
library's ``US(observed=True)`` calendar applies that rule, including New Year's Day observed on
31 December of the year before.

Every computed date here is labelled "computed — verify" wherever it is shown: it is a prompt for
the attorney, not legal advice.

Parsing is deliberately strict (ISO 8601, ``YYYY-MM-DD``; date-times with an offset) because a
date read the wrong way round (09/10 as September or October) moves a deadline silently. Errors
say what was wrong in words a paralegal can act on.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache

from casefile.errors import ValidationError

FOIA_RESPONSE_WORKING_DAYS = 20
FOIA_MAX_EXTENSION_DAYS = 10
FOIA_APPEAL_CALENDAR_DAYS = 90
BIA_APPEAL_CALENDAR_DAYS = 30
FTCA_CLAIM_YEARS = 2

# Statuses that record a complete answer or a final determination: after one of these the
# agency's response clock no longer matters.
# An appeal follows an answer (an adverse determination), so it no longer waits on the response.
FOIA_ANSWERED_STATUSES = frozenset({"complete", "denied", "closed", "appealed"})

# English month names fixed here: calendar.month_name follows the process locale.
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# [0-9] and re.ASCII: \d would accept Arabic-Indic and full-width digits.
_DATE_SHAPE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", re.ASCII)
_DATETIME_SHAPE = re.compile(
    r"(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})(?P<sep>[Tt ])"
    r"(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2})"
    r"(?::(?P<second>[0-9]{2})(?:\.(?P<fraction>[0-9]+))?)?"
    r"(?P<offset>.*)",
    re.ASCII | re.DOTALL,
)
_OFFSET_SHAPE = re.compile(r"([+-])([0-9]{2}):([0-9]{2})", re.ASCII)
_DATE_EXAMPLE = "2026-09-15"
_DATETIME_EXAMPLE = "2026-09-15T05:50:00-05:00"


def preload_holidays(years: Iterable[int]) -> None:
    """Build these years' calendars now (the first one imports ``holidays``: up to 0.8 s)."""
    for year in years:
        _holidays_in(year)


@cache
def _holidays_in(year: int) -> frozenset[date]:
    # One frozen set per year: cheap lookups, and nothing mutable shared between the UI's worker
    # threads (a live holidays.US object fills itself in lazily on lookup).
    import holidays  # imports every country's module: 0.2-0.8 s, paid on first use only

    return frozenset(holidays.US(observed=True, years=year).keys())


def is_working_day(d: date) -> bool:
    """True for a weekday that is not a US federal legal public holiday as observed."""
    return d.weekday() < 5 and d not in _holidays_in(d.year)


def add_working_days(start: date, n: int) -> date:
    """The ``n``-th working day after ``start``; ``start`` itself is day 0 whatever it is."""
    if n < 0:
        raise ValueError(f"n must be 0 or more, got {n}")
    # Jump by weekdays arithmetically, then go on by as many days as there were weekday
    # holidays in the stretch just crossed; repeat until a stretch holds none. The dashboard
    # computes this for every FOIA request, so a day-by-day walk would be felt.
    day = start
    remaining = n
    while remaining:
        end = _add_weekdays(day, remaining)
        remaining = sum(
            1
            for year in range(day.year, end.year + 1)
            for holiday in _holidays_in(year)
            if day < holiday <= end and holiday.weekday() < 5
        )
        day = end
    return day


def _add_weekdays(start: date, n: int) -> date:
    """The ``n``-th Monday-to-Friday day after ``start`` (n >= 1), holidays not considered."""
    # The n-th weekday after a Saturday or Sunday is the n-th after the Friday before.
    friday_or_earlier = start - timedelta(days=max(0, start.weekday() - 4))
    weeks, rest = divmod(n, 5)
    day = friday_or_earlier + timedelta(weeks=weeks)
    if rest:
        day += timedelta(days=rest + 2 if day.weekday() + rest >= 5 else rest)
    return day


def foia_response_due(received_on: date, extension_days: int = 0, *, response_days: int | None = None) -> date:
    """When the agency's answer is due: 20 working days (or ``response_days``) plus any extension.

    ``response_days`` is the user-set period for a ``state-local`` agency; ``extension_days`` is
    the 0–10 working-day extension for unusual circumstances (5 U.S.C. 552(a)(6)(B)).
    """
    if isinstance(extension_days, bool) or not isinstance(extension_days, int):
        raise ValidationError(
            f"the extension must be a whole number of working days from 0 to "
            f"{FOIA_MAX_EXTENSION_DAYS}; got {extension_days!r}",
            field="extension_days",
            key="foia_extension_range",
        )
    if not 0 <= extension_days <= FOIA_MAX_EXTENSION_DAYS:
        raise ValidationError(
            f"the extension must be from 0 to {FOIA_MAX_EXTENSION_DAYS} working days "
            f"(FOIA allows at most {FOIA_MAX_EXTENSION_DAYS} more for unusual circumstances); "
            f"got {extension_days}",
            field="extension_days",
            key="foia_extension_range",
        )
    days = FOIA_RESPONSE_WORKING_DAYS
    if response_days is not None:
        if isinstance(response_days, bool) or not isinstance(response_days, int):
            raise ValidationError(
                f"the response period must be a whole number of working days; got {response_days!r}",
                field="response_days",
                key="foia_response_days",
            )
        if response_days < 1:
            raise ValidationError(
                f"the response period must be at least 1 working day; got {response_days}",
                field="response_days",
                key="foia_response_days",
            )
        days = response_days
    return add_working_days(received_on, days + extension_days)


def foia_appeal_due(adverse_determination_on: date) -> date:
    """90 calendar days after an adverse determination (5 U.S.C. 552(a)(6)(A)(i)(III)(aa))."""
    return adverse_determination_on + timedelta(days=FOIA_APPEAL_CALENDAR_DAYS)


def bia_appeal_due(decision_on: date) -> date:
    """30 calendar days after an immigration judge's decision (8 CFR 1003.38(b))."""
    return decision_on + timedelta(days=BIA_APPEAL_CALENDAR_DAYS)


def ftca_claim_due(encounter_on: date) -> date:
    """Two years after the encounter (28 U.S.C. 2401(b)); 29 February falls back to the 28th.

    The earlier of the two possible anniversaries is the safe one to file by.
    """
    year = encounter_on.year + FTCA_CLAIM_YEARS
    day = min(encounter_on.day, calendar.monthrange(year, encounter_on.month)[1])
    return encounter_on.replace(year=year, day=day)


def foia_overdue(response_due: date | None, status: str, today: date) -> bool:
    """True when the response date has passed and no answer or final determination is recorded."""
    if response_due is None or status == "draft" or status in FOIA_ANSWERED_STATUSES:
        return False
    return response_due < today


def _fail(message: str, where: str, field: str, key: str) -> ValidationError:
    return ValidationError(message, where=where, field=field, key=key)


def _real_date(text: str, where: str, field: str) -> date:
    """``text`` already has the YYYY-MM-DD shape; check that the day exists."""
    year, month, day = (int(part) for part in text.split("-"))
    if year < 1:
        raise _fail(f"{text} is not a real date (there is no year 0000)", where, field, "date_not_real")
    if not 1 <= month <= 12:
        raise _fail(
            f"{text} is not a real date (there is no month {month:02d}; months run 01 to 12)",
            where,
            field,
            "date_not_real",
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        why = "days start at 01" if day == 0 else f"{_MONTHS[month - 1]} {year} has {last} days"
        raise _fail(
            f"{text} is not a real date ({why})",
            where,
            field,
            "date_not_real",
        )
    return date(year, month, day)


def parse_date(value: str, *, where: str = "", field: str = "") -> date:
    """A calendar date written ``YYYY-MM-DD``, and nothing else."""
    if not isinstance(value, str):
        raise _fail(
            f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. {_DATE_EXAMPLE}",
            where,
            field,
            "date_format",
        )
    if _DATE_SHAPE.fullmatch(value):
        return _real_date(value, where, field)
    if _DATETIME_SHAPE.fullmatch(value):
        raise _fail(
            f"'{value}' has a time of day, but this field takes a date only; write it as YYYY-MM-DD, e.g. {value[:10]}",
            where,
            field,
            "date_has_time",
        )
    raise _fail(
        f"'{value}' is not a date; write it as YYYY-MM-DD, e.g. {_DATE_EXAMPLE}",
        where,
        field,
        "date_format",
    )


def _offset(text: str, value: str, where: str, field: str) -> timezone:
    if text == "Z":
        return UTC
    if text == "":
        raise _fail(
            f"'{value}' has no UTC offset, so the moment it names is ambiguous; add one, "
            f"e.g. {value}-05:00 for US Central daylight time, or {value}Z for UTC",
            where,
            field,
            "datetime_no_offset",
        )
    match = _OFFSET_SHAPE.fullmatch(text)
    if match is None:
        raise _fail(
            f"'{value}' ends in '{text}'; write the UTC offset as Z or ±HH:MM, e.g. {_DATETIME_EXAMPLE}",
            where,
            field,
            "datetime_offset_format",
        )
    sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3))
    # Real offsets run from -12:00 (Baker Island) to +14:00 (Line Islands).
    limit = timedelta(hours=14 if sign == "+" else 12)
    if minutes > 59 or timedelta(hours=hours, minutes=minutes) > limit:
        raise _fail(
            f"'{value}' has the offset {text}, which no place on Earth uses (offsets run from -12:00 to +14:00)",
            where,
            field,
            "datetime_offset_range",
        )
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if sign == "-" else delta)


def parse_datetime(value: str, *, where: str = "", field: str = "") -> datetime:
    """A date and time with an offset: ``YYYY-MM-DDTHH:MM[:SS[.ffffff]]`` then ``Z`` or ``±HH:MM``.

    The result is timezone-aware in the offset written, so the local date stays what the user
    wrote.
    """
    match = _DATETIME_SHAPE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        if isinstance(value, str) and _DATE_SHAPE.fullmatch(value):
            message = (
                f"'{value}' is a date without a time; this field takes a date and time with a "
                f"UTC offset, e.g. {value}T09:00:00-05:00"
            )
            raise _fail(message, where, field, "datetime_no_time")
        shown = f"'{value}'" if isinstance(value, str) else repr(value)
        raise _fail(
            f"{shown} is not a date and time; write it as YYYY-MM-DDTHH:MM:SS with a UTC "
            f"offset, e.g. {_DATETIME_EXAMPLE}",
            where,
            field,
            "datetime_format",
        )
    day = _real_date(match["date"], where, field)
    if match["sep"] != "T":
        raise _fail(
            f"'{value}' needs a capital T between the date and the time, e.g. {_DATETIME_EXAMPLE}",
            where,
            field,
            "datetime_format",
        )
    hour, minute = int(match["hour"]), int(match["minute"])
    second = int(match["second"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        clock = value[11 : 19 if match["second"] else 16]
        raise _fail(
            f"{clock} in '{value}' is not a real time of day (hours run 00 to 23, minutes and seconds 00 to 59)",
            where,
            field,
            "datetime_not_real",
        )
    # Precision beyond microseconds means nothing for a case file; keep the first six digits.
    micro = int((match["fraction"] or "0")[:6].ljust(6, "0"))
    tz = _offset(match["offset"], value, where, field)
    return datetime(day.year, day.month, day.day, hour, minute, second, micro, tzinfo=tz)


def parse_date_or_datetime(value: str, *, where: str = "", field: str = "") -> date | datetime:
    """A deadline's ``due``: a date (``YYYY-MM-DD``) or a date-time with offset."""
    if isinstance(value, str) and _DATE_SHAPE.fullmatch(value):
        return _real_date(value, where, field)
    if isinstance(value, str) and _DATETIME_SHAPE.fullmatch(value):
        return parse_datetime(value, where=where, field=field)
    shown = f"'{value}'" if isinstance(value, str) else repr(value)
    raise _fail(
        f"{shown} is not a date; write it as YYYY-MM-DD, e.g. {_DATE_EXAMPLE}, or as a date "
        f"and time with a UTC offset, e.g. 2026-12-03T08:30:00-06:00",
        where,
        field,
        "date_format",
    )

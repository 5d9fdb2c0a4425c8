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
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache

from casefile.errors import ValidationError

FOIA_RESPONSE_WORKING_DAYS = 20
FOIA_MAX_EXTENSION_DAYS = 10
# 5 U.S.C. 552(a)(6)(A)(ii): the 20 days start when the right component receives the request,
# "but in any event not later than ten days after" a designated component first receives it.
FOIA_ROUTING_DAYS = 10
# 6 CFR 5.8(a)(1): an appeal to a DHS component must be received within 90 working days.
FOIA_DHS_APPEAL_WORKING_DAYS = 90
# 28 CFR 16.8(a): an appeal to a DOJ component must be postmarked or sent within 90 days.
FOIA_DOJ_APPEAL_CALENDAR_DAYS = 90
BIA_APPEAL_CALENDAR_DAYS = 30
FTCA_CLAIM_YEARS = 2

DHS_COMPONENTS = frozenset({"ICE", "CBP", "USCIS", "OBIM", "DHS-CRCL", "DHS-OIG", "DHS-PRIV"})
DOJ_COMPONENTS = frozenset({"EOIR", "FBI"})

# Statuses that record a complete answer, a final determination or a closing: after one of these
# the agency's response clock is done, never overdue. An appeal and a suit follow an answer (or
# the agency's failure to give one), so neither waits on the response any longer.
FOIA_ANSWERED_STATUSES = frozenset({"complete", "denied", "closed", "appealed", "in-litigation"})
# Dates whose recording closes the response clock whatever the status says (domain.md: "once a
# response, a determination or a closing is recorded the response clock is done").
FOIA_ANSWER_FIELDS = ("response_received_on", "adverse_determination_on", "appeal_filed_on", "litigation_filed_on")


@dataclass(frozen=True)
class Closure:
    """A weekday the federal government was closed by executive order, and the order that did it."""

    day: date
    source: str


# Executive orders closing the executive departments for a whole day. Each is "considered as
# falling within the scope of ... 5 U.S.C. 6103(b)" for pay and leave only; whether such a day is a
# "legal holiday" that moves a filing deadline is unsettled, so no deadline here is moved by one:
# the attorney's date stays the earlier one and the deadline says which closure it did not count.
EXECUTIVE_ORDER_CLOSURES = (
    Closure(date(2018, 12, 5), "Executive Order 13852 of December 1, 2018 (83 FR 62687)"),
    Closure(date(2018, 12, 24), "Executive Order 13854 of December 18, 2018 (83 FR 65481)"),
    Closure(date(2019, 12, 24), "Executive Order 13900 of December 17, 2019 (84 FR 69983)"),
    Closure(date(2020, 12, 24), "Executive Order 13960 of December 11, 2020"),
    Closure(date(2024, 12, 24), "Executive Order 14129 of December 2024 (89 FR 104857)"),
    Closure(date(2025, 1, 9), "Executive Order 14133 of December 30, 2024 (90 FR 187)"),
    Closure(date(2025, 12, 24), "Executive Order 14370 of December 18, 2025"),
    Closure(date(2025, 12, 26), "Executive Order 14370 of December 18, 2025"),
)
_CLOSED_BY_ORDER = {closure.day: closure for closure in EXECUTIVE_ORDER_CLOSURES}

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


def working_days_between(after: date, through: date) -> int:
    """How many working days fall after ``after`` up to and including ``through`` (0 if none)."""
    count, day = 0, after
    while day < through:
        day += timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count


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


def inauguration_day(year: int) -> date | None:
    """Inauguration Day of ``year`` as a holiday in the DC area (5 U.S.C. 6103(c)), else None.

    It is a legal public holiday only for offices in the District of Columbia, Montgomery and
    Prince George's Counties (MD), Arlington and Fairfax Counties and the cities of Alexandria and
    Falls Church (VA): the BIA sits in Falls Church. When 20 January is a Sunday the holiday is
    the Monday after; a Saturday one gives no weekday off.
    """
    # Terms begin on 20 January of the year after a presidential election (Amendment XX).
    if year < 1937 or year % 4 != 1:
        return None
    day = date(year, 1, 20)
    if day.weekday() == 6:
        day += timedelta(days=1)
    return day if day.weekday() < 5 else None


def is_legal_holiday(d: date, *, dc_area: bool = False) -> bool:
    """A federal legal public holiday as observed (5 U.S.C. 6103(a)-(b)); with ``dc_area``, also
    Inauguration Day (6103(c)). Executive-order closures are not counted (see ``closed_by_order``)."""
    return d in _holidays_in(d.year) or (dc_area and d == inauguration_day(d.year))


def closed_by_order(d: date) -> Closure | None:
    """The executive order that closed federal offices on ``d``, if one did."""
    return _CLOSED_BY_ORDER.get(d)


def next_business_day(d: date, *, dc_area: bool = False) -> date:
    """``d`` itself, or the next day that is neither a Saturday, a Sunday nor a legal holiday."""
    while d.weekday() >= 5 or is_legal_holiday(d, dc_area=dc_area):
        d += timedelta(days=1)
    return d


def foia_assumed_receipt(submitted_on: date) -> date:
    """The latest day the 20 working days can start for a request sent on ``submitted_on``.

    5 U.S.C. 552(a)(6)(A)(ii) says "ten days" without saying working days; counted as calendar
    days the clock starts earlier, so that reading is used (the earlier date is the safe one to
    follow up on). Day 0 is the day it was sent: a request can reach no component before then.
    """
    return submitted_on + timedelta(days=FOIA_ROUTING_DAYS)


def foia_appeal_due(adverse_determination_on: date, agency: str) -> date | None:
    """The last day to appeal an adverse FOIA determination, by the agency's own rule.

    DHS components: received within 90 working days (6 CFR 5.8(a)(1)); DOJ components (EOIR,
    FBI): postmarked or sent within 90 calendar days (28 CFR 16.8(a)). Any other agency (a state
    or local one, ``other``): None, since no federal rule applies and none is invented.
    """
    if agency in DHS_COMPONENTS:
        # Executive-order closures are counted as working days: the earlier date (see above).
        return add_working_days(adverse_determination_on, FOIA_DHS_APPEAL_WORKING_DAYS)
    if agency in DOJ_COMPONENTS:
        return adverse_determination_on + timedelta(days=FOIA_DOJ_APPEAL_CALENDAR_DAYS)
    return None


def bia_appeal_due(served_on: date) -> date:
    """The last day to file a BIA appeal (8 CFR 1003.38(b)).

    30 calendar days after an oral decision, or after the mailing or electronic service of a
    written one; a last day on a Saturday, Sunday or legal holiday moves to the next business day.
    The Board sits in Falls Church, VA, so Inauguration Day is a legal holiday there (5 U.S.C.
    6103(c)). A day closed by executive order does not move the date: see
    :func:`roll_forward_unsettled`.
    """
    return next_business_day(served_on + timedelta(days=BIA_APPEAL_CALENDAR_DAYS), dc_area=True)


def roll_forward_unsettled(due: date, *, dc_area: bool = False) -> tuple[date, list[Closure]]:
    """The date ``due`` would move to if executive-order closures counted as legal holidays, and
    the closures that would move it (none: ``due`` itself). Shown beside a deadline, never used."""
    later, passed = due, []
    while True:
        closure = closed_by_order(later)
        if closure is not None:
            passed.append(closure)
        elif later.weekday() < 5 and not is_legal_holiday(later, dc_area=dc_area):
            return later, passed
        later += timedelta(days=1)


def ftca_claim_due(encounter_on: date) -> date:
    """Two years after the encounter (28 U.S.C. 2401(b)); 29 February falls back to the 28th.

    The earlier of the two possible anniversaries is the safe one to file by.
    """
    return add_years(encounter_on, FTCA_CLAIM_YEARS)


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes the 28th (the earlier, safe reading)."""
    year = day.year + years
    last = calendar.monthrange(year, day.month)[1]
    return day.replace(year=year, day=min(day.day, last))


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; past the month's end it is the month's last day (earlier)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def foia_overdue(response_due: date | None, status: str, today: date, record: dict | None = None) -> bool:
    """True when the response date has passed and no answer, determination or closing is recorded."""
    if response_due is None or status == "draft" or status in FOIA_ANSWERED_STATUSES:
        return False
    if record is not None and any(record.get(name) for name in FOIA_ANSWER_FIELDS):
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

"""Reading and printing values the same way everywhere: A-numbers, ISO dates, UTC offsets.

One copy for the reports (``casefile.reports.fmt``), the app (``ui.models.fmt``) and the core's
messages (``casefile.domain.validate`` re-exports :func:`format_a_number`). Values may come from
hand-edited interchange files, so nothing here raises: what cannot be read prints as written
(or reads as None).
"""

from __future__ import annotations

import re
from datetime import date, datetime

_NON_DIGITS = re.compile(r"\D")


def a_number_digits(value: object) -> str | None:
    """The nine digits of an A-number in any accepted spelling, or None if it is not one."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text[:1] in ("A", "a"):
        text = text[1:]
    if re.search(r"[^\d\s\-]", text):
        return None
    digits = _NON_DIGITS.sub("", text)
    if len(digits) == 8:
        digits = "0" + digits
    return digits if len(digits) == 9 else None


def format_a_number(value: object) -> str:
    """``A208114563`` (or ``A 208-114-563``, ``a08114563``) → ``A-208-114-563``; anything that
    is not an A-number prints as written, None as ""."""
    digits = a_number_digits(value)
    if digits is None:
        return "" if value is None else str(value)
    return f"A-{digits[:3]}-{digits[3:6]}-{digits[6:]}"


def parse_date(value: object) -> date | None:
    """The calendar date of an ISO date or date-time, as recorded (no time-zone shift)."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_datetime(value: object) -> datetime | None:
    """A date-time with a time of day; a bare date (time unknown) gives None."""
    if not isinstance(value, str) or len(value) <= 10:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def utc_offset(moment: datetime) -> str:
    """``+05:30`` or ``−06:00`` (a real minus sign, as printed); "" for a moment without a zone."""
    delta = moment.utcoffset()
    if delta is None:
        return ""
    minutes = int(delta.total_seconds() // 60)
    sign = "−" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"

"""How values print in reports: A-numbers, dates, money, sizes and hashes.

Bundles come from the export service (normalised values) but may also come from hand-edited
interchange files, so every formatter accepts the looser forms too and never raises: a value it
cannot read prints as written.
"""

from __future__ import annotations

import re
from datetime import date, datetime

_NON_DIGITS = re.compile(r"\D")
_HIDDEN = "X" * 3  # a masked group of A-number digits


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
    """``A208114563`` → ``A-208-114-563``; anything unreadable prints as written."""
    digits = a_number_digits(value)
    if digits is None:
        return "" if value is None else str(value)
    return f"A-{digits[:3]}-{digits[3:6]}-{digits[6:]}"


def mask_a_number(value: object) -> str:
    """Only the last three digits survive: ``A208114563`` → A, two hidden groups, then ``563``.

    Each hidden group prints as three capital X, as ``shared/spec/interchange.md`` shows.
    """
    digits = a_number_digits(value)
    return f"A-{_HIDDEN}-{_HIDDEN}-{digits[6:] if digits else _HIDDEN}"


def parse_date(value: object) -> date | None:
    """The calendar date of an ISO date or date-time, as recorded (no time-zone shift)."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_datetime(value: object) -> datetime | None:
    if not isinstance(value, str) or len(value) <= 10:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def fmt_date(value: object) -> str:
    parsed = parse_date(value)
    if parsed is None:
        return "" if value is None else str(value)
    return parsed.isoformat()


def fmt_datetime(value: object, *, offset: bool = False) -> str:
    """Local time as recorded (``2026-09-15 05:50``); a bare date prints as a date."""
    moment = parse_datetime(value)
    if moment is None:
        return fmt_date(value)
    text = moment.strftime("%Y-%m-%d %H:%M")
    if offset and moment.utcoffset() is not None:
        text += f" (UTC{_offset(moment)})"
    return text


def _offset(moment: datetime) -> str:
    delta = moment.utcoffset()
    if delta is None:
        return ""
    minutes = int(delta.total_seconds() // 60)
    sign = "−" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def fmt_generated(moment: datetime) -> str:
    """When a report was made, in the clinic's time zone and named, so a printout is unambiguous:
    ``2026-11-02 04:00 CST (UTC−06:00)``, or ``2026-11-02 10:00 UTC``.

    A zone without a name of its own (a bare offset) prints as the offset; a moment without any
    zone prints as its date only, since the hour alone could be read in the wrong zone.
    """
    offset = moment.utcoffset()
    if offset is None:
        return moment.strftime("%Y-%m-%d")
    text = moment.strftime("%Y-%m-%d %H:%M")
    name = moment.tzname() or ""
    if name in ("UTC", "GMT") and not offset:
        return f"{text} UTC"
    # A bare timezone(timedelta) names itself "UTC-06:00"; that says no more than the offset.
    if not name or name.startswith(("UTC", "GMT")) or name[:1] in "+-":
        return f"{text} UTC{_offset(moment)}"
    return f"{text} {name} (UTC{_offset(moment)})"


def sort_key(value: object) -> str:
    """A string that orders ISO dates and date-times chronologically, unknown dates last."""
    parsed = parse_date(value)
    if parsed is None:
        return "9999"
    moment = parse_datetime(value)
    return parsed.isoformat() + (moment.strftime("T%H:%M") if moment else "")


def money(amount: object) -> str:
    if isinstance(amount, bool) or not isinstance(amount, (int, float)):
        return "" if amount is None else str(amount)
    return f"${amount:,.0f}" if float(amount).is_integer() else f"${amount:,.2f}"


def human_size(size: object) -> str:
    if isinstance(size, bool) or not isinstance(size, int):
        return ""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def short_sha(value: object) -> str:
    """First 12 hex characters: enough to match a printout to a file by eye."""
    return value[:12].lower() if isinstance(value, str) else ""

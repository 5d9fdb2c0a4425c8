"""How values print in reports: A-numbers, dates, money, sizes and hashes.

Bundles come from the export service (normalised values) but may also come from hand-edited
interchange files, so every formatter accepts the looser forms too and never raises: a value it
cannot read prints as written.
"""

from __future__ import annotations

from datetime import datetime

# The shared readers live in casefile.formatting; imported here for the report modules' use.
from casefile.formatting import a_number_digits, format_a_number, parse_date, parse_datetime, utc_offset

__all__ = [
    "a_number_digits",
    "fmt_date",
    "fmt_datetime",
    "fmt_generated",
    "format_a_number",
    "human_size",
    "mask_a_number",
    "money",
    "parse_date",
    "parse_datetime",
    "short_sha",
    "sort_key",
    "utc_offset",
]

_HIDDEN = "X" * 3  # a masked group of A-number digits


def mask_a_number(value: object) -> str:
    """Only the last three digits survive: ``A208114563`` → A, two hidden groups, then ``563``.

    Each hidden group prints as three capital X, as ``shared/spec/interchange.md`` shows.
    """
    digits = a_number_digits(value)
    return f"A-{_HIDDEN}-{_HIDDEN}-{digits[6:] if digits else _HIDDEN}"


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
        text += f" (UTC{utc_offset(moment)})"
    return text


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
        return f"{text} UTC{utc_offset(moment)}"
    return f"{text} {name} (UTC{utc_offset(moment)})"


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

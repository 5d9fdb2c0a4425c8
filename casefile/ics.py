"""Deadlines as an iCalendar file (RFC 5545) for ``casefile deadlines --ics``.

Each deadline becomes one VEVENT whose UID comes from the deadline's id, so importing a fresh
export into the same calendar updates events instead of duplicating them. Dates become all-day
events; date-times become timed events in UTC, which every calendar program reads without the
VTIMEZONE blocks a local time would need.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

import icalendar

from casefile import __version__
from casefile.domain.dates import parse_date_or_datetime

COMPUTED_PREFIX = "[computed — verify] "
COMPUTED_DESCRIPTION = (
    "Computed by Casefile from the case record. Verify the date against the governing rule before relying on it."
)
UID_DOMAIN = "casefile.invalid"


def computed_description(deadline: dict[str, Any]) -> str:
    """The event's description: computed, verify; the rule and its citation; any assumption."""
    lines = [COMPUTED_DESCRIPTION]
    wording = (deadline.get("rule") or {}).get("en")
    if deadline.get("citation"):
        lines.append(f"Rule: {wording} ({deadline['citation']})." if wording else f"Rule: {deadline['citation']}.")
    lines.extend(f"Note: {note['en']}" for note in deadline.get("notes") or [] if note.get("en"))
    return "\n".join(lines)


def _event(deadline: dict[str, Any], stamp: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"{deadline['id']}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    due = parse_date_or_datetime(deadline["due"], where=f"deadline {deadline['id']}", field="due")
    if isinstance(due, datetime):
        event.add("dtstart", due.astimezone(UTC))
    else:
        # DTEND is exclusive; without it some programs show an all-day event as zero-length.
        event.add("dtstart", due)
        event.add("dtend", due + timedelta(days=1))
    title = deadline.get("title") or deadline.get("kind") or "Deadline"
    if deadline.get("computed"):
        event.add("summary", COMPUTED_PREFIX + title)
        event.add("description", computed_description(deadline))
    else:
        event.add("summary", title)
    return event


def deadlines_to_ics(deadlines: Iterable[dict[str, Any]], *, now: datetime) -> bytes:
    """An iCalendar document with one event per deadline, stamped ``now`` (timezone-aware)."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    stamp = now.astimezone(UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//Casefile//Casefile {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    for deadline in deadlines:
        cal.add_component(_event(deadline, stamp))
    return cal.to_ical()

"""Time in one place, so records, audit entries and reports agree on format."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def now_iso() -> str:
    """Current UTC time as ``YYYY-MM-DDTHH:MM:SSZ``."""
    return utcnow().strftime("%Y-%m-%dT%H:%M:%SZ")


def today() -> date:
    """The local calendar date: deadlines are due on the clinic's day, not UTC's."""
    return datetime.now().date()

"""One copy of the value readers (issue 14, item 5): the reports, the app and the core's
messages read A-numbers, dates and offsets through ``casefile.formatting`` (the app's side is
checked in ``tests/ui/test_fmt_shared.py``)."""

from __future__ import annotations

from datetime import date, datetime

from casefile import formatting
from casefile.domain import validate
from casefile.reports import fmt as report_fmt


def test_the_core_and_the_reports_share_one_copy() -> None:
    assert validate.format_a_number is formatting.format_a_number
    assert report_fmt.format_a_number is formatting.format_a_number
    assert report_fmt.parse_date is formatting.parse_date
    assert report_fmt.parse_datetime is formatting.parse_datetime


def test_a_numbers_print_alike_whatever_their_spelling() -> None:
    # The core's old copy left an unnormalised A-number as typed ("A12345678"); the reports'
    # zero-padded it. One copy: the same everywhere.
    for typed in ("A012345678", "A12345678", "a 012-345-678", "012345678"):
        assert validate.format_a_number(typed) == "A-012-345-678"
    assert validate.format_a_number(None) == ""
    assert validate.format_a_number("unknown") == "unknown"


def test_dates_and_offsets() -> None:
    assert formatting.parse_date("2026-09-15T05:50:00-05:00") == date(2026, 9, 15)
    assert formatting.parse_date("15/09/2026") is None
    assert formatting.parse_datetime("2026-09-15") is None  # a bare date has no time of day
    moment = formatting.parse_datetime("2026-09-15T05:50:00+05:30")
    assert moment is not None and formatting.utc_offset(moment) == "+05:30"
    assert formatting.utc_offset(datetime(2026, 9, 15)) == ""

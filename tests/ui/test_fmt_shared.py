"""The app reads A-numbers, dates and offsets through the core's one copy (casefile.formatting)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from casefile import formatting


def test_the_app_shares_the_same_copy() -> None:
    from ui.models import fmt as ui_fmt

    assert ui_fmt.format_a_number is formatting.format_a_number
    assert ui_fmt.parse_iso_date is formatting.parse_date
    assert ui_fmt.parse_iso_datetime is formatting.parse_datetime
    # UTC−06:00 with a real minus sign, as the reports print it.
    moment = datetime(2026, 9, 15, 5, 50, tzinfo=timezone(timedelta(hours=-6)))
    assert ui_fmt.fmt_offset(moment) == "UTC\u221206:00"
    assert ui_fmt.fmt_offset(datetime(2026, 9, 15, 5, 50)) == ""

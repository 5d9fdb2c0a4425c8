"""How values read on screen: dates, date-times as recorded, A-numbers, sizes, hashes.

Dates are stored as ISO text; lists show them in a form nobody misreads ("15 Sep 2026", never
"09/10/26"), in the locale's month names. Date-times show the local time as recorded (the offset
written with it), not converted to this laptop's zone: an agent's 5:50 am knock stays 5:50 am.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

# One copy of the readers, shared with the reports (casefile/formatting.py).
from casefile.formatting import format_a_number, utc_offset
from casefile.formatting import parse_date as parse_iso_date
from casefile.formatting import parse_datetime as parse_iso_datetime

DATE_FORMAT = "d MMM yyyy"


def fmt_date(value: Any) -> str:
    """``2026-09-15`` → ``15 Sep 2026``; unreadable values are shown as written."""
    day = parse_iso_date(value)
    if day is None:
        return "" if value is None else str(value)
    return QLocale().toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def fmt_time(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def fmt_offset(moment: datetime) -> str:
    offset = utc_offset(moment)
    return f"UTC{offset}" if offset else ""


def fmt_datetime(value: Any, *, offset: bool = False) -> str:
    """``2026-09-15T05:50:00-05:00`` → ``15 Sep 2026, 05:50``; a bare date adds "time unknown"."""
    moment = parse_iso_datetime(value)
    if moment is None:
        day = fmt_date(value)
        if parse_iso_date(value) is not None and isinstance(value, str) and len(value) == 10:
            return QCoreApplication.translate("Format", "{date} (time unknown)").format(date=day)
        return day
    text = f"{fmt_date(value)}, {fmt_time(moment)}"
    if offset:
        text += f" ({fmt_offset(moment)})"
    return text


def fmt_due(value: Any) -> str:
    """A deadline's due: a date, or a date and time (no "time unknown": all-day is normal)."""
    moment = parse_iso_datetime(value)
    if moment is None:
        return fmt_date(value)
    return f"{fmt_date(value)}, {fmt_time(moment)}"


def fmt_timestamp(value: Any) -> str:
    """A UTC stamp the vault wrote (``2026-11-23T15:21:02Z``), in this laptop's local time."""
    moment = parse_iso_datetime(value)
    if moment is None:
        return fmt_date(value)
    local = moment.astimezone()
    return f"{fmt_date(local.date().isoformat())}, {fmt_time(local)}"


def fmt_a_number(value: Any) -> str:
    return format_a_number(value) if isinstance(value, str) else ""


def fmt_size(size: Any) -> str:
    if not isinstance(size, int):
        return ""
    locale = QLocale()
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def one_line(text: Any, limit: int = 120) -> str:
    """Long free text as a single list cell."""
    if not text:
        return ""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def deadline_detail(deadline: dict[str, Any]) -> str:
    """What a deadline is about, in the app's language, for a place that already names its kind:
    a stored deadline's title; for a computed one, the FOIA request, the judge's decision or the
    encounter it comes from (``casefile.domain.deadlines.detail_form`` decides which). The words
    are the core catalogue's (``about.*``), as in the PDFs; dates as the app shows them."""
    from casefile import catalogue
    from casefile.domain.deadlines import detail_form
    from ui.i18n import current_language

    form, facts = detail_form(deadline)
    if form == "text":
        return facts["text"]
    if form == "tracking":
        return f"{facts['agency']} {facts['number']}"
    shown = {name: fmt_date(value) if name == "date" else value for name, value in facts.items()}
    return catalogue.text(current_language(), f"about.{form}", **shown)


def deadline_rule(deadline: dict[str, Any]) -> str:
    """A computed deadline's rule, citation and assumptions in the app's language (tooltips and the
    detail view); empty for a stored one. Always says "computed — verify"."""
    if not deadline.get("computed"):
        return ""
    from ui.i18n import current_language

    lang = current_language()
    translate = QCoreApplication.translate
    lines = [translate("Deadlines", "Computed — verify.")]
    rule = deadline.get("rule") or {}
    wording = rule.get(lang) or rule.get("en") or ""
    if deadline.get("citation"):
        text = translate("Deadlines", "Rule: %1 (%2).") if wording else translate("Deadlines", "Rule: %2.")
        lines.append(text.replace("%1", wording).replace("%2", str(deadline["citation"])))
    lines.extend(str(note.get(lang) or note.get("en") or "") for note in deadline.get("notes") or [])
    return "\n".join(line for line in lines if line)

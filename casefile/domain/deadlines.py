"""Deadlines derived from other records, and the upcoming/overdue list the app and CLI show.

Input records are interchange-shaped dicts (shared/spec/interchange.md): dates are ISO strings,
optional fields may be missing or ``None``. A computed deadline has a stable id built from its kind
and source record (``computed:foia-response:f-ice-1``), so it keeps its identity when the source
is edited and a calendar that imported it updates the event instead of adding a second one.

Titles name the agency, tracking number or source date, never a person: deadlines travel to
calendar files and dashboards, and the linked ``person_id`` is enough for the app to show whose
deadline it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from casefile.domain.dates import parse_date_or_datetime
from casefile.domain.rules import registered
from casefile.domain.rules.bia_appeal import bia_appeal_deadline
from casefile.domain.rules.foia_appeal import foia_appeal_deadline
from casefile.domain.rules.foia_appeal_decision import foia_appeal_decision_deadline
from casefile.domain.rules.foia_expedited import foia_expedited_deadline
from casefile.domain.rules.foia_response import foia_response_deadline
from casefile.domain.rules.ftca_claim import ftca_claim_deadline
from casefile.errors import ValidationError

__all__ = [
    "bia_appeal_deadline",
    "computed_deadlines",
    "detail_form",
    "foia_appeal_deadline",
    "foia_columns",
    "foia_response_deadline",
    "ftca_claim_deadline",
    "of_record",
    "order_key",
    "upcoming",
    "window_end",
]

# Stored deadlines that are events rather than filings: once past, they were held or adjourned
# (or need recording as such), never "overdue".
# A hearing record's row has its type's kind (status-hearing included: casefile.domain.deadlines_hearings).
HEARING_KINDS = frozenset({"master-hearing", "individual-hearing", "bond-hearing", "status-hearing", "ice-check-in"})


def is_done(deadline: dict[str, Any]) -> bool:
    """Done: marked done, or an outcome (held, adjourned, filed, waived, cancelled) recorded."""
    return bool(deadline.get("done")) or bool(deadline.get("outcome"))


def is_overdue(deadline: dict[str, Any], day: date, today: date) -> bool:
    """Due before ``today`` and open; a hearing or check-in in the past is awaiting its outcome,
    and a date from which to act (a rule that ``opens``, e.g. suit may be filed) is open, not late."""
    return day < today and deadline.get("kind") not in HEARING_KINDS and not deadline.get("opens")


def repeat_key(deadline: dict[str, Any]) -> tuple[str, str, str] | None:
    """Computed deadlines of one kind, client and day are the same clock read from two records (a
    judge's decision typed on the person and recorded on the hearing): the lists show it once."""
    if not deadline.get("computed") or not deadline.get("person_id"):
        return None
    return (str(deadline.get("kind")), str(deadline["person_id"]), str(deadline.get("due"))[:10])


def without_repeats(deadlines: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """``deadlines`` with a repeat of an earlier one (``repeat_key``) left out; open ones first kept."""
    ordered = sorted(deadlines, key=is_done)  # a repeat that is done must not hide one still open
    seen: set[tuple[str, str, str]] = set()
    out = []
    for deadline in ordered:
        key = repeat_key(deadline)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        out.append(deadline)
    return out


def computed_deadlines(
    foia_requests: Iterable[dict[str, Any]],
    people: Iterable[dict[str, Any]],
    encounters: Iterable[dict[str, Any]],
    hearings: Iterable[dict[str, Any]] = (),
) -> list[dict[str, Any]]:
    """Every deadline the records imply, by the registered rules (``casefile.domain.rules``)."""
    by_source = {"foia_requests": foia_requests, "people": people, "encounters": encounters, "hearings": hearings}
    out: list[dict[str, Any]] = []
    for source, records in by_source.items():
        rules = [r for r in registered() if r.source == source]
        for record in records:
            for r in rules:
                made = r.compute(record)
                if made is not None:
                    out.append(made)
    return out


def foia_columns(record: dict[str, Any], where: str) -> dict[str, Any]:
    """A FOIA request's computed dates as the vault keeps them in columns ('' for none), by the rules.

    The lists sort on them and each rule's ``Window`` reads them through an index.
    """
    record = {**record, "id": record.get("id") or where}
    try:
        response = foia_response_deadline(record)
    except ValidationError as exc:
        raise ValidationError(exc.reason, where=where, field=exc.field or "extension_days") from None
    made = (
        response,
        foia_appeal_deadline(record),
        foia_expedited_deadline(record),
        foia_appeal_decision_deadline(record),
    )
    names = ("response_due", "appeal_due", "expedited_due", "appeal_decision_due")
    columns: dict[str, Any] = {name: d["due"] if d else "" for name, d in zip(names, made, strict=True)}
    # The response clock closed by an answer, a determination, an appeal or a suit, whatever the
    # status says: the FOIA list and the dashboard read it without decoding the record (schema 7).
    columns["response_done"] = 1 if response is not None and response["done"] else 0
    return columns


def of_record(list_name: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    """The computed deadlines one record implies, in the export's shape (English, with citation).

    Open and done alike: an export says what each clock is, and whether it has closed.
    """
    out = []
    for r in registered():
        if r.source != list_name:
            continue
        made = r.compute(record)
        if made is not None:
            out.append(
                {
                    "kind": made["kind"],
                    "due": made["due"],
                    "done": bool(made.get("done")),
                    "citation": made.get("citation") or "",
                    "rule": (made.get("rule") or {}).get("en", ""),
                    "notes": [note.get("en", "") for note in made.get("notes") or []],
                    "label": "computed — verify",
                }
            )
    return out


def _sort_key(due: date | datetime, deadline: dict[str, Any]) -> tuple[Any, ...]:
    # All-day deadlines first on their day, then timed ones by the instant they fall on.
    if isinstance(due, datetime):
        return (due.date(), 1, due.timestamp(), deadline.get("id") or "")
    return (due, 0, 0.0, deadline.get("id") or "")


# Computed kinds that are about a FOIA request, and the dated fact each other kind is about.
FOIA_KINDS = frozenset({"foia-response", "foia-expedited", "foia-appeal", "foia-appeal-decision", "foia-exhaustion"})
_DATED_FORMS = {
    "bia-appeal": ("decided_on", "ij_decision"),
    "bond-appeal": ("decided_on", "bond_decision"),
    "motion-to-reopen": ("final_order_on", "final_order"),
    "motion-to-reconsider": ("final_order_on", "final_order"),
    "absentia-reopen": ("final_order_on", "final_order"),
    "ftca-suit": ("denied_on", "ftca_denied"),
    "ftca-deemed-denied": ("presented_on", "ftca_presented"),
}


def detail_form(deadline: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """What a deadline is about, as a form and its facts, for each front end to word in its language.

    Forms: ``text`` (``{"text"}``: a stored deadline's title, or the English words after the dash
    of a computed one made before ``about`` was kept), ``tracking`` (``{"agency", "number"}``),
    ``received`` (``{"agency", "date"}``), ``request`` (``{"agency", "request"}``),
    ``ij_decision``, ``bond_decision``, ``final_order``, ``ftca_denied``, ``ftca_presented``
    (each ``{"date"}``), ``encounter`` (``{"date"}``), ``encounter_place``
    (``{"date", "place"}``), and for a hearing record's row on the day it was continued to
    ``hearing_continued`` (``{"place", "date"}``) or ``hearing_moved`` (``{"date"}``; its court
    alone is ``text``). Dates are ISO, for the front end to format.
    """
    title = str(deadline.get("title") or "")
    if deadline.get("hearing_id"):  # a hearing record's row: its court, and the day it was continued from
        about = deadline.get("about") or {}
        if about.get("continued_from") and about.get("court"):
            return "hearing_continued", {"place": str(about["court"]), "date": str(about["continued_from"])}
        if about.get("continued_from"):
            return "hearing_moved", {"date": str(about["continued_from"])}
        return "text", {"text": str(about.get("court") or "")}
    if not deadline.get("computed"):
        return "text", {"text": title}
    about = deadline.get("about") or {}
    kind = deadline.get("kind")
    if kind in FOIA_KINDS and about.get("agency"):
        agency = str(about["agency"])
        if about.get("tracking_number"):
            return "tracking", {"agency": agency, "number": str(about["tracking_number"])}
        if about.get("received_on"):
            return "received", {"agency": agency, "date": str(about["received_on"])}
        return "request", {"agency": agency, "request": str(about.get("request") or "")}
    if kind in _DATED_FORMS and about.get(_DATED_FORMS[kind][0]):
        field_name, form = _DATED_FORMS[kind]
        return form, {"date": str(about[field_name])}
    if kind in ("ftca-claim", "civil-rights-suit") and about.get("occurred_on"):
        if about.get("place"):
            return "encounter_place", {"date": str(about["occurred_on"]), "place": str(about["place"])}
        return "encounter", {"date": str(about["occurred_on"])}
    _, dash, detail = title.partition(" — ")
    return "text", {"text": detail if dash else title}


def order_key(deadline: dict[str, Any]) -> tuple[Any, ...]:
    """Where a deadline goes in the upcoming list; its first item is the calendar day it is due.

    A date-time counts on the calendar date it was written in.
    """
    due = parse_date_or_datetime(deadline["due"], where=f"deadline {deadline.get('id', '')}", field="due")
    return _sort_key(due, deadline)


def marked(deadline: dict[str, Any], day: date, today: date) -> dict[str, Any]:
    """A copy with ``overdue``, ``awaiting_outcome`` (a past hearing or check-in) and ``open_now`` (a
    date from which to act has come) as of ``today``."""
    past = day < today
    return {
        **deadline,
        "overdue": is_overdue(deadline, day, today),
        "awaiting_outcome": past and deadline.get("kind") in HEARING_KINDS,
        # A date from which to act (suit may be filed) that has come.
        "open_now": past and bool(deadline.get("opens")),
    }


def window_end(today: date, within_days: int | None) -> date | None:
    """The last day of a window of ``within_days`` from ``today``; None for no end."""
    if within_days is None:
        return None
    if within_days < 0:
        raise ValidationError(
            f"the window must be 0 days or more; got {within_days}",
            field="within",
            key="within_range",
        )
    return today + timedelta(days=within_days)


def upcoming(deadlines: Iterable[dict[str, Any]], today: date, within_days: int | None) -> list[dict[str, Any]]:
    """Open deadlines that are overdue or due within ``within_days`` of ``today``, soonest first.

    Each returned dict is a copy with ``overdue`` and ``awaiting_outcome`` added (``marked``). A
    date-time counts on the calendar date it was written in: a hearing at 08:30 today is not
    overdue today, and a past hearing is awaiting its outcome, never overdue. Done deadlines
    (``is_done``) are dropped.
    """
    horizon = window_end(today, within_days)
    keyed = []
    for deadline in deadlines:
        if is_done(deadline):
            continue
        key = order_key(deadline)
        day = key[0]
        if day < today or horizon is None or day <= horizon:
            keyed.append((key, marked(deadline, day, today)))
    keyed.sort(key=lambda pair: pair[0])
    return [deadline for _, deadline in keyed]

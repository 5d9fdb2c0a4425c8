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

from casefile.domain.dates import (
    FOIA_ANSWERED_STATUSES,
    bia_appeal_due,
    foia_appeal_due,
    foia_response_due,
    ftca_claim_due,
    parse_date,
    parse_date_or_datetime,
)
from casefile.errors import ValidationError


def _day(value: Any, where: str, field: str, *, may_have_time: bool = False) -> date | None:
    """A date field of a record; a date-time counts as the calendar date it was written in."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    if may_have_time:
        parsed = parse_date_or_datetime(value, where=where, field=field)
        return parsed.date() if isinstance(parsed, datetime) else parsed
    return parse_date(value, where=where, field=field)


def _deadline(
    kind: str,
    source_id: str,
    due: date,
    title: str,
    *,
    person_id: str | None = None,
    encounter_id: str | None = None,
    foia_id: str | None = None,
    done: bool = False,
    about: dict[str, Any] | None = None,
) -> dict[str, Any]:
    # ``title`` is English (the CLI, JSON and calendar files); ``about`` holds what it is made of,
    # so the app and the reports can say the same in the reader's language (deadline_detail).
    return {
        "id": f"computed:{kind}:{source_id}",
        "kind": kind,
        "due": due.isoformat(),
        "title": title,
        "about": about or {},
        "computed": True,
        "person_id": person_id,
        "encounter_id": encounter_id,
        "foia_id": foia_id,
        "done": done,
    }


def _foia_about(request: dict[str, Any], received_on: date | None) -> dict[str, Any]:
    """The facts of :func:`_foia_label`, for saying it in another language."""
    agency = request.get("agency") or "agency"
    if agency == "state-local" and request.get("jurisdiction"):
        agency = request["jurisdiction"]
    return {
        "agency": agency,
        "tracking_number": request.get("tracking_number") or None,
        "received_on": received_on.isoformat() if received_on is not None else None,
        "request": request["id"],
    }


def _foia_label(request: dict[str, Any], received_on: date | None) -> str:
    """Who was asked and which request, as the agency numbers it: ``ICE 2026-ICFO-55120``."""
    about = _foia_about(request, received_on)
    if about["tracking_number"]:
        return f"{about['agency']} {about['tracking_number']}"
    if about["received_on"]:
        return f"{about['agency']}, received {about['received_on']}"
    return f"{about['agency']}, request {about['request']}"


def foia_response_deadline(request: dict[str, Any]) -> dict[str, Any] | None:
    """The agency's answer date of a FOIA request, once the agency has received it."""
    rid = request["id"]
    where = f"FOIA request {rid}"
    status = request.get("status") or ""
    received_on = _day(request.get("received_on"), where, "received_on")
    # A draft has not gone out, so no clock runs whatever received_on says.
    if received_on is None or status == "draft":
        return None
    response_days = request.get("response_days") if request.get("agency") == "state-local" else None
    try:
        due = foia_response_due(received_on, request.get("extension_days") or 0, response_days=response_days)
    except ValidationError as exc:
        raise ValidationError(exc.reason, where=where, field=exc.field, key=exc.key) from None
    return _deadline(
        "foia-response",
        rid,
        due,
        f"FOIA response due — {_foia_label(request, received_on)}",
        done=status in FOIA_ANSWERED_STATUSES,
        person_id=request.get("subject_person_id"),
        foia_id=rid,
        about=_foia_about(request, received_on),
    )


def foia_appeal_deadline(request: dict[str, Any]) -> dict[str, Any] | None:
    """The last day to appeal an adverse determination on a FOIA request, when there is one."""
    rid = request["id"]
    where = f"FOIA request {rid}"
    adverse_on = _day(request.get("adverse_determination_on"), where, "adverse_determination_on")
    if adverse_on is None:
        return None
    received_on = _day(request.get("received_on"), where, "received_on")
    return _deadline(
        "foia-appeal",
        rid,
        foia_appeal_due(adverse_on),
        f"FOIA appeal due — {_foia_label(request, received_on)}",
        done=bool(request.get("appeal_filed_on")),
        person_id=request.get("subject_person_id"),
        foia_id=rid,
        about=_foia_about(request, received_on),
    )


def bia_appeal_deadline(person: dict[str, Any]) -> dict[str, Any] | None:
    """The BIA appeal date after an immigration judge's decision, when one is recorded."""
    decided_on = _day(person.get("ij_decision_on"), f"person {person['id']}", "ij_decision_on")
    if decided_on is None:
        return None
    return _deadline(
        "bia-appeal",
        person["id"],
        bia_appeal_due(decided_on),
        f"BIA appeal due — IJ decision of {decided_on.isoformat()}",
        person_id=person["id"],
        about={"decided_on": decided_on.isoformat()},
    )


def ftca_claim_deadline(encounter: dict[str, Any]) -> dict[str, Any] | None:
    """The FTCA claim date of an encounter marked as a possible claim."""
    if encounter.get("possible_ftca_claim") is not True:
        return None
    eid = encounter["id"]
    on = _day(encounter.get("occurred_at"), f"encounter {eid}", "occurred_at", may_have_time=True)
    if on is None:
        return None
    place = ", ".join(part for part in ((encounter.get("location") or {}).get(k) for k in ("city", "state")) if part)
    title = f"FTCA claim due — encounter of {on.isoformat()}" + (f" ({place})" if place else "")
    # One per encounter: who among the participants claims is for the attorney to decide.
    return _deadline(
        "ftca-claim",
        eid,
        ftca_claim_due(on),
        title,
        encounter_id=eid,
        about={"occurred_on": on.isoformat(), "place": place or None},
    )


def computed_deadlines(
    foia_requests: Iterable[dict[str, Any]],
    people: Iterable[dict[str, Any]],
    encounters: Iterable[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Every deadline the records imply: FOIA response and appeal, BIA appeal, FTCA claim."""
    out: list[dict[str, Any] | None] = []
    for request in foia_requests:
        out.append(foia_response_deadline(request))
        out.append(foia_appeal_deadline(request))
    out.extend(bia_appeal_deadline(person) for person in people)
    out.extend(ftca_claim_deadline(encounter) for encounter in encounters)
    return [deadline for deadline in out if deadline is not None]


def _sort_key(due: date | datetime, deadline: dict[str, Any]) -> tuple[Any, ...]:
    # All-day deadlines first on their day, then timed ones by the instant they fall on.
    if isinstance(due, datetime):
        return (due.date(), 1, due.timestamp(), deadline.get("id") or "")
    return (due, 0, 0.0, deadline.get("id") or "")


def detail_form(deadline: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """What a deadline is about, as a form and its facts, for each front end to word in its language.

    Forms: ``text`` (``{"text"}``: a stored deadline's title, or the English words after the dash
    of a computed one made before ``about`` was kept), ``tracking`` (``{"agency", "number"}``),
    ``received`` (``{"agency", "date"}``), ``request`` (``{"agency", "request"}``),
    ``ij_decision`` (``{"date"}``), ``encounter`` (``{"date"}``) and ``encounter_place``
    (``{"date", "place"}``). Dates are ISO, for the front end to format.
    """
    title = str(deadline.get("title") or "")
    if not deadline.get("computed"):
        return "text", {"text": title}
    about = deadline.get("about") or {}
    kind = deadline.get("kind")
    if kind in ("foia-response", "foia-appeal") and about.get("agency"):
        agency = str(about["agency"])
        if about.get("tracking_number"):
            return "tracking", {"agency": agency, "number": str(about["tracking_number"])}
        if about.get("received_on"):
            return "received", {"agency": agency, "date": str(about["received_on"])}
        return "request", {"agency": agency, "request": str(about.get("request") or "")}
    if kind == "bia-appeal" and about.get("decided_on"):
        return "ij_decision", {"date": str(about["decided_on"])}
    if kind == "ftca-claim" and about.get("occurred_on"):
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

    Each returned dict is a copy with ``overdue`` added. A date-time counts on the calendar date
    it was written in: a hearing at 08:30 today is not overdue today. Done deadlines are dropped.
    """
    horizon = window_end(today, within_days)
    keyed = []
    for deadline in deadlines:
        if deadline.get("done"):
            continue
        key = order_key(deadline)
        day = key[0]
        overdue = day < today
        if overdue or horizon is None or day <= horizon:
            keyed.append((key, {**deadline, "overdue": overdue}))
    keyed.sort(key=lambda pair: pair[0])
    return [deadline for _, deadline in keyed]

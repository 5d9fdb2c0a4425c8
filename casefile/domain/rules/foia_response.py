"""FOIA response: 20 working days after the agency receives the request (5 U.S.C. 552(a)(6)(A)(i)).

Plus the 0-10 working-day extension for unusual circumstances (552(a)(6)(B)(i)), or the period
the user set for a state or local agency. Without a receipt date the clock still runs from the
latest day the statute lets it start, ten days after the request went out (552(a)(6)(A)(ii)).
The clock is done once an answer, a determination, an appeal, a suit or a closing is recorded.

Tolling (552(a)(6)(A)(ii)(I)-(II)): the agency may stop the clock once to ask for information,
and to clarify fees; it runs again when the agency receives the requester's answer. The working
days used before the stop (the day of the stop counted as used: the earlier date) are taken off
what is left after the answer.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from casefile.domain.dates import (
    FOIA_ANSWER_FIELDS,
    FOIA_ANSWERED_STATUSES,
    add_working_days,
    foia_assumed_receipt,
    foia_response_due,
    working_days_between,
)
from casefile.domain.rules._foia import foia_about, foia_label
from casefile.domain.rules.base import Made, Note, Window, day_of, deadline, rule
from casefile.errors import ValidationError

# response_due is stored when the request is saved, and a later holidays calendar may move a date
# by a day or two: the window is widened by a week and the rule decides.
_SLACK = timedelta(days=7)
_CLOSED = ", ".join(f"'{status}'" for status in ("draft", *sorted(FOIA_ANSWERED_STATUSES)))
_UNANSWERED = " AND ".join(f"coalesce(json_extract(data, '$.{name}'), '') = ''" for name in FOIA_ANSWER_FIELDS)


@rule(
    order=10,
    kind="foia-response",
    source="foia_requests",
    fields=(
        "received_on",
        "submitted_on",
        "extension_days",
        "response_days",
        "status",
        "tolled_on",
        "tolling_ended_on",
        *FOIA_ANSWER_FIELDS,
    ),
    done_when="a response, an adverse determination, an appeal, a suit or a closing is recorded",
    citation="5 U.S.C. 552(a)(6)(A)(i)-(ii), (a)(6)(B)(i)",
    en="20 working days after the agency receives the request, plus any extension for unusual circumstances",
    es="20 días hábiles desde que la agencia recibe la solicitud, más la prórroga por circunstancias inusuales",
    window=Window(
        "foia_requests",
        "response_due",
        -_SLACK,
        _SLACK,
        where=f"response_due != '' AND status NOT IN ({_CLOSED}) AND {_UNANSWERED}",
        index="foia_by_due",
    ),
    candidates="received_on != '' OR coalesce(json_extract(data, '$.submitted_on'), '') != ''",
)
def foia_response_deadline(request: dict[str, Any]) -> dict[str, Any] | None:
    """The agency's answer date of a FOIA request, once it has gone out."""
    rid = request["id"]
    where = f"FOIA request {rid}"
    status = request.get("status") or ""
    received_on = day_of(request.get("received_on"), where, "received_on")
    submitted_on = day_of(request.get("submitted_on"), where, "submitted_on")
    # A draft has not gone out, so no clock runs whatever the dates say.
    if status == "draft" or (received_on is None and submitted_on is None):
        return None
    notes = []
    start = received_on
    if start is None:
        assert submitted_on is not None
        start = foia_assumed_receipt(submitted_on)
        notes.append(
            Note(
                f"No receipt date is recorded: counted as received {start.isoformat()}, ten days after it "
                f"was sent on {submitted_on.isoformat()}, the latest the statute allows (5 U.S.C. "
                "552(a)(6)(A)(ii)); ten calendar days, not working days, gives the earlier date.",
                f"No consta la fecha de recepción: se cuenta como recibida el {start.isoformat()}, diez días "
                f"después del envío del {submitted_on.isoformat()}, lo más tarde que permite la ley (5 U.S.C. "
                "552(a)(6)(A)(ii)); diez días naturales, no hábiles, dan la fecha más temprana.",
            )
        )
    response_days = request.get("response_days") if request.get("agency") == "state-local" else None
    if request.get("agency") == "state-local":
        notes.append(
            Note(
                "A state or local agency: the period is the one entered for its public-records law; "
                "the federal FOIA extension rule does not apply.",
                "Agencia estatal o local: el plazo es el indicado para su ley de registros públicos; "
                "la prórroga federal de FOIA no se aplica.",
            )
        )
    extension = request.get("extension_days") or 0 if request.get("agency") != "state-local" else 0
    try:
        due = foia_response_due(start, extension, response_days=response_days)
    except ValidationError as exc:
        raise ValidationError(exc.reason, where=where, field=exc.field, key=exc.key) from None
    due = _tolled(request, where, start, due, notes)
    done = status in FOIA_ANSWERED_STATUSES or any(request.get(name) for name in FOIA_ANSWER_FIELDS)
    return deadline(
        "foia-response",
        rid,
        Made(
            due,
            f"FOIA response due — {foia_label(request, received_on)}",
            about=foia_about(request, received_on),
            notes=notes,
            done=done,
        ),
        person_id=request.get("subject_person_id"),
        foia_id=rid,
    )


def _tolled(request: dict[str, Any], where: str, start: date, due: date, notes: list[Note]) -> date:
    """``due`` moved by a stop of the clock for information or fees, with a note saying how."""
    tolled_on = day_of(request.get("tolled_on"), where, "tolled_on")
    if tolled_on is None:
        return due
    ended_on = day_of(request.get("tolling_ended_on"), where, "tolling_ended_on")
    if not start <= tolled_on < due:
        notes.append(
            Note(
                f"The clock was stopped on {tolled_on.isoformat()}, outside the response period: the stop is not "
                "counted (552(a)(6)(A)(ii) allows it only while the period runs).",
                f"El plazo se suspendió el {tolled_on.isoformat()}, fuera del periodo de respuesta: no se tiene en "
                "cuenta (552(a)(6)(A)(ii) solo lo permite mientras corre el plazo).",
            )
        )
        return due
    if ended_on is None or ended_on < tolled_on:
        notes.append(
            Note(
                f"The agency stopped the clock on {tolled_on.isoformat()} to ask for information or clarify fees "
                "(552(a)(6)(A)(ii)(I)-(II)); it runs again when the agency receives the answer. Until that date "
                "is entered the date shown ignores the stop (the earlier date).",
                f"La agencia suspendió el plazo el {tolled_on.isoformat()} para pedir información o aclarar tarifas "
                "(552(a)(6)(A)(ii)(I)-(II)); vuelve a correr cuando la agencia recibe la respuesta. Hasta que se "
                "indique esa fecha, la fecha mostrada no tiene en cuenta la suspensión (la más temprana).",
            )
        )
        return due
    left = working_days_between(tolled_on, due)
    moved = add_working_days(ended_on, left)
    notes.append(
        Note(
            f"Clock stopped from {tolled_on.isoformat()} to {ended_on.isoformat()} for information or fees "
            f"(552(a)(6)(A)(ii)(I)-(II)): the {left} working days left run again from {ended_on.isoformat()}.",
            f"Plazo suspendido del {tolled_on.isoformat()} al {ended_on.isoformat()} por información o tarifas "
            f"(552(a)(6)(A)(ii)(I)-(II)): los {left} días hábiles restantes vuelven a correr desde el "
            f"{ended_on.isoformat()}.",
        )
    )
    return max(moved, due)

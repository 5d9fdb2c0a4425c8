"""FOIA expedited processing: the agency decides within 10 days of the request (552(a)(6)(E)(ii)(I)).

5 U.S.C. 552(a)(6)(E)(ii)(I): "within 10 days after the date of the request" — calendar days.
The request's date is taken as the day it was sent when that is recorded (the earlier reading),
else the agency's receipt date. Done once the decision is recorded (``expedited_decided_on``), or
the request is answered, appealed, in court or closed.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from casefile.domain.dates import FOIA_ANSWER_FIELDS, FOIA_ANSWERED_STATUSES
from casefile.domain.rules._foia import foia_about, foia_label
from casefile.domain.rules.base import Made, Note, Window, day_of, deadline, rule

DAYS = 10
_SLACK = timedelta(days=7)


@rule(
    order=15,
    kind="foia-expedited",
    source="foia_requests",
    fields=("expedited_requested", "submitted_on", "received_on", "expedited_decided_on", "status"),
    done_when="the agency's decision on expedited processing is recorded (expedited_decided_on), or the request "
    "is answered, appealed, in court or closed",
    citation="5 U.S.C. 552(a)(6)(E)(ii)(I)",
    en="The agency must decide a request for expedited processing within 10 days of the request",
    es="La agencia debe resolver la solicitud de tramitación urgente dentro de los 10 días siguientes a la solicitud",
    window=Window(
        "foia_requests", "expedited_due", -_SLACK, _SLACK, where="expedited_due != ''", index="foia_expedited_by_due"
    ),
    candidates="json_extract(data, '$.expedited_requested') = 1",
)
def foia_expedited_deadline(request: dict[str, Any]) -> dict[str, Any] | None:
    """When the agency owes its decision on expedited processing."""
    rid = request["id"]
    if request.get("expedited_requested") is not True or request.get("agency") in ("state-local", "other"):
        return None
    where = f"FOIA request {rid}"
    status = request.get("status") or ""
    submitted = day_of(request.get("submitted_on"), where, "submitted_on")
    received = day_of(request.get("received_on"), where, "received_on")
    start = submitted or received
    if start is None or status == "draft":
        return None
    notes = []
    if submitted is None:
        notes.append(
            Note(
                "Counted from the receipt date: the date the request was sent is not recorded.",
                "Contado desde la fecha de recepción: no consta la fecha de envío de la solicitud.",
            )
        )
    done = (
        bool(request.get("expedited_decided_on"))
        or status in FOIA_ANSWERED_STATUSES
        or any(request.get(name) for name in FOIA_ANSWER_FIELDS)
    )
    return deadline(
        "foia-expedited",
        rid,
        Made(
            start + timedelta(days=DAYS),
            f"FOIA expedited-processing decision due — {foia_label(request, received)}",
            about=foia_about(request, received),
            notes=notes,
            done=done,
        ),
        person_id=request.get("subject_person_id"),
        foia_id=rid,
    )

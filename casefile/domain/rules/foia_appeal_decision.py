"""FOIA appeal decision: 20 working days after the appeal is received (552(a)(6)(A)(ii)).

5 U.S.C. 552(a)(6)(A)(ii) ("within twenty days (excepting Saturdays, Sundays, and legal public
holidays) after the receipt of such appeal"), plus any extension for unusual circumstances
(552(a)(6)(B)(i)). Without ``appeal_received_on`` the day it was filed is used: the earlier date,
said in a note. Done once the decision is recorded (``appeal_decided_on``) or a suit is filed.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from casefile.domain.dates import FOIA_RESPONSE_WORKING_DAYS, add_working_days
from casefile.domain.rules._foia import foia_about, foia_label
from casefile.domain.rules.base import Made, Note, Window, day_of, deadline, rule

_SLACK = timedelta(days=7)


def appeal_received(request: dict[str, Any]) -> tuple[Any, list[Note]]:
    """The day the agency received the appeal, or the day it was filed (earlier), with why."""
    where = f"FOIA request {request['id']}"
    received = day_of(request.get("appeal_received_on"), where, "appeal_received_on")
    if received is not None:
        return received, []
    filed = day_of(request.get("appeal_filed_on"), where, "appeal_filed_on")
    if filed is None:
        return None, []
    return filed, [
        Note(
            "The appeal's receipt date is not recorded: counted from the day it was filed, the earlier date.",
            "No consta la fecha de recepción de la apelación: se cuenta desde el día en que se presentó, la "
            "fecha más temprana.",
        )
    ]


def appeal_decision_due(request: dict[str, Any]) -> tuple[Any, list[Note]]:
    start, notes = appeal_received(request)
    if start is None or request.get("agency") in ("state-local", "other"):
        return None, []
    return add_working_days(start, FOIA_RESPONSE_WORKING_DAYS), notes


@rule(
    order=30,
    kind="foia-appeal-decision",
    source="foia_requests",
    fields=("appeal_filed_on", "appeal_received_on", "appeal_decided_on", "litigation_filed_on"),
    done_when="the appeal decision (appeal_decided_on) or a suit (litigation_filed_on) is recorded",
    citation="5 U.S.C. 552(a)(6)(A)(ii)",
    en="The agency must decide an administrative appeal within 20 working days after receiving it",
    es="La agencia debe resolver la apelación administrativa dentro de los 20 días hábiles siguientes a su recepción",
    window=Window(
        "foia_requests",
        "appeal_decision_due",
        -_SLACK,
        _SLACK,
        where="appeal_decision_due != ''",
        index="foia_appeal_decisions_by_due",
    ),
    candidates="coalesce(json_extract(data, '$.appeal_filed_on'), json_extract(data, '$.appeal_received_on'), '') "
    "!= ''",
)
def foia_appeal_decision_deadline(request: dict[str, Any]) -> dict[str, Any] | None:
    """When the agency owes its decision on the administrative appeal."""
    due, notes = appeal_decision_due(request)
    if due is None:
        return None
    rid = request["id"]
    received = day_of(request.get("received_on"), f"FOIA request {rid}", "received_on")
    return deadline(
        "foia-appeal-decision",
        rid,
        Made(
            due,
            f"FOIA appeal decision due — {foia_label(request, received)}",
            about=foia_about(request, received),
            notes=notes,
            done=bool(request.get("appeal_decided_on") or request.get("litigation_filed_on")),
        ),
        person_id=request.get("subject_person_id"),
        foia_id=rid,
    )

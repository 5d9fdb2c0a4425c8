"""FOIA constructive exhaustion: suit may be filed once the appeal decision is late (552(a)(6)(C)(i)).

5 U.S.C. 552(a)(6)(C)(i): a requester "shall be deemed to have exhausted his administrative
remedies" when the agency fails to comply with the time limits. The date shown is the first day
after the appeal decision was due (see ``foia_appeal_decision``); this is a date from which to
act, not one to miss, and an agency's answer before suit can still matter (Oglesby v. U.S. Dep't
of the Army, 920 F.2d 57 (D.C. Cir. 1990)). Done once the decision or a suit is recorded.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from casefile.domain.rules._foia import foia_about, foia_label
from casefile.domain.rules.base import Made, Note, Window, day_of, deadline, rule
from casefile.domain.rules.foia_appeal_decision import appeal_decision_due

_SLACK = timedelta(days=7)


@rule(
    opens=True,
    order=40,
    kind="foia-exhaustion",
    source="foia_requests",
    fields=("appeal_filed_on", "appeal_received_on", "appeal_decided_on", "litigation_filed_on"),
    done_when="the appeal decision (appeal_decided_on) or a suit (litigation_filed_on) is recorded",
    citation="5 U.S.C. 552(a)(6)(C)(i)",
    en="If the agency misses the time limit for deciding the appeal, administrative remedies are deemed "
    "exhausted and suit may be filed",
    es="Si la agencia no resuelve la apelación en plazo, se consideran agotadas las vías administrativas y "
    "puede presentarse la demanda",
    window=Window(
        "foia_requests",
        "appeal_decision_due",
        timedelta(days=1) - _SLACK,
        timedelta(days=1) + _SLACK,
        where="appeal_decision_due != ''",
        index="foia_appeal_decisions_by_due",
    ),
    candidates="coalesce(json_extract(data, '$.appeal_filed_on'), json_extract(data, '$.appeal_received_on'), '') "
    "!= ''",
)
def foia_exhaustion_deadline(request: dict[str, Any]) -> dict[str, Any] | None:
    """The first day suit may be filed on a FOIA appeal the agency has not decided."""
    due, notes = appeal_decision_due(request)
    if due is None:
        return None
    rid = request["id"]
    received = day_of(request.get("received_on"), f"FOIA request {rid}", "received_on")
    notes = [
        *notes,
        Note(
            "A date from which suit may be filed, not a deadline; an answer from the agency before suit can still "
            "require the appeal to be finished first.",
            "Fecha a partir de la cual puede demandarse, no un plazo que vence; una respuesta de la agencia antes "
            "de la demanda puede obligar a terminar la apelación.",
        ),
    ]
    return deadline(
        "foia-exhaustion",
        rid,
        Made(
            due + timedelta(days=1),
            f"FOIA suit possible (appeal undecided) — {foia_label(request, received)}",
            about=foia_about(request, received),
            notes=notes,
            done=bool(request.get("appeal_decided_on") or request.get("litigation_filed_on")),
        ),
        person_id=request.get("subject_person_id"),
        foia_id=rid,
    )

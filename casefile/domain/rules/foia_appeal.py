"""FOIA administrative appeal: by the agency's own rule, from the adverse determination.

DHS components: the appeal must be received within 90 working days (6 CFR 5.8(a)(1)); DOJ
components (EOIR, FBI): postmarked or sent within 90 calendar days (28 CFR 16.8(a)); the statute
guarantees at least 90 days (5 U.S.C. 552(a)(6)(A)(i)(III)(aa)). A state or local agency, or
``other``: no federal window is invented, so no date.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from casefile.domain.dates import DHS_COMPONENTS, DOJ_COMPONENTS, EXECUTIVE_ORDER_CLOSURES, foia_appeal_due
from casefile.domain.rules._foia import foia_about, foia_label
from casefile.domain.rules.base import Made, Note, Window, day_of, deadline, no_roll_note, rule

_SLACK = timedelta(days=7)


@rule(
    order=20,
    kind="foia-appeal",
    source="foia_requests",
    fields=("agency", "adverse_determination_on", "appeal_filed_on", "status"),
    done_when="the appeal is filed (appeal_filed_on) or the request is closed",
    citation="6 CFR 5.8(a)(1) (DHS: 90 working days); 28 CFR 16.8(a) (DOJ: 90 days); 5 U.S.C. 552(a)(6)(A)(i)",
    en="Appeal an adverse determination within 90 working days (DHS components) or 90 days (DOJ components)",
    es="Apelar una determinación adversa dentro de 90 días hábiles (componentes del DHS) o 90 días (del DOJ)",
    window=Window(
        "foia_requests",
        "appeal_due",
        -_SLACK,
        _SLACK,
        where="appeal_due != '' AND (json_type(data, '$.appeal_filed_on') IS NOT 'text' "
        "OR json_extract(data, '$.appeal_filed_on') = '')",
        index="foia_appeals_by_due",
    ),
    candidates="json_extract(data, '$.adverse_determination_on') IS NOT NULL",
)
def foia_appeal_deadline(request: dict[str, Any]) -> dict[str, Any] | None:
    """The last day to appeal an adverse determination, when there is one and a rule applies."""
    rid = request["id"]
    where = f"FOIA request {rid}"
    adverse_on = day_of(request.get("adverse_determination_on"), where, "adverse_determination_on")
    if adverse_on is None:
        return None
    agency = request.get("agency") or ""
    due = foia_appeal_due(adverse_on, agency)
    if due is None:
        return None
    notes = []
    if agency in DHS_COMPONENTS:
        closed = [c for c in EXECUTIVE_ORDER_CLOSURES if adverse_on < c.day <= due]
        if closed:
            notes.append(
                Note(
                    "Counted as working days although federal offices were closed by executive order on "
                    + ", ".join(f"{c.day.isoformat()} ({c.source})" for c in closed)
                    + ": whether such a day is a working day is unsettled, so the earlier date is shown.",
                    "Contados como días hábiles aunque las oficinas federales cerraron por orden ejecutiva el "
                    + ", ".join(f"{c.day.isoformat()} ({c.source})" for c in closed)
                    + ": no está claro si ese día es hábil, así que se muestra la fecha más temprana.",
                )
            )
    if agency in DOJ_COMPONENTS:
        note = no_roll_note(due, "28 CFR 16.8(a)")
        if note is not None:
            notes.append(note)
    received_on = day_of(request.get("received_on"), where, "received_on")
    return deadline(
        "foia-appeal",
        rid,
        Made(
            due,
            f"FOIA appeal due — {foia_label(request, received_on)}",
            about=foia_about(request, received_on),
            notes=notes,
            done=bool(request.get("appeal_filed_on")) or request.get("status") == "closed",
        ),
        person_id=request.get("subject_person_id"),
        foia_id=rid,
    )

"""OGIS mediation of a FOIA request: when it was asked for, OGIS's case number, when and how it closed.

The Office of Government Information Services (National Archives) "shall offer mediation services
to resolve disputes between persons making requests under this section and administrative
agencies as a non-exclusive alternative to litigation" (5 U.S.C. 552(h)(3)). An agency's adverse
determination must tell the requester of "the right ... to seek dispute resolution services from
the FOIA Public Liaison of the agency or the Office of Government Information Services" (5 U.S.C.
552(a)(6)(A)(i)(III)(bb)).

Mediation stops no clock. The statute gives it no effect on any time limit, and neither
department's regulation tolls or extends the appeal time for it: DHS counts the appeal's 90
working days "after the date of the component's response" (6 CFR 5.8(a)(1)) and DOJ its 90 days
after the response (28 CFR 16.8(a)), with no exception for mediation; what each section says of
OGIS is that dispute resolution is voluntary. The citation shown is the appeal-time paragraph
itself, the one rule that certainly governs (the OGIS paragraph's letter is not cited, having not
been checked against the current CFR here). So the appeal deadline is computed without tolling —
the earlier date, as the project computes an uncertain rule — and every place that shows the
mediation says so.
The fields live in the request's record (``casefile.domain.record_types.foia_requests``).
"""

from __future__ import annotations

from typing import Any

from casefile.domain.dates import DHS_COMPONENTS, DOJ_COMPONENTS
from casefile.errors import ValidationError

MEDIATION = "5 U.S.C. 552(h)(3)"
NOTICE = "5 U.S.C. 552(a)(6)(A)(i)(III)(bb)"
NO_TOLLING_DHS = "6 CFR 5.8(a)(1)"
NO_TOLLING_DOJ = "28 CFR 16.8(a)"
FIELDS = ("ogis_requested_on", "ogis_case_number", "ogis_closed_on", "ogis_outcome")


def check_ogis(record: dict[str, Any], where: str) -> None:
    """A mediation closes after it was asked for, and has an outcome only once closed."""
    requested, closed = record.get("ogis_requested_on"), record.get("ogis_closed_on")
    if (closed or record.get("ogis_case_number")) and not requested:
        field = "ogis_closed_on" if closed else "ogis_case_number"
        raise ValidationError(
            "OGIS mediation: enter the day it was asked for (ogis_requested_on) first", where=where, field=field
        )
    if record.get("ogis_outcome") and not closed:
        raise ValidationError(
            "OGIS mediation: an outcome needs the day OGIS closed its case (ogis_closed_on)",
            where=where,
            field="ogis_outcome",
        )
    if requested and closed and str(closed)[:10] < str(requested)[:10]:
        raise ValidationError(
            f"OGIS mediation: closed on {closed}, before it was asked for on {requested}",
            where=where,
            field="ogis_closed_on",
        )


def mediation(request: dict[str, Any]) -> dict[str, Any] | None:
    """The request's mediation as recorded (``open`` while OGIS has not closed it), or None."""
    if not request.get("ogis_requested_on"):
        return None
    return {
        "requested_on": str(request["ogis_requested_on"])[:10],
        "case_number": request.get("ogis_case_number") or "",
        "closed_on": str(request.get("ogis_closed_on") or "")[:10],
        "outcome": request.get("ogis_outcome") or "",
        "open": not request.get("ogis_closed_on"),
        "citation": MEDIATION,
    }


def no_tolling_rule(agency: str) -> str:
    """The regulation that says how the appeal time runs for ``agency`` (without mediation tolling it)."""
    if agency in DHS_COMPONENTS:
        return NO_TOLLING_DHS
    if agency in DOJ_COMPONENTS:
        return NO_TOLLING_DOJ
    return "the agency's own FOIA regulation"


def appeal_note(request: dict[str, Any]) -> dict[str, str] | None:
    """What mediation does to the appeal deadline, for a request with mediation recorded, or None.

    ``{"rule", "due", "filed"}``: the regulation, the appeal's last day computed without tolling
    ('' when there is no adverse determination or no federal rule), the day it was filed ('' if not).
    """
    from casefile.domain.rules.foia_appeal import foia_appeal_deadline

    if not request.get("ogis_requested_on"):
        return None
    found = foia_appeal_deadline({"id": request.get("id") or "new", **request})
    return {
        "rule": no_tolling_rule(str(request.get("agency") or "")),
        "due": found["due"] if found else "",
        "filed": str(request.get("appeal_filed_on") or "")[:10],
    }


def sentence(request: dict[str, Any]) -> str:
    """The mediation and its effect on the appeal, in English, for the CLI and the chronology."""
    found, note = mediation(request), appeal_note(request)
    if found is None or note is None:
        return ""
    text = f"OGIS mediation ({MEDIATION}) requested on {found['requested_on']}"
    if found["case_number"]:
        text += f", OGIS case {found['case_number']}"
    if found["closed_on"]:
        text += f"; closed on {found['closed_on']}" + (f" ({found['outcome']})" if found["outcome"] else "")
    else:
        text += "; open"
    text += f". Mediation does not toll the appeal deadline ({note['rule']})"
    if note["filed"]:
        return text + f"; the appeal was filed on {note['filed']}."
    if note["due"]:
        return text + f": the appeal is due by {note['due']}, computed without tolling — verify."
    return text + "."

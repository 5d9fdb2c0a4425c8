"""BIA appeal of an immigration judge's decision: 30 days, rolled forward (8 CFR 1003.38(b)).

The 30 days run from an oral decision, or from the mailing or electronic service of a written
one; the person record keeps that date (``ij_decision_on``) and how the decision was served
(``ij_decision_service``). A last day on a Saturday, Sunday or legal holiday moves to the next
business day; Inauguration Day is a legal holiday at the Board in Falls Church (5 U.S.C.
6103(c)). Days closed by executive order are not counted as holidays: the date stays the
earlier one and the deadline says which closure might move it.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from casefile.domain.dates import BIA_APPEAL_CALENDAR_DAYS, bia_appeal_due
from casefile.domain.rules.base import Made, Note, Window, closure_note, day_of, deadline, rule

# Ways a decision reaches the parties; the clock runs from the decision or the service.
SERVICE = {
    "oral": ("the oral decision", "la decisión oral"),
    "mail": ("mailing of the written decision", "el envío por correo de la decisión escrita"),
    "electronic": ("electronic service of the written decision", "la notificación electrónica de la decisión escrita"),
}
DONE_STATUSES = frozenset({"filed", "waived"})
_AFTER = timedelta(days=BIA_APPEAL_CALENDAR_DAYS)
# The longest roll forward: a weekend next to a Monday holiday, or Christmas and New Year's days
# observed beside one; a week bounds it.
_ROLL = timedelta(days=7)
CITATION = "8 CFR 1003.38(b)"
EN = (
    "Notice of appeal due at the BIA within 30 days of the oral decision or of the mailing or electronic "
    "service of the written decision; a last day on a weekend or legal holiday moves to the next business day"
)
ES = (
    "El aviso de apelación debe llegar a la BIA dentro de 30 días desde la decisión oral o desde el envío por "
    "correo o la notificación electrónica de la decisión escrita; si el último día cae en fin de semana o "
    "feriado legal, pasa al siguiente día hábil"
)
UNKNOWN_SERVICE = Note(
    "How the decision was served is not recorded: the 30 days are counted from the date entered, "
    "which must be the oral decision or the mailing or electronic service of the written one.",
    "No consta cómo se notificó la decisión: los 30 días se cuentan desde la fecha indicada, que debe "
    "ser la de la decisión oral o la del envío o notificación electrónica de la decisión escrita.",
)


def appeal_notes(service: Any, due: date) -> list[Note]:
    """What the date assumes: the service when it is not recorded, and closures that might move it."""
    notes = [] if service in SERVICE else [UNKNOWN_SERVICE]
    note = closure_note(due, dc_area=True)
    if note is not None:
        notes.append(note)
    return notes


@rule(
    order=10,
    kind="bia-appeal",
    source="people",
    fields=("ij_decision_on", "ij_decision_service", "bia_appeal_status"),
    done_when="the appeal is filed or waived (bia_appeal_status)",
    citation=CITATION,
    en=EN,
    es=ES,
    window=Window(
        "people",
        "ij_decision_on",
        _AFTER,
        _AFTER + _ROLL,
        where="ij_decision_on != ''",
        index="people_ij_by_date",
        with_data=False,
    ),
    candidates="ij_decision_on != ''",
)
def bia_appeal_deadline(person: dict[str, Any]) -> dict[str, Any] | None:
    """The BIA appeal date after an immigration judge's decision, when one is recorded."""
    decided_on = day_of(person.get("ij_decision_on"), f"person {person['id']}", "ij_decision_on")
    if decided_on is None:
        return None
    due = bia_appeal_due(decided_on)
    service = person.get("ij_decision_service")
    notes = appeal_notes(service, due)
    about: dict[str, Any] = {"decided_on": decided_on.isoformat()}
    if service in SERVICE:
        about["service"] = service
    return deadline(
        "bia-appeal",
        person["id"],
        Made(
            due,
            f"BIA appeal due — IJ decision of {decided_on.isoformat()}",
            about=about,
            notes=notes,
            done=person.get("bia_appeal_status") in DONE_STATUSES,
        ),
        person_id=person["id"],
    )

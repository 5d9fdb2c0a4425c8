"""Voluntary departure: leave by the end of the period the judge granted (8 CFR 1240.26).

The hearing record gives the decision (``voluntary-departure``) and the days granted
(``vd_days``): up to 120 before the proceedings end (INA 240B(a)(2)(A)), up to 60 at their
conclusion (INA 240B(b)(2)). The period runs from the judge's order. An oral order is made at the
hearing; a written one may be dated later, but never before the hearing: the days are counted from
the hearing day, the earlier reading, and when the record's decision date is later the deadline
says what the last day would be from it. 1240.26 does not move a last day off a weekend or holiday:
it is not moved, and says so.

An appeal to the Board filed in time (the hearing's ``appeal_status``) stays the judge's order,
so this period does not run out while it is pending (the Board sets the period again if it
affirms): the deadline is done, and the attorney must prove the bond to the Board within 30 days
of the appeal (1240.26(c)(3)). Not computed: the voluntary departure bond, due within five
business days of the order (1240.26(c)(3)), which a note names.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from casefile.domain.rules.base import Made, Note, Window, day_of, deadline, no_roll_note, rule

# The hearing day is the UTC day of starts_at or one either side; 120 days at most are granted.
_WINDOW = Window(
    "hearings",
    "starts_at",
    timedelta(days=0),
    timedelta(days=121),
    where="result = 'decision' AND json_extract(data, '$.vd_days') IS NOT NULL",
    index="hearings_by_when",
)
BOND_NOTE = Note(
    "A grant at the conclusion of proceedings requires a voluntary departure bond posted with DHS within five "
    "business days of the order (8 CFR 1240.26(c)(3)). Failing to depart in time brings a civil penalty and a "
    "ten-year bar to relief (INA 240B(d)).",
    "La concesión al concluir el procedimiento exige depositar ante el DHS una fianza de salida voluntaria dentro "
    "de los cinco días hábiles siguientes a la orden (8 CFR 1240.26(c)(3)). No salir a tiempo conlleva una multa "
    "civil y la inelegibilidad por diez años para beneficios (INA 240B(d)).",
)


@rule(
    order=30,
    kind="voluntary-departure",
    source="hearings",
    fields=("decision", "vd_days", "starts_at", "decision_on", "appeal_status"),
    done_when="an appeal to the BIA is filed (the hearing's appeal_status): the Board sets the period again",
    citation="INA 240B(a)(2)(A), (b)(2), 8 U.S.C. 1229c; 8 CFR 1240.26",
    en="Depart by the end of the voluntary departure period the immigration judge granted (up to 120 days before "
    "the proceedings end, up to 60 at their conclusion), counted from the order",
    es="Salga antes del fin del plazo de salida voluntaria que concedió el juez de inmigración (hasta 120 días "
    "antes de que termine el procedimiento, hasta 60 al concluir), contado desde la orden",
    window=_WINDOW,
    candidates="result = 'decision' AND json_extract(data, '$.vd_days') IS NOT NULL",
)
def voluntary_departure_deadline(hearing: dict[str, Any]) -> dict[str, Any] | None:
    """The last day of the voluntary departure period, from the hearing day."""
    if hearing.get("decision") != "voluntary-departure" or not hearing.get("vd_days"):
        return None
    where = f"hearing {hearing['id']}"
    # The hearing's calendar day as recorded (record_types.hearings.hearing_day; not imported: the
    # record types import the rules).
    heard = day_of(str(hearing.get("starts_at") or "")[:10], where, "starts_at")
    if heard is None:
        return None
    days = timedelta(days=int(hearing["vd_days"]))
    due = heard + days
    notes = [BOND_NOTE]
    decided = day_of(hearing.get("decision_on"), where, "decision_on")
    if decided is not None and decided > heard:
        later = (decided + days).isoformat()
        notes.append(
            Note(
                f"Counted from the hearing day ({heard.isoformat()}), the earliest the order can be dated. If the "
                f"period runs from the written decision of {decided.isoformat()}, the last day is {later}. "
                "Depart by the earlier date shown unless the order says otherwise.",
                f"Contado desde el día de la audiencia ({heard.isoformat()}), lo más pronto que puede fecharse la "
                f"orden. Si el plazo corre desde la decisión escrita del {decided.isoformat()}, el último día es el "
                f"{later}. Salga antes de la fecha más temprana indicada salvo que la orden diga otra cosa.",
            )
        )
    note = no_roll_note(due, "8 CFR 1240.26")
    if note is not None:
        notes.append(note)
    return deadline(
        "voluntary-departure",
        hearing["id"],
        Made(
            due,
            f"Voluntary departure period ends — {hearing['vd_days']} days granted on {heard.isoformat()}",
            about={"decided_on": heard.isoformat()},
            notes=notes,
            done=hearing.get("appeal_status") == "filed",
        ),
        person_id=hearing.get("person_id"),
    )

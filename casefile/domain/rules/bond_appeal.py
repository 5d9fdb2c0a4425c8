"""Appeal of a bond redetermination to the BIA: 30 days, rolled forward (8 CFR 1003.38(b), 1003.19(f)).

1003.19(f) sends bond appeals to the Board under 1003.38; so the 30 days run from the oral
decision or the mailing or electronic service of the written one, and a last day on a Saturday,
Sunday or legal holiday (Inauguration Day included at Falls Church) moves to the next business
day. Executive-order closures do not move it: the deadline names them.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from casefile.domain.dates import BIA_APPEAL_CALENDAR_DAYS, bia_appeal_due
from casefile.domain.rules.base import Made, Window, closure_note, day_of, deadline, rule

DONE_STATUSES = frozenset({"filed", "waived"})
_AFTER = timedelta(days=BIA_APPEAL_CALENDAR_DAYS)
CITATION = "8 CFR 1003.19(f), 1003.38(b)"
EN = (
    "An appeal of a bond redetermination is due at the BIA within 30 days of the decision; a last day on a "
    "weekend or legal holiday moves to the next business day"
)
ES = (
    "La apelación de la redeterminación de fianza debe llegar a la BIA dentro de 30 días desde la decisión; "
    "si el último día cae en fin de semana o feriado legal, pasa al siguiente día hábil"
)


@rule(
    order=50,
    kind="bond-appeal",
    source="people",
    fields=("bond_decision_on", "bond_appeal_status"),
    done_when="the bond appeal is filed or waived (bond_appeal_status)",
    citation=CITATION,
    en=EN,
    es=ES,
    window=Window(
        "people",
        "bond_decision_on",
        _AFTER,
        _AFTER + timedelta(days=7),
        where="bond_decision_on != ''",
        index="people_bond_by_date",
        with_data=False,
    ),
    candidates="bond_decision_on != ''",
)
def bond_appeal_deadline(person: dict[str, Any]) -> dict[str, Any] | None:
    """The last day to appeal an immigration judge's bond decision."""
    decided = day_of(person.get("bond_decision_on"), f"person {person['id']}", "bond_decision_on")
    if decided is None:
        return None
    due = bia_appeal_due(decided)
    note = closure_note(due, dc_area=True)
    return deadline(
        "bond-appeal",
        person["id"],
        Made(
            due,
            f"Bond appeal due — bond decision of {decided.isoformat()}",
            about={"decided_on": decided.isoformat()},
            notes=[note] if note else [],
            done=person.get("bond_appeal_status") in DONE_STATUSES,
        ),
        person_id=person["id"],
    )

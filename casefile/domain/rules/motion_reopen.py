"""Motion to reopen: within 90 days of the final administrative order (INA 240(c)(7)(C)(i)).

8 U.S.C. 1229a(c)(7)(C)(i); 8 CFR 1003.23(b)(1) (before the immigration judge) and 1003.2(c)(2)
(before the Board). Neither the statute nor those rules move a last day that falls on a weekend
or holiday, so the date is not moved (the earlier, safe reading) and the deadline says so. The
exceptions (asylum on changed country conditions, 240(c)(7)(C)(ii); battered spouses, (iv)) and
equitable tolling are for the attorney to weigh: a note names them.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from casefile.domain.rules._removal import final_order, final_order_window
from casefile.domain.rules.base import Made, Note, deadline, no_roll_note, rule

DAYS = 90


@rule(
    order=20,
    kind="motion-to-reopen",
    source="people",
    fields=("final_order_on", "motion_reopen_filed_on"),
    done_when="a motion to reopen is filed (motion_reopen_filed_on)",
    citation="INA 240(c)(7)(C)(i), 8 U.S.C. 1229a(c)(7)(C)(i); 8 CFR 1003.23(b)(1), 1003.2(c)(2)",
    en="A motion to reopen must be filed within 90 days of the final administrative order of removal",
    es="La moción de reapertura debe presentarse dentro de los 90 días siguientes a la orden administrativa "
    "final de deportación",
    window=final_order_window(DAYS),
    candidates="final_order_on != ''",
)
def motion_to_reopen_deadline(person: dict[str, Any]) -> dict[str, Any] | None:
    """The last day to move to reopen, from the final order."""
    ordered = final_order(person)
    if ordered is None:
        return None
    due = ordered + timedelta(days=DAYS)
    notes = [
        Note(
            "Exceptions not computed here: changed country conditions for asylum (INA 240(c)(7)(C)(ii)), "
            "battered spouses and children ((C)(iv)), and equitable tolling.",
            "Excepciones que no se calculan aquí: cambio de condiciones en el país para asilo (INA "
            "240(c)(7)(C)(ii)), cónyuges e hijos maltratados ((C)(iv)) y suspensión equitativa del plazo.",
        )
    ]
    note = no_roll_note(due, "INA 240(c)(7)(C)(i)")
    if note is not None:
        notes.append(note)
    return deadline(
        "motion-to-reopen",
        person["id"],
        Made(
            due,
            f"Motion to reopen due — final order of {ordered.isoformat()}",
            about={"final_order_on": ordered.isoformat()},
            notes=notes,
            done=bool(person.get("motion_reopen_filed_on")),
        ),
        person_id=person["id"],
    )

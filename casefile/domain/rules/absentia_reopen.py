"""Reopening an in-absentia order: 180 days for exceptional circumstances (INA 240(b)(5)(C)(i)).

8 U.S.C. 1229a(b)(5)(C)(i); 8 CFR 1003.23(b)(4)(ii). A motion showing that the person did not
receive notice of the hearing (or was in custody and failed to appear through no fault of their
own) may be filed at any time (240(b)(5)(C)(ii)): no time limit, which the deadline says in words
since it has no date. No roll forward is written into the rule: a last day on a weekend or holiday
is not moved.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from casefile.domain.rules._removal import final_order, final_order_window
from casefile.domain.rules.base import Made, Note, deadline, no_roll_note, rule

DAYS = 180


@rule(
    order=40,
    kind="absentia-reopen",
    source="people",
    fields=("final_order_on", "in_absentia", "motion_reopen_filed_on"),
    done_when="a motion to reopen is filed (motion_reopen_filed_on)",
    citation="INA 240(b)(5)(C)(i)-(ii), 8 U.S.C. 1229a(b)(5)(C); 8 CFR 1003.23(b)(4)(ii)",
    en="A motion to reopen an in-absentia order for exceptional circumstances must be filed within 180 days of "
    "the order; one for lack of notice has no time limit",
    es="La moción de reapertura de una orden en ausencia por circunstancias excepcionales debe presentarse "
    "dentro de los 180 días siguientes a la orden; la basada en falta de notificación no tiene plazo",
    window=final_order_window(DAYS, with_data=True),
    candidates="final_order_on != '' AND json_extract(data, '$.in_absentia') = 1",
)
def absentia_reopen_deadline(person: dict[str, Any]) -> dict[str, Any] | None:
    """The last day to reopen an in-absentia order for exceptional circumstances."""
    if person.get("in_absentia") is not True:
        return None
    ordered = final_order(person)
    if ordered is None:
        return None
    due = ordered + timedelta(days=DAYS)
    notes = [
        Note(
            "Lack of notice: no time limit. A motion showing the notice of hearing was not received, or that "
            "the person was in custody and failed to appear through no fault of their own, may be filed at any "
            "time (INA 240(b)(5)(C)(ii)).",
            "Falta de notificación: sin plazo. La moción que demuestre que no se recibió la notificación de la "
            "audiencia, o que la persona estaba detenida y no compareció sin culpa suya, puede presentarse en "
            "cualquier momento (INA 240(b)(5)(C)(ii)).",
        )
    ]
    note = no_roll_note(due, "INA 240(b)(5)(C)(i)")
    if note is not None:
        notes.append(note)
    return deadline(
        "absentia-reopen",
        person["id"],
        Made(
            due,
            f"Motion to reopen in-absentia order due (exceptional circumstances) — order of {ordered.isoformat()}",
            about={"final_order_on": ordered.isoformat()},
            notes=notes,
            done=bool(person.get("motion_reopen_filed_on")),
        ),
        person_id=person["id"],
    )

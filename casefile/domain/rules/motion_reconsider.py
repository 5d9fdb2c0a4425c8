"""Motion to reconsider: within 30 days of the final administrative order (INA 240(c)(6)(B)).

8 U.S.C. 1229a(c)(6)(B); 8 CFR 1003.23(b)(1), 1003.2(b)(2). No roll forward is written into the
rule, so a last day on a weekend or holiday is not moved (the earlier reading) and says so.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from casefile.domain.rules._removal import final_order, final_order_window
from casefile.domain.rules.base import Made, deadline, no_roll_note, rule

DAYS = 30


@rule(
    order=30,
    kind="motion-to-reconsider",
    source="people",
    fields=("final_order_on", "motion_reconsider_filed_on"),
    done_when="a motion to reconsider is filed (motion_reconsider_filed_on)",
    citation="INA 240(c)(6)(B), 8 U.S.C. 1229a(c)(6)(B); 8 CFR 1003.23(b)(1), 1003.2(b)(2)",
    en="A motion to reconsider must be filed within 30 days of the final administrative order of removal",
    es="La moción de reconsideración debe presentarse dentro de los 30 días siguientes a la orden "
    "administrativa final de deportación",
    window=final_order_window(DAYS),
    candidates="final_order_on != ''",
)
def motion_to_reconsider_deadline(person: dict[str, Any]) -> dict[str, Any] | None:
    """The last day to move to reconsider, from the final order."""
    ordered = final_order(person)
    if ordered is None:
        return None
    due = ordered + timedelta(days=DAYS)
    note = no_roll_note(due, "INA 240(c)(6)(B)")
    return deadline(
        "motion-to-reconsider",
        person["id"],
        Made(
            due,
            f"Motion to reconsider due — final order of {ordered.isoformat()}",
            about={"final_order_on": ordered.isoformat()},
            notes=[note] if note else [],
            done=bool(person.get("motion_reconsider_filed_on")),
        ),
        person_id=person["id"],
    )

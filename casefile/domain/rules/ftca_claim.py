"""FTCA administrative claim: presented to the agency within two years (28 U.S.C. 2401(b)).

Counted from the encounter the user marks as a possible claim; 29 February falls back to the
28th two years later (the earlier, safe reading). Done once the claim is presented.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from casefile.domain.dates import FTCA_CLAIM_YEARS, ftca_claim_due
from casefile.domain.rules.base import Made, Window, day_of, deadline, no_roll_note, rule

# occurred_at is kept in UTC; the rule counts from the date in the offset it was written in,
# which is at most a day either side (offsets run from -12:00 to +14:00).
UTC_DAY = timedelta(days=1)
CLAIMS = "SELECT rid FROM encounters WHERE ftca_claim = 1 AND deleted_at IS NULL"


def encounter_place(encounter: dict[str, Any]) -> str:
    location = encounter.get("location") or {}
    return ", ".join(part for part in (location.get(k) for k in ("city", "state")) if part)


@rule(
    order=10,
    kind="ftca-claim",
    source="encounters",
    fields=("possible_ftca_claim", "occurred_at", "ftca_presented_on"),
    done_when="the claim is presented to the agency (ftca_presented_on)",
    citation="28 U.S.C. 2401(b)",
    en="An FTCA claim must be presented in writing to the agency within two years after it accrues",
    es="El reclamo FTCA debe presentarse por escrito a la agencia dentro de los dos años siguientes a los hechos",
    window=Window(
        "encounters",
        "occurred_at",
        timedelta(days=365 * FTCA_CLAIM_YEARS) - UTC_DAY,
        timedelta(days=366 * FTCA_CLAIM_YEARS) + UTC_DAY,
        where=f"rid IN ({CLAIMS})",
        index="encounters_by_time",
    ),
    candidates="ftca_claim = 1",
)
def ftca_claim_deadline(encounter: dict[str, Any]) -> dict[str, Any] | None:
    """The FTCA claim date of an encounter marked as a possible claim."""
    if encounter.get("possible_ftca_claim") is not True:
        return None
    eid = encounter["id"]
    on = day_of(encounter.get("occurred_at"), f"encounter {eid}", "occurred_at", may_have_time=True)
    if on is None:
        return None
    place = encounter_place(encounter)
    title = f"FTCA claim due — encounter of {on.isoformat()}" + (f" ({place})" if place else "")
    due = ftca_claim_due(on)
    note = no_roll_note(due, "28 U.S.C. 2401(b)")
    # One per encounter: who among the participants claims is for the attorney to decide.
    return deadline(
        "ftca-claim",
        eid,
        Made(
            due,
            title,
            about={"occurred_on": on.isoformat(), "place": place or None},
            notes=[note] if note else [],
            done=bool(encounter.get("ftca_presented_on")),
        ),
        encounter_id=eid,
    )

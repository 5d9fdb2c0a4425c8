"""Civil-rights suit (§ 1983, Bivens): the forum state's personal-injury period (Owens v. Okure).

Owens v. Okure, 488 U.S. 235 (1989); Wallace v. Kato, 549 U.S. 384 (2007) (accrual is federal
law: when the plaintiff knew of the injury, usually the day of the encounter). Counted from the
encounter the user marks as a possible civil-rights claim, in the state where it happened
(``location.state``), by the table in ``_limitations``; 29 February falls back to the 28th and
no roll forward is assumed. Always "computed — verify": tolling and accrual can change it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from casefile.domain.dates import add_years
from casefile.domain.rules._limitations import LIMITATIONS, UNSETTLED
from casefile.domain.rules.base import Made, Note, Window, day_of, deadline, no_roll_note, rule
from casefile.domain.rules.ftca_claim import UTC_DAY, encounter_place

CLAIMS = "SELECT rid FROM encounters WHERE civil_claim = 1 AND deleted_at IS NULL"
_SHORTEST = min(years for years, _ in LIMITATIONS.values())
_LONGEST = max(years for years, _ in LIMITATIONS.values())


@rule(
    order=40,
    kind="civil-rights-suit",
    source="encounters",
    fields=("possible_civil_rights_claim", "occurred_at", "location.state", "civil_suit_filed_on"),
    done_when="the suit is filed (civil_suit_filed_on)",
    citation="Owens v. Okure, 488 U.S. 235 (1989); 42 U.S.C. 1983; the state's personal-injury statute",
    en="A § 1983 or Bivens suit must be filed within the personal-injury limitation period of the state where "
    "the encounter happened",
    es="La demanda por § 1983 o Bivens debe presentarse dentro del plazo de prescripción por lesiones "
    "personales del estado donde ocurrió el encuentro",
    window=Window(
        "encounters",
        "occurred_at",
        timedelta(days=365 * _SHORTEST) - UTC_DAY,
        timedelta(days=366 * _LONGEST) + UTC_DAY,
        where=f"rid IN ({CLAIMS})",
        index="encounters_by_time",
    ),
    candidates="civil_claim = 1",
)
def civil_rights_deadline(encounter: dict[str, Any]) -> dict[str, Any] | None:
    """The last day to sue over an encounter marked as a possible civil-rights claim."""
    if encounter.get("possible_civil_rights_claim") is not True:
        return None
    eid = encounter["id"]
    on = day_of(encounter.get("occurred_at"), f"encounter {eid}", "occurred_at", may_have_time=True)
    state = str((encounter.get("location") or {}).get("state") or "").upper()
    if on is None or state not in LIMITATIONS:
        return None
    years, statute = LIMITATIONS[state]
    due = add_years(on, years)
    notes = [
        Note(
            f"{state}: {years} year{'s' if years != 1 else ''} ({statute}). Tolling, accrual and any notice-of-claim "
            "rule for state-law claims are not computed.",
            f"{state}: {years} año{'s' if years != 1 else ''} ({statute}). No se calculan la suspensión del plazo, el "
            "inicio del cómputo ni los avisos previos que exijan las demandas por derecho estatal.",
        )
    ]
    if state in UNSETTLED:
        notes.append(Note(*UNSETTLED[state]))
    note = no_roll_note(due, statute)
    if note is not None:
        notes.append(note)
    place = encounter_place(encounter)
    return deadline(
        "civil-rights-suit",
        eid,
        Made(
            due,
            f"Civil-rights suit due — encounter of {on.isoformat()}" + (f" ({place})" if place else ""),
            about={"occurred_on": on.isoformat(), "place": place or None, "state": state, "statute": statute},
            notes=notes,
            done=bool(encounter.get("civil_suit_filed_on")),
        ),
        encounter_id=eid,
    )

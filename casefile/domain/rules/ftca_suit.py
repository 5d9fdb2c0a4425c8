"""FTCA suit: within six months after the agency mails its final denial (28 U.S.C. 2401(b)).

Counted from ``ftca_denied_on``, the date the denial was mailed (not received). Six calendar
months; a day the month lacks (31 August + 6 months) falls back to the month's last day, the
earlier reading, and no roll forward is written into the statute, so none is assumed.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from casefile.domain.dates import add_months
from casefile.domain.rules.base import Made, Window, day_of, deadline, no_roll_note, rule
from casefile.domain.rules.ftca_claim import encounter_place

MONTHS = 6


@rule(
    order=20,
    kind="ftca-suit",
    source="encounters",
    fields=("ftca_denied_on", "ftca_suit_filed_on"),
    done_when="the suit is filed (ftca_suit_filed_on)",
    citation="28 U.S.C. 2401(b)",
    en="An FTCA suit must be filed within six months after the agency mails its final denial of the claim",
    es="La demanda FTCA debe presentarse dentro de los seis meses siguientes al envío por correo de la "
    "denegación final del reclamo",
    window=Window(
        "encounters",
        "ftca_denied_on",
        timedelta(days=181),
        timedelta(days=184),
        where="ftca_denied_on != ''",
        index="encounters_ftca_denied_by_date",
    ),
    candidates="ftca_denied_on != ''",
)
def ftca_suit_deadline(encounter: dict[str, Any]) -> dict[str, Any] | None:
    """The last day to sue after a final denial of an FTCA claim."""
    eid = encounter["id"]
    denied = day_of(encounter.get("ftca_denied_on"), f"encounter {eid}", "ftca_denied_on")
    if denied is None:
        return None
    due = add_months(denied, MONTHS)
    note = no_roll_note(due, "28 U.S.C. 2401(b)")
    place = encounter_place(encounter)
    return deadline(
        "ftca-suit",
        eid,
        Made(
            due,
            f"FTCA suit due — claim denied {denied.isoformat()}" + (f" ({place})" if place else ""),
            about={"denied_on": denied.isoformat(), "place": place or None},
            notes=[note] if note else [],
            done=bool(encounter.get("ftca_suit_filed_on")),
        ),
        encounter_id=eid,
    )

"""FTCA claim deemed denied: six months after presentment with no final disposition (28 U.S.C. 2675(a)).

From the day after this date the claimant may treat the silence as a final denial and sue; a suit
filed earlier is premature and dismissed (McNeil v. United States, 508 U.S. 106 (1993)). This
is the one date here where later is safer, so a day the month lacks is not shortened: the six
months end on the same day number, or on the first day of the next month when that day does not
exist. Done once a denial is recorded or the suit is filed.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from casefile.domain.dates import add_months
from casefile.domain.rules.base import Made, Note, Window, day_of, deadline, rule
from casefile.domain.rules.ftca_claim import encounter_place

MONTHS = 6


def six_months_after(presented: date) -> date:
    """Same day number six months on; past the month's end, the 1st of the month after (later)."""
    shortened = add_months(presented, MONTHS)
    return shortened if shortened.day == presented.day else shortened + timedelta(days=1)


@rule(
    opens=True,
    order=30,
    kind="ftca-deemed-denied",
    source="encounters",
    fields=("ftca_presented_on", "ftca_denied_on", "ftca_suit_filed_on"),
    done_when="a final denial (ftca_denied_on) or the suit (ftca_suit_filed_on) is recorded",
    citation="28 U.S.C. 2675(a)",
    en="If the agency makes no final disposition within six months after the claim is presented, the claim may "
    "be deemed denied and suit filed after that date",
    es="Si la agencia no resuelve el reclamo dentro de los seis meses siguientes a su presentación, puede "
    "considerarse denegado y presentarse la demanda después de esa fecha",
    window=Window(
        "encounters",
        "ftca_presented_on",
        timedelta(days=181),
        timedelta(days=185),
        where="ftca_presented_on != ''",
        index="encounters_ftca_presented_by_date",
    ),
    candidates="ftca_presented_on != ''",
)
def ftca_deemed_denied_deadline(encounter: dict[str, Any]) -> dict[str, Any] | None:
    """The date after which an unanswered FTCA claim may be treated as denied."""
    eid = encounter["id"]
    presented = day_of(encounter.get("ftca_presented_on"), f"encounter {eid}", "ftca_presented_on")
    if presented is None:
        return None
    on = six_months_after(presented)
    place = encounter_place(encounter)
    note = Note(
        f"Suit may be filed from {(on + timedelta(days=1)).isoformat()}, not before: a suit filed before the "
        "claim is denied or deemed denied is dismissed (McNeil v. United States, 508 U.S. 106 (1993)). Once "
        "deemed denied, the six months of 28 U.S.C. 2401(b) do not start until a denial is mailed.",
        f"La demanda puede presentarse a partir del {(on + timedelta(days=1)).isoformat()}, no antes: la "
        "presentada antes de la denegación, real o presunta, se desestima (McNeil v. United States, 508 U.S. 106 "
        "(1993)). Los seis meses de 28 U.S.C. 2401(b) no empiezan hasta que se envíe una denegación.",
    )
    return deadline(
        "ftca-deemed-denied",
        eid,
        Made(
            on,
            f"FTCA claim may be deemed denied — presented {presented.isoformat()}" + (f" ({place})" if place else ""),
            about={"presented_on": presented.isoformat(), "place": place or None},
            notes=[note],
            done=bool(encounter.get("ftca_denied_on") or encounter.get("ftca_suit_filed_on")),
        ),
        encounter_id=eid,
    )

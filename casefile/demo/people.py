"""Person records: names and aliases, A-numbers typed the many ways people type them, custody.

A person's custody status follows from the outcome of their latest encounter (someone last seen
being detained is most likely still detained), so the case list, the custody filter and the
collateral-arrest view tell one consistent story.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from casefile.demo.names import NICKNAMES, strip_accents
from casefile.demo.plan import (
    TODAY,
    Cover,
    EncounterPlan,
    PersonPlan,
    Weights,
    choice,
    randint,
    stream,
)
from casefile.domain import enums

# fmt: off
_FAMILY_TIES = (
    "Two US-citizen children, {a} and {b}.",
    "Spouse is a lawful permanent resident; one US-citizen daughter ({a}).",
    "Lives with brother (TPS holder).",
    "Sole caregiver of mother ({old}) who has diabetes.",
    "Three children: two born in the US ({a}, {b}), one in {country}.",
    "Partner and stepson ({a}) are US citizens.",
    "No family in the US; sister in {city}.",
    "Casado, dos hijos ciudadanos ({a} y {b}).",
    "Pregnant; partner detained at the same time.",
)
_PERSON_NOTES = (
    "Prefers calls after 6 pm.",
    "Works nights; text first.",
    "Has a pending U-visa certification request.",
    "Asylum application filed within one year of entry.",
    "Prior voluntary departure (2016), per client.",
    "Habla mejor K'iche' que español; usar intérprete.",
    "No contact with ICE before this encounter.",
    "Church pastor can help with transport.",
)
# fmt: on

_CUSTODY_AFTER = {
    "detained": Weights({"detained": 70, "released-bond": 15, "alternatives-to-detention": 10, "removed": 5}),
    "arrested": Weights(
        {
            "detained": 30,
            "released-bond": 25,
            "released-recognizance": 20,
            "alternatives-to-detention": 20,
            "removed": 5,
        }
    ),
    "removed": Weights({"removed": 90, "unknown": 10}),
}
_CUSTODY_FREE = Weights({"at-liberty": 70, "unknown": 10, "alternatives-to-detention": 10, "released-recognizance": 10})


def a_number_digits(index: int) -> str:
    """The 9-digit form of person ``index``'s A-number (8-digit numbers get a leading zero).

    Older numbers have 8 digits, newer ones 9 starting with 2; multiplying the index by a number
    coprime with the range is a bijection, so no two people share one. It depends on the index
    alone so forms in documents quote the same number as the person record.
    """
    if (index * 2_654_435_761) % 100 < 35:
        return f"0{10_000_000 + (index * 3_141_593 + 271_828) % 90_000_000}"
    return f"2{(index * 7_368_787 + 13_579) % 100_000_000:08d}"


def a_number(index: int, rng: random.Random) -> str:
    """Person ``index``'s A-number written in one of the forms intake sheets use."""
    padded = a_number_digits(index)
    digits = padded.lstrip("0") if padded.startswith("0") else padded
    style = rng.randrange(7)
    if style == 0:
        return f"A {padded[:3]}-{padded[3:6]}-{padded[6:]}"
    if style == 1:
        return "a" + padded
    if style == 2:
        return digits
    if style == 3:
        return f"A-{padded[:3]}-{padded[3:6]}-{padded[6:]}"
    if style == 4:
        return "A" + digits
    if style == 5:
        return f"A{padded[:3]} {padded[3:6]} {padded[6:]}"
    return "A" + padded


def _phone(rng: random.Random, area: str) -> str:
    # 555-0100..0199 is the block reserved for fiction.
    line = f"01{rng.randrange(100):02d}"
    return choice(
        rng,
        (
            f"+1 {area} 555 {line}",
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
        ),
    )


def _aliases(rng: random.Random, person: PersonPlan) -> list[str]:
    options = []
    plain = strip_accents(person.full_name)
    if plain != person.full_name:
        options.append(plain)  # how it was typed on the I-213
    if len(person.surnames) == 2:
        options.append(f"{person.given} {person.surnames[1]} {person.surnames[0]}")
        options.append(f"{person.given.split()[0]} {person.surnames[0]}")
    if person.given in NICKNAMES:
        options.append(f"{NICKNAMES[person.given]} {person.surnames[0]}")
    if not options:
        options.append(f"{person.given} {strip_accents(person.surnames[0]).upper()}")
    return rng.sample(options, min(len(options), choice(rng, (1, 1, 2))))


class PersonBuilder:
    """Turns a :class:`PersonPlan` into an interchange person record."""

    def __init__(self, seed: int, encounters: list[EncounterPlan]) -> None:
        self.rng = stream(seed, "people")
        self.encounters = encounters
        self.custody = Cover(self.rng, enums.CUSTODY_STATUS)

    def latest_outcome(self, person: PersonPlan) -> str | None:
        if not person.encounters:
            return None
        latest = self.encounters[person.encounters[-1]]
        for index, _role, outcome in latest.participants:
            if index == person.index:
                return outcome
        return None

    def build(self, person: PersonPlan) -> dict[str, Any]:
        rng = self.rng
        outcome = self.latest_outcome(person)
        record: dict[str, Any] = {"id": person.pid, "full_name": person.full_name}
        if rng.random() < 0.25 or person.index == 0:
            record["aliases"] = _aliases(rng, person)
        record["is_client"] = person.is_client
        if rng.random() < (0.9 if person.is_client else 0.4):
            record["a_number"] = a_number(person.index, rng)
        minor = not person.is_client and rng.random() < 0.12
        age = randint(rng, 4, 17) if minor else randint(rng, 19, 64)
        born = TODAY - dt.timedelta(days=age * 365 + rng.randrange(365))
        if person.is_client or rng.random() < 0.5:
            record["date_of_birth"] = born.isoformat()
        record["country_of_birth"] = person.country
        record["preferred_language"] = person.language
        record["interpreter_needed"] = rng.random() < person.origin.interpreter_rate and (person.language != "en")
        if person.is_client or rng.random() < 0.3:
            record["phone"] = _phone(rng, person.city.area_code)
            record["address"] = person.address
        status = self.custody.pick(_CUSTODY_AFTER.get(outcome or "", _CUSTODY_FREE))
        record["custody_status"] = status
        person.custody = status
        if status == "detained":
            person.facility = choice(rng, person.city.facilities)
            record["custody_facility"] = person.facility
        if person.is_client and not minor:
            record["family_ties"] = choice(rng, _FAMILY_TIES).format(
                a=randint(rng, 1, 9),
                b=randint(rng, 10, 17),
                old=randint(rng, 60, 85),
                country=person.country,
                city=choice(rng, ("Houston", "Los Angeles", "Miami", "New York")),
            )
            if rng.random() < 0.4:
                record["notes"] = choice(rng, _PERSON_NOTES)
            if rng.random() < 0.05 or person.index == 0:
                # A judge's decision this autumn makes the app compute a BIA appeal deadline; the
                # showcase client's falls due in the coming weeks.
                decided = dt.date(2026, 8, 1) + dt.timedelta(days=rng.randrange(110))
                if person.index == 0:
                    decided = TODAY - dt.timedelta(days=randint(rng, 8, 20))
                record["ij_decision_on"] = decided.isoformat()
        return record

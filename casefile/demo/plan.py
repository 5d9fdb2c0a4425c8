"""The skeleton of a synthetic vault, drawn before any record is written.

Records refer to each other (a person's custody status follows from their latest encounter, a
document's title names the people in the encounter it belongs to), so the generator first draws
who is who and who was where, compactly, and the record builders then flesh that out. Everything is
drawn from ``random.Random`` instances seeded with a string, which Python hashes with SHA-512: the
output depends on the seed alone, never on hash randomisation or set ordering.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from casefile.demo.names import ORIGINS, Origin
from casefile.demo.places import CITIES, City
from casefile.domain import enums

T = TypeVar("T")
K = TypeVar("K")

TODAY = dt.date(2026, 11, 23)
FIRST_ENCOUNTER = dt.date(2024, 1, 1)
LAST_ENCOUNTER = dt.date(2026, 11, 22)
CITY_WEIGHTS = (16, 12, 14, 8, 6, 9, 10, 8, 6, 6, 3, 2)


def stream(seed: int, label: str) -> random.Random:
    """An independent, reproducible random stream for one part of the output.

    Separate streams keep a change in one record kind from reshuffling every other kind.
    """
    return random.Random(f"casefile-demo:{seed}:{label}")  # noqa: S311 - synthetic data, not secrets


class Cover:
    """Draws values so that every value shows up once before the weights take over.

    A 40-person demo must still show every custody status and every setting; at full scale the
    first dozen forced draws are lost in the noise. Only values with a positive weight for this
    draw are forced, so a witness is never "removed" just to cover the list.
    """

    def __init__(self, rng: random.Random, values: Sequence[str]) -> None:
        self.rng = rng
        self.values = tuple(values)
        self.missing = list(values)
        rng.shuffle(self.missing)

    def pick(self, weights: Weights[str] | None = None) -> str:
        if self.missing:
            for position, value in enumerate(self.missing):
                if weights is None or weights.get(value, 0) > 0:
                    del self.missing[position]
                    return value
        if weights is None:
            return choice(self.rng, self.values)
        return weights.draw(self.rng)


# The generator draws tens of millions of values at full scale; Random.choice and randint go
# through _randbelow in Python, which made them most of the run time. One C-level random() per
# draw is plenty for synthetic data and just as reproducible.


def choice(rng: random.Random, seq: Sequence[T]) -> T:
    """``rng.choice`` for synthetic data, about three times faster."""
    return seq[int(rng.random() * len(seq))]


def randint(rng: random.Random, low: int, high: int) -> int:
    """``rng.randint`` (both ends included) for synthetic data."""
    return low + int(rng.random() * (high - low + 1))


class Weights(Generic[K]):
    """A fixed table of relative weights with its cumulative sums worked out once."""

    def __init__(self, table: Mapping[K, float]) -> None:
        self.table = dict(table)
        self.keys = list(self.table)
        self.cumulative = list(itertools.accumulate(self.table.values()))

    def get(self, key: K, default: float = 0) -> float:
        return self.table.get(key, default)

    def draw(self, rng: random.Random) -> K:
        point = rng.random() * self.cumulative[-1]
        return self.keys[bisect.bisect_right(self.cumulative, point)]


@dataclass(slots=True)
class PersonPlan:
    """Who someone is, where they live and which encounters they were in."""

    index: int
    pid: str
    origin: Origin
    female: bool
    given: str
    surnames: tuple[str, ...]
    full_name: str
    is_client: bool
    city: City
    country: str
    language: str
    street: str
    address: str
    encounters: list[int] = field(default_factory=list)
    # Set when the person record is built; notes and deadlines follow it.
    custody: str = ""
    facility: str = ""

    @property
    def first(self) -> str:
        return self.full_name.split()[-1] if self.origin.style == "family-first" else self.given

    @property
    def short(self) -> str:
        """How titles and case lists name someone: "M. Pérez"."""
        if self.origin.style == "family-first":
            return f"{self.surnames[0]} {self.given[0]}."
        return f"{self.given[0]}. {self.surnames[0]}"


@dataclass(slots=True)
class EncounterPlan:
    """When and where an encounter happened, who was there and how it ended for each of them."""

    index: int
    eid: str
    when: dt.datetime  # local wall-clock time in ``city``
    city: City
    setting: str
    participants: list[tuple[int, str, str]]  # (person index, role, outcome)
    account_points: bool = False
    cited_document: int | None = None  # document slot of the I-213 its points cite


def narrator_of(plan: EncounterPlan, people: list[PersonPlan]) -> PersonPlan:
    """Whose account the narrative tells: the first client among the participants."""
    for index, _role, _outcome in plan.participants:
        if people[index].is_client:
            return people[index]
    return people[plan.participants[0][0]]


def _weighted(rng: random.Random, pairs: Sequence[tuple[str, int]]) -> str:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def plan_people(seed: int, count: int) -> list[PersonPlan]:
    rng = stream(seed, "people-plan")
    origin_weights = [o.weight for o in ORIGINS]
    people: list[PersonPlan] = []
    for index in range(count):
        origin = rng.choices(ORIGINS, origin_weights)[0]
        female = rng.random() < 0.5
        given = choice(rng, origin.given_f if female else origin.given_m)
        if origin.style == "double" and rng.random() < 0.75:
            surnames = tuple(rng.sample(origin.surnames, 2))
        else:
            surnames = (choice(rng, origin.surnames),)
        full_name = f"{surnames[0]} {given}" if origin.style == "family-first" else " ".join((given, *surnames))
        # The first person anchors the benchmark's "client with 50 encounters" case summary.
        is_client = index == 0 or rng.random() < 0.34
        city = rng.choices(CITIES, CITY_WEIGHTS)[0]
        street = choice(rng, city.streets)
        number = randint(rng, 100, 9899)
        unit = f", Apt {randint(rng, 1, 40)}" if rng.random() < 0.6 else ""
        address = f"{number} {street}{unit}, {city.name} {city.state} {choice(rng, city.zips)}"
        people.append(
            PersonPlan(
                index=index,
                pid=f"p-{index + 1:06d}",
                origin=origin,
                female=female,
                given=given,
                surnames=surnames,
                full_name=full_name,
                is_client=is_client,
                city=city,
                country=_weighted(rng, origin.countries),
                language=_weighted(rng, origin.languages),
                street=f"{number} {street}",
                address=address,
            )
        )
    return people


SETTING_WEIGHTS = Weights({
    "home": 30, "street": 10, "vehicle-stop": 15, "checkpoint": 4, "workplace": 10,
    "courthouse": 6, "jail": 8, "probation-office": 4, "transit": 4, "sensitive-location": 3,
    "ice-office": 4, "hospital": 1, "school": 1, "place-of-worship": 1,  # issue 15
    "other": 3, "unknown": 3,
})  # fmt: skip

_HOURS = {
    "home": (4, 8), "workplace": (7, 15), "courthouse": (8, 15), "probation-office": (8, 16),
    "jail": (0, 23), "checkpoint": (5, 22), "sensitive-location": (8, 17), "ice-office": (8, 16),
}  # fmt: skip

_OUTCOMES = {
    "target": Weights({"arrested": 35, "detained": 20, "not-present": 25, "released": 10,
                       "cited": 3, "removed": 4, "unknown": 3}),
    "collateral": Weights({"arrested": 30, "detained": 25, "released": 25, "cited": 8,
                           "removed": 5, "unknown": 7}),
    "witness": Weights({"released": 45, "not-present": 35, "unknown": 20}),
    "family": Weights({"released": 50, "not-present": 30, "detained": 5, "arrested": 5,
                       "unknown": 10}),
    "other": Weights({"released": 40, "cited": 20, "arrested": 15, "unknown": 25}),
}  # fmt: skip
_FIRST_ROLE = Weights({"target": 55, "collateral": 35, "other": 10})
_OTHER_ROLE = Weights({"collateral": 50, "family": 25, "witness": 20, "other": 5})


def _participant_counts(rng: random.Random, encounters: int, participants: int, most: int) -> list[int]:
    """1 to ``most`` (at most 3) participants per encounter, adding up exactly to ``participants``.

    Mostly ones, then twos, then threes: the workload's 1.5 per encounter comes out as half
    single-person stops and half raids with family or bystanders.
    """
    if encounters == 0:
        return []
    extra = participants - encounters
    if not 0 <= extra <= (most - 1) * encounters:
        raise ValueError("participants must be between 1x and 3x the number of encounters")
    threes = min(extra // 4, encounters) if most >= 3 else 0
    twos = extra - 2 * threes
    if threes + twos > encounters:  # only near the upper bound
        threes = extra - encounters
        twos = extra - 2 * threes
    counts = [3] * threes + [2] * twos + [1] * (encounters - threes - twos)
    rng.shuffle(counts)
    return counts


def plan_encounters(
    seed: int, people: list[PersonPlan], count: int, participants: int, hub_encounters: int
) -> list[EncounterPlan]:
    """Draw when, where and who for every encounter, sorted by date so ids read chronologically."""
    rng = stream(seed, "encounter-plan")
    settings = Cover(rng, enums.SETTING)
    roles = Cover(rng, enums.ROLE)
    outcomes = Cover(rng, enums.OUTCOME)
    by_city: dict[str, list[int]] = {}
    clients_by_city: dict[str, list[int]] = {}
    # The benchmark client (person 0) takes part in exactly its hub encounters and no others.
    everyone = list(range(1, len(people))) if hub_encounters and len(people) > 3 else list(range(len(people)))
    for person in people:
        if person.index == 0 and everyone[0] == 1:
            continue
        by_city.setdefault(person.city.name, []).append(person.index)
        if person.is_client:
            clients_by_city.setdefault(person.city.name, []).append(person.index)
    span = (LAST_ENCOUNTER - FIRST_ENCOUNTER).days
    hub_slots = (
        set(range(0, count, max(1, count // hub_encounters))[:hub_encounters]) if (hub_encounters and people) else set()
    )
    drafts = []
    for slot, size in enumerate(_participant_counts(rng, count, participants, min(3, len(people)))):
        if slot in hub_slots:
            first = 0
        else:
            city = rng.choices(CITIES, CITY_WEIGHTS)[0]
            pool = clients_by_city.get(city.name) if rng.random() < 0.7 else None
            pool = pool or by_city.get(city.name) or everyone
            first = choice(rng, pool)
        city = people[first].city
        neighbours = by_city.get(city.name, [])
        chosen = [first]
        while len(chosen) < min(size, len(everyone)):
            source = neighbours if len(neighbours) > size * 2 else everyone
            candidate = choice(rng, source)
            if candidate not in chosen:
                chosen.append(candidate)
        setting = settings.pick(SETTING_WEIGHTS)
        low, high = _HOURS.get(setting, (6, 21))
        when = dt.datetime.combine(
            FIRST_ENCOUNTER + dt.timedelta(days=rng.randrange(span + 1)),
            dt.time(randint(rng, low, high), rng.randrange(0, 60, 5)),
        )
        plan = []
        for position, member in enumerate(chosen):
            role = roles.pick(_FIRST_ROLE if position == 0 else _OTHER_ROLE)
            plan.append((member, role, outcomes.pick(_OUTCOMES[role])))
        drafts.append((when, city, setting, plan))
    drafts.sort(key=lambda d: d[0])
    result = []
    for index, (when, city, setting, plan) in enumerate(drafts):
        result.append(EncounterPlan(index, f"e-{index + 1:06d}", when, city, setting, plan))
        for member, _, _ in plan:
            people[member].encounters.append(index)
    return result


def plan_account_points(seed: int, encounters: list[EncounterPlan], documents: int) -> int:
    """Mark about a fifth of encounters for an account comparison; return how many cite an I-213.

    Those I-213s travel in the same chunk as their encounter, so they take the first document slots.
    """
    rng = stream(seed, "account-points")
    cited = 0
    budget = documents // 4
    if documents >= len(enums.DOCUMENT_KIND):
        # Leave room for one document of every kind after the I-213s.
        budget = min(budget, documents - len(enums.DOCUMENT_KIND))
    for encounter in encounters:
        hub = any(p == 0 for p, _, _ in encounter.participants)
        if rng.random() < (0.6 if hub else 0.2):
            encounter.account_points = True
            if cited < budget and rng.random() < 0.3:
                encounter.cited_document = cited
                cited += 1
    return cited

"""Clients' accounts of encounters, assembled from English and Spanish sentence templates.

Intake staff write the narrative in the language the client told it in, so about two in five are
in Spanish. Sentences are chosen to fit the setting and what happened to the client, then put back
in story order, so a narrative reads as one account. Scanners, kitchens, the early morning
(``madrugada``) and children recur in a spread of records: the benchmark's full-text queries need
words that match some records, not all of them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from casefile.demo import narrative_templates as t
from casefile.demo.plan import choice, randint

MIN_LENGTH = 200
MAX_LENGTH = 2000


@dataclass(frozen=True)
class Scene:
    """What a narrative is about: who tells it, where and when, and how it ended for them."""

    setting: str
    name: str
    female: bool
    target: str  # the person agents were looking for; "" when nobody is named
    street: str
    city: str
    landmark: str
    facility: str
    hour: int
    minute: int
    custody: bool  # the teller was arrested, detained or removed


def _slots(rng: random.Random, scene: Scene, spanish: bool) -> dict[str, str]:
    clock = f"{scene.hour % 12 or 12}:{scene.minute:02d}"
    if spanish:
        words = {
            "time": f"{clock} de la {'mañana' if scene.hour < 12 else 'tarde'}"
            if scene.hour < 19
            else f"{clock} de la noche",
            "n_agents": choice(rng, t.ES_NUMBERS),
            "relative": choice(rng, t.ES_RELATIVES),
            "device": choice(rng, t.ES_DEVICES),
            "vehicle": choice(rng, t.ES_VEHICLES),
            "vehicle_one": choice(rng, t.ES_ONE_VEHICLE),
            "target": scene.target or "un tal Carlos",
            "o": "a" if scene.female else "o",
        }
    else:
        words = {
            "time": f"{clock} {'am' if scene.hour < 12 else 'pm'}",
            "n_agents": choice(rng, t.EN_NUMBERS),
            "relative": choice(rng, t.EN_RELATIVES),
            "device": choice(rng, t.EN_DEVICES),
            "vehicle": choice(rng, t.EN_VEHICLES),
            "vehicle_one": choice(rng, t.EN_ONE_VEHICLE),
            "target": scene.target or "a man they called 'Carlos'",
            "pro": "she" if scene.female else "he",
            "Pro": "She" if scene.female else "He",
            "pos": "her" if scene.female else "his",
            "obj": "her" if scene.female else "him",
        }
    words.update(
        name=scene.name,
        street=scene.street,
        city=scene.city,
        landmark=scene.landmark,
        facility=scene.facility,
        vest=choice(rng, t.VESTS),
        kid_age=str(randint(rng, 2, 11)),
    )
    return words


@cache
def _fitting(spanish: bool, group: str, custody: bool) -> tuple[list[str], list[tuple[int, str]]]:
    """Openings and later sentences that fit a setting group and how the encounter ended."""
    excluded = "f" if custody else "c"
    fitting = [
        (phase, text)
        for phase, where, fits, text in (t.ES if spanish else t.EN)
        if (where == "*" or group in where) and fits != excluded
    ]
    openings = [text for phase, text in fitting if phase == 0]
    return openings, [(phase, text) for phase, text in fitting if phase > 0]


def narrative(rng: random.Random, scene: Scene, *, spanish: bool, length: int) -> str:
    """An account of about ``length`` characters, never shorter than 200 or longer than 2000."""
    words = _slots(rng, scene, spanish)
    openings, rest = _fitting(spanish, t.SETTING_GROUP.get(scene.setting, "r"), scene.custody)
    keys = [rng.random() for _ in rest]  # a shuffle without Random.shuffle's per-item overhead
    chosen = [(0, 0, choice(rng, openings).format(**words))]
    total = len(chosen[0][2])
    goal = max(MIN_LENGTH, min(length, MAX_LENGTH))
    for order, position in enumerate(sorted(range(len(rest)), key=keys.__getitem__), start=1):
        phase, template = rest[position]
        if total >= goal:
            break
        sentence = template.format(**words)
        if total + 1 + len(sentence) > MAX_LENGTH:
            continue
        chosen.append((phase, order, sentence))
        total += 1 + len(sentence)
    chosen.sort()
    return " ".join(sentence for _, _, sentence in chosen)

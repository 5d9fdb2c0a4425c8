"""Place names for the pattern report: one row per city however the records spell it.

FOIA releases and intake notes write one city many ways: "Seattle", "Seattle, WA", "SEATTLE WA",
"seattle, Washington". The pattern report counts them as one place, so a city's row is not split
across spellings (and each piece pushed under the small-cell threshold). The rules, kept small on
purpose:

- whitespace is collapsed and trailing punctuation dropped; a city written all in capitals or all
  in lower case is shown in title case ("SEATTLE" -> "Seattle"), a mixed-case one as written;
- a US state (USPS code or full name, as ``casefile.domain.checks.USPS_STATES`` and
  :data:`STATE_NAMES` list) at the end of the city is taken as the state, when something is left
  before it: after a comma in any case ("Seattle, wa"), without a comma only as a code in capitals
  ("SEATTLE WA", not "Lake Or") or as a full name ("Seattle Washington"); "Washington" or
  "New York" alone stay city names;
- the record's own ``state`` field wins over one found in the city text; full state names become
  their codes;
- at the end (:func:`merge_spellings`), spellings that differ only in case or punctuation are one
  row under the most common spelling, and a city given without a state joins the one row of that
  city with a state when exactly one exists ("Seattle" -> "Seattle, WA"); with two candidates
  ("Portland" beside "Portland, OR" and "Portland, ME") it stays on its own.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from casefile.domain.checks import USPS_STATES

UNKNOWN = "unknown"

STATE_NAMES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "district of columbia": "DC",
    "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID", "illinois": "IL",
    "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
    "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
    "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY",
    "north carolina": "NC", "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR",
    "pennsylvania": "PA", "rhode island": "RI", "south carolina": "SC", "south dakota": "SD",
    "tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA",
    "washington": "WA", "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY",
    "puerto rico": "PR", "guam": "GU", "virgin islands": "VI", "u.s. virgin islands": "VI",
    "american samoa": "AS", "northern mariana islands": "MP",
}  # fmt: skip
# Longest names first, so "west virginia" is found before "virginia".
_NAMES_BY_LENGTH = sorted(STATE_NAMES, key=len, reverse=True)
_TRIM = " \t,.;:-"


def state_code(text: str) -> str:
    """A USPS code for a state written as a code or a full name, else ``""``."""
    cleaned = " ".join(text.replace(".", " ").split()) if len(text.strip()) <= 4 else " ".join(text.split())
    upper = cleaned.replace(" ", "").upper()
    if len(upper) == 2 and upper in USPS_STATES:
        return upper
    return STATE_NAMES.get(cleaned.casefold().strip(_TRIM), "")


def _state_at_end(city: str) -> tuple[str, str]:
    """``(city, code)`` with a state written at the end of ``city`` taken off, if there is one."""
    head, comma, tail = city.rpartition(",")
    if comma and head.strip(_TRIM):
        code = state_code(tail)
        if code:
            return head.strip(_TRIM), code
    words = city.split(" ")
    if len(words) >= 2 and words[-1].upper() in USPS_STATES and words[-1].isupper():
        return " ".join(words[:-1]).strip(_TRIM), words[-1].upper()
    folded = city.casefold()
    for name in _NAMES_BY_LENGTH:
        if folded.endswith(" " + name) and city[: -len(name)].strip(_TRIM):
            return city[: -len(name)].strip(_TRIM), STATE_NAMES[name]
    return city, ""


def _shown(city: str) -> str:
    # All capitals (a FOIA release) or all lower case: title case; "McAllen" stays as written.
    return city.title() if city.isupper() or city.islower() else city


@lru_cache(maxsize=65_536)
def place_label(city: str | None, state: str | None) -> str:
    """The row a record's ``location.city`` and ``location.state`` count under: "City, ST"."""
    text = " ".join(str(city or "").split()).strip(_TRIM)
    if not text:
        return UNKNOWN
    text, found = _state_at_end(text)
    given = state_code(str(state or "")) or str(state or "").strip().upper()
    code = given or found
    name = _shown(text)
    return f"{name}, {code}" if code else name


def _fold_key(label: str) -> str:
    return re.sub(r"[^\w]+", " ", label.casefold()).strip()


def merge_spellings(counts: Counter[str]) -> Counter[str]:
    """One row per place: case and punctuation variants joined, a lone stateless city joined."""
    groups: dict[str, Counter[str]] = {}
    for label, n in counts.items():
        groups.setdefault(_fold_key(label), Counter())[label] += n
    # The most common spelling names the row; ties go to the alphabetically first.
    merged: Counter[str] = Counter()
    for spellings in groups.values():
        best = min(spellings, key=lambda s: (-spellings[s], s))
        merged[best] = sum(spellings.values())
    by_city: dict[str, list[str]] = {}
    for label in merged:
        city, comma, _state = label.rpartition(", ")
        if comma:
            by_city.setdefault(_fold_key(city), []).append(label)
    out: Counter[str] = Counter()
    for label, n in merged.items():
        stated = by_city.get(_fold_key(label), []) if ", " not in label and label != UNKNOWN else []
        out[stated[0] if len(stated) == 1 else label] += n
    return out

"""The normalised keys officers, vehicles and places are matched by (issue 15, cross-case search).

A badge typed "ERO-1234", "ero 1234" or "ERO1234" is one badge; a plate "ABC-1234" is "ABC1234";
"12 Main Street" is "12 main st". These keys are kept in indexed columns (officers.badge_key,
vehicles.plate_key, encounters.address_key), so cross-case search is an index read, and the same
functions turn what a person types into the key searched for. Pure functions, no I/O.
"""

from __future__ import annotations

import re

from casefile.domain.checks import USPS_STATES

# A plate shorter than this would match too much (and a legacy text's "plate 7" is no plate).
MIN_PLATE = 3
MAX_PLATE = 10

_ABBREVIATIONS = {
    "street": "st",
    "avenue": "ave",
    "road": "rd",
    "boulevard": "blvd",
    "drive": "dr",
    "lane": "ln",
    "court": "ct",
    "place": "pl",
    "highway": "hwy",
    "apartment": "apt",
    "suite": "ste",
    "north": "n",
    "south": "s",
    "east": "e",
    "west": "w",
    "calle": "c",
    "avenida": "av",
}


def compact(value: str) -> str:
    """A badge or plate as compared: letters and digits only, upper case."""
    return re.sub(r"[^0-9A-Z]", "", str(value or "").upper())


def normal_address(value: str) -> str:
    """An address as compared: lower case words, punctuation dropped, common words abbreviated."""
    words = re.findall(r"[0-9a-záéíóúñü]+", str(value or "").lower())
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


def officer_identity(badge: str | None, agency: str | None) -> str:
    """Two officer records with the same badge key and agency are the same officer (issue 15).

    '' (no identity) without a badge: a name alone ("Agent Doyle") is not enough to join records
    across cases; a person merges those by hand when they know.
    """
    key = compact(badge or "")
    return f"{key}|{agency or ''}" if key else ""


def vehicle_identity(plate: str | None, state: str | None) -> str:
    """The same plate key and plate state are the same vehicle; '' without a plate."""
    key = compact(plate or "")
    return f"{key}|{(state or '').upper()}" if key else ""


# "TX plate ABC-1234", "plate: abc 1234", "placa XYZ 999", "lic. plate 7ABC123 (CA)".
_PLATE = re.compile(
    r"(?:\b([A-Za-z]{2})\s+)?(?:licen[cs]e\s+|lic\.?\s+)?(?:plates?|placas?|matr[íi]cula|tag)\b"
    r"(?:\s*(?:no\.?|number|#|n[úu]mero))?[\s:#]*([A-Za-z0-9]+(?:[ \-][A-Za-z0-9]+){0,2})(?:\s*\(([A-Za-z]{2})\))?",
    re.IGNORECASE,
)


def _plate_from(words: str) -> str:
    """The plate among the words after "plate": the first, joined to the next when the first has
    no digit and the next has ("abc 1234"); never a following word ("7ABC123 seen")."""
    tokens = list(re.finditer(r"[A-Za-z0-9]+", words))
    first = tokens[0]
    if len(tokens) > 1 and not any(c.isdigit() for c in first.group()) and any(c.isdigit() for c in tokens[1].group()):
        return words[: tokens[1].end()]
    return first.group()


def plates_in(text: str | None) -> list[tuple[str, str]]:
    """``(plate, state)`` for every plate a free-text vehicle description names, as written.

    Used to turn an old encounter's ``vehicles`` text into vehicle records; a description with no
    "plate" word names none ("two unmarked gray SUVs").
    """
    found: list[tuple[str, str]] = []
    for m in _PLATE.finditer(str(text or "")):
        plate = _plate_from(m.group(2))
        if not MIN_PLATE <= len(compact(plate)) <= MAX_PLATE or not any(c.isdigit() for c in plate):
            continue
        state = next((s.upper() for s in (m.group(3), m.group(1)) if s and s.upper() in USPS_STATES), "")
        found.append((plate.strip(), state))
    return found

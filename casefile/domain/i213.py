"""The I-213's own account of an encounter, and where it differs from the client's.

The Form I-213 (Record of Deportable/Inadmissible Alien) is ICE's or CBP's narrative of an arrest;
released under FOIA it is the government's version a suppression motion answers (issue 15). An
encounter keeps its fields as released in ``i213``: method of apprehension, date, landmark,
processing disposition, charges (INA section and description) and narrative. The encounter's own
fields are the client's account, so :func:`compare` sets the two side by side and flags the
points where they differ; a point it cannot judge (free-text narratives) is shown, not flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# Values as they appear on released I-213s ("Method of Apprehension" and "Disposition" boxes);
# free text is kept too, because forms vary by year and office.
METHODS = (
    "Non-Custodial Arrest",
    "Located",
    "CAP Local Incarceration",
    "Custodial Arrest",
    "Worksite Enforcement",
    "Probation and Parole",
)
DISPOSITIONS = (
    "Warrant of Arrest/Notice to Appear",
    "Reinstatement of deport order I-871",
    "Voluntary Return",
    "Expedited Removal",
    "Notice to Appear",
)

# A method that names where the arrest happened, and the encounter settings that agree with it.
_METHOD_SETTINGS = {
    "worksite enforcement": {"workplace"},
    "cap local incarceration": {"jail"},
    "probation and parole": {"probation-office", "jail"},
}
# Narrative words that claim the person let the officers in or agreed.
_CONSENT_WORDS = re.compile(r"\b(consent(ed)?|permission|invited|allowed (us|agents|officers) (in|to enter))\b", re.I)

# Plain JSON Schema (not the registry's helpers): the encounter type imports this module while
# the registry package is still loading.
_TEXT = {"type": ["string", "null"], "maxLength": 500}
_CHARGE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["ina_section"],
    "properties": {
        "ina_section": {"type": "string", "minLength": 1, "maxLength": 100},
        "description": _TEXT,
    },
}
SCHEMA = {
    "type": ["object", "null"],
    "additionalProperties": False,
    "properties": {
        "method_of_apprehension": _TEXT,
        "apprehended_at": {"type": ["string", "null"], "maxLength": 40},
        "landmark": _TEXT,
        "processing_disposition": _TEXT,
        "charges": {"type": ["array", "null"], "items": _CHARGE, "maxItems": 100},
        "narrative": {"type": ["string", "null"], "maxLength": 200_000},
    },
}


@dataclass(frozen=True)
class Row:
    """One point of the comparison: the catalogue key naming it, each side's text, and whether
    they differ (None: not something a rule can judge)."""

    key: str
    i213: str
    client: str
    differs: bool | None


def _words(text: str) -> set[str]:
    return set(re.findall(r"[0-9a-záéíóúñü]+", text.lower()))


def _place(encounter: dict[str, Any]) -> str:
    location = encounter.get("location") or {}
    return ", ".join(str(location[k]) for k in ("address", "city", "state") if location.get(k))


def _place_differs(landmark: str, encounter: dict[str, Any]) -> bool | None:
    location = encounter.get("location") or {}
    city, address = str(location.get("city") or ""), str(location.get("address") or "")
    if not landmark or not (city or address):
        return None
    said = _words(landmark)
    # The landmark agrees when it names the client's city, or the street number and name.
    if city and _words(city) <= said:
        return False
    return not (address and _words(address) <= said)


def _method_differs(method: str, setting: str) -> bool | None:
    settings = _METHOD_SETTINGS.get(method.strip().lower())
    if settings is None or not setting or setting == "unknown":
        return None
    return setting not in settings


def consent_claim(narrative: str) -> str:
    """The narrative's sentence that claims consent ('' if none)."""
    for sentence in re.split(r"(?<=[.!?])\s+", narrative):
        if _CONSENT_WORDS.search(sentence):
            return sentence.strip()
    return ""


def _consent_differs(narrative: str, entry: str) -> bool | None:
    if not narrative or not entry or entry == "unknown":
        return None
    if _CONSENT_WORDS.search(narrative):
        return entry != "consent"
    return None


def charges_text(i213: dict[str, Any]) -> str:
    """The charges as one line each: "INA 212(a)(6)(A)(i): present without admission"."""
    lines = []
    for charge in i213.get("charges") or []:
        desc = charge.get("description")
        lines.append(f"INA {charge.get('ina_section')}" + (f": {desc}" if desc else ""))
    return "\n".join(lines)


def compare(encounter: dict[str, Any]) -> list[Row]:
    """The I-213's fields beside the client's account (the encounter), differing points flagged.

    Empty when the encounter has no I-213 account.
    """
    i213 = encounter.get("i213") or {}
    if not any(i213.values()):
        return []
    when = str(encounter.get("occurred_at") or "")
    said_when = str(i213.get("apprehended_at") or "")
    setting, entry = str(encounter.get("setting") or ""), str(encounter.get("entry") or "")
    method = str(i213.get("method_of_apprehension") or "")
    narrative = str(i213.get("narrative") or "")
    client_story = "\n\n".join(str(encounter[k]) for k in ("narrative", "statements") if encounter.get(k))
    return [
        Row("i213.apprehended_at", said_when, when, (said_when[:10] != when[:10]) if said_when and when else None),
        Row(
            "i213.landmark",
            str(i213.get("landmark") or ""),
            _place(encounter),
            _place_differs(str(i213.get("landmark") or ""), encounter),
        ),
        Row("i213.method", method, setting, _method_differs(method, setting)),
        Row(
            "i213.consent",
            consent_claim(narrative),
            entry,
            _consent_differs(narrative, entry),
        ),
        Row("i213.disposition", str(i213.get("processing_disposition") or ""), "", None),
        Row("i213.charges", charges_text(i213), "", None),
        Row("i213.narrative", narrative, client_story, None),
    ]

"""Cross-case search: every encounter, across all clients, that involved one badge, plate or address.

A CRCL complaint or a Monell claim rests on a pattern: the same officer, the same vehicle or the
same address in many clients' encounters (issue 15). This reads the encounters' own officer list
(``officers[].badge``), their vehicle description (``vehicles``) and their place
(``location.address``), so it finds what is recorded today without a separate officer record.

Matching is on normalised values, so a badge typed "ERO-1234" finds "ero 1234", a plate
"ABC-1234" finds "WA plate abc 1234", and "12 Main Street" finds "12 Main St., Apt 3".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from casefile.errors import CasefileError

# A plate shorter than this would match inside unrelated numbers of a vehicle description.
MIN_PLATE = 3

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


@dataclass(frozen=True)
class PersonLink:
    person_id: str
    name: str
    role: str
    is_client: bool


@dataclass
class EncounterLink:
    """One encounter that matched, what in it matched, and everyone it names (clients first)."""

    encounter_id: str
    occurred_at: str
    place: str
    matched: list[str] = field(default_factory=list)
    people: list[PersonLink] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "encounter_id": self.encounter_id,
            "occurred_at": self.occurred_at,
            "place": self.place,
            "matched": self.matched,
            "people": [
                {"person_id": p.person_id, "name": p.name, "role": p.role, "is_client": p.is_client}
                for p in self.people
            ],
        }


def compact(value: str) -> str:
    """A badge or plate as compared: letters and digits only, upper case."""
    return re.sub(r"[^0-9A-Z]", "", value.upper())


def normal_address(value: str) -> str:
    """An address as compared: lower case words, punctuation dropped, common words abbreviated."""
    words = re.findall(r"[0-9a-záéíóúñü]+", value.lower())
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


def _address_matches(wanted: str, address: str) -> bool:
    # Whole words in order: "12 main st" is in "12 main st apt 3" but not in "112 main st".
    return f" {wanted} " in f" {normal_address(address)} "


def _officer_matches(badge: str, officers: Any) -> list[str]:
    found = []
    for officer in officers if isinstance(officers, list) else []:
        if isinstance(officer, dict) and officer.get("badge") and compact(str(officer["badge"])) == badge:
            who = ", ".join(str(officer[k]) for k in ("name", "agency") if officer.get(k))
            found.append(f"badge {officer['badge']}" + (f" ({who})" if who else ""))
    return found


def _check(badge: str, plate: str, address: str) -> tuple[str, str, str]:
    wanted = (compact(badge), compact(plate), normal_address(address))
    if not any(wanted):
        raise CasefileError("Give a badge, a plate or an address to search for (letters or digits).")
    if wanted[1] and len(wanted[1]) < MIN_PLATE:
        raise CasefileError(f"A plate needs at least {MIN_PLATE} letters or digits; '{plate}' would match too much.")
    return wanted


def find_encounters(conn: Any, *, badge: str = "", plate: str = "", address: str = "") -> list[EncounterLink]:
    """Every encounter not in the trash matching all the given criteria, oldest first."""
    want_badge, want_plate, want_address = _check(badge, plate, address)
    rows = conn.execute(
        "SELECT rid, id, occurred_at, place, data FROM encounters WHERE deleted_at IS NULL ORDER BY occurred_at, rid"
    ).fetchall()
    links: list[tuple[int, EncounterLink]] = []
    for rid, encounter_id, occurred_at, place, data in rows:
        record = json.loads(data)
        matched: list[str] = []
        if want_badge:
            hits = _officer_matches(want_badge, record.get("officers"))
            if not hits:
                continue
            matched += hits
        if want_plate:
            vehicles = str(record.get("vehicles") or "")
            if want_plate not in compact(vehicles):
                continue
            matched.append(f"vehicle: {vehicles}")
        if want_address:
            location = record.get("location") or {}
            full = ", ".join(str(location.get(k) or "") for k in ("address", "city", "state"))
            if not _address_matches(want_address, full):
                continue
            matched.append(f"address: {location.get('address') or full}")
        links.append((rid, EncounterLink(encounter_id, occurred_at, place, matched)))
    _add_people(conn, links)
    return [link for _rid, link in links]


def search(vault: Any, *, badge: str = "", plate: str = "", address: str = "") -> list[EncounterLink]:
    """:func:`find_encounters` on an unlocked vault (the app's entry: it never holds a connection)."""
    return find_encounters(vault.connection(), badge=badge, plate=plate, address=address)


def _add_people(conn: Any, links: list[tuple[int, EncounterLink]]) -> None:
    by_rid = dict(links)
    rids = list(by_rid)
    for start in range(0, len(rids), 500):
        chunk = rids[start : start + 500]
        rows = conn.execute(
            "SELECT pa.encounter_rid, pa.person_id, pe.full_name, pa.role, pe.is_client FROM participants pa "
            f"JOIN people pe ON pe.id = pa.person_id WHERE pa.encounter_rid IN ({','.join('?' * len(chunk))}) "
            "ORDER BY pa.encounter_rid, pa.position",
            chunk,
        ).fetchall()
        for rid, person_id, name, role, is_client in rows:
            by_rid[rid].people.append(PersonLink(person_id, name, role, bool(is_client)))
    for link in by_rid.values():
        link.people.sort(key=lambda p: not p.is_client)


def clients_of(links: list[EncounterLink]) -> list[str]:
    """The distinct clients named in ``links``, by id, in the order first met."""
    seen: dict[str, None] = {}
    for link in links:
        for person in link.people:
            if person.is_client:
                seen.setdefault(person.person_id)
    return list(seen)

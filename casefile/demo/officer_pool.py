"""The demo's officers and vehicles: a pool per city and agency that recurs across clients (issue 15).

In real files the same few deportation officers and the same vans turn up in many clients'
encounters in one city; that recurrence is what cross-case search and a pattern-or-practice
complaint rest on. Each city has a small pool of officers per agency and of vehicles; an encounter's
named officers are drawn from it (the unnamed ones stay descriptions), its vehicle text names a
pooled plate half the time, and the encounter links to those records with a role. Draws come from a
stream of their own, so the rest of the demo data stays as the seed always made it.
"""

from __future__ import annotations

import hashlib
from typing import Any

from casefile.demo import encounter_texts as texts
from casefile.demo.plan import choice, randint, stream
from casefile.domain.record_types.officers import OFFICER_ROLE
from casefile.domain.record_types.vehicles import VEHICLE_ROLE

OFFICERS_PER_AGENCY = 12  # per city: a field office's fugitive operations team
VEHICLES_PER_CITY = 80  # a field office's fleet and the local agencies' cars
_MAKES = (("Ford", "Explorer"), ("Ford", "Transit"), ("Chevrolet", "Tahoe"), ("Dodge", "Durango"),
          ("Chevrolet", "Express"), ("Ford", "F-150"))  # fmt: skip
_COLOURS = ("white", "gray", "black", "dark blue", "silver")
_MARKINGS = ("unmarked", "unmarked, tinted windows", "marked POLICE", "government plates", "green and white")
_ROLES = (*OFFICER_ROLE[:6], "present", "present")
_VEHICLE_ROLES = VEHICLE_ROLE[:5]


def _id(prefix: str, *parts: Any) -> str:
    return f"{prefix}-{hashlib.sha256('|'.join(map(str, parts)).encode()).hexdigest()[:10]}"


class OfficerPool:
    """Pooled officer and vehicle records, made when first drawn; :meth:`take_new` hands each out once."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.rng = stream(seed, "officer-pool")
        self.officers: dict[tuple[str, str, int], dict[str, Any]] = {}
        self.vehicles: dict[tuple[str, int], dict[str, Any]] = {}
        self.new: dict[str, list[dict[str, Any]]] = {"officers": [], "vehicles": []}

    def _officer(self, city: str, agency: str) -> dict[str, Any]:
        k = randint(self.rng, 0, OFFICERS_PER_AGENCY - 1)
        found = self.officers.get((city, agency, k))
        if found is None:
            titles, looks = texts.OFFICERS.get(agency, texts.OFFICERS["other"])
            serial = len(self.officers)
            found = {
                "id": _id("o", self.seed, city, agency, k),
                "name": f"{titles[serial % len(titles)]} {texts.OFFICER_SURNAMES[(serial * 7 + k) % 12]}",
                "badge": f"{serial + 10_000}",  # unique: the same badge and agency are one officer
                "agency": agency,
                "unit": f"{city} {'Fugitive Operations' if agency.startswith('ICE') else 'Patrol'} Team {k % 3 + 1}",
                "description": looks[serial % len(looks)],
            }
            self.officers[(city, agency, k)] = found
            self.new["officers"].append(found)
        return found

    def _vehicle(self, city: str, state: str) -> dict[str, Any]:
        k = randint(self.rng, 0, VEHICLES_PER_CITY - 1)
        found = self.vehicles.get((city, k))
        if found is None:
            serial = len(self.vehicles)
            make, model = _MAKES[serial % len(_MAKES)]
            letters = "".join(chr(65 + (serial * p + k) % 26) for p in (3, 5, 7))
            found = {
                "id": _id("v", self.seed, city, k),
                "plate": f"{letters}-{1000 + serial * 37 % 9000}",
                "state": state,
                "make": make,
                "model": model,
                "colour": _COLOURS[serial % len(_COLOURS)],
                "markings": _MARKINGS[serial % len(_MARKINGS)],
            }
            self.vehicles[(city, k)] = found
            self.new["vehicles"].append(found)
        return found

    def link(self, record: dict[str, Any]) -> None:
        """Named officers of ``record`` become pooled ones, linked with a role; maybe a pooled vehicle."""
        location = record.get("location") or {}
        city, state = str(location.get("city") or ""), str(location.get("state") or "")
        links: list[dict[str, Any]] = []
        for described in record.get("officers") or []:
            if described.get("name") in (None, "", "unknown"):
                continue  # an agent nobody could name stays a description
            officer = self._officer(city, str(described.get("agency") or "other"))
            described.update(name=officer["name"], badge=officer["badge"])
            role = choice(self.rng, _ROLES)
            if all(link["officer_id"] != officer["id"] for link in links):
                links.append({"officer_id": officer["id"], "role": role})
        record["officer_links"] = links
        vehicle_links = []
        if self.rng.random() < 0.5:
            vehicle = self._vehicle(city, state)
            record["vehicles"] = f"{record.get('vehicles') or 'a vehicle'}; {state} plate {vehicle['plate']}"
            vehicle_links.append({"vehicle_id": vehicle["id"], "role": choice(self.rng, _VEHICLE_ROLES)})
        record["vehicle_links"] = vehicle_links

    def take_new(self) -> dict[str, list[dict[str, Any]]]:
        """The records made since the last call (they go in the chunk before its encounters)."""
        out = {name: list(made) for name, made in self.new.items()}
        for made in self.new.values():
            made.clear()
        return out

"""Encounter records: setting, agencies, warrant, entry, officers, biometrics, participants.

Choices hang together the way they do in real files: a checkpoint is Border Patrol, a jail pickup
comes through CAP or a 287(g) task force, a home raid is usually an administrative I-200 "warrant"
and an entry by ruse, and arrests carry the facility of the city where they happened.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from casefile.demo import encounter_texts as texts
from casefile.demo.names import COUNTRY_NAMES
from casefile.demo.narrative import Scene, narrative
from casefile.demo.officer_pool import OfficerPool
from casefile.demo.places import local_timestamp
from casefile.demo.plan import (
    Cover,
    EncounterPlan,
    PersonPlan,
    Weights,
    choice,
    narrator_of,
    randint,
    stream,
)
from casefile.domain import enums

# fmt: off
W = Weights
_AGENCIES = {
    "home": W({"ICE-ERO": 70, "ICE-HSI": 5, "local-police": 5, "task-force-287g": 5, "USMS": 3,
               "FBI": 2, "other": 2, "unknown": 8}),
    "street": W({"ICE-ERO": 40, "local-police": 25, "CBP-BP": 15, "state-police": 5, "other": 5,
                 "unknown": 10}),
    "vehicle-stop": W({"local-police": 35, "state-police": 20, "sheriff": 20, "ICE-ERO": 10,
                       "task-force-287g": 10, "CBP-BP": 5}),
    "checkpoint": W({"CBP-BP": 80, "CBP-OFO": 10, "state-police": 10}),
    "workplace": W({"ICE-HSI": 60, "ICE-ERO": 25, "FBI": 5, "other": 5, "unknown": 5}),
    "courthouse": W({"ICE-ERO": 80, "other": 10, "unknown": 10}),
    "jail": W({"sheriff": 45, "ICE-ERO": 35, "task-force-287g": 20}),
    "probation-office": W({"ICE-ERO": 70, "local-police": 10, "other": 20}),
    "transit": W({"CBP-BP": 40, "CBP-OFO": 20, "ICE-ERO": 30, "local-police": 10}),
    "sensitive-location": W({"ICE-ERO": 80, "unknown": 20}),
    "ice-office": W({"ICE-ERO": 100}),  # a check-in is ERO's (issue 15)
}
_DEFAULT_AGENCIES = W({"ICE-ERO": 40, "local-police": 20, "other": 20, "unknown": 20})
_PROGRAMS = {
    "home": W({"fugitive-operations": 45, "targeted-operation": 35, "CARI": 5, "other": 5,
               "unknown": 10}),
    "jail": W({"CAP": 40, "secure-communities": 30, "287g": 25, "unknown": 5}),
    "vehicle-stop": W({"287g": 30, "secure-communities": 20, "other": 20, "unknown": 30}),
    "workplace": W({"targeted-operation": 40, "worksite-enforcement": 30, "other": 10, "unknown": 20}),
    "ice-office": W({"non-detained-docket": 85, "unknown": 15}),  # arrests at check-ins (issue 15)
    "probation-office": W({"secure-communities": 35, "CAP": 30, "task-force": 10, "unknown": 25}),
    "courthouse": W({"targeted-operation": 50, "CARI": 20, "fugitive-operations": 20,
                     "unknown": 10}),
}
_DEFAULT_PROGRAMS = W({"targeted-operation": 30, "fugitive-operations": 10, "CARI": 5, "task-force": 5,
                       "other": 20, "unknown": 35})
_WARRANTS = {
    "home": W({"administrative-I-200": 40, "administrative-I-205": 15, "none": 15,
               "judicial-search": 5, "judicial-arrest": 5, "unknown": 20}),
    "workplace": W({"judicial-search": 40, "none": 20, "administrative-I-200": 20,
                    "unknown": 20}),
    "jail": W({"administrative-I-200": 30, "administrative-I-205": 20, "none": 20,
               "unknown": 20, "judicial-arrest": 10}),
}
_DEFAULT_WARRANTS = W({"none": 60, "unknown": 25, "administrative-I-200": 10,
                       "judicial-arrest": 5})
_ENTRIES = {
    "home": W({"ruse": 25, "consent": 25, "forced": 10, "no-entry": 15, "already-inside": 5,
               "unknown": 20}),
    "workplace": W({"already-inside": 30, "consent": 30, "forced": 10, "ruse": 10,
                    "no-entry": 5, "unknown": 15}),
    # Whether agents went into a protected area or waited outside (issue 15).
    "hospital": W({"no-entry": 50, "consent": 15, "already-inside": 20, "unknown": 15}),
    "place-of-worship": W({"no-entry": 60, "consent": 10, "forced": 5, "unknown": 25}),
}
_SHOWN: Weights[bool | str] = W({True: 25, False: 55, "unknown": 20})
_BEFORE_ARREST: Weights[bool | str] = W({True: 55, False: 25, "unknown": 20})
_MODALITIES = W({"fingerprint": 60, "face": 25, "iris": 8, "dna": 2, "other": 5})
_DEVICES = W({"mobile-handheld": 45, "smartphone-app": 20, "booking-station": 20, "other": 5,
              "unknown": 10})
_JAIL_DEVICES = W({**_DEVICES.table, "booking-station": 70})
_CONSENTS = W({"not-asked": 50, "given": 15, "refused": 10, "unknown": 25})
_DESCRIPTIONS = {
    "home": ("Apartment door, ground floor", "Front yard of the house", "Trailer home, back door",
             "Second-floor apartment; agents waited on the stairs"),
    "workplace": ("Kitchen of a restaurant on {street}", "Loading dock of a warehouse on {street}",
                  "Construction site off {street}"),
    "courthouse": ("Hallway outside the courtroom, county courthouse",
                   "Courthouse parking garage"),
    "jail": ("Release area of the county jail",), "probation-office": ("Probation office lobby",),
    "checkpoint": ("Border Patrol highway checkpoint outside the city",),
    "sensitive-location": ("Parking lot of a church on {street}", "Outside a medical clinic",
                           "Across from an elementary school at drop-off time"),
    "ice-office": ("ICE field office lobby, at a scheduled check-in",),
    "hospital": ("Emergency room entrance of the hospital on {street}",),
    "school": ("Across from an elementary school at drop-off time",),
    "place-of-worship": ("Parking lot of a church on {street}",),
}
# fmt: on


class EncounterBuilder:
    """Turns an :class:`EncounterPlan` into an interchange encounter record."""

    def __init__(self, seed: int, people: list[PersonPlan]) -> None:
        self.rng = stream(seed, "encounters")
        self.people = people
        rng = self.rng
        self.agencies = Cover(rng, enums.AGENCY)
        self.programs = Cover(rng, enums.PROGRAM)
        self.warrants = Cover(rng, enums.WARRANT_TYPE)
        self.entries = Cover(rng, enums.ENTRY)
        self.modalities = Cover(rng, enums.BIOMETRIC_MODALITY)
        self.devices = Cover(rng, enums.BIOMETRIC_DEVICE)
        self.consents = Cover(rng, enums.BIOMETRIC_CONSENT)
        self.pool = OfficerPool(seed)  # officers and vehicles that recur across clients (own stream)

    def build(self, plan: EncounterPlan, cited_document_id: str | None) -> dict[str, Any]:
        # Every draw from self.rng happens in the same order as ever: the demo data are
        # reproducible from the seed, and the helpers below are called in that order.
        rng = self.rng
        people = self.people
        parts = plan.participants
        narrator = narrator_of(plan, people)
        target = next((people[p] for p, role, _ in parts if role == "target"), None)
        record, street, landmark = self._where(plan, narrator)
        target_name = target.full_name if target else "a former tenant"
        agencies = self._enforcement(record, plan.setting, target, target_name, narrator.first)
        custodial = [p for p, _, outcome in parts if outcome in enums.ARREST_OUTCOMES]
        if custodial or rng.random() < 0.3:
            record["biometrics"] = [
                self._biometric(people[p].pid, plan.setting)
                for p in (custodial or [parts[0][0]])[: choice(rng, (1, 1, 2))]
            ]
        country = COUNTRY_NAMES[narrator.country][0]
        facts = {
            "pro": "she" if narrator.female else "he",
            "country": country,
            "target": target_name,
            "city": plan.city.name,
        }
        record["advisals"] = choice(rng, texts.ADVISALS)
        record["language_used"] = choice(rng, texts.LANGUAGES_USED)
        record["statements"] = choice(rng, texts.STATEMENTS).format(**facts)
        if rng.random() < 0.35:
            record["profiling_indicators"] = choice(rng, texts.PROFILING).format(**facts)
        spanish_speaker = narrator.language in ("es", "k'iche'", "mam")
        spanish = rng.random() < (0.55 if spanish_speaker else 0.05)
        custody = any(p == narrator.index for p in custodial)
        record["narrative"] = self._narrative(plan, narrator, target, street, landmark, spanish, custody)
        witnesses = [people[p].pid for p, role, _ in parts if role == "witness"]
        if witnesses:
            record["witnesses"] = witnesses
        record["participants"] = [self._participant(plan, p, role, out, agencies) for p, role, out in parts]
        if plan.account_points:
            record["account_points"] = self._points(plan, cited_document_id, spanish, country)
        if rng.random() < (0.2 if record.get("entry") == "forced" else 0.06):
            record["possible_ftca_claim"] = True
        return record

    def _where(self, plan: EncounterPlan, narrator: PersonPlan) -> tuple[dict[str, Any], str, str]:
        """The record's id, time and place; with the street and landmark the narrative names."""
        rng = self.rng
        city = plan.city
        landmark = choice(rng, city.landmarks)
        street = choice(rng, city.streets)
        if plan.setting == "home":
            address = narrator.street if narrator.city is city else f"{randint(rng, 1, 98)}00 {street}"
            description = choice(rng, _DESCRIPTIONS["home"])
        else:
            address = f"{randint(rng, 1, 98)}00 block of {street}"
            description = choice(rng, _DESCRIPTIONS.get(plan.setting, (f"Near {landmark}",)))
        record: dict[str, Any] = {
            "id": plan.eid,
            "occurred_at": local_timestamp(city, plan.when),
            "location": {
                "address": address,
                "city": city.name,
                "state": city.state,
                "description": description.format(street=street),
            },
            "setting": plan.setting,
        }
        return record, street, landmark

    def _enforcement(
        self, record: dict[str, Any], setting: str, target: PersonPlan | None, target_name: str, first_name: str
    ) -> list[str]:
        """Agencies, program, warrant, entry, officers and the stated basis; returns the agencies."""
        rng = self.rng
        agencies = [self.agencies.pick(_AGENCIES.get(setting, _DEFAULT_AGENCIES))]
        if rng.random() < 0.35:
            second = choice(rng, ("ICE-ERO", "local-police", "sheriff", "task-force-287g", "USMS"))
            if second not in agencies:
                agencies.append(second)
        record["agencies"] = agencies
        record["program"] = self.programs.pick(_PROGRAMS.get(setting, _DEFAULT_PROGRAMS))
        warrant_type = self.warrants.pick(_WARRANTS.get(setting, _DEFAULT_WARRANTS))
        warrant: dict[str, Any] = {"type": warrant_type}
        if warrant_type != "none":
            warrant["shown"] = _SHOWN.draw(rng)
            if target is not None and warrant_type != "judicial-search":
                warrant["named_person_id"] = target.pid
        record["warrant"] = warrant
        if setting in _ENTRIES:
            entry = self.entries.pick(_ENTRIES[setting])
            record["entry"] = entry
            if entry in ("consent", "ruse"):
                record["consent_given_by"] = choice(rng, texts.CONSENT_GIVEN_BY)
        officers = [self._officer(agencies) for _ in range(choice(rng, (1, 1, 2, 3)))]
        record["officer_count"] = len(officers) + choice(rng, (0, 0, 1, 2, 3, 5, 8))
        record["officers"] = officers
        record["vehicles"] = choice(rng, texts.VEHICLES)
        self.pool.link(record)
        record["identified_as"] = choice(rng, texts.IDENTIFIED_AS)
        basis = texts.STOP_BASIS.get(setting, texts.STOP_BASIS["other"])
        record["stop_basis"] = choice(rng, basis).format(target=target_name, name=first_name)
        return agencies

    def _narrative(
        self,
        plan: EncounterPlan,
        narrator: PersonPlan,
        target: PersonPlan | None,
        street: str,
        landmark: str,
        spanish: bool,
        custody: bool,
    ) -> str:
        rng = self.rng
        # A quarter short, half medium, a quarter long: 200-2000 characters in all.
        low, high = choice(rng, ((200, 500), (500, 1200), (500, 1200), (1200, 2000)))
        length = randint(rng, low, high)
        scene = Scene(
            setting=plan.setting,
            name=narrator.first,
            female=narrator.female,
            target=target.full_name if target else "",
            street=street,
            city=plan.city.name,
            landmark=landmark,
            facility=choice(rng, plan.city.facilities),
            hour=plan.when.hour,
            minute=plan.when.minute,
            custody=custody,
        )
        return narrative(rng, scene, spanish=spanish, length=length)

    def _officer(self, agencies: list[str]) -> dict[str, Any]:
        rng = self.rng
        agency = choice(rng, agencies)
        titles, descriptions = texts.OFFICERS.get(agency, texts.OFFICERS["other"])
        known = rng.random() < 0.4
        name = f"{choice(rng, titles)} {choice(rng, texts.OFFICER_SURNAMES)}" if known else "unknown"
        return {
            "name": name,
            "badge": str(randint(rng, 1000, 99999)) if known and rng.random() < 0.6 else "",
            "agency": agency,
            "description": choice(rng, descriptions),
        }

    def _biometric(self, person_id: str, setting: str) -> dict[str, Any]:
        rng = self.rng
        device = self.devices.pick(_JAIL_DEVICES if setting == "jail" else _DEVICES)
        before = _BEFORE_ARREST.draw(rng)
        pronoun = choice(rng, ("she", "he"))
        return {
            "person_id": person_id,
            "modality": self.modalities.pick(_MODALITIES),
            "device": device,
            "consent": self.consents.pick(_CONSENTS),
            "before_arrest": False if device == "booking-station" else before,
            "databases": rng.sample(texts.DATABASES, choice(rng, (1, 1, 2))),
            "result_told": choice(rng, texts.RESULT_TOLD).format(pro=pronoun),
        }

    def _participant(
        self, plan: EncounterPlan, person: int, role: str, outcome: str, agencies: list[str]
    ) -> dict[str, Any]:
        rng = self.rng
        entry: dict[str, Any] = {
            "person_id": self.people[person].pid,
            "role": role,
            "outcome": outcome,
        }
        if outcome not in enums.ARREST_OUTCOMES:
            return entry
        arrested = plan.when + dt.timedelta(minutes=rng.randrange(5, 120, 5))
        day = plan.when.date()
        arrest: dict[str, Any] = {
            "arrested_at": local_timestamp(plan.city, arrested),
            "arresting_agency": choice(rng, agencies),
            "basis_stated": choice(rng, texts.BASIS_STATED),
            "custody_facility": choice(rng, plan.city.facilities),
            "bond_amount": choice(rng, (None, None, 1500, 3000, 5000, 7500, 10000, 15000, 25000)),
            "nta_served_on": (day + dt.timedelta(days=randint(rng, 0, 21))).isoformat() if rng.random() < 0.7 else None,
            "i213_received": rng.random() < 0.45,
        }
        if outcome == "arrested" and rng.random() < 0.6:
            arrest["released_on"] = (day + dt.timedelta(days=randint(rng, 0, 60))).isoformat()
        if rng.random() < 0.3:
            arrest["notes"] = choice(rng, texts.ARREST_NOTES).format(pro="she" if self.people[person].female else "he")
        entry["arrest"] = arrest
        return entry

    def _points(
        self, plan: EncounterPlan, document_id: str | None, spanish: bool, country: str
    ) -> list[dict[str, Any]]:
        rng = self.rng
        witness = next((self.people[p].pid for p, r, _ in plan.participants if r == "witness"), None)
        count = choice(rng, (1, 2, 2, 3))
        points = []
        for position, (topic, client, i213) in enumerate(rng.sample(texts.ACCOUNT_POINTS, count)):
            versions = [{"source": "client", "statement": client[1 if spanish else 0], "page": ""}]
            disputed = False
            if document_id and (position == 0 or rng.random() < 0.7):
                page = str(randint(rng, 1, 3))
                statement = i213.format(country=country)
                versions.append({"source": f"document:{document_id}", "statement": statement, "page": page})
                disputed = position == 0 or rng.random() < 0.85
            if witness and rng.random() < 0.5:
                versions.append({"source": f"person:{witness}", "statement": client[0], "page": ""})
            points.append({"topic": topic, "disputed": disputed, "versions": versions})
        return points

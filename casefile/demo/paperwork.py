"""FOIA requests, deadlines and notes: the clinic's side of a case.

FOIA receipt dates are spread so that, on 2026-11-23 (the day the demo pretends it is), some
requests are comfortably in time, some are overdue and some denials are still inside their 90-day
appeal window; hearings and check-ins fall between October 2026 and June 2027.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from functools import cache
from typing import Any

from casefile.demo.names import STAFF
from casefile.demo.places import CITIES, local_timestamp
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
AGENCY_NAMES = {
    "ICE": "U.S. Immigration and Customs Enforcement, FOIA Office",
    "CBP": "U.S. Customs and Border Protection, FOIA Division",
    "USCIS": "USCIS National Records Center",
    "OBIM": "Office of Biometric Identity Management",
    "EOIR": "Executive Office for Immigration Review",
    "FBI": "FBI Record/Information Dissemination Section",
    "DHS-CRCL": "DHS Office for Civil Rights and Civil Liberties",
    "DHS-OIG": "DHS Office of Inspector General",
    "DHS-PRIV": "DHS Privacy Office",
    "other": "U.S. Marshals Service",
}
_RECORDS = {
    "ICE": "I-213, I-200/I-205 and all records of the {date} encounter, including EARM/ENFORCE "
           "entries and mobile biometric query logs",
    "CBP": "All records of encounters with the subject, including TECS and E3 entries",
    "USCIS": "The subject's complete A-file",
    "OBIM": "IDENT/HART records and query history for the subject's fingerprints and "
            "photographs since {date}",
    "EOIR": "Record of proceedings and digital audio of all hearings",
    "FBI": "Identity history summary (NGI)",
    "DHS-CRCL": "Records of the complaint about the {date} operation",
    "DHS-OIG": "Records of the complaint about the {date} operation",
    "DHS-PRIV": "Records about the subject in DHS systems",
    "state-local": "Incident reports, body-worn camera footage, dispatch audio and ICE detainer "
                   "communications for {date}",
    "other": "Records of the subject's transport and custody, {date}",
}
_RECORDS_UNDATED = "All records about the subject, including any I-213 and biometric query logs"
_TRACKING = {
    "ICE": "{y}-ICFO-{n:05d}", "CBP": "CBP-FO-{y}-{n:06d}", "USCIS": "NRC{y}{n:06d}",
    "OBIM": "{y}-OBIM-{n:05d}", "EOIR": "{y}-{n:05d}", "FBI": "{n:07d}-000",
    "DHS-CRCL": "{y}-CRFO-{n:05d}", "DHS-OIG": "{y}-IGFO-{n:05d}", "DHS-PRIV": "{y}-HQFO-{n:05d}",
    "state-local": "R{n:06d}-{y}", "other": "{y}-USMS-{n:05d}",
}
_STATUS_WEIGHTS = Weights({"draft": 4, "submitted": 8, "acknowledged": 18, "processing": 22,
                   "partial-response": 12, "complete": 14, "denied": 7, "appealed": 6,
                   "in-litigation": 2, "closed": 7})
_AGENCY_WEIGHTS = Weights({"ICE": 34, "CBP": 14, "USCIS": 16, "OBIM": 8, "EOIR": 8, "FBI": 5,
                   "DHS-CRCL": 2, "DHS-OIG": 2, "DHS-PRIV": 2, "state-local": 7, "other": 2})
_FOIA_NOTES = (
    "Consent form (G-639) signed by client.",
    "Called the FOIA office; no answer.",
    "Requested expedited processing: detained client with a hearing.",
)
_DEADLINE_WEIGHTS = Weights({"master-hearing": 30, "individual-hearing": 15, "bond-hearing": 10,
                     "filing": 25, "ice-check-in": 15, "other": 5})
_FILINGS = ("File I-589 supplement and evidence", "Motion to suppress due",
            "Respond to DHS motion to pretermit", "Submit declaration and translations",
            "Bond packet (letters of support, lease, pay stubs)", "Pre-hearing brief due")
_OTHER_TASKS = ("Call the consulate about the passport", "Request interpreter for the hearing",
                "Get certified translation of birth certificate")
_FOIA_TASK = "Follow up on FOIA by phone"
_DEADLINE_NOTES = ("Interpreter requested ({lang}).", "Client needs bus fare.",
                   "Bring original documents.", "Audiencia por video desde el centro de detención.")
# Notes as (when they fit, text): "" any client, "d" a detained client, "f" a client with a FOIA
# request (the note is then linked to it).
NOTES_EN = (
    ("", "Called {name}; confirmed the date of the encounter and that {pro} signed nothing."),
    ("", "Neighbor saw the agents' vests; willing to give a declaration."),
    ("", "Requested the I-213 from DHS counsel; no answer yet."),
    ("", "{name} has a medical appointment that week; ask for a continuance if needed."),
    ("", "Client brought photos of the door frame. Scanned and added."),
    ("", "Reviewed the narrative with {name}; corrected the time agents arrived."),
    ("", "Possible FTCA claim; gather medical records for the wrist injury."),
    ("d", "Spoke with family; bond money is being collected."),
    ("d", "Detention visit at {facility}: {name} is OK, asked about the children."),
    ("f", "FOIA acknowledgment received; calendar the response date."),
    ("f", "Called the FOIA office about the request; still processing."),
)
NOTES_ES = (
    ("", "Llamé a {name}; confirmó la fecha del encuentro y que no firmó nada."),
    ("", "La vecina vio los chalecos de los agentes; está dispuesta a declarar."),
    ("", "{name} pidió que le llamemos después de las 6 de la tarde."),
    ("", "Revisamos el relato con {name}; la hora de llegada era de madrugada, no 7:30."),
    ("", "El cliente trajo fotos de la puerta. Escaneadas y agregadas."),
    ("", "Necesita intérprete de mam para la audiencia."),
    ("d", "La familia está juntando el dinero de la fianza."),
    ("d", "Visita en {facility}: {name} está bien, preguntó por sus hijos."),
    ("f", "Llegó la confirmación de la solicitud FOIA; anotar la fecha de respuesta."),
)
# fmt: on


@dataclass(slots=True)
class FoiaPlan:
    """What documents and notes need to know about a FOIA request."""

    fid: str
    agency: str
    agency_name: str
    subject: int
    encounter: int | None
    sent: dt.date | None
    answered: dt.date | None  # a response or an adverse determination
    tracking: str
    status: str


def _day(start: dt.date, end: dt.date, rng: random.Random) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(max(1, (end - start).days)))


def _clamp(day: dt.date) -> dt.date:
    return min(day, TODAY - dt.timedelta(days=1))


class FoiaBuilder:
    """FOIA requests, mostly about clients' latest encounters, in every status and agency."""

    def __init__(self, seed: int, people: list[PersonPlan], encounters: list[EncounterPlan]) -> None:
        self.rng = stream(seed, "foia")
        self.people = people
        self.encounters = encounters
        self.agencies = Cover(self.rng, enums.FOIA_AGENCY)
        self.statuses = Cover(self.rng, enums.FOIA_STATUS)
        self.clients = [p.index for p in people if p.is_client and p.encounters] or [p.index for p in people]

    def build(self, index: int) -> tuple[dict[str, Any], FoiaPlan]:
        rng = self.rng
        subject = self.people[0 if index < 200 and index % 40 == 0 else choice(rng, self.clients)]
        agency = self.agencies.pick(_AGENCY_WEIGHTS)
        status = self.statuses.pick(_STATUS_WEIGHTS)
        fid = f"f-{index + 1:06d}"
        record: dict[str, Any] = {"id": fid, "agency": agency}
        name = AGENCY_NAMES.get(agency, "")
        if agency == "state-local":
            city = subject.city if rng.random() < 0.8 else choice(rng, CITIES)
            office = choice(rng, (city.sheriff, city.police))
            name = office
            record["jurisdiction"] = f"{office} ({city.records_law})"
            record["response_days"] = city.response_days
        record["subject_person_id"] = subject.pid
        dates = self._dates(status)
        sent = dates.get("submitted_on")
        # The request is about the subject's latest encounter before it was written.
        before = (sent or TODAY) - dt.timedelta(days=5)
        encounter = None
        for position in reversed(subject.encounters):
            if self.encounters[position].when.date() < before:
                encounter = self.encounters[position]
                break
        if encounter is not None:
            record["records_sought"] = _RECORDS[agency].format(date=encounter.when.date().isoformat())
        else:
            record["records_sought"] = _RECORDS_UNDATED
        tracking = ""
        if "received_on" in dates:
            received = dates["received_on"]
            tracking = _TRACKING[agency].format(y=received.year, n=rng.randrange(1, 999_999))
            record.update(
                tracking_number=tracking,
                expedited_requested=rng.random() < 0.15,
                extension_days=choice(rng, (0, 0, 0, 0, 5, 10, randint(rng, 1, 10))),
            )
        record.update((field, day.isoformat()) for field, day in dates.items())
        answered = dates.get("response_received_on") or dates.get("adverse_determination_on")
        record["status"] = status
        if rng.random() < 0.2:
            record["notes"] = choice(rng, _FOIA_NOTES)
        plan = FoiaPlan(
            fid,
            agency,
            name,
            subject.index,
            encounter.index if encounter else None,
            sent,
            answered,
            tracking,
            status,
        )
        return record, plan

    def _dates(self, status: str) -> dict[str, dt.date]:
        """Submission, receipt and answer dates that fit ``status`` and lie before today."""
        rng = self.rng
        if status == "draft":
            return {}
        if status == "submitted":
            return {"submitted_on": _day(TODAY - dt.timedelta(days=30), TODAY, rng)}
        # Requests still waiting were received across the last eighteen months, so some are
        # within their 20 working days on 2026-11-23 and many are overdue.
        waiting = status in ("acknowledged", "processing")
        start = dt.date(2025, 6, 1) if waiting else dt.date(2025, 1, 1)
        sent = _day(start, dt.date(2026, 11, 10) if waiting else dt.date(2026, 8, 1), rng)
        received = _clamp(sent + dt.timedelta(days=randint(rng, 0, 5)))
        dates = {"submitted_on": sent, "received_on": received}
        if status in ("partial-response", "complete", "closed"):
            dates["response_received_on"] = _clamp(received + dt.timedelta(days=randint(rng, 20, 200)))
        elif status in ("denied", "appealed", "in-litigation"):
            adverse = _clamp(received + dt.timedelta(days=randint(rng, 10, 120)))
            dates["adverse_determination_on"] = adverse
            if status != "denied":
                appeal = _clamp(adverse + dt.timedelta(days=randint(rng, 10, 85)))
                dates["appeal_filed_on"] = appeal
                if status == "in-litigation":
                    dates["litigation_filed_on"] = _clamp(appeal + dt.timedelta(days=randint(rng, 30, 120)))
        return dates


class DeadlineBuilder:
    """Hearings, filings and check-ins typed in by staff (computed kinds are the app's job)."""

    def __init__(self, seed: int, people: list[PersonPlan], encounters: list[EncounterPlan]) -> None:
        self.rng = stream(seed, "deadlines")
        self.people = people
        self.encounters = encounters
        self.kinds = Cover(self.rng, _DEADLINE_WEIGHTS.keys)
        self.clients = [p.index for p in people if p.is_client] or [p.index for p in people]

    def build(self, index: int, foia_by_person: dict[int, list[str]]) -> dict[str, Any]:
        rng = self.rng
        person = self.people[0 if index < 500 and index % 50 == 0 else choice(rng, self.clients)]
        kind = self.kinds.pick(_DEADLINE_WEIGHTS)
        day = dt.date(2026, 10, 1) + dt.timedelta(days=rng.randrange(272))  # to 2027-06-29
        if index == 0:  # the showcase client has something coming up within the month
            day = TODAY + dt.timedelta(days=randint(rng, 4, 25))
        while day.weekday() >= 5:  # courts and ICE offices keep weekday hours
            day += dt.timedelta(days=1)
        city = person.city
        record: dict[str, Any] = {"id": f"dl-{index + 1:06d}", "kind": kind}
        if kind in ("master-hearing", "individual-hearing", "bond-hearing", "ice-check-in"):
            time = dt.time(choice(rng, (8, 9, 10, 13, 14)), choice(rng, (0, 30)))
            record["due"] = local_timestamp(city, dt.datetime.combine(day, time))
        else:
            record["due"] = day.isoformat()
        court = city.court
        record["title"] = {
            "master-hearing": f"Master calendar hearing, {court}",
            "individual-hearing": f"Individual hearing (merits), {court}",
            "bond-hearing": f"Bond hearing, {court}",
            "ice-check-in": f"ICE check-in, {city.name} field office",
            "filing": choice(rng, _FILINGS),
            "other": choice(rng, _OTHER_TASKS),
        }[kind]
        requests = foia_by_person.get(person.index)
        if kind == "other" and requests and rng.random() < 0.5:
            record["title"] = _FOIA_TASK
        record["person_id"] = person.pid
        if person.encounters and rng.random() < 0.4:
            record["encounter_id"] = self.encounters[choice(rng, person.encounters)].eid
        if record["title"] == _FOIA_TASK and requests:
            record["foia_id"] = choice(rng, requests)
        record["done"] = rng.random() < (0.85 if day < TODAY else 0.04)
        if rng.random() < 0.25:
            record["notes"] = choice(rng, _DEADLINE_NOTES).format(lang=person.language)
        return record


@cache
def _notes(spanish: bool, fits: str) -> list[tuple[str, str]]:
    """Note templates for a client: general ones, plus detention and FOIA ones when they apply."""
    return [(kind, text) for kind, text in (NOTES_ES if spanish else NOTES_EN) if kind in fits]


class NoteBuilder:
    """Short staff notes in English or Spanish, signed, about a client and often an encounter."""

    def __init__(self, seed: int, people: list[PersonPlan], encounters: list[EncounterPlan]) -> None:
        self.rng = stream(seed, "notes")
        self.people = people
        self.encounters = encounters
        self.clients = [p.index for p in people if p.is_client] or [p.index for p in people]

    def build(self, index: int, foia_by_person: dict[int, list[str]]) -> dict[str, Any]:
        rng = self.rng
        person = self.people[0 if index < 1800 and index % 60 == 0 else choice(rng, self.clients)]
        spanish = person.language in ("es", "k'iche'", "mam") and rng.random() < 0.5
        requests = foia_by_person.get(person.index)
        fits = ("d" if person.custody == "detained" else "") + ("f" if requests else "")
        kind, template = choice(rng, _notes(spanish, fits))
        text = template.format(name=person.first, pro="she" if person.female else "he", facility=person.facility)
        record: dict[str, Any] = {"id": f"n-{index + 1:06d}", "text": text, "person_id": person.pid}
        if person.encounters and rng.random() < 0.6:
            record["encounter_id"] = self.encounters[choice(rng, person.encounters)].eid
        if kind == "f" and requests:
            record["foia_id"] = choice(rng, requests)
        record["author"] = choice(rng, STAFF)
        return record

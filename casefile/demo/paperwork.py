"""FOIA requests, deadlines and notes: the clinic's side of a case.

FOIA receipt dates are spread so that, on 2026-11-23 (the day the demo pretends it is), some
requests are comfortably in time, some are overdue and some denials are still inside their 90-day
appeal window; hearings and check-ins fall between October 2026 and June 2027.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from casefile.demo.names import STAFF
from casefile.demo.places import CITIES, local_timestamp
from casefile.demo.plan import TODAY, Cover, EncounterPlan, PersonPlan, stream
from casefile.domain import enums

# fmt: off
AGENCY_NAMES = {
    "ICE": "U.S. Immigration and Customs Enforcement, FOIA Office",
    "CBP": "U.S. Customs and Border Protection, FOIA Division",
    "USCIS": "USCIS National Records Center", "OBIM": "Office of Biometric Identity Management",
    "EOIR": "Executive Office for Immigration Review", "FBI": "FBI Record/Information "
    "Dissemination Section", "DHS-CRCL": "DHS Office for Civil Rights and Civil Liberties",
    "DHS-OIG": "DHS Office of Inspector General", "DHS-PRIV": "DHS Privacy Office",
    "other": "U.S. Marshals Service",
}
_RECORDS = {
    "ICE": "I-213, I-200/I-205 and all records of the {date} encounter, including EARM/ENFORCE "
           "entries and mobile biometric query logs",
    "CBP": "All records of encounters with the subject, including TECS and E3 entries",
    "USCIS": "The subject's complete A-file", "OBIM": "IDENT/HART records and query history "
    "for the subject's fingerprints and photographs since {date}",
    "EOIR": "Record of proceedings and digital audio of all hearings",
    "FBI": "Identity history summary (NGI)", "DHS-CRCL": "Records of the complaint about the "
    "{date} operation", "DHS-OIG": "Records of the complaint about the {date} operation",
    "DHS-PRIV": "Records about the subject in DHS systems",
    "state-local": "Incident reports, body-worn camera footage, dispatch audio and ICE detainer "
                   "communications for {date}",
    "other": "Records of the subject's transport and custody, {date}",
}
_TRACKING = {
    "ICE": "{y}-ICFO-{n:05d}", "CBP": "CBP-FO-{y}-{n:06d}", "USCIS": "NRC{y}{n:06d}",
    "OBIM": "{y}-OBIM-{n:05d}", "EOIR": "{y}-{n:05d}", "FBI": "{n:07d}-000",
    "DHS-CRCL": "{y}-CRFO-{n:05d}", "DHS-OIG": "{y}-IGFO-{n:05d}", "DHS-PRIV": "{y}-HQFO-{n:05d}",
    "state-local": "R{n:06d}-{y}", "other": "{y}-USMS-{n:05d}",
}
_STATUS_WEIGHTS = {"draft": 4, "submitted": 8, "acknowledged": 18, "processing": 22,
                   "partial-response": 12, "complete": 14, "denied": 7, "appealed": 6,
                   "in-litigation": 2, "closed": 7}
_AGENCY_WEIGHTS = {"ICE": 34, "CBP": 14, "USCIS": 16, "OBIM": 8, "EOIR": 8, "FBI": 5,
                   "DHS-CRCL": 2, "DHS-OIG": 2, "DHS-PRIV": 2, "state-local": 7, "other": 2}
_DEADLINE_WEIGHTS = {"master-hearing": 30, "individual-hearing": 15, "bond-hearing": 10,
                     "filing": 25, "ice-check-in": 15, "other": 5}
_FILINGS = ("File I-589 supplement and evidence", "Motion to suppress due",
            "Respond to DHS motion to pretermit", "Submit declaration and translations",
            "Bond packet (letters of support, lease, pay stubs)", "Pre-hearing brief due")
_OTHER_TASKS = ("Call the consulate about the passport", "Follow up on FOIA by phone",
                "Request interpreter for the hearing", "Get certified translation of birth certificate")
_DEADLINE_NOTES = ("Interpreter requested ({lang}).", "Client needs bus fare.",
                   "Bring original documents.", "Audiencia por video desde el centro de detención.")
NOTES_EN = (
    "Called {name}; confirmed the date of the encounter and that {pro} never signed anything.",
    "Neighbor saw the agents' vests; willing to give a declaration.",
    "Requested the I-213 from DHS counsel; no answer yet.",
    "{name} has a medical appointment that week; ask for a continuance if needed.",
    "Client brought photos of the door frame. Scanned and added.",
    "Spoke with family; bond money is being collected.",
    "Detention visit at {facility}: {name} is OK, asked about the children.",
    "Reviewed the narrative with {name}; corrected the time agents arrived.",
    "FOIA acknowledgment received; calendar the response date.",
    "Possible FTCA claim; gather medical records for the wrist injury.",
)
NOTES_ES = (
    "Llamé a {name}; confirmó la fecha del encuentro y que no firmó nada.",
    "La vecina vio los chalecos de los agentes; está dispuesta a declarar.",
    "{name} pidió que le llamemos después de las 6 de la tarde.",
    "La familia está juntando el dinero de la fianza.",
    "Visita en {facility}: {name} está bien, preguntó por sus hijos.",
    "Revisamos el relato con {name}; la hora de llegada era de madrugada, no 7:30.",
    "El cliente trajo fotos de la puerta. Escaneadas y agregadas.",
    "Necesita intérprete de mam para la audiencia.",
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
    def __init__(self, seed: int, people: list[PersonPlan], encounters: list[EncounterPlan]) -> None:
        self.rng = stream(seed, "foia")
        self.people = people
        self.encounters = encounters
        self.agencies = Cover(self.rng, enums.FOIA_AGENCY)
        self.statuses = Cover(self.rng, enums.FOIA_STATUS)
        self.clients = [p.index for p in people if p.is_client and p.encounters] or [
            p.index for p in people
        ]

    def build(self, index: int) -> tuple[dict[str, Any], FoiaPlan]:
        rng = self.rng
        subject = self.people[0 if index % 40 == 0 else rng.choice(self.clients)]
        agency = self.agencies.pick(_AGENCY_WEIGHTS)
        status = self.statuses.pick(_STATUS_WEIGHTS)
        encounter = self.encounters[subject.encounters[-1]] if subject.encounters else None
        about = (encounter.when.date() if encounter else dt.date(2025, 1, 1)).isoformat()
        fid = f"f-{index + 1:06d}"
        record: dict[str, Any] = {"id": fid, "agency": agency}
        name = AGENCY_NAMES.get(agency, "")
        if agency == "state-local":
            city = subject.city if rng.random() < 0.8 else rng.choice(CITIES)
            office = rng.choice((city.sheriff, city.police))
            name = office
            record["jurisdiction"] = f"{office} ({city.records_law})"
            record["response_days"] = city.response_days
        record["subject_person_id"] = subject.pid
        record["records_sought"] = _RECORDS[agency].format(date=about)
        sent = answered = None
        tracking = ""
        if status == "submitted":
            sent = _day(TODAY - dt.timedelta(days=30), TODAY, rng)
            record["submitted_on"] = sent.isoformat()
        elif status != "draft":
            late = status in ("acknowledged", "processing")
            start = dt.date(2025, 6, 1) if late else dt.date(2025, 1, 1)
            sent = _day(start, dt.date(2026, 11, 10) if late else dt.date(2026, 8, 1), rng)
            received = sent + dt.timedelta(days=rng.randint(0, 5))
            tracking = _TRACKING[agency].format(y=received.year, n=rng.randrange(1, 999_999))
            record.update(
                submitted_on=sent.isoformat(),
                received_on=_clamp(received).isoformat(),
                tracking_number=tracking,
                expedited_requested=rng.random() < 0.15,
                extension_days=rng.choice((0, 0, 0, 0, 5, 10, rng.randint(1, 10))),
            )
            if status in ("partial-response", "complete", "closed"):
                answered = _clamp(received + dt.timedelta(days=rng.randint(20, 200)))
                record["response_received_on"] = answered.isoformat()
            elif status in ("denied", "appealed", "in-litigation"):
                answered = _clamp(received + dt.timedelta(days=rng.randint(10, 120)))
                record["adverse_determination_on"] = answered.isoformat()
                if status != "denied":
                    appeal = _clamp(answered + dt.timedelta(days=rng.randint(10, 85)))
                    record["appeal_filed_on"] = appeal.isoformat()
                    if status == "in-litigation":
                        sued = _clamp(appeal + dt.timedelta(days=rng.randint(30, 120)))
                        record["litigation_filed_on"] = sued.isoformat()
        record["status"] = status
        if rng.random() < 0.2:
            record["notes"] = rng.choice(
                ("Consent form (G-639) signed by client.", "Called the FOIA office; no answer.",
                 "Requested expedited processing: detained client with a hearing.")
            )  # fmt: skip
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


class DeadlineBuilder:
    def __init__(self, seed: int, people: list[PersonPlan], encounters: list[EncounterPlan]) -> None:
        self.rng = stream(seed, "deadlines")
        self.people = people
        self.encounters = encounters
        self.kinds = Cover(self.rng, tuple(_DEADLINE_WEIGHTS))
        self.clients = [p.index for p in people if p.is_client] or [p.index for p in people]

    def build(self, index: int, foia_by_person: dict[int, list[str]]) -> dict[str, Any]:
        rng = self.rng
        person = self.people[0 if index % 50 == 0 else rng.choice(self.clients)]
        kind = self.kinds.pick(_DEADLINE_WEIGHTS)
        day = dt.date(2026, 10, 1) + dt.timedelta(days=rng.randrange(272))  # to 2027-06-29
        city = person.city
        record: dict[str, Any] = {"id": f"dl-{index + 1:06d}", "kind": kind}
        if kind in ("master-hearing", "individual-hearing", "bond-hearing", "ice-check-in"):
            time = dt.time(rng.choice((8, 9, 10, 13, 14)), rng.choice((0, 30)))
            record["due"] = local_timestamp(city, dt.datetime.combine(day, time))
        else:
            record["due"] = day.isoformat()
        court = city.court
        record["title"] = {
            "master-hearing": f"Master calendar hearing, {court}",
            "individual-hearing": f"Individual hearing (merits), {court}",
            "bond-hearing": f"Bond hearing, {court}",
            "ice-check-in": f"ICE check-in, {city.name} field office",
            "filing": rng.choice(_FILINGS),
            "other": rng.choice(_OTHER_TASKS),
        }[kind]
        record["person_id"] = person.pid
        if person.encounters and rng.random() < 0.4:
            record["encounter_id"] = self.encounters[rng.choice(person.encounters)].eid
        if kind == "other" and foia_by_person.get(person.index):
            record["foia_id"] = rng.choice(foia_by_person[person.index])
        record["done"] = rng.random() < (0.85 if day < TODAY else 0.04)
        if rng.random() < 0.25:
            record["notes"] = rng.choice(_DEADLINE_NOTES).format(lang=person.language)
        return record


class NoteBuilder:
    def __init__(self, seed: int, people: list[PersonPlan], encounters: list[EncounterPlan]) -> None:
        self.rng = stream(seed, "notes")
        self.people = people
        self.encounters = encounters
        self.clients = [p.index for p in people if p.is_client] or [p.index for p in people]

    def build(self, index: int, foia_by_person: dict[int, list[str]]) -> dict[str, Any]:
        rng = self.rng
        person = self.people[0 if index % 60 == 0 else rng.choice(self.clients)]
        spanish = person.language in ("es", "k'iche'", "mam") and rng.random() < 0.5
        template = rng.choice(NOTES_ES if spanish else NOTES_EN)
        text = template.format(
            name=person.first,
            pro="she" if person.female else "he",
            facility=rng.choice(person.city.facilities),
        )
        record: dict[str, Any] = {"id": f"n-{index + 1:06d}", "text": text, "person_id": person.pid}
        if person.encounters and rng.random() < 0.6:
            record["encounter_id"] = self.encounters[rng.choice(person.encounters)].eid
        if foia_by_person.get(person.index) and rng.random() < 0.1:
            record["foia_id"] = rng.choice(foia_by_person[person.index])
        record["author"] = rng.choice(STAFF)
        return record

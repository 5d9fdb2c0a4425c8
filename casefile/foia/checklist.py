"""The records to ask for, drawn from the encounter: each item says which recorded fact prompted it.

A FOIA request must "reasonably describe" the records (5 U.S.C. 552(a)(3)(A)); the more an item
names (date, place, form, device, database), the less room for an inadequate search. Each agency
module picks the helpers that fit the records it keeps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from casefile.foia.facts import LetterFacts, day_of, place, when
from casefile.reports.fmt import parse_date, parse_datetime

LOCAL_AGENCIES = ("local-police", "sheriff", "state-police", "task-force-287g")
LOCAL_PROGRAMS = ("secure-communities", "287g", "CAP")
# Days before the encounter from which communications about the subject are asked for: planning a
# targeted operation starts weeks ahead.
COMMUNICATIONS_LEAD_DAYS = 90

_MODALITY = {"fingerprint": "fingerprint", "iris": "iris scan", "face": "face photograph", "dna": "DNA sample"}
_DEVICE = {
    "mobile-handheld": "a mobile handheld biometric device",
    "smartphone-app": "a smartphone application",
    "booking-station": "a booking station",
}


@dataclass(frozen=True)
class Item:
    """One record sought; ``basis`` names the recorded fact it comes from (shown to the clinic)."""

    text: str
    basis: str = ""


def _on(enc: dict[str, Any]) -> str:
    where = place(enc)
    return f"on {when(enc.get('occurred_at'))}" + (f" at {where}" if where else "")


def _day(enc: dict[str, Any]) -> str:
    return day_of(str(enc.get("occurred_at") or "")[:10])


def arrest_items(facts: LetterFacts) -> list[Item]:
    """Arrest and custody forms: I-213, the warrants, I-247A, I-286, the NTA."""
    out: list[Item] = []
    name = facts.name
    for enc in facts.encounters:
        basis = f"encounter of {_day(enc)}"
        arrest = facts.arrest_of_subject(enc)
        if arrest is not None:
            out.append(
                Item(
                    f"Form I-213 (Record of Deportable/Inadmissible Alien) and every continuation page and "
                    f"narrative for the arrest of {name} {_on(enc)}, in every version and draft.",
                    f"{basis}: {arrest.get('outcome')}",
                )
            )
        warrant = (enc.get("warrant") or {}).get("type")
        if warrant in ("administrative-I-200", "administrative-I-205", "judicial-arrest", "judicial-search", "unknown"):
            form = {
                "administrative-I-200": "Form I-200 (Warrant for Arrest of Alien)",
                "administrative-I-205": "Form I-205 (Warrant of Removal/Deportation)",
            }.get(warrant, "any warrant")
            out.append(
                Item(
                    f"{form} and any other warrant relied on for the operation {_on(enc)}, with the records "
                    "showing who signed it and when, and whether it was shown to anyone present.",
                    f"{basis}: warrant recorded as {warrant}",
                )
            )
        if arrest is not None:
            out.append(
                Item(
                    f"Form I-286 (Notice of Custody Determination), booking, classification and transfer records "
                    f"for {name} after {_day(enc)}.",
                    f"{basis}: arrest",
                )
            )
        removal_basis = str(((arrest or {}).get("arrest") or {}).get("basis_stated") or "").lower()
        if warrant != "administrative-I-205" and ("removal" in removal_basis or facts.subject.get("final_order_on")):
            out.append(
                Item(
                    f"Form I-205 (Warrant of Removal/Deportation) and the removal order relied on to detain {name}.",
                    f"{basis}: basis stated '{removal_basis}'" if removal_basis else "final order recorded",
                )
            )
        local = [a for a in enc.get("agencies") or [] if a in LOCAL_AGENCIES]
        if local or enc.get("program") in LOCAL_PROGRAMS or enc.get("setting") in ("jail", "probation-office"):
            out.append(
                Item(
                    f"Form I-247A (Immigration Detainer - Notice of Action) and any other request to state or local "
                    f"authorities about {name}, with the records of how they were sent and answered.",
                    f"{basis}: {', '.join(local) or enc.get('program') or enc.get('setting')}",
                )
            )
        nta_on = ((arrest or {}).get("arrest") or {}).get("nta_served_on")
        if nta_on and not facts.has_document("I-862"):
            out.append(
                Item(
                    f"Form I-862 (Notice to Appear) served on {day_of(nta_on)} and its proof of service.",
                    f"{basis}: NTA served {nta_on}",
                )
            )
    return out


def enforcement_db_items(facts: LetterFacts) -> list[Item]:
    """ICE's case-management entries: EID, EARM/ENFORCE."""
    if not facts.encounters:
        return [
            Item(
                f"All entries about {facts.name} in the Enforcement Integrated Database (EID), including EARM "
                "(ENFORCE Alien Removal Module) case records, event and encounter histories and case comments."
            )
        ]
    days = ", ".join(_day(e) for e in facts.encounters)
    return [
        Item(
            f"All entries about {facts.name} in the Enforcement Integrated Database (EID), including EARM "
            f"(ENFORCE Alien Removal Module) and ENFORCE case records, event and encounter histories, case "
            f"comments and the audit trail of who created or changed each entry, for the encounter of {days} "
            "and since.",
            f"encounters of {days}",
        )
    ]


def operation_items(facts: LetterFacts) -> list[Item]:
    """The operation behind a targeted arrest: plan, target folder, what the officers were told."""
    out = []
    for enc in facts.encounters:
        program = enc.get("program")
        if program in (None, "", "unknown") and not (enc.get("warrant") or {}).get("named_person_id"):
            continue
        named = (enc.get("warrant") or {}).get("named_person_id")
        target = "another person" if named and named != facts.subject["id"] else facts.name
        out.append(
            Item(
                f"The operational plan, field operations worksheet, target folder and briefing materials for the "
                f"operation {_on(enc)} (which sought {target}), as far as they concern {facts.name} or the "
                "address, and any record of why that address was chosen.",
                f"encounter of {_day(enc)}: program {program or 'not recorded'}",
            )
        )
        entry = enc.get("entry")
        if entry in ("consent", "ruse", "forced"):
            out.append(
                Item(
                    f"Any record of consent to enter, or of the reason for entering, {_on(enc)}, and of how the "
                    "officers identified themselves.",
                    f"encounter of {_day(enc)}: entry recorded as {entry}"
                    + (f", identified as {enc['identified_as']}" if enc.get("identified_as") else ""),
                )
            )
        officers = [o for o in enc.get("officers") or [] if (o.get("name") or "").lower() not in ("", "unknown")]
        count = enc.get("officer_count") or len(enc.get("officers") or [])
        if count or officers:
            out.append(
                Item(
                    f"Records showing which officers and vehicles took part in the operation {_on(enc)}"
                    + (f" ({count} officers were present)" if count else "")
                    + ", their assignments and their reports of it.",
                    f"encounter of {_day(enc)}: officers recorded",
                )
            )
    return out


def biometric_items(facts: LetterFacts, *, holder: str = "") -> list[Item]:
    """Each capture of the subject's biometrics: the device and app, and every query it sent."""
    out = []
    for enc in facts.encounters:
        for cap in facts.captures_of_subject(enc):
            modality = _MODALITY.get(cap.get("modality") or "", "biometric capture")
            device = _DEVICE.get(cap.get("device") or "", "the device")
            before = " before any arrest" if cap.get("before_arrest") is True else ""
            dbs = [d for d in cap.get("databases") or [] if d]
            where = f" {holder}" if holder else ""
            out.append(
                Item(
                    f"Records{where} of the {modality} taken from {facts.name}{before} {_on(enc)} with {device}: "
                    "the make, model and identifier of the device, the name and version of the application or "
                    "software used, the time of capture, the officer who took it, every query it sent"
                    + (f" (including to {', '.join(dbs)})" if dbs else "")
                    + ", every response or match returned, and how long the capture is kept.",
                    f"encounter of {_day(enc)}: {cap.get('modality')}, device {cap.get('device')}, "
                    f"consent {cap.get('consent')}",
                )
            )
    return out


def video_items(facts: LetterFacts) -> list[Item]:
    return [
        Item(
            f"Body-worn camera and dash-camera video and audio recorded during the encounter {_on(enc)}, with their "
            "metadata (device, officer, start and end times), and any record that a camera was not switched on "
            "or that a recording was deleted.",
            f"encounter of {_day(enc)}",
        )
        for enc in facts.encounters
    ]


def communications_items(facts: LetterFacts) -> list[Item]:
    """E-mails and messages naming the client, from weeks before the first encounter to the search."""
    names = [facts.name, *facts.aliases, facts.a_number]
    terms = "; ".join(f'"{n}"' for n in names if n)
    start = None
    for enc in facts.encounters:
        moment = parse_datetime(enc.get("occurred_at")) or None
        day = moment.date() if moment else parse_date(enc.get("occurred_at"))
        if day and (start is None or day < start):
            start = day
    span = (
        f"from {day_of((start - timedelta(days=COMMUNICATIONS_LEAD_DAYS)).isoformat())} to the date of the search"
        if start
        else "to the date of the search"
    )
    return [
        Item(
            f"E-mails, text and chat messages, radio and dispatch logs and other communications that name {facts.name} "
            f"or the A-number, {span}; search terms: {terms}.",
            "the subject's names and A-number",
        )
    ]


def sharing_items(facts: LetterFacts, which: tuple[str, ...]) -> list[Item]:
    """The data-sharing trail: who looked the client up where, and who received what."""
    dbs = {d for enc in facts.encounters for cap in facts.captures_of_subject(enc) for d in cap.get("databases") or []}
    recorded = {"ident": "IDENT", "ngi": "NGI", "dmv": "DMV", "gang": "GANG"}
    texts = {
        "ident": f"Logs of every query of IDENT or HART made with {facts.name}'s biometrics or identifiers, with the "
        "date, the querying agency and device, and the response returned.",
        "ngi": f"Logs of every query of the FBI's Next Generation Identification (NGI) system made with "
        f"{facts.name}'s fingerprints or identifiers, and the responses returned.",
        "dmv": f"Records of look-ups of {facts.name} in state motor-vehicle (DMV) records, directly or through "
        "Nlets or any other service, and what was returned.",
        "gang": f"Any entry about {facts.name} in a gang database or list, its source, and every record of it being "
        "consulted or shared.",
        "foreign": f"Records about {facts.name} shared with or received from a foreign government, including "
        "criminal-history or identity information and travel documents.",
    }
    out = []
    for key in which:
        named = sorted(d for d in dbs if recorded.get(key, "\0") in d.upper())
        out.append(Item(texts[key], f"database recorded at the encounter: {', '.join(named)}" if named else ""))
    return out

"""What a FOIA letter says, gathered from the vault: the request, its subject, the encounters.

A letter is filled only from recorded facts. What the records do not say is left out of the
letter, never written as a blank or a placeholder; what the requester must supply (their own name
and address) is asked for with a :class:`~casefile.errors.CasefileError` that says how.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from casefile.clock import today as local_today
from casefile.demo.doc_texts import long_date
from casefile.demo.names import COUNTRY_NAMES
from casefile.domain.validate import format_a_number
from casefile.errors import CasefileError, NotFound
from casefile.foia import FEE_CATEGORIES
from casefile.reports.fmt import parse_date, parse_datetime

# The requester (the clinic's attorney) is the same on every letter: kept in the vault's meta
# table, encrypted with everything else, so the next letter needs no options.
REQUESTER_META = "foia_requester"

HEARING_KINDS = ("master-hearing", "individual-hearing", "bond-hearing")
ARRESTED = ("arrested", "detained", "removed")


@dataclass(frozen=True)
class Requester:
    """Who asks and where the answer goes."""

    name: str = ""
    organization: str = ""
    address: str = ""  # lines separated by newlines
    email: str = ""
    phone: str = ""

    def missing(self) -> list[str]:
        return [what for what, value in (("name", self.name), ("mailing address", self.address)) if not value.strip()]

    def lines(self) -> list[str]:
        out = [self.name, self.organization, *self.address.splitlines(), self.email, self.phone]
        return [line.strip() for line in out if line and line.strip()]


@dataclass(frozen=True)
class LetterOptions:
    """Choices the records do not hold: fee category and limit, waiver, expedite reason, statute."""

    fee_category: str = "other"
    fee_limit: int = 25  # USD the requester agrees to pay without being asked first
    fee_waiver: bool = False
    fee_waiver_reason: str = ""
    expedite_reason: str = ""  # added to the reasons drawn from the records
    statute: str = ""  # a state or local agency's public-records law, as the user names it

    def __post_init__(self) -> None:
        if self.fee_category not in FEE_CATEGORIES:
            raise CasefileError(
                f"Fee category must be one of {', '.join(FEE_CATEGORIES)}, not {self.fee_category!r}.",
                key="foia_fee_category",
            )
        if self.fee_limit < 0:
            raise CasefileError("The fee limit cannot be negative.", key="foia_fee_limit")


@dataclass
class LetterFacts:
    """Everything one letter draws on."""

    request: dict[str, Any]
    subject: dict[str, Any]
    encounters: list[dict[str, Any]]
    people: dict[str, dict[str, Any]]
    deadlines: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    requester: Requester
    options: LetterOptions
    today: date = field(default_factory=local_today)

    # ----- the subject -----
    @property
    def name(self) -> str:
        return str(self.subject.get("full_name") or "")

    @property
    def aliases(self) -> list[str]:
        return [a for a in self.subject.get("aliases") or [] if a and a != self.name]

    @property
    def a_number(self) -> str:
        return format_a_number(self.subject.get("a_number"))

    @property
    def birth_date(self) -> str:
        day = parse_date(self.subject.get("date_of_birth"))
        return long_date(day, False) if day else ""

    @property
    def birth_country(self) -> str:
        return country_name(self.subject.get("country_of_birth"))

    def identifiers(self) -> list[tuple[str, str]]:
        """The subject's identifiers as a letter lists them; unknown ones are left out."""
        rows = [
            ("Full name", self.name),
            ("Other names used", "; ".join(self.aliases)),
            ("A-number", self.a_number),
            ("Date of birth", self.birth_date),
            ("Country of birth", self.birth_country),
        ]
        facility = self.subject.get("custody_facility")
        if self.subject.get("custody_status") == "detained" and facility:
            rows.append(("Detained at", str(facility)))
        for enc in self.encounters:
            rows.append(("Encounter", encounter_phrase(enc)))
        return [(k, v) for k, v in rows if v]

    # ----- the encounters -----
    def arrest_of_subject(self, encounter: dict[str, Any]) -> dict[str, Any] | None:
        """The subject's participation when they were arrested or detained in ``encounter``."""
        for part in encounter.get("participants") or []:
            if part.get("person_id") == self.subject["id"] and part.get("outcome") in ARRESTED:
                return dict(part)
        return None

    def captures_of_subject(self, encounter: dict[str, Any]) -> list[dict[str, Any]]:
        return [b for b in encounter.get("biometrics") or [] if b.get("person_id") == self.subject["id"]]

    def next_hearing(self) -> dict[str, Any] | None:
        """The subject's next immigration-court hearing on or after today, if one is recorded."""
        coming = []
        for d in self.deadlines:
            due = parse_date(str(d.get("due") or "")[:10])
            if d.get("kind") in HEARING_KINDS and due and due >= self.today and not d.get("done"):
                coming.append((due, d))
        return min(coming, key=lambda pair: pair[0])[1] if coming else None

    def has_document(self, kind: str) -> bool:
        return any(d.get("kind") == kind for d in self.documents)


def country_name(code: object) -> str:
    if not code:
        return ""
    names = COUNTRY_NAMES.get(str(code).upper())
    return f"{names[0]} ({code})" if names else str(code)


def when(value: object) -> str:
    """``September 15, 2026 at about 05:50`` from an encounter's time (date alone when no time)."""
    moment = parse_datetime(value)
    if moment is not None and "T" in str(value):
        return f"{long_date(moment.date(), False)} at about {moment:%H:%M}"
    day = parse_date(value)
    return long_date(day, False) if day else ""


def day_of(value: object) -> str:
    day = parse_date(str(value or "")[:10])
    return long_date(day, False) if day else ""


def place(encounter: dict[str, Any]) -> str:
    loc = encounter.get("location") or {}
    city_state = ", ".join(x for x in (loc.get("city"), loc.get("state")) if x)
    return ", ".join(x for x in (loc.get("address"), city_state) if x)


def encounter_phrase(encounter: dict[str, Any]) -> str:
    """One line naming an encounter: when, where, which agencies."""
    parts = [when(encounter.get("occurred_at"))]
    where = place(encounter)
    if where:
        parts.append(f"at {where}")
    agencies = [a for a in encounter.get("agencies") or [] if a != "unknown"]
    if agencies:
        parts.append(f"({', '.join(agencies)})")
    return " ".join(p for p in parts if p)


def load_requester(vault: Any) -> Requester:
    raw = vault.meta(REQUESTER_META)
    if not raw:
        return Requester()
    try:
        data = json.loads(raw)
    except ValueError:
        return Requester()
    return Requester(**{k: str(v) for k, v in data.items() if k in Requester.__dataclass_fields__})


def save_requester(vault: Any, requester: Requester) -> None:
    vault.set_meta(REQUESTER_META, json.dumps(asdict(requester), ensure_ascii=False))
    vault.audit("foia_requester_saved")


def merged_requester(stored: Requester, given: Requester) -> Requester:
    """The stored requester with whatever was given now in place of it, field by field."""
    return Requester(**{k: getattr(given, k) or getattr(stored, k) for k in Requester.__dataclass_fields__})


def gather(
    vault: Any,
    foia_id: str,
    *,
    requester: Requester,
    options: LetterOptions | None = None,
    day: date | None = None,
) -> LetterFacts:
    """The facts of one FOIA request's letters; ``NotFound`` or a ``CasefileError`` saying what is missing."""
    from casefile.services import records
    from casefile.services.bundle import person_bundle

    request = records.get(vault, "foia_requests", foia_id)
    if request is None:
        raise NotFound(f"No FOIA request with id {foia_id!r} in this vault.", key="foia_not_found")
    subject_id = request.get("subject_person_id")
    if not subject_id:
        raise CasefileError(
            f"FOIA request {foia_id} names no subject: choose the person the records are about "
            "(subject_person_id) before writing its letter.",
            key="foia_no_subject",
        )
    missing = requester.missing()
    if missing:
        raise CasefileError(
            f"The letter needs the requester's {' and '.join(missing)}: give --requester-name and "
            "--requester-address once (they are kept in the vault for the next letters).",
            key="foia_requester_missing",
        )
    day = day or local_today()
    bundle = person_bundle(vault, subject_id, day=day)
    people = {p["id"]: p for p in bundle["people"]}
    encounters = bundle["encounters"]
    # A request that names its encounter is about that one; otherwise every encounter of the subject.
    named = request.get("encounter_id")
    if named:
        encounters = [e for e in encounters if e["id"] == named] or [
            e for e in [records.get(vault, "encounters", named)] if e
        ]
    for fresh in bundle["foia_requests"]:
        if fresh["id"] == foia_id:
            request = fresh  # with its computed dates
    return LetterFacts(
        request=request,
        subject=people.get(subject_id) or records.get(vault, "people", subject_id) or {"id": subject_id},
        encounters=encounters,
        people=people,
        deadlines=bundle["deadlines"],
        documents=bundle["documents"],
        requester=requester,
        options=options or LetterOptions(),
        today=day,
    )

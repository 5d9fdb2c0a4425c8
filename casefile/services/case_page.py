"""One client's case in one place: identity, a dated timeline and the next open deadlines.

The app's case page shows this. It reads the same bundle the case summary report prints
(``services.bundle.person_bundle``: encounters through the person's participant rows, documents
linked to them or their encounters, their FOIA requests, notes, stored and computed deadlines),
so the page and the report never disagree about what belongs to a case. Deadlines are those the
deadline rules computed (``casefile.domain.deadlines``); each carries its own citation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from casefile.domain import deadlines as rules
from casefile.domain.deadlines_hearings import TYPE_WORDS
from casefile.queries.kinds import utc_sort_key
from casefile.reports.view import BundleView, arrests
from casefile.services.bundle import person_bundle
from casefile.vault.db import Vault

HEARINGS = ("master-hearing", "individual-hearing", "bond-hearing")
# On one day, events read in the order they happen: a request is submitted before it is received.
ORDER = (
    "encounter",
    "arrest",
    "nta",
    "released",
    "document",
    "foia-submitted",
    "foia-received",
    "foia-response",
    "foia-appeal",
    "foia-litigation",
    "hearing",
    "bond-decision",
    "ij-decision",
    "final-order",
    "note",
)


@dataclass(frozen=True)
class Identity:
    person_id: str
    full_name: str
    a_number: str | None
    date_of_birth: str | None
    custody_status: str | None
    custody_facility: str | None
    country_of_birth: str | None
    preferred_language: str | None
    is_client: bool


@dataclass(frozen=True)
class Event:
    """One dated line of the timeline; ``kind_name``/``record_id`` say which record opens it."""

    when: str  # ISO date or date-time, as recorded
    kind: str  # encounter, arrest, released, nta, hearing, ij-decision, document, foia-submitted, … note
    text: str  # short, case data (titles, places, tracking numbers) — shown as plain text
    kind_name: str  # the record's list name: encounters, documents, foia_requests, deadlines, notes
    record_id: str


@dataclass(frozen=True)
class NextDeadline:
    due: str
    kind: str
    title: str
    citation: str | None
    computed: bool
    overdue: bool
    awaiting_outcome: bool
    record_id: str | None  # a stored deadline's id; None for a computed one
    # The deadline as the rules gave it (its source facts), for wording it in the reader's language.
    record: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class CaseOverview:
    identity: Identity
    timeline: tuple[Event, ...]  # oldest first
    deadlines: tuple[NextDeadline, ...]  # open ones, soonest first (overdue at the top)
    encounter_ids: tuple[str, ...]


def _key(when: str) -> tuple[str, str]:
    """Sort by the calendar day as written (a 22:05 encounter in Chicago is on the 22nd, not on
    UTC's 23rd), then by the instant; a bare date follows that day's timed events, since what is
    dated only by day (an NTA, a document) usually follows the arrest it comes from."""
    return (when[:10], utc_sort_key(when) if "T" in when else "~")


def case_overview(vault: Vault, person_id: str, *, day: date | None = None) -> CaseOverview:
    """Everything on one person's case page; NotFound when the person is not in the vault."""
    view = BundleView(person_bundle(vault, person_id, day=day))
    person = view.person(person_id)
    encounters = view.encounters_for(person_id)
    foia = view.foia_for(person_id)
    enc_ids = {str(e.get("id")) for e in encounters}
    foia_ids = {str(f.get("id")) for f in foia}
    linked = [d for d in view.deadlines if view.linked(d, person_id, enc_ids, foia_ids)]
    events = _timeline(view, person_id, encounters, foia, linked, (enc_ids, foia_ids))
    open_deadlines = sorted(
        (d for d in linked if not rules.is_done(d)),
        key=lambda d: (not d.get("overdue"), _key(str(d.get("due") or ""))),
    )
    nexts = tuple(_next_deadline(d) for d in open_deadlines)
    return CaseOverview(_identity(person, person_id), tuple(events), nexts, tuple(sorted(enc_ids)))


def _timeline(
    view: BundleView,
    person_id: str,
    encounters: list[dict[str, Any]],
    foia: list[dict[str, Any]],
    linked: list[dict[str, Any]],
    ids: tuple[set[str], set[str]],
) -> list[Event]:
    """The case's dated events, in order: encounters and arrests, documents, FOIA steps, the
    removal case's decisions, hearings and notes."""
    enc_ids, foia_ids = ids
    person = view.person(person_id)
    events: list[Event] = []

    def add(when: Any, kind: str, text: str, kind_name: str, record_id: Any) -> None:
        if when and record_id:
            events.append(Event(str(when), kind, text.strip(), kind_name, str(record_id)))

    for enc in encounters:
        place = enc.get("location") or {}
        where = ", ".join(str(x) for x in (place.get("address"), place.get("city"), place.get("state")) if x)
        add(enc.get("occurred_at"), "encounter", where, "encounters", enc.get("id"))
        for part in arrests(enc, person_id):
            arrest = part.get("arrest") or {}
            add(arrest.get("arrested_at"), "arrest", arrest.get("custody_facility") or "", "encounters", enc.get("id"))
            add(arrest.get("nta_served_on"), "nta", "", "encounters", enc.get("id"))
            add(arrest.get("released_on"), "released", "", "encounters", enc.get("id"))
    for doc in view.documents_for(person_id, enc_ids, foia_ids):
        add(doc.get("document_date"), "document", str(doc.get("title") or ""), "documents", doc.get("id"))
    for req in foia:
        who = f"{req.get('agency') or ''} {req.get('tracking_number') or ''}"
        for column, kind in (
            ("submitted_on", "foia-submitted"),
            ("received_on", "foia-received"),
            ("response_received_on", "foia-response"),
            ("appeal_filed_on", "foia-appeal"),
            ("litigation_filed_on", "foia-litigation"),
        ):
            add(req.get(column), kind, who, "foia_requests", req.get("id"))
    # The removal case's own decisions, from which the appeal and motion clocks run.
    for column, kind in (
        ("ij_decision_on", "ij-decision"),
        ("bond_decision_on", "bond-decision"),
        ("final_order_on", "final-order"),
    ):
        add(person.get(column), kind, "", "people", person_id)
    for deadline in linked:
        if deadline.get("kind") in HEARINGS and not deadline.get("computed") and not deadline.get("hearing_id"):
            add(deadline.get("due"), "hearing", str(deadline.get("title") or ""), "deadlines", deadline.get("id"))
    # Hearing records (issue 15) on their own day, whatever came of them; each opens the hearing.
    for hearing in view.bundle.get("hearings") or []:
        if hearing.get("person_id") == person_id:
            kind = TYPE_WORDS.get(str(hearing.get("hearing_type")), "")
            what = ", ".join(x for x in (kind, hearing.get("court")) if x)
            add(hearing.get("starts_at"), "hearing", what, "hearings", hearing.get("id"))
    for note in view.notes:
        if view.linked(note, person_id, enc_ids, foia_ids):
            text = " ".join(str(note.get("text") or "").split())
            add(note.get("created_at"), "note", text[:160], "notes", note.get("id"))
    events.sort(key=lambda e: (*_key(e.when), ORDER.index(e.kind)))
    return events


def _next_deadline(d: dict[str, Any]) -> NextDeadline:
    return NextDeadline(
        due=str(d.get("due") or ""),
        kind=str(d.get("kind") or ""),
        title=str(d.get("title") or ""),
        citation=d.get("citation"),
        computed=bool(d.get("computed")),
        overdue=bool(d.get("overdue")),
        awaiting_outcome=bool(d.get("awaiting_outcome")),
        record_id=None if d.get("computed") else d.get("id"),
        record=dict(d),
    )


def _identity(person: dict[str, Any], person_id: str) -> Identity:
    return Identity(
        person_id=person_id,
        full_name=str(person.get("full_name") or ""),
        a_number=person.get("a_number"),
        date_of_birth=person.get("date_of_birth"),
        custody_status=person.get("custody_status"),
        custody_facility=person.get("custody_facility"),
        country_of_birth=person.get("country_of_birth"),
        preferred_language=person.get("preferred_language"),
        is_client=bool(person.get("is_client")),
    )

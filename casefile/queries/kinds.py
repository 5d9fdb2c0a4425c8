"""What the vault stores for each kind of record: table, indexed columns, search text.

A record is kept whole as interchange JSON; ``columns`` copies out the few values lists sort and
filter on, and ``search_title`` / ``search_body`` say what full-text search sees.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from casefile.domain.validate import format_a_number

Record = dict[str, Any]


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for sorting names and titles (Núñez → nunez)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def utc_sort_key(occurred_at: str) -> str:
    """Encounters sort by the instant they happened, whatever offset each was recorded in."""
    try:
        moment = datetime.fromisoformat(occurred_at.replace("Z", "+00:00"))
    except ValueError:
        return occurred_at
    if moment.tzinfo is None:
        return moment.isoformat()
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _join(*parts: Any) -> str:
    out: list[str] = []
    for part in parts:
        if part is None or part == "":
            continue
        if isinstance(part, (list, tuple)):
            out.append(_join(*part))
        elif isinstance(part, dict):
            out.append(_join(*part.values()))
        else:
            out.append(str(part))
    return "\n".join(p for p in out if p)


def a_number_terms(a_number: str | None) -> str:
    if not a_number:
        return ""
    digits = a_number[1:]
    forms = dict.fromkeys((digits, digits.lstrip("0"), format_a_number(a_number)))
    return " ".join(forms)


@dataclass(frozen=True)
class Kind:
    list_name: str
    type_name: str
    table: str
    code: int  # search rowid = rid * 8 + code
    columns: Callable[[Record], dict[str, Any]]
    sorts: dict[str, str]
    filters: dict[str, str]
    default_sort: str
    search_title: Callable[[Record], str] | None = None
    search_body: Callable[[Record], str] | None = None
    list_columns: tuple[str, ...] = field(default_factory=tuple)


def _person_columns(r: Record) -> dict[str, Any]:
    return {
        "full_name": r["full_name"],
        "sort_name": fold(r["full_name"]),
        "a_number": r.get("a_number"),
        "is_client": 1 if r.get("is_client") else 0,
        "custody_status": r.get("custody_status") or "",
        "date_of_birth": r.get("date_of_birth") or "",
        "ij_decision_on": r.get("ij_decision_on") or "",
        # Sources of computed deadlines (casefile.domain.rules), indexed by date (schema 6).
        "final_order_on": r.get("final_order_on") or "",
        "bond_decision_on": r.get("bond_decision_on") or "",
    }


def pattern_facts(r: Record) -> dict[str, Any]:
    """What the pattern report counts from an encounter (participants come from their table).

    Kept in ``encounters.pattern``; migration 3 computes the same for existing rows in SQL.
    """
    warrant = r.get("warrant") or {}
    location = r.get("location") or {}
    return {
        "d": str(r.get("occurred_at") or "")[:10],
        "s": r.get("setting"),
        "a": r.get("agencies"),
        "p": r.get("program"),
        "c": location.get("city"),
        "t": location.get("state"),
        "b": [[c.get("modality"), c.get("consent")] for c in r.get("biometrics") or []],
        "w": [warrant.get("type"), warrant.get("shown")],
        "e": r.get("entry"),
    }


def _encounter_columns(r: Record) -> dict[str, Any]:
    loc = r.get("location") or {}
    city = loc.get("city") or ""
    place = ", ".join(p for p in (city, loc.get("state") or "") if p) or (loc.get("description") or "")
    return {
        "occurred_at": utc_sort_key(r["occurred_at"]),
        "setting": r.get("setting") or "",
        "city": city,
        "state": loc.get("state") or "",
        "program": r.get("program") or "",
        "warrant_type": (r.get("warrant") or {}).get("type") or "",
        "entry": r.get("entry") or "",
        "place": place[:200],
        "ftca_claim": 1 if r.get("possible_ftca_claim") else 0,
        "ftca_presented_on": r.get("ftca_presented_on") or "",
        "ftca_denied_on": r.get("ftca_denied_on") or "",
        "civil_claim": 1 if r.get("possible_civil_rights_claim") else 0,
        "pattern": json.dumps(pattern_facts(r), ensure_ascii=False, separators=(",", ":")),
    }


def _document_columns(r: Record) -> dict[str, Any]:
    return {
        "title": r["title"],
        "sort_title": fold(r["title"]),
        "kind": r.get("kind") or "",
        "document_date": r.get("document_date") or "",
    }


def _foia_columns(r: Record) -> dict[str, Any]:
    return {
        "agency": r["agency"],
        "status": r.get("status") or "",
        "subject_person_id": r.get("subject_person_id"),
        "tracking_number": r.get("tracking_number") or "",
        "received_on": r.get("received_on") or "",
        "response_due": r.get("response_due") or "",
        "appeal_due": r.get("appeal_due") or "",
    }


def _deadline_columns(r: Record) -> dict[str, Any]:
    return {
        "kind": r["kind"],
        "due": r["due"],
        "due_date": str(r["due"])[:10],
        "title": r.get("title") or "",
        # An outcome recorded (held, adjourned, filed, waived, cancelled) closes it too.
        "done": 1 if r.get("done") or r.get("outcome") else 0,
        "person_id": r.get("person_id"),
        "encounter_id": r.get("encounter_id"),
        "foia_id": r.get("foia_id"),
    }


def _note_columns(r: Record) -> dict[str, Any]:
    return {
        "author": r.get("author") or "",
        "person_id": r.get("person_id"),
        "encounter_id": r.get("encounter_id"),
        "foia_id": r.get("foia_id"),
    }


def encounter_title(r: Record) -> str:
    loc = r.get("location") or {}
    when = str(r.get("occurred_at", ""))[:10]
    where = ", ".join(p for p in (loc.get("city"), loc.get("state")) if p)
    return " · ".join(p for p in (when, r.get("setting") or "", where) if p)


def _encounter_body(r: Record) -> str:
    return _join(
        r.get("location"),
        r.get("stop_basis"),
        r.get("narrative"),
        r.get("statements"),
        r.get("advisals"),
        r.get("language_used"),
        r.get("profiling_indicators"),
        r.get("consent_given_by"),
        r.get("identified_as"),
        r.get("vehicles"),
        [o.get("description") for o in r.get("officers") or []],
        [o.get("name") for o in r.get("officers") or []],
        [(b.get("result_told"), b.get("databases")) for b in r.get("biometrics") or []],
        [
            (p.get("topic"), [v.get("statement") for v in p.get("versions") or []])
            for p in r.get("account_points") or []
        ],
        [
            (
                (p.get("arrest") or {}).get("basis_stated"),
                (p.get("arrest") or {}).get("custody_facility"),
                (p.get("arrest") or {}).get("notes"),
            )
            for p in r.get("participants") or []
        ],
    )


PEOPLE = Kind(
    "people",
    "person",
    "people",
    1,
    _person_columns,
    sorts={"name": "sort_name", "updated": "updated_at", "custody": "custody_status", "birth": "date_of_birth"},
    filters={"is_client": "is_client", "custody_status": "custody_status", "a_number": "a_number"},
    default_sort="name",
    search_title=lambda r: r["full_name"],
    search_body=lambda r: _join(
        r.get("aliases"),
        a_number_terms(r.get("a_number")),
        r.get("custody_facility"),
        r.get("family_ties"),
        r.get("notes"),
        r.get("address"),
        r.get("country_of_birth"),
        r.get("preferred_language"),
    ),
    list_columns=("full_name", "a_number", "is_client", "custody_status", "date_of_birth"),
)
ENCOUNTERS = Kind(
    "encounters",
    "encounter",
    "encounters",
    2,
    _encounter_columns,
    sorts={"occurred": "occurred_at", "setting": "setting", "city": "city", "updated": "updated_at"},
    filters={
        "setting": "setting",
        "city": "city",
        "state": "state",
        "program": "program",
        "warrant_type": "warrant_type",
        "entry": "entry",
    },
    default_sort="occurred",
    search_title=encounter_title,
    search_body=_encounter_body,
    list_columns=("occurred_at", "setting", "place", "program", "warrant_type", "entry"),
)
DOCUMENTS = Kind(
    "documents",
    "document",
    "documents",
    3,
    _document_columns,
    sorts={"title": "sort_title", "date": "document_date", "kind": "kind", "updated": "updated_at"},
    filters={"kind": "kind", "media_type": "media_type"},
    default_sort="date",
    search_title=lambda r: r["title"],
    search_body=lambda r: _join(r.get("kind"), r.get("original_filename"), r.get("received_from"), r.get("notes")),
    list_columns=("title", "kind", "document_date", "media_type", "size", "sha256"),
)
FOIA = Kind(
    "foia_requests",
    "foia",
    "foia_requests",
    5,
    _foia_columns,
    sorts={
        "due": "response_due",
        "agency": "agency",
        "status": "status",
        "received": "received_on",
        "updated": "updated_at",
    },
    filters={"agency": "agency", "status": "status", "subject_person_id": "subject_person_id"},
    default_sort="due",
    search_title=lambda r: " ".join(p for p in ("FOIA", r["agency"], r.get("tracking_number") or "") if p),
    search_body=lambda r: _join(r.get("records_sought"), r.get("jurisdiction"), r.get("notes"), r.get("status")),
    list_columns=(
        "agency",
        "tracking_number",
        "status",
        "received_on",
        "response_due",
        "appeal_due",
        "subject_person_id",
        "response_done",
    ),
)
DEADLINES = Kind(
    "deadlines",
    "deadline",
    "deadlines",
    6,
    _deadline_columns,
    sorts={"due": "due_date", "kind": "kind", "updated": "updated_at"},
    filters={"kind": "kind", "done": "done", "person_id": "person_id", "encounter_id": "encounter_id"},
    default_sort="due",
    list_columns=("kind", "due", "title", "done", "person_id", "encounter_id", "foia_id"),
)
NOTES = Kind(
    "notes",
    "note",
    "notes",
    4,
    _note_columns,
    sorts={"created": "created_at", "updated": "updated_at"},
    filters={"person_id": "person_id", "encounter_id": "encounter_id", "foia_id": "foia_id", "author": "author"},
    default_sort="created",
    search_title=lambda r: " ".join(str(r["text"]).split())[:80],
    search_body=lambda r: _join(r.get("text"), r.get("author")),
    list_columns=("author", "person_id", "encounter_id", "foia_id", "created_at"),
)

KINDS: dict[str, Kind] = {k.list_name: k for k in (PEOPLE, ENCOUNTERS, DOCUMENTS, FOIA, DEADLINES, NOTES)}
BY_TYPE: dict[str, Kind] = {k.type_name: k for k in KINDS.values()}
BY_CODE: dict[int, Kind] = {k.code: k for k in KINDS.values()}


def kind(name: str) -> Kind:
    """A kind by list name (``people``) or type name (``person``)."""
    found = KINDS.get(name) or BY_TYPE.get(name)
    if found is None:
        raise KeyError(name)
    return found

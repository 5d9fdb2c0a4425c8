"""Encounters: a raid, stop or arrest and everything said and done in it (domain.md, "Encounter")."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from casefile.domain import dates, enums, i213
from casefile.domain.checks import USPS_STATES, checked
from casefile.domain.keys import normal_address
from casefile.domain.record_types import base as t
from casefile.domain.record_types.officers import OFFICER_ROLE
from casefile.domain.record_types.text import join, utc_sort_key
from casefile.domain.record_types.vehicles import VEHICLE_ROLE
from casefile.errors import ValidationError

Record = dict[str, Any]

_ARREST = t.optional_obj_schema(
    {
        "arrested_at": t.date_schema(),
        "arresting_agency": t.enum_schema(enums.AGENCY),
        "basis_stated": t.text_schema(t.MEDIUM_TEXT),
        "custody_facility": t.text_schema(),
        "bond_amount": {"type": ["number", "null"], "minimum": 0, "maximum": 10_000_000},
        "nta_served_on": t.date_schema(),
        "i213_received": t.bool_schema(),
        "released_on": t.date_schema(),
        "notes": t.text_schema(t.MEDIUM_TEXT),
    }
)
_PARTICIPANT = t.obj_schema(
    {
        "person_id": {"type": "string", "pattern": t.ID_PATTERN},
        "role": {"enum": list(enums.ROLE)},
        "outcome": t.enum_schema(enums.OUTCOME),
        "arrest": _ARREST,
    },
    ("person_id", "role"),
)
_BIOMETRIC = t.obj_schema(
    {
        "person_id": t.ref_schema(),
        "modality": {"enum": list(enums.BIOMETRIC_MODALITY)},
        "device": t.enum_schema(enums.BIOMETRIC_DEVICE),
        "consent": t.enum_schema(enums.BIOMETRIC_CONSENT),
        "before_arrest": t.bool_or_unknown_schema(),
        "databases": t.list_schema({"type": "string", "maxLength": t.SHORT_TEXT}),
        "result_told": t.text_schema(t.MEDIUM_TEXT),
    },
    ("modality",),
)
_OFFICER = t.obj_schema(
    {
        "name": t.text_schema(),
        "badge": t.text_schema(100),
        "agency": t.enum_schema(enums.AGENCY),
        "description": t.text_schema(t.MEDIUM_TEXT),
    }
)
# An officer or vehicle record this encounter involved, and the part each played (issue 15).
_OFFICER_LINK = t.obj_schema(
    {"officer_id": {"type": "string", "pattern": t.ID_PATTERN}, "role": t.enum_schema(OFFICER_ROLE)},
    ("officer_id",),
)
_VEHICLE_LINK = t.obj_schema(
    {"vehicle_id": {"type": "string", "pattern": t.ID_PATTERN}, "role": t.enum_schema(VEHICLE_ROLE)},
    ("vehicle_id",),
)
_VERSION = t.obj_schema(
    {
        "source": {"type": "string", "minLength": 1, "maxLength": t.SHORT_TEXT},
        "statement": t.text_schema(t.LONG_TEXT),
        "page": t.text_schema(100),
    },
    ("source",),
)
_ACCOUNT_POINT = t.obj_schema(
    {
        "topic": {"type": "string", "minLength": 1, "maxLength": t.SHORT_TEXT},
        "disputed": t.bool_schema(),
        "versions": t.list_schema(_VERSION),
    },
    ("topic",),
)


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


def _columns(r: Record) -> dict[str, Any]:
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
        # Cross-case search by address reads this key through an index (casefile.crosscase).
        "address_key": normal_address(loc.get("address") or "")[:300],
        "ftca_claim": 1 if r.get("possible_ftca_claim") else 0,
        "ftca_presented_on": r.get("ftca_presented_on") or "",
        "ftca_denied_on": r.get("ftca_denied_on") or "",
        "civil_claim": 1 if r.get("possible_civil_rights_claim") else 0,
        "pattern": json.dumps(pattern_facts(r), ensure_ascii=False, separators=(",", ":")),
    }


def _normalize(out: Record, where: str) -> Record:
    """The state as a USPS code; a participant's arrest dates real dates."""
    loc = out.get("location") or {}
    if loc.get("state"):
        state = str(loc["state"]).upper()
        if state not in USPS_STATES:
            raise ValidationError(
                f"location.state: {state!r} is not a US state or territory code (e.g. TX, IL, CA)",
                where=where,
                field="location.state",
            )
        out["location"] = {**loc, "state": state}
    for i, participant in enumerate(out.get("participants") or []):
        arrest = participant.get("arrest") or {}
        if arrest.get("arrested_at"):
            checked(dates.parse_datetime, arrest["arrested_at"], where, f"participants[{i}].arrest.arrested_at")
        for name in ("nta_served_on", "released_on"):
            if arrest.get(name):
                checked(dates.parse_date, arrest[name], where, f"participants[{i}].arrest.{name}")
    return out


def _one(field: str, target: str, value: Any) -> Iterator[t.Ref]:
    if value:
        yield field, target, str(value)


def _references(r: Record) -> Iterator[t.Ref]:
    warrant = r.get("warrant") or {}
    yield from _one("warrant.named_person_id", "people", warrant.get("named_person_id"))
    for i, p in enumerate(r.get("participants") or []):
        yield from _one(f"participants[{i}].person_id", "people", p.get("person_id"))
    for i, b in enumerate(r.get("biometrics") or []):
        yield from _one(f"biometrics[{i}].person_id", "people", b.get("person_id"))
    for i, o in enumerate(r.get("officer_links") or []):
        yield from _one(f"officer_links[{i}].officer_id", "officers", o.get("officer_id"))
    for i, v in enumerate(r.get("vehicle_links") or []):
        yield from _one(f"vehicle_links[{i}].vehicle_id", "vehicles", v.get("vehicle_id"))
    for i, w in enumerate(r.get("witnesses") or []):
        yield from _one(f"witnesses[{i}]", "people", w)
    for i, point in enumerate(r.get("account_points") or []):
        for j, v in enumerate(point.get("versions") or []):
            # A version's source is "client", free text, or "person:<id>" / "document:<id>".
            kind, _, ref = str(v.get("source") or "").partition(":")
            target = {"person": "people", "document": "documents"}.get(kind)
            if target:
                yield from _one(f"account_points[{i}].versions[{j}].source", target, ref)


def place_of(record: Record) -> str:
    """Where an encounter happened, as lists show it: "City, ST", else the description."""
    loc = record.get("location") or {}
    return ", ".join(p for p in (loc.get("city"), loc.get("state")) if p) or str(loc.get("description") or "")


def _title(r: Record) -> t.TitleFacts:
    parts: list[t.Fact] = []
    if r.get("occurred_at"):
        parts.append(t.Fact(str(r["occurred_at"]), "datetime"))
    if r.get("setting"):
        parts.append(t.Fact(str(r["setting"]), "enum", "setting"))
    parts += t.text_fact(place_of(r))
    return tuple(parts), ()


def search_title(r: Record) -> str:
    loc = r.get("location") or {}
    when = str(r.get("occurred_at", ""))[:10]
    where = ", ".join(p for p in (loc.get("city"), loc.get("state")) if p)
    return " · ".join(p for p in (when, r.get("setting") or "", where) if p)


def _body(r: Record) -> str:
    return join(
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


def _participant_rows(r: Record) -> list[tuple[Any, ...]]:
    return [(i, p["person_id"], p["role"], p.get("outcome") or "") for i, p in enumerate(r.get("participants") or [])]


def _officer_rows(r: Record) -> list[tuple[Any, ...]]:
    return [(i, o["officer_id"], o.get("role") or "") for i, o in enumerate(r.get("officer_links") or [])]


def _vehicle_rows(r: Record) -> list[tuple[Any, ...]]:
    return [(i, v["vehicle_id"], v.get("role") or "") for i, v in enumerate(r.get("vehicle_links") or [])]


ENCOUNTERS = t.register(
    t.RecordType(
        list_name="encounters",
        type_name="encounter",
        noun="encounter",
        id_prefix="e",
        code=2,
        write_order=20,
        list_order=20,
        fields={
            "occurred_at": t.required_when(),
            "location": t.shaped(
                t.optional_obj_schema(
                    {
                        "address": t.text_schema(),
                        "city": t.text_schema(200),
                        "state": t.text_schema(2),
                        "description": t.text_schema(t.MEDIUM_TEXT),
                    }
                )
            ),
            "setting": t.enum(enums.SETTING),
            "agencies": t.shaped(t.list_schema({"enum": list(enums.AGENCY)})),
            "program": t.enum(enums.PROGRAM),
            "warrant": t.shaped(
                t.optional_obj_schema(
                    {
                        "type": t.enum_schema(enums.WARRANT_TYPE),
                        "shown": t.bool_or_unknown_schema(),
                        "named_person_id": t.ref_schema(),
                    }
                )
            ),
            "entry": t.enum(enums.ENTRY),
            "consent_given_by": t.text(t.MEDIUM_TEXT),
            "officers": t.shaped(t.list_schema(_OFFICER)),
            "officer_count": t.integer(0, 10_000),
            "vehicles": t.text(t.MEDIUM_TEXT),
            # The officer and vehicle records involved (issue 15). An older file's ``officers`` list
            # and ``vehicles`` text are kept as recorded and, when these are absent, turned into
            # records and links on import (casefile.crosscase.legacy) and by migration 14.
            "officer_links": t.shaped(t.list_schema(_OFFICER_LINK)),
            "vehicle_links": t.shaped(t.list_schema(_VEHICLE_LINK)),
            "identified_as": t.text(),
            "stop_basis": t.text(t.MEDIUM_TEXT),
            "biometrics": t.shaped(t.list_schema(_BIOMETRIC)),
            "advisals": t.text(t.MEDIUM_TEXT),
            "language_used": t.text(),
            "statements": t.text(t.LONG_TEXT),
            "profiling_indicators": t.text(t.MEDIUM_TEXT),
            "narrative": t.text(t.LONG_TEXT),
            # Checked by _references (with the witness's position), not as a top-level ref.
            "witnesses": t.shaped(t.refs_schema()),
            "participants": t.shaped(t.list_schema(_PARTICIPANT)),
            "account_points": t.shaped(t.list_schema(_ACCOUNT_POINT)),
            "i213": t.shaped(i213.SCHEMA),  # the I-213's own account, as released (domain/i213.py)
            "possible_ftca_claim": t.boolean(),
            "ftca_presented_on": t.date(),
            "ftca_denied_on": t.date(),
            "ftca_suit_filed_on": t.date(),
            "possible_civil_rights_claim": t.boolean(),
            "civil_suit_filed_on": t.date(),
            "computed_deadlines": t.computed_deadlines(),
        },
        columns=_columns,
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
        title_facts=_title,
        search_title=search_title,
        search_body=_body,
        list_columns=("occurred_at", "setting", "place", "program", "warrant_type", "entry"),
        normalize=_normalize,
        nested_references=_references,
        children=(
            t.Child("participants", "encounter_rid", ("position", "person_id", "role", "outcome"), _participant_rows),
            t.Child("encounter_officers", "encounter_rid", ("position", "officer_id", "role"), _officer_rows),
            t.Child("encounter_vehicles", "encounter_rid", ("position", "vehicle_id", "role"), _vehicle_rows),
        ),
        referrers=(
            t.Referrer(
                "people",
                "SELECT e.id FROM participants p JOIN encounters e ON e.rid = p.encounter_rid WHERE p.person_id = ?",
            ),
            t.Referrer(
                "officers",
                "SELECT e.id FROM encounter_officers o JOIN encounters e ON e.rid = o.encounter_rid "
                "WHERE o.officer_id = ?",
            ),
            t.Referrer(
                "vehicles",
                "SELECT e.id FROM encounter_vehicles v JOIN encounters e ON e.rid = v.encounter_rid "
                "WHERE v.vehicle_id = ?",
            ),
        ),
    )
)

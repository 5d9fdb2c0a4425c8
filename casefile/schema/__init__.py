"""The interchange format's JSON Schema (shared/spec/interchange.md), built from the domain enums.

``interchange-v1.json`` beside this module is the published copy; a test keeps it equal to
:func:`interchange_schema` so the file never drifts from the values the code accepts.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from casefile.domain import enums

SCHEMA_FILE = Path(__file__).with_name("interchange-v1.json")

# Limits that keep hostile files from ballooning the vault while leaving room for real accounts.
SHORT_TEXT = 500
MEDIUM_TEXT = 5_000
LONG_TEXT = 200_000
MAX_LIST = 10_000
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:\-]{0,127}$"


def _text(max_length: int = SHORT_TEXT) -> dict[str, Any]:
    return {"type": ["string", "null"], "maxLength": max_length}


def _enum(values: tuple[str, ...]) -> dict[str, Any]:
    return {"enum": [*values, None]}


def _bool() -> dict[str, Any]:
    return {"type": ["boolean", "null"]}


def _bool_or_unknown() -> dict[str, Any]:
    return {"enum": [True, False, "unknown", None]}


def _ref() -> dict[str, Any]:
    return {"type": ["string", "null"], "pattern": ID_PATTERN}


def _refs() -> dict[str, Any]:
    return {"type": ["array", "null"], "items": {"type": "string", "pattern": ID_PATTERN}, "maxItems": MAX_LIST}


def _date() -> dict[str, Any]:
    # Format is checked by casefile.domain.validate with a message a person can act on.
    return {"type": ["string", "null"], "maxLength": 40}


def _obj(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": list(required),
        "properties": properties,
    }


def _list_of(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": ["array", "null"], "items": item, "maxItems": MAX_LIST}


def _computed_deadlines() -> dict[str, Any]:
    # Written by an export (every clock the record implies, with its rule), ignored on import.
    item = {
        "type": "object",
        "properties": {
            "kind": {"type": "string", "maxLength": 40},
            "due": _date(),
            "done": _bool(),
            "citation": _text(),
            "rule": _text(MEDIUM_TEXT),
            "notes": {"type": ["array", "null"], "items": _text(MEDIUM_TEXT), "maxItems": 20},
            "label": _text(40),
        },
    }
    return {"type": ["array", "null"], "items": item, "maxItems": 50}


def _record(properties: dict[str, Any], required: tuple[str, ...]) -> dict[str, Any]:
    base = {
        "id": {"type": "string", "pattern": ID_PATTERN},
        "created_at": _date(),
        "updated_at": _date(),
        "updated_by": _text(),
    }
    return _obj({**base, **properties}, ("id", *required))


def interchange_schema() -> dict[str, Any]:
    """The JSON Schema of interchange format version 1."""
    person = _record(
        {
            "full_name": {"type": "string", "minLength": 1, "maxLength": SHORT_TEXT},
            "aliases": _list_of({"type": "string", "maxLength": SHORT_TEXT}),
            "is_client": _bool(),
            "a_number": _text(40),
            "date_of_birth": _date(),
            "country_of_birth": _text(2),
            "preferred_language": _text(40),
            "interpreter_needed": _bool(),
            "phone": _text(60),
            "address": _text(),
            "custody_status": _enum(enums.CUSTODY_STATUS),
            "custody_facility": _text(),
            "family_ties": _text(MEDIUM_TEXT),
            "notes": _text(LONG_TEXT),
            "ij_decision_on": _date(),
            "ij_decision_service": _enum(enums.DECISION_SERVICE),
            "bia_appeal_status": _enum(enums.APPEAL_STATUS),
            "final_order_on": _date(),
            "in_absentia": _bool(),
            "motion_reopen_filed_on": _date(),
            "motion_reconsider_filed_on": _date(),
            "bond_decision_on": _date(),
            "bond_appeal_status": _enum(enums.APPEAL_STATUS),
            "computed_deadlines": _computed_deadlines(),
        },
        ("full_name",),
    )
    arrest = {
        "type": ["object", "null"],
        "additionalProperties": False,
        "properties": {
            "arrested_at": _date(),
            "arresting_agency": _enum(enums.AGENCY),
            "basis_stated": _text(MEDIUM_TEXT),
            "custody_facility": _text(),
            "bond_amount": {"type": ["number", "null"], "minimum": 0, "maximum": 10_000_000},
            "nta_served_on": _date(),
            "i213_received": _bool(),
            "released_on": _date(),
            "notes": _text(MEDIUM_TEXT),
        },
    }
    participant = _obj(
        {
            "person_id": {"type": "string", "pattern": ID_PATTERN},
            "role": {"enum": list(enums.ROLE)},
            "outcome": _enum(enums.OUTCOME),
            "arrest": arrest,
        },
        ("person_id", "role"),
    )
    biometric = _obj(
        {
            "person_id": _ref(),
            "modality": {"enum": list(enums.BIOMETRIC_MODALITY)},
            "device": _enum(enums.BIOMETRIC_DEVICE),
            "consent": _enum(enums.BIOMETRIC_CONSENT),
            "before_arrest": _bool_or_unknown(),
            "databases": _list_of({"type": "string", "maxLength": SHORT_TEXT}),
            "result_told": _text(MEDIUM_TEXT),
        },
        ("modality",),
    )
    officer = _obj(
        {
            "name": _text(),
            "badge": _text(100),
            "agency": _enum(enums.AGENCY),
            "description": _text(MEDIUM_TEXT),
        }
    )
    version = _obj(
        {
            "source": {"type": "string", "minLength": 1, "maxLength": SHORT_TEXT},
            "statement": _text(LONG_TEXT),
            "page": _text(100),
        },
        ("source",),
    )
    account_point = _obj(
        {
            "topic": {"type": "string", "minLength": 1, "maxLength": SHORT_TEXT},
            "disputed": _bool(),
            "versions": _list_of(version),
        },
        ("topic",),
    )
    encounter = _record(
        {
            "occurred_at": {"type": "string", "maxLength": 40},
            "location": {
                "type": ["object", "null"],
                "additionalProperties": False,
                "properties": {
                    "address": _text(),
                    "city": _text(200),
                    "state": _text(2),
                    "description": _text(MEDIUM_TEXT),
                },
            },
            "setting": _enum(enums.SETTING),
            "agencies": _list_of({"enum": list(enums.AGENCY)}),
            "program": _enum(enums.PROGRAM),
            "warrant": {
                "type": ["object", "null"],
                "additionalProperties": False,
                "properties": {
                    "type": _enum(enums.WARRANT_TYPE),
                    "shown": _bool_or_unknown(),
                    "named_person_id": _ref(),
                },
            },
            "entry": _enum(enums.ENTRY),
            "consent_given_by": _text(MEDIUM_TEXT),
            "officers": _list_of(officer),
            "officer_count": {"type": ["integer", "null"], "minimum": 0, "maximum": 10_000},
            "vehicles": _text(MEDIUM_TEXT),
            "identified_as": _text(),
            "stop_basis": _text(MEDIUM_TEXT),
            "biometrics": _list_of(biometric),
            "advisals": _text(MEDIUM_TEXT),
            "language_used": _text(),
            "statements": _text(LONG_TEXT),
            "profiling_indicators": _text(MEDIUM_TEXT),
            "narrative": _text(LONG_TEXT),
            "witnesses": _refs(),
            "participants": _list_of(participant),
            "account_points": _list_of(account_point),
            "possible_ftca_claim": _bool(),
            "ftca_presented_on": _date(),
            "ftca_denied_on": _date(),
            "ftca_suit_filed_on": _date(),
            "possible_civil_rights_claim": _bool(),
            "civil_suit_filed_on": _date(),
            "computed_deadlines": _computed_deadlines(),
        },
        ("occurred_at",),
    )
    document = _record(
        {
            "title": {"type": "string", "minLength": 1, "maxLength": SHORT_TEXT},
            "kind": _enum(enums.DOCUMENT_KIND),
            "document_date": _date(),
            "received_from": _text(),
            "original_filename": _text(),
            "media_type": _text(200),
            "size": {"type": ["integer", "null"], "minimum": 0},
            "sha256": {"type": ["string", "null"], "pattern": "^[0-9a-fA-F]{64}$"},
            "file": _text(1000),
            "person_ids": _refs(),
            "encounter_ids": _refs(),
            "foia_ids": _refs(),
            "notes": _text(LONG_TEXT),
        },
        ("title",),
    )
    foia = _record(
        {
            "agency": {"enum": list(enums.FOIA_AGENCY)},
            "jurisdiction": _text(),
            "response_days": {"type": ["integer", "null"], "minimum": 1, "maximum": 365},
            "subject_person_id": _ref(),
            "records_sought": _text(LONG_TEXT),
            "submitted_on": _date(),
            "received_on": _date(),
            "tracking_number": _text(200),
            "expedited_requested": _bool(),
            "extension_days": {"type": ["integer", "null"], "minimum": 0, "maximum": 10},
            "status": _enum(enums.FOIA_STATUS),
            "response_received_on": _date(),
            "adverse_determination_on": _date(),
            "appeal_filed_on": _date(),
            "litigation_filed_on": _date(),
            "expedited_decided_on": _date(),
            "tolled_on": _date(),
            "tolling_ended_on": _date(),
            "appeal_received_on": _date(),
            "appeal_decided_on": _date(),
            "notes": _text(LONG_TEXT),
            # Computed on export, ignored on import.
            "response_due": _date(),
            "appeal_due": _date(),
            "overdue": _bool(),
            "computed_deadlines": _computed_deadlines(),
        },
        ("agency",),
    )
    deadline = _record(
        {
            "kind": {"enum": list(enums.DEADLINE_KIND)},
            "due": {"type": "string", "maxLength": 40},
            "title": _text(),
            "person_id": _ref(),
            "encounter_id": _ref(),
            "foia_id": _ref(),
            "done": _bool(),
            "outcome": _enum(enums.DEADLINE_OUTCOME),
            "notes": _text(LONG_TEXT),
        },
        ("kind", "due"),
    )
    note = _record(
        {
            "text": {"type": "string", "minLength": 1, "maxLength": LONG_TEXT},
            "author": _text(),
            "person_id": _ref(),
            "encounter_id": _ref(),
            "foia_id": _ref(),
        },
        ("text",),
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "casefile-interchange-v1",
        "title": "Casefile interchange format, version 1",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "version"],
        "properties": {
            "format": {"const": "casefile-interchange"},
            "version": {"const": 1},
            "exported_at": _date(),
            "redacted": _bool(),
            "people": _list_of(person),
            "encounters": _list_of(encounter),
            "documents": _list_of(document),
            "foia_requests": _list_of(foia),
            "deadlines": _list_of(deadline),
            "notes": _list_of(note),
        },
    }


@cache
def published_schema() -> dict[str, Any]:
    """The schema as shipped in ``interchange-v1.json``."""
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def write_schema_file() -> None:
    """Regenerate ``interchange-v1.json`` (``make schema``)."""
    SCHEMA_FILE.write_text(json.dumps(interchange_schema(), indent=2) + "\n", encoding="utf-8")

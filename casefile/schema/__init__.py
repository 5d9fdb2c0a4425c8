"""The interchange format's JSON Schema (shared/spec/interchange.md), generated from the registry.

Each record list's schema comes from its record type (``casefile.domain.record_types``): the
fields' schemas, the required ones, and the id and timestamps every record carries.
``interchange-v1.json`` beside this module is the published copy; a test keeps it equal to
:func:`interchange_schema` for the built-in types so the file never drifts from what the code
accepts.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from casefile.domain import record_types
from casefile.domain.record_types.base import (
    ID_PATTERN,
    LONG_TEXT,
    MAX_LIST,
    MEDIUM_TEXT,
    SHORT_TEXT,
    RecordType,
    bool_schema,
    date_schema,
    obj_schema,
    record_list_schema,
    text_schema,
)

__all__ = ["ID_PATTERN", "LONG_TEXT", "MAX_LIST", "MEDIUM_TEXT", "SHORT_TEXT", "interchange_schema"]

SCHEMA_FILE = Path(__file__).with_name("interchange-v1.json")


def record_schema(rt: RecordType) -> dict[str, Any]:
    """One record of ``rt``: its id and timestamps, then its fields."""
    base = {
        "id": {"type": "string", "pattern": ID_PATTERN},
        "created_at": date_schema(),
        "updated_at": date_schema(),
        "updated_by": text_schema(),
    }
    properties = {**base, **{name: f.schema for name, f in rt.fields.items()}}
    return obj_schema(properties, ("id", *rt.required))


def interchange_schema() -> dict[str, Any]:
    """The JSON Schema of interchange format version 1, for every registered record type."""
    lists = {name: record_list_schema(record_schema(rt)) for name, rt in record_types.types_by_list().items()}
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
            "exported_at": date_schema(),
            "redacted": bool_schema(),
            **lists,
        },
    }


@cache
def _generated(generation: int) -> dict[str, Any]:
    return interchange_schema()


def current_schema() -> dict[str, Any]:
    """The schema of the registry as it is now (cached until a record type is added)."""
    return _generated(record_types.generation())


@cache
def published_schema() -> dict[str, Any]:
    """The schema as shipped in ``interchange-v1.json``."""
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def write_schema_file() -> None:
    """Regenerate ``interchange-v1.json`` (``make schema``)."""
    SCHEMA_FILE.write_text(json.dumps(interchange_schema(), indent=2) + "\n", encoding="utf-8")

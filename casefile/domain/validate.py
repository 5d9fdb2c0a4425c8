"""Validation in words a paralegal understands.

Two layers: the interchange JSON Schema (shape, types, enum values, lengths, unknown keys) and
domain checks the schema cannot express (A-numbers, real calendar dates, offsets on date-times,
country and state codes). Both report the record (``encounters[3] (id e-17)``), the field and
what was wrong. Records come back normalised (A-numbers as ``A`` + 9 digits, codes upper-case).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jsonschema

from casefile.domain import dates, record_types
from casefile.domain.checks import USPS_STATES, checked, normalize_a_number
from casefile.errors import ValidationError
from casefile.formatting import format_a_number  # one copy, kept importable from here
from casefile.schema import current_schema

# Re-exported: callers have long imported the A-number helpers from here.
__all__ = ["USPS_STATES", "check_record", "check_schema", "format_a_number", "normalize_a_number", "normalize_record"]


def where_of(list_name: str, index: int, record: Any) -> str:
    rid = record.get("id") if isinstance(record, dict) else None
    return f"{list_name}[{index}] (id {rid})" if isinstance(rid, str) else f"{list_name}[{index}]"


def preload() -> None:
    """Import ``jsonschema`` and compile the schema now rather than at the first save."""
    _validator()


def _validator() -> jsonschema.protocols.Validator:
    return _compiled(record_types.generation())


@cache
def _compiled(generation: int) -> jsonschema.protocols.Validator:
    # The schema generated from the registry (equal to the published file for the built-in
    # types, a test says so), compiled again only when a record type is added.
    schema = current_schema()
    import jsonschema  # 0.3-0.7 s: only imports and saves need it, not start-up

    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return repr(value[:60] + ("…" if len(value) > 60 else ""))
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return str(value)
    return {"list": "a list", "dict": "an object"}.get(type(value).__name__, type(value).__name__)


def _schema_message(error: jsonschema.ValidationError) -> str:
    validator, value = error.validator, error.instance
    if validator == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {}))) if isinstance(value, dict) else []
        names = ", ".join(f"'{k}'" for k in extra)
        return f"unknown field {names}: the interchange format has no such field (a typo?)"
    if validator == "required":
        return str(error.message).replace("is a required property", "is required but missing")
    if validator in ("enum", "const"):
        allowed = error.validator_value if validator == "enum" else [error.validator_value]
        shown = ", ".join(str(v) for v in allowed if v is not None)
        return f"{_describe(value)} is not an allowed value; use one of: {shown}"
    if validator == "type":
        want = error.validator_value
        want = [want] if isinstance(want, str) else want
        words = {
            "string": "text",
            "integer": "a whole number",
            "number": "a number",
            "boolean": "true or false",
            "array": "a list",
            "object": "an object",
            "null": "null",
        }
        wanted = " or ".join(words.get(w, w) for w in want if w != "null")
        return f"expected {wanted}, got {_describe(value)}"
    if validator == "maxLength":
        return f"text is too long ({len(value):,} characters; the limit is {error.validator_value:,})"
    if validator == "minLength":
        return "must not be empty"
    if validator == "maxItems":
        return f"the list is too long ({len(value):,} items; the limit is {error.validator_value:,})"
    if validator == "pattern":
        if "[0-9a-fA-F]{64}" in str(error.validator_value):
            return f"{_describe(value)} is not a SHA-256 (64 hexadecimal characters)"
        return (
            f"{_describe(value)} is not a valid id: use letters, digits and . _ : - only, "
            "starting with a letter or digit, at most 128 characters"
        )
    if validator in ("minimum", "maximum"):
        side = "at least" if validator == "minimum" else "at most"
        return f"{_describe(value)} is out of range: it must be {side} {error.validator_value}"
    return str(error.message)


def _location(path: Iterable[Any], doc: dict[str, Any]) -> tuple[str, str]:
    parts = list(path)
    if len(parts) >= 2 and parts[0] in record_types.types_by_list() and isinstance(parts[1], int):
        record = doc[parts[0]][parts[1]]
        field = ".".join(str(p) if not isinstance(p, int) else f"[{p}]" for p in parts[2:]).replace(".[", "[")
        return where_of(parts[0], parts[1], record), field
    if parts:
        return "the file", str(parts[0])
    return "the file", ""


def check_schema(doc: Any) -> None:
    """Raise :class:`ValidationError` for the first schema problem, naming record and field."""
    if not isinstance(doc, dict):
        raise ValidationError(
            "the file is not a Casefile interchange document (expected a JSON object)", where="the file"
        )
    errors = list(_validator().iter_errors(doc))
    if not errors:
        return
    # Report the first record with a problem, and its most specific (deepest) error.
    errors.sort(key=lambda e: [str(p) for p in e.absolute_path][:2])
    record_path = list(errors[0].absolute_path)[:2]
    first = max((e for e in errors if list(e.absolute_path)[:2] == record_path), key=lambda e: len(e.absolute_path))
    where, field = _location(first.absolute_path, doc)
    if first.validator == "required" and isinstance(first.instance, dict):
        missing = str(first.message).split("'")[1] if "'" in str(first.message) else ""
        field = f"{field}.{missing}".strip(".") if missing else field
    if first.validator == "additionalProperties" and isinstance(first.instance, dict):
        extra = sorted(set(first.instance) - set(first.schema.get("properties", {})))
        if extra:
            field = f"{field}.{extra[0]}".strip(".")
    message = _schema_message(first)
    raise ValidationError(f"{field}: {message}" if field else message, where=where, field=field)


def check_record(list_name: str, record: Any) -> None:
    """:func:`check_schema` for one record of ``list_name``, reported as ``list_name[0]``."""
    check_schema({"format": "casefile-interchange", "version": 1, list_name: [record]})


def normalize_record(list_name: str, record: dict[str, Any], where: str) -> dict[str, Any]:
    """Domain checks and normalisation for one schema-valid record; returns a cleaned copy.

    Computed fields are dropped (an export writes them, they are computed again), date fields
    become ``YYYY-MM-DD``, date-or-time fields must parse, then the type's own checks run.
    """
    rt = record_types.get(list_name)
    out = {k: v for k, v in record.items() if v is not None and not _computed(rt, k)}
    for name, f in rt.fields.items():
        if f.check == "date" and name in out:
            out[name] = checked(dates.parse_date, out[name], where, name).isoformat()
    for name, f in rt.fields.items():
        # A date alone means the time is not known (domain.md: "time may be unknown").
        if f.check == "when" and name in out:
            checked(dates.parse_date_or_datetime, out[name], where, name)
    return rt.normalize(out, where) if rt.normalize is not None else out


def _computed(rt: record_types.RecordType, name: str) -> bool:
    f = rt.fields.get(name)
    return f is not None and f.computed


def date_fields(list_name: str) -> tuple[str, ...]:
    """The fields of ``list_name`` that hold a calendar date."""
    return tuple(name for name, f in record_types.get(list_name).fields.items() if f.check == "date")

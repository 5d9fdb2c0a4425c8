"""Validation in words a paralegal understands.

Two layers: the interchange JSON Schema (shape, types, enum values, lengths, unknown keys) and
domain checks the schema cannot express (A-numbers, real calendar dates, offsets on date-times,
country and state codes). Both report the record (``encounters[3] (id e-17)``), the field and
what was wrong. Records come back normalised (A-numbers as ``A`` + 9 digits, codes upper-case).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jsonschema

from casefile.domain import dates, enums
from casefile.errors import ValidationError
from casefile.formatting import format_a_number  # noqa: F401  (one copy, kept importable from here)
from casefile.schema import published_schema

A_NUMBER_CLEAN = re.compile(r"[\s\-\.]")
USPS_STATES = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "DC",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "PR",
        "GU",
        "VI",
        "AS",
        "MP",
    ]
)

# Which fields hold dates / date-times, per record list.
DATE_FIELDS: dict[str, tuple[str, ...]] = {
    "people": (
        "date_of_birth",
        "ij_decision_on",
        "final_order_on",
        "motion_reopen_filed_on",
        "motion_reconsider_filed_on",
        "bond_decision_on",
    ),
    "encounters": ("ftca_presented_on", "ftca_denied_on", "ftca_suit_filed_on", "civil_suit_filed_on"),
    "documents": ("document_date",),
    "foia_requests": (
        "submitted_on",
        "received_on",
        "response_received_on",
        "adverse_determination_on",
        "appeal_filed_on",
        "litigation_filed_on",
        "expedited_decided_on",
        "tolled_on",
        "tolling_ended_on",
        "appeal_received_on",
        "appeal_decided_on",
    ),
    "deadlines": (),
    "notes": (),
}


def normalize_a_number(value: str, *, where: str = "", field: str = "a_number") -> str:
    """``A`` + 9 digits from what people type: ``A 208-114-563``, ``a12345678``, ``208114563``."""
    text = A_NUMBER_CLEAN.sub("", str(value).strip())
    if text[:1] in ("A", "a"):
        text = text[1:]
    if not text:
        raise ValidationError("the A-number is empty; leave it out if it is not known", where=where, field=field)
    if not text.isdigit():
        bad = sorted({ch for ch in text if not ch.isdigit()})
        raise ValidationError(
            f"A-number '{value}' contains {', '.join(repr(c) for c in bad)}; an A-number is the "
            "letter A followed by 8 or 9 digits, e.g. A-012-345-678",
            where=where,
            field=field,
        )
    if len(text) not in (8, 9):
        raise ValidationError(
            f"A-number '{value}' has {len(text)} digits; an A-number has 8 or 9 digits, e.g. A-012-345-678",
            where=where,
            field=field,
        )
    return "A" + text.zfill(9)


def where_of(list_name: str, index: int, record: Any) -> str:
    rid = record.get("id") if isinstance(record, dict) else None
    return f"{list_name}[{index}] (id {rid})" if isinstance(rid, str) else f"{list_name}[{index}]"


def preload() -> None:
    """Import ``jsonschema`` and compile the published schema now rather than at the first save."""
    _validator()


@cache
def _validator() -> jsonschema.protocols.Validator:
    schema = published_schema()
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
    if len(parts) >= 2 and parts[0] in enums.RECORD_LISTS and isinstance(parts[1], int):
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


def normalize_record(list_name: str, record: dict[str, Any], where: str) -> dict[str, Any]:
    """Domain checks and normalisation for one schema-valid record; returns a cleaned copy."""
    out = {k: v for k, v in record.items() if v is not None}
    out.pop("computed_deadlines", None)  # written by an export, computed again, never typed in
    for field in DATE_FIELDS[list_name]:
        if field in out:
            out[field] = _checked(dates.parse_date, out[field], where, field).isoformat()
    if list_name == "people":
        if out.get("a_number"):
            out["a_number"] = normalize_a_number(out["a_number"], where=where)
        else:
            out.pop("a_number", None)
        if out.get("country_of_birth"):
            code = str(out["country_of_birth"]).upper()
            if not re.fullmatch(r"[A-Z]{2}", code):
                raise ValidationError(
                    f"country_of_birth: {code!r} is not a two-letter country code (ISO 3166-1), e.g. MX, GT, PE",
                    where=where,
                    field="country_of_birth",
                )
            out["country_of_birth"] = code
        out["full_name"] = " ".join(str(out["full_name"]).split())
        if not out["full_name"]:
            raise ValidationError("full_name: the name must not be blank", where=where, field="full_name")
    elif list_name == "encounters":
        # A date alone means the time is not known (domain.md: "time may be unknown").
        _checked(dates.parse_date_or_datetime, out["occurred_at"], where, "occurred_at")
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
            for field in ("arrested_at",):
                if arrest.get(field):
                    _checked(dates.parse_datetime, arrest[field], where, f"participants[{i}].arrest.{field}")
            for field in ("nta_served_on", "released_on"):
                if arrest.get(field):
                    _checked(dates.parse_date, arrest[field], where, f"participants[{i}].arrest.{field}")
    elif list_name == "notes" and out.get("created_at"):
        # A note's own timestamp (when it was written) survives an exchange between tools.
        written = _checked(dates.parse_datetime, out["created_at"], where, "created_at")
        out["created_at"] = written.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    elif list_name == "deadlines":
        _checked(dates.parse_date_or_datetime, out["due"], where, "due")
    elif list_name == "foia_requests":
        for computed in ("response_due", "appeal_due", "overdue"):
            out.pop(computed, None)  # computed, never typed in (domain.md)
    return out


def _checked(parse: Any, value: Any, where: str, field: str) -> Any:
    try:
        return parse(value, where=where, field=field)
    except ValidationError as exc:
        if exc.field and exc.reason.startswith(exc.field):
            raise
        raise ValidationError(f"{field}: {exc.reason}", where=where, field=field) from None

"""Domain checks shared by validation and the record types: A-numbers, state codes, dates.

Kept apart from ``domain.validate`` because the record types (``domain.record_types``) use them
and validation reads the record types.
"""

from __future__ import annotations

import re
from typing import Any

from casefile.errors import ValidationError

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


def checked(parse: Any, value: Any, where: str, field: str) -> Any:
    """``parse(value)``, its error restated with the field name first."""
    try:
        return parse(value, where=where, field=field)
    except ValidationError as exc:
        if exc.field and exc.reason.startswith(exc.field):
            raise
        raise ValidationError(f"{field}: {exc.reason}", where=where, field=field) from None

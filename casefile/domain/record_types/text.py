"""Text helpers the record types use for sort keys and search text."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from typing import Any

from casefile.formatting import format_a_number


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


def join(*parts: Any) -> str:
    """Every non-empty value, nested lists and objects flattened, one per line (search bodies)."""
    out: list[str] = []
    for part in parts:
        if part is None or part == "":
            continue
        if isinstance(part, (list, tuple)):
            out.append(join(*part))
        elif isinstance(part, dict):
            out.append(join(*part.values()))
        else:
            out.append(str(part))
    return "\n".join(p for p in out if p)


def a_number_terms(a_number: str | None) -> str:
    """The forms people search an A-number by: 012345678, 12345678, A-012-345-678."""
    if not a_number:
        return ""
    digits = a_number[1:]
    forms = dict.fromkeys((digits, digits.lstrip("0"), format_a_number(a_number)))
    return " ".join(forms)

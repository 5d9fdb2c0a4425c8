"""Counts in the command line's English: "1 encounter", "2 encounters", "1 person", "3 people".

The app words its counts through Qt's translations; this is for the core's own English output
(the CLI), where "1 encounters" read as careless (issue 13, finding 11).
"""

from __future__ import annotations

# Interchange list names (interchange.md) → (one, many)
_NOUNS: dict[str, tuple[str, str]] = {
    "people": ("person", "people"),
    "encounters": ("encounter", "encounters"),
    "foia_requests": ("FOIA request", "FOIA requests"),
    "documents": ("document", "documents"),
    "deadlines": ("deadline", "deadlines"),
    "notes": ("note", "notes"),
    "files": ("file", "files"),
    "entries": ("entry", "entries"),
    "pages": ("page", "pages"),
}


def count(n: int, noun: str) -> str:
    """``n`` and the noun in the right number; ``noun`` is a list name or a plural noun."""
    one, many = _NOUNS.get(noun, (noun.replace("_", " ").removesuffix("s"), noun.replace("_", " ")))
    return f"{n} {one if n == 1 else many}"

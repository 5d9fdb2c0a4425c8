"""Names as sets of words, for the conflict check: "Garcia Lopez, Maria Jose" is "María José García López".

Each name a person goes by (the full name, then each alias) becomes its *variant*: the set of its
folded words (case, accents and punctuation gone), leaving out the particles of compound surnames
("de", "la", "del"…) and single letters (initials), which two different people share too easily.
The people table keeps these words in the side table ``person_names`` (schema 12), one row per
word and variant, so the conflict check finds candidates through an index instead of reading every
person (``casefile.services.conflicts``).
"""

from __future__ import annotations

import re
from typing import Any

from casefile.domain.record_types.text import fold

WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Joining words of Spanish, Portuguese, French, Dutch, German and Arabic names: "María de la Cruz"
# and "Ana de la Rosa" share "de" and "la", not a name.
PARTICLES = frozenset(
    [
        "de",
        "del",
        "la",
        "las",
        "los",
        "y",
        "e",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "du",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "al",
        "el",
        "bin",
        "ibn",
    ]
)
MAX_VARIANTS = 50  # a person with more aliases than this is checked on the first 50 names


def name_words(text: str) -> tuple[str, ...]:
    """The words of a name that tell people apart, folded, each once, in order."""
    words = [w for w in WORD.findall(fold(str(text or ""))) if len(w) > 1 and w not in PARTICLES]
    return tuple(dict.fromkeys(words))


def variants(record: dict[str, Any]) -> list[tuple[str, tuple[str, ...]]]:
    """``(name as written, its words)`` for the full name (variant 0) then each alias."""
    names = [record.get("full_name") or ""]
    names += [a for a in record.get("aliases") or [] if isinstance(a, str)]
    return [(name, name_words(name)) for name in names[:MAX_VARIANTS]]


def name_rows(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    """``(variant, word, words in the variant)`` rows of the ``person_names`` side table."""
    out: list[tuple[Any, ...]] = []
    for number, (_name, words) in enumerate(variants(record)):
        out += [(number, word, len(words)) for word in words]
    return out

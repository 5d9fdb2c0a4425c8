"""What the vault stores for each kind of record: the record-type registry, as the queries see it.

A record is kept whole as interchange JSON; each type's ``columns`` copies out the few values lists
sort and filter on, and ``search_title`` / ``search_body`` say what full-text search sees. All of
it is declared once per type in ``casefile.domain.record_types``; ``KINDS``, ``BY_TYPE`` and
``BY_CODE`` are that registry's live dicts (a type added to it is seen here at once).
"""

from __future__ import annotations

from typing import Any

from casefile.domain import record_types
from casefile.domain.record_types.base import RecordType
from casefile.domain.record_types.encounters import pattern_facts
from casefile.domain.record_types.encounters import search_title as encounter_title
from casefile.domain.record_types.text import a_number_terms, fold, utc_sort_key

__all__ = [
    "BY_CODE",
    "BY_TYPE",
    "KINDS",
    "Kind",
    "Record",
    "a_number_terms",
    "encounter_title",
    "fold",
    "kind",
    "pattern_facts",
    "utc_sort_key",
]

Record = dict[str, Any]
Kind = RecordType

KINDS: dict[str, Kind] = record_types.types_by_list()
BY_TYPE: dict[str, Kind] = record_types.types_by_type()
BY_CODE: dict[int, Kind] = record_types.types_by_code()


def kind(name: str) -> Kind:
    """A kind by list name (``people``) or type name (``person``)."""
    return record_types.get(name)

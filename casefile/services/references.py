"""Every reference an interchange record makes, so imports can refuse dangling ones by name.

The references are declared with the record types (``casefile.domain.record_types``): top-level
``ref`` / ``refs`` fields, and each type's nested ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casefile.domain import record_types
from casefile.domain.record_types.base import Ref

__all__ = ["Ref", "references"]


def references(list_name: str, r: dict[str, Any]) -> Iterator[Ref]:
    """``(field path for messages, target list name, id)`` for each id ``r`` refers to."""
    return record_types.get(list_name).references(r)

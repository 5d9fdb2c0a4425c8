"""The record-type registry: one module per record type, each registered on import.

Adding a record type is adding its module, its line below and its table (a numbered migration
in ``casefile/vault/migrations.py``). The imports are written out (not discovered with pkgutil) so
that a frozen build bundles every type; each type's ``list_order`` places its list.
See ``base.py`` for what a type declares.
"""

from __future__ import annotations

from casefile.domain.record_types import (  # noqa: F401  (importing a type registers it)
    deadlines,
    documents,
    encounters,
    foia_productions,
    foia_requests,
    hearings,
    notes,
    officers,
    people,
    vehicles,
)
from casefile.domain.record_types.base import (
    Child,
    Fact,
    Field,
    RecordType,
    Referrer,
    generation,
    get,
    list_names,
    register,
    temporary,
    types_by_code,
    types_by_list,
    types_by_type,
    write_order,
)

__all__ = [
    "Child",
    "Fact",
    "Field",
    "RecordType",
    "Referrer",
    "generation",
    "get",
    "list_names",
    "register",
    "temporary",
    "types_by_code",
    "types_by_list",
    "types_by_type",
    "write_order",
]

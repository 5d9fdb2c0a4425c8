"""A toy record type ("hearing") registered in a scratch registry, for tests of the registry.

``with toy_registry() as toy:`` adds it (and any vault created or opened inside gets its table);
the real registry comes back on leaving. Reused by the list-model test once the read API exists.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from casefile.domain import enums, record_types
from casefile.domain.record_types import base as t
from casefile.domain.record_types.text import join

OUTCOMES = enums.DEADLINE_OUTCOME  # any enum of domain/enums.py will do: "held", "adjourned", …


def _columns(r: dict[str, Any]) -> dict[str, Any]:
    return {"held_on": r["held_on"], "person_id": r.get("person_id"), "outcome": r.get("outcome") or ""}


TOY = t.RecordType(
    list_name="hearings",
    type_name="hearing",
    noun="hearing",
    id_prefix="h",
    code=7,
    write_order=25,  # after people and encounters, which it refers to
    list_order=70,
    # Its own table: the real hearings table comes from migration 13 in every vault.
    table="toy_hearings",
    fields={
        "held_on": t.required_date(),
        "judge": t.text(200),
        "outcome": t.enum(OUTCOMES),
        "person_id": t.ref("people"),
        "encounter_ids": t.refs("encounters"),
        "notes": t.text(t.LONG_TEXT),
    },
    columns=_columns,
    sorts={"held": "held_on", "updated": "updated_at"},
    filters={"person_id": "person_id", "outcome": "outcome"},
    default_sort="held",
    title_facts=lambda r: ((t.Fact(r["held_on"], "date"), *t.text_fact(r.get("judge"))), ()),
    search_title=lambda r: " ".join(p for p in ("hearing", r["held_on"], r.get("judge") or "") if p),
    search_body=lambda r: join(r.get("judge"), r.get("notes")),
    list_columns=("held_on", "person_id", "outcome"),
    ddl=t.standard_table(
        "toy_hearings",
        {"held_on": "TEXT NOT NULL", "person_id": "TEXT REFERENCES people (id)", "outcome": "TEXT NOT NULL DEFAULT ''"},
    ),
)


@contextmanager
def toy_registry() -> Iterator[t.RecordType]:
    """The registry with the toy hearing type added; restored afterwards."""
    with record_types.temporary() as add:
        # The real hearings type (issue 15) holds the toy's names and the last search code: the toy
        # stands in for it here, which is what a plug-in type would look like to the core.
        real = record_types.types_by_list().pop("hearings", None)
        if real is not None:
            del record_types.types_by_type()[real.type_name], record_types.types_by_code()[real.code]
        add(TOY)
        yield TOY

"""Deadlines a person typed in: hearings, filings, check-ins (domain.md, "Deadline").

Computed deadlines are not records: ``domain.rules`` derives them from the records they count from.
"""

from __future__ import annotations

from typing import Any

from casefile.domain import enums
from casefile.domain.record_types import base as t

Record = dict[str, Any]


def _columns(r: Record) -> dict[str, Any]:
    return {
        "kind": r["kind"],
        "due": r["due"],
        "due_date": str(r["due"])[:10],
        "title": r.get("title") or "",
        # An outcome recorded (held, adjourned, filed, waived, cancelled) closes it too.
        "done": 1 if r.get("done") or r.get("outcome") else 0,
        "person_id": r.get("person_id"),
        "encounter_id": r.get("encounter_id"),
        "foia_id": r.get("foia_id"),
    }


def _title(r: Record) -> t.TitleFacts:
    if r.get("title"):
        return t.text_fact(r["title"]), ()
    if r.get("kind"):
        return (t.Fact(str(r["kind"]), "enum", "deadline_kind"),), ()
    return t.text_fact(r.get("id")), ()


DEADLINES = t.register(
    t.RecordType(
        list_name="deadlines",
        type_name="deadline",
        noun="deadline",
        id_prefix="dl",
        code=6,
        write_order=50,
        list_order=50,
        fields={
            "kind": t.required_enum(enums.DEADLINE_KIND),
            "due": t.required_when(),
            "title": t.text(),
            "person_id": t.ref("people"),
            "encounter_id": t.ref("encounters"),
            "foia_id": t.ref("foia_requests"),
            "done": t.boolean(),
            "outcome": t.enum(enums.DEADLINE_OUTCOME),
            "notes": t.text(t.LONG_TEXT),
        },
        columns=_columns,
        sorts={"due": "due_date", "kind": "kind", "updated": "updated_at"},
        filters={"kind": "kind", "done": "done", "person_id": "person_id", "encounter_id": "encounter_id"},
        default_sort="due",
        title_facts=_title,
        list_columns=("kind", "due", "title", "done", "person_id", "encounter_id", "foia_id"),
    )
)

"""Notes: what someone wrote down about a person, an encounter or a FOIA request."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from casefile.domain import dates
from casefile.domain.checks import checked
from casefile.domain.record_types import base as t
from casefile.domain.record_types.text import join

Record = dict[str, Any]


def _columns(r: Record) -> dict[str, Any]:
    return {
        "author": r.get("author") or "",
        "person_id": r.get("person_id"),
        "encounter_id": r.get("encounter_id"),
        "foia_id": r.get("foia_id"),
    }


def _normalize(out: Record, where: str) -> Record:
    if out.get("created_at"):
        # A note's own timestamp (when it was written) survives an exchange between tools.
        written = checked(dates.parse_datetime, out["created_at"], where, "created_at")
        out["created_at"] = written.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return out


NOTES = t.register(
    t.RecordType(
        list_name="notes",
        type_name="note",
        noun="note",
        id_prefix="n",
        code=4,
        write_order=60,
        list_order=60,
        fields={
            "text": t.required_text(t.LONG_TEXT),
            "author": t.text(),
            "person_id": t.ref("people"),
            "encounter_id": t.ref("encounters"),
            "foia_id": t.ref("foia_requests"),
        },
        columns=_columns,
        sorts={"created": "created_at", "updated": "updated_at"},
        filters={"person_id": "person_id", "encounter_id": "encounter_id", "foia_id": "foia_id", "author": "author"},
        default_sort="created",
        search_title=lambda r: " ".join(str(r["text"]).split())[:80],
        search_body=lambda r: join(r.get("text"), r.get("author")),
        list_columns=("author", "person_id", "encounter_id", "foia_id", "created_at"),
        # A note keeps the time it was written (created_at) through an import.
        keeps_created_at=True,
    )
)

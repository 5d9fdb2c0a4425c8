"""Documents: an encrypted file and what describes it (domain.md, "Document")."""

from __future__ import annotations

from typing import Any

from casefile.domain import enums
from casefile.domain.record_types import base as t
from casefile.domain.record_types.text import fold, join

Record = dict[str, Any]
# (field, target type in document_links) for each list of references a document keeps.
LINKS = (("person_ids", "person"), ("encounter_ids", "encounter"), ("foia_ids", "foia"))


def _columns(r: Record) -> dict[str, Any]:
    return {
        "title": r["title"],
        "sort_title": fold(r["title"]),
        "kind": r.get("kind") or "",
        "document_date": r.get("document_date") or "",
    }


def _link_rows(r: Record) -> list[tuple[Any, ...]]:
    return [(target, x) for name, target in LINKS for x in r.get(name) or []]


def _links_to(target_type: str) -> str:
    return (
        "SELECT d.id FROM document_links l JOIN documents d ON d.rid = l.document_rid "
        f"WHERE l.target_type = '{target_type}' AND l.target_id = ?"
    )


def _title(r: Record) -> t.TitleFacts:
    return t.text_fact(r.get("title")), ()


DOCUMENTS = t.register(
    t.RecordType(
        list_name="documents",
        type_name="document",
        noun="document",
        id_prefix="d",
        code=3,
        # After FOIA requests: a document can be a FOIA response (foia_ids).
        write_order=40,
        list_order=30,
        fields={
            "title": t.required_text(),
            "kind": t.enum(enums.DOCUMENT_KIND),
            "document_date": t.date(),
            "received_from": t.text(),
            "original_filename": t.text(),
            "media_type": t.text(200),
            "size": t.shaped({"type": ["integer", "null"], "minimum": 0}),
            "sha256": t.shaped({"type": ["string", "null"], "pattern": "^[0-9a-fA-F]{64}$"}),
            "file": t.text(1000),
            "person_ids": t.refs("people"),
            "encounter_ids": t.refs("encounters"),
            "foia_ids": t.refs("foia_requests"),
            "notes": t.text(t.LONG_TEXT),
        },
        columns=_columns,
        sorts={"title": "sort_title", "date": "document_date", "kind": "kind", "updated": "updated_at"},
        filters={"kind": "kind", "media_type": "media_type"},
        default_sort="date",
        title_facts=_title,
        search_title=lambda r: r["title"],
        search_body=lambda r: join(r.get("kind"), r.get("original_filename"), r.get("received_from"), r.get("notes")),
        list_columns=("title", "kind", "document_date", "media_type", "size", "sha256"),
        children=(t.Child("document_links", "document_rid", ("target_type", "target_id"), _link_rows, or_ignore=True),),
        referrers=(
            t.Referrer("people", _links_to("person")),
            t.Referrer("encounters", _links_to("encounter")),
            t.Referrer("foia_requests", _links_to("foia")),
        ),
    )
)

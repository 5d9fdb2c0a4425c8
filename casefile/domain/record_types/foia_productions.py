"""FOIA productions: what an agency released for a request, page by page (issue 17, the production log).

One record per production received: the request it answers, the day it came, the PDF kept as a
document, its Bates range, and ``segments`` — runs of pages with one status and the exemptions
claimed on them. The log's rules (segments cover every page once, exemptions are 552(b)'s) are
``casefile.foia.production.check_segments``; totals and the Vaughn-style index are computed there.
"""

from __future__ import annotations

from typing import Any

from casefile.domain.record_types import base as t
from casefile.domain.record_types.text import join
from casefile.foia.exemptions import STATUSES

Record = dict[str, Any]
MAX_PAGES = 1_000_000


def _columns(r: Record) -> dict[str, Any]:
    return {
        "foia_id": r["foia_id"],
        "document_id": r.get("document_id"),
        "received_on": r.get("received_on") or "",
        "page_count": int(r.get("page_count") or 0),
    }


def _normalize(out: Record, where: str) -> Record:
    from casefile.foia.production import check_segments

    check_segments(out, where)
    return out


def _title(r: Record) -> t.TitleFacts:
    return (t.Fact("FOIA production"), t.Fact(str(r.get("received_on") or ""), "date")), ()


def _exemptions(r: Record) -> str:
    return " ".join(sorted({e for s in r.get("segments") or [] for e in s.get("exemptions") or []}))


_SEGMENT = t.obj_schema(
    {
        "first_page": {"type": "integer", "minimum": 1, "maximum": MAX_PAGES},
        "last_page": {"type": "integer", "minimum": 1, "maximum": MAX_PAGES},
        "status": {"enum": list(STATUSES)},
        "exemptions": {"type": ["array", "null"], "items": {"type": "string", "maxLength": 20}, "maxItems": 20},
        "document": t.text_schema(),
    },
    ("first_page", "last_page", "status"),
)

FOIA_PRODUCTIONS = t.register(
    t.RecordType(
        list_name="foia_productions",
        type_name="foia-production",
        noun="FOIA production",
        id_prefix="fp",
        code=0,  # 7, the other free code, is the registry test's toy type
        write_order=45,
        list_order=45,
        fields={
            "foia_id": t.Field(t.ref_schema(), required=True, target="foia_requests", column=True),
            "received_on": t.required_date(),
            "document_id": t.ref("documents"),
            "bates_prefix": t.text(40),
            "bates_start": t.integer(1, 10**9),
            "page_count": t.Field({"type": "integer", "minimum": 1, "maximum": MAX_PAGES}, required=True),
            "segments": t.shaped(t.list_schema(_SEGMENT)),
            "proposed": t.boolean(),  # statuses and exemptions read from the text, not yet checked by a person
            "referred_to": t.text(),
            "notes": t.text(t.LONG_TEXT),
        },
        columns=_columns,
        sorts={"received": "received_on", "updated": "updated_at"},
        filters={"foia_id": "foia_id", "document_id": "document_id"},
        default_sort="received",
        title_facts=_title,
        search_title=lambda r: f"FOIA production {r.get('received_on') or ''}".strip(),
        search_body=lambda r: join(_exemptions(r), r.get("referred_to"), r.get("notes")),
        list_columns=("foia_id", "received_on", "page_count", "document_id"),
        normalize=_normalize,
        # Its table is made at unlock when missing (migrations.apply reads ``ddl``): no numbered
        # migration, so no vault format change that older releases would refuse.
        ddl=(
            """CREATE TABLE foia_productions (
                rid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                foia_id TEXT NOT NULL REFERENCES foia_requests (id),
                document_id TEXT REFERENCES documents (id),
                received_on TEXT NOT NULL DEFAULT '',
                page_count INTEGER NOT NULL DEFAULT 0,
                data TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                deleted_at TEXT)""",
            "CREATE INDEX foia_productions_by_request ON foia_productions (foia_id, received_on)",
            "CREATE INDEX foia_productions_by_document ON foia_productions (document_id)",
        ),
    )
)

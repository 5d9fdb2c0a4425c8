"""The intake checklist of a new client: the documents to ask for, the facts to learn, the consent
to get, and how far along each is (issue 15).

Kept as one field of the person, ``intake`` (``{"items": {"nta": {"status": "done", "note": "…"}}}``),
not as a record type of its own: a client has one checklist, it lives and goes with them (history,
trash, export and import come with the person), needs no table or migration, and is saved with the
person's form, so two windows never write it apart. Each item's words, and why it matters with the
rule it comes from, are in the catalogue (``intake.item.<key>``, ``intake.why.<key>``) so a paralegal
and a client read it in their languages; the PDF is the ``intake`` report.
"""

from __future__ import annotations

from typing import Any

from casefile.domain.record_types import base as t

# (group, item) in the order an intake interview goes.
ITEMS: tuple[tuple[str, str], ...] = (
    ("documents", "nta"),
    ("documents", "i213"),
    ("documents", "bond-papers"),
    ("documents", "prior-orders"),
    ("documents", "identity-documents"),
    ("facts", "custody-status"),
    ("facts", "next-hearing"),
    ("facts", "encounters"),
    ("facts", "family"),
    ("facts", "fears"),
    ("consent", "foia-consent"),
)
GROUPS = ("documents", "facts", "consent")
KEYS = tuple(key for _group, key in ITEMS)
# "asked": a document the client will bring, a fact someone must look up. "not-applicable"
# counts as finished (a client never detained has no bond papers).
INTAKE_STATUS = ("to-do", "asked", "done", "not-applicable")
FINISHED = ("done", "not-applicable")

_ITEM = t.obj_schema(
    {"status": t.enum_schema(INTAKE_STATUS), "note": t.text_schema(t.MEDIUM_TEXT)},
)
FIELD = t.Field(
    {
        "type": ["object", "null"],
        "additionalProperties": False,
        "properties": {
            "items": {"type": "object", "additionalProperties": False, "properties": dict.fromkeys(KEYS, _ITEM)}
        },
    }
)


def status(intake: dict[str, Any] | None, key: str) -> str:
    item = ((intake or {}).get("items") or {}).get(key) or {}
    return str(item.get("status") or "to-do")


def note(intake: dict[str, Any] | None, key: str) -> str:
    item = ((intake or {}).get("items") or {}).get(key) or {}
    return str(item.get("note") or "")


def progress(intake: dict[str, Any] | None) -> tuple[int, int]:
    """(finished items, all items)."""
    return sum(1 for key in KEYS if status(intake, key) in FINISHED), len(KEYS)


def clean(items: dict[str, tuple[str, str]]) -> dict[str, Any] | None:
    """The field's value from ``{key: (status, note)}``: untouched items left out, None if all are."""
    out = {}
    for key in KEYS:
        state, text = items.get(key, ("to-do", ""))
        text = text.strip()
        if state != "to-do" or text:
            out[key] = {"status": state, **({"note": text} if text else {})}
    return {"items": out} if out else None

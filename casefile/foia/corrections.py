"""Correcting a request's production log: any production, not only the latest, with its history kept.

A production entered by mistake (the wrong request, a duplicate PDF) is removed to the Trash like
any record — restorable, audited, its earlier versions kept — and the PDF stays in Documents. A
production's facts (the day it was received, its Bates prefix and first number, notes) can be
corrected; its pages' statuses and exemptions are set with ``receive.mark_pages``, on any
production. The log's totals are always recomputed from the live productions, so they equal
their pages after every correction; Bates ranges of one request may not overlap, because a Bates
number names one page.
"""

from __future__ import annotations

from typing import Any

from casefile.errors import NotFound, ValidationError
from casefile.foia.production import STATUS_WORDS, bates_range, totals
from casefile.foia.receive import PRODUCTIONS, productions_of

_EDITABLE = ("received_on", "bates_prefix", "bates_start", "notes")


def _production(vault: Any, production_id: str) -> dict[str, Any]:
    from casefile.services import records

    found = records.get(vault, PRODUCTIONS, production_id)
    if found is None:
        raise NotFound(f"No FOIA production with id {production_id!r} in this vault.", key="foia_production_not_found")
    return found


def check_bates(vault: Any, record: dict[str, Any]) -> None:
    """The production's Bates range overlaps no other production of its request under the same prefix."""
    start, count = record.get("bates_start"), int(record.get("page_count") or 0)
    if not isinstance(start, int):
        return
    prefix = str(record.get("bates_prefix") or "")
    for other in productions_of(vault, str(record["foia_id"])):
        if other["id"] == record.get("id") or str(other.get("bates_prefix") or "") != prefix:
            continue
        first = other.get("bates_start")
        if not isinstance(first, int):
            continue
        last = first + int(other.get("page_count") or 0) - 1
        if start <= last and first <= start + count - 1:
            shown = " – ".join(bates_range(other))
            raise ValidationError(
                f"Bates numbers {' – '.join(bates_range(record))} overlap the production received on "
                f"{other.get('received_on')} ({shown}); a Bates number names one page",
                field="bates_start",
            )


def edit_production(vault: Any, production_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Correct a production's received date, Bates prefix or start, or notes; returns it as saved."""
    from casefile.services import records

    unknown = sorted(set(changes) - set(_EDITABLE))
    if unknown:
        raise ValidationError(f"{', '.join(unknown)}: not something a correction changes", field=unknown[0])
    found = _production(vault, production_id)
    updated = {**found, **changes}
    for name in ("bates_prefix", "notes"):
        if updated.get(name) in ("", None):
            updated.pop(name, None)
    check_bates(vault, updated)
    return records.save(vault, PRODUCTIONS, updated)


def remove_production(vault: Any, production_id: str) -> dict[str, Any]:
    """Move a production to the Trash (restorable; its PDF stays in Documents); returns what was removed."""
    from casefile.services import records

    found = _production(vault, production_id)
    records.delete(vault, PRODUCTIONS, production_id)
    return found


def _counts(production: dict[str, Any]) -> str:
    t = totals([production])
    return ", ".join(f"{t.by_status[s]} {STATUS_WORDS[s]}" for s in STATUS_WORDS if t.by_status[s])


def production_events(vault: Any, foia_id: str) -> list[dict[str, Any]]:
    """The history of a request's productions, removed ones included: received, corrected, removed."""
    from casefile.services import records

    rows = vault.connection().execute(
        "SELECT id FROM foia_productions WHERE foia_id = ? ORDER BY received_on, id", (foia_id,)
    )
    events = []
    for (production_id,) in rows.fetchall():
        current = records.get(vault, PRODUCTIONS, production_id, include_deleted=True)
        if current is None:
            continue
        versions = list(reversed(records.history(vault, PRODUCTIONS, production_id)))  # oldest first
        states = [v["record"] for v in versions] + [current]
        first = states[0]
        events.append(
            {
                "at": str(current.get("created_at") or ""),
                "by": str(versions[0]["changed_by"] if versions else current.get("updated_by") or ""),
                "what": f"production received on {first.get('received_on')}: {first.get('page_count')} pages",
                "kind": "production-received",
                "received_on": str(first.get("received_on") or ""),
                "pages": int(first.get("page_count") or 0),
            }
        )
        for version, after in zip(versions, states[1:], strict=True):
            what = _correction(version["record"], after)
            if what:
                events.append(
                    {
                        "at": version["changed_at"],
                        "by": version["changed_by"],
                        "what": what,
                        "kind": "production-corrected",
                        "received_on": str(after.get("received_on") or ""),
                        "pages": int(after.get("page_count") or 0),
                    }
                )
        if current.get("deleted_at"):
            events.append(
                {
                    "at": str(current["deleted_at"]),
                    "by": str(current.get("updated_by") or ""),
                    "what": f"production received on {current.get('received_on')} removed to the Trash "
                    f"({current.get('page_count')} pages no longer counted)",
                    "kind": "production-removed",
                    "received_on": str(current.get("received_on") or ""),
                    "pages": int(current.get("page_count") or 0),
                }
            )
    return events


def _correction(before: dict[str, Any], after: dict[str, Any]) -> str:
    """One line on what a correction changed, or '' when nothing the log shows did."""
    parts = []
    if before.get("received_on") != after.get("received_on"):
        parts.append(f"received on {before.get('received_on')} → {after.get('received_on')}")
    if bates_range(before) != bates_range(after):
        parts.append(f"Bates {' – '.join(bates_range(before)) or 'none'} → {' – '.join(bates_range(after)) or 'none'}")
    if (before.get("segments") or []) != (after.get("segments") or []):
        parts.append(f"pages {_counts(before)} → {_counts(after)}")
    if before.get("proposed") and not after.get("proposed"):
        parts.append("statuses and exemptions checked by a person")
    if not parts:
        return ""
    return f"production received on {after.get('received_on')} corrected: " + "; ".join(parts)

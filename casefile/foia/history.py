"""A FOIA request's status history: every change of status, tracking number and recorded date, with
who made it and when (from the record's own history), the productions received, and the clocks the
deadline rules give it now.
"""

from __future__ import annotations

from typing import Any

from casefile.domain.deadlines import computed_deadlines
from casefile.errors import NotFound

# Fields whose changes are the request's story, in the order a change lists them.
TRACKED = (
    "status",
    "tracking_number",
    "submitted_on",
    "received_on",
    "extension_days",
    "expedited_decided_on",
    "tolled_on",
    "tolling_ended_on",
    "response_received_on",
    "adverse_determination_on",
    "appeal_filed_on",
    "appeal_received_on",
    "appeal_decided_on",
    "ogis_requested_on",
    "ogis_case_number",
    "ogis_closed_on",
    "ogis_outcome",
    "litigation_filed_on",
)


def _fields(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    """``[{"field", "old", "new"}]`` for the tracked fields that differ (for the app to word)."""
    return [
        {"field": name, "old": before.get(name), "new": after.get(name)}
        for name in TRACKED
        if before.get(name) != after.get(name)
    ]


def _changes(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    out = []
    for change in _fields(before, after):
        name, old, new = change["field"], change["old"], change["new"]
        if name == "status":
            out.append(f"status {old or 'none'} → {new or 'none'}")
        elif new in (None, ""):
            out.append(f"{name} cleared (was {old})")
        else:
            out.append(f"{name} {new}" if old in (None, "") else f"{name} {old} → {new}")
    return out


def status_history(vault: Any, foia_id: str) -> dict[str, Any]:
    """``{"events": [{at, by, what, kind, ...}], "clocks": [{kind, due, citation, done}], "ogis": {...} | None,
    "notes": [str]}``, oldest event first; the notes say what OGIS mediation does to the clocks."""
    from casefile.foia import ogis
    from casefile.foia.corrections import production_events
    from casefile.services import records

    current = records.get(vault, "foia_requests", foia_id)
    if current is None:
        raise NotFound(f"No FOIA request with id {foia_id!r} in this vault.", key="foia_not_found")
    versions = list(reversed(records.history(vault, "foia_requests", foia_id)))  # oldest first
    states = [v["record"] for v in versions] + [current]
    first = states[0]
    events: list[dict[str, Any]] = [
        {
            "at": str(current.get("created_at") or ""),
            "by": str(versions[0]["changed_by"] if versions else current.get("updated_by") or ""),
            "what": "; ".join(["recorded", *_changes({}, first)]),
            "kind": "recorded",
            "changes": _fields({}, first),
        }
    ]
    for version, after in zip(versions, states[1:], strict=True):
        changes = _changes(version["record"], after)
        if changes:
            events.append(
                {
                    "at": version["changed_at"],
                    "by": version["changed_by"],
                    "what": "; ".join(changes),
                    "kind": "changed",
                    "changes": _fields(version["record"], after),
                }
            )
    events += production_events(vault, foia_id)  # received, corrected and removed ones
    events.sort(key=lambda e: str(e["at"]))
    clocks = [
        {"kind": d["kind"], "due": d["due"], "citation": d["citation"], "done": d["done"]}
        for d in computed_deadlines([current], [], [])
    ]
    told = ogis.sentence(current)
    return {
        "foia_id": foia_id,
        "events": events,
        "clocks": clocks,
        "ogis": ogis.mediation(current),
        "ogis_appeal": ogis.appeal_note(current),
        "notes": [told] if told else [],
    }

"""The demo vault's court cases (issue 15): hearings, custody and bond history, a final order and a
motion, so the dashboard, the Hearings section, the deadlines and the case summary's first page
show something on first run.

Only ``casefile demo`` (``make run``) adds them, after the generator's records are in, so the
benchmark vaults the generator makes stay as they were. The dates are counted from the day the
demo vault is made: a demo whose next hearing is already past would show nothing "next".
Nothing here touches a vault: :func:`court_cases` returns records for the caller to save.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from casefile.demo.places import CITIES

Record = dict[str, Any]


def _court(person: Record) -> tuple[str, str, str]:
    """The immigration court of the client's city (from the address), its offset and a facility."""
    address = str(person.get("address") or "")
    city = next((c for c in CITIES if c.name in address), CITIES[0])
    offset = f"{city.utc_offset:+03d}:00"
    return city.court, offset, city.facilities[0]


def _at(day: date, time: str, offset: str) -> str:
    return f"{day.isoformat()}T{time}:00{offset}"


def _detained(person: Record, day: date) -> tuple[Record, list[Record]]:
    """A detained client: two detentions, ICE's bond denial and a judge's bond on redetermination,
    an I-220A from the first release; a held master hearing, the bond hearing, the next merits one."""
    court, offset, facility = _court(person)
    facility = str(person.get("custody_facility") or facility)
    d = lambda n: (day + timedelta(days=n)).isoformat()  # noqa: E731 - a day relative to the demo's day
    history = {
        "custody_status": "detained",
        "detentions": [
            {"facility": "County jail (local arrest)", "from": d(-400), "to": d(-398),
             "ended": "released-recognizance"},
            {"facility": facility, "from": d(-48)},
        ],
        "bond_decisions": [
            {"by": "ice", "kind": "initial", "decided_on": d(-47), "outcome": "denied"},
            {"by": "ij", "kind": "redetermination", "requested_on": d(-30), "decided_on": d(-14), "outcome": "set",
             "amount": 8000, "conditions": "Report to ICE monthly; no travel outside the state"},
        ],
        "release_orders": [{"form": "I-220A", "issued_on": d(-398), "conditions": "Report when called"}],
    }  # fmt: skip
    pid = person["id"]
    hearings = [
        {"id": "h-demo-master", "person_id": pid, "hearing_type": "master", "starts_at": _at(day - timedelta(35),
         "08:30", offset), "court": court, "judge": "IJ Morales", "mode": "video", "interpreter_language": "Spanish",
         "result": "held", "notes": "Pleadings taken; merits hearing set."},
        {"id": "h-demo-bond", "person_id": pid, "hearing_type": "bond", "starts_at": _at(day - timedelta(14), "13:00",
         offset), "court": court, "judge": "IJ Morales", "mode": "video", "interpreter_language": "Spanish",
         "result": "decision", "decision": "granted", "decision_service": "oral",
         "notes": "Bond redetermined: $8,000 set (ICE had denied bond)."},
        {"id": "h-demo-merits", "person_id": pid, "hearing_type": "individual", "starts_at": _at(day + timedelta(23),
         "08:30", offset), "court": court, "judge": "IJ Morales", "mode": "in-person",
         "interpreter_language": "Spanish"},
    ]  # fmt: skip
    return history, hearings


def _ordered(person: Record, day: date) -> tuple[Record, list[Record]]:
    """A client ordered removed at a merits hearing 20 days ago, appeal waived, who moved to reopen."""
    court, offset, _facility = _court(person)
    d = lambda n: (day + timedelta(days=n)).isoformat()  # noqa: E731
    history = {
        "final_order": {"date": d(-20), "type": "removal", "by": "ij"},
        "motions": [{"type": "reopen", "filed_on": d(-5), "result": "pending"}],
    }
    hearing = {"id": "h-demo-ordered", "person_id": person["id"], "hearing_type": "individual",
               "starts_at": _at(day - timedelta(20), "09:00", offset), "court": court, "judge": "IJ Chen",
               "mode": "in-person", "result": "decision", "decision": "removal-ordered", "decision_service": "oral",
               "appeal_status": "waived"}  # fmt: skip
    return history, [hearing]


def _more(people: list[Record], day: date) -> list[Record]:
    """Next master hearings for other clients; one continued to a later date."""
    out = []
    for n, person in enumerate(people):
        court, offset, _ = _court(person)
        record = {"id": f"h-demo-{n + 1}", "person_id": person["id"], "hearing_type": "master", "court": court,
                  "mode": "video", "interpreter_language": person.get("preferred_language") or None}  # fmt: skip
        if n == 0:  # the interpreter did not appear: continued three weeks
            record.update(starts_at=_at(day - timedelta(7), "08:30", offset), result="continued",
                          continued_to=(day + timedelta(16)).isoformat())  # fmt: skip
        else:
            record["starts_at"] = _at(day + timedelta(9 + 12 * n), "10:00", offset)
        out.append({k: v for k, v in record.items() if v is not None})
    return out


def court_cases(clients: list[Record], day: date) -> tuple[dict[str, Record], list[Record]]:
    """What to add to the demo's clients: ``({person id: fields to merge}, hearings)``.

    The first detained client gets the custody and bond history and three hearings; the first
    client not detained gets the final order, the motion and the hearing that ordered removal;
    three more get their next master hearings.
    """
    detained = next((p for p in clients if p.get("custody_status") == "detained"), None)
    free = [p for p in clients if p.get("custody_status") != "detained"]
    updates: dict[str, Record] = {}
    hearings: list[Record] = []
    if detained is not None:
        updates[detained["id"]], made = _detained(detained, day)
        hearings += made
    if free:
        updates[free[0]["id"]], made = _ordered(free[0], day)
        hearings += made
    hearings += _more([p for p in clients if p["id"] not in updates][:3], day)
    return updates, hearings

"""A client's custody, bond, final order and motions, kept on the person record (issue 15).

Custody and bond history: each detention (facility, from, to, how it ended); bond set or denied by
ICE or by an immigration judge, with amount and conditions, initial or on a redetermination request
(a request not yet decided has no outcome); alternatives to detention; release orders I-220A (order
of release on recognizance) and I-220B (order of supervision). Final order and motions (to reopen,
reconsider, suppress, terminate) with their results.

They are lists on the person (what a case file keeps for one client), not record types of their
own: they travel with the person through import, export, history and the trash. The dates the
deadline rules run from are derived from them when they are recorded here, so the rules need no
change: the latest immigration judge's bond decision is ``bond_decision_on`` (BIA bond appeal, 30
days, 8 C.F.R. 1003.19(f), 1003.38(b)); the final order is ``final_order_on`` (motion to reopen, 90
days, INA 240(c)(7)(C)(i), 8 C.F.R. 1003.23(b)(1); to reconsider, 30 days, INA 240(c)(6)(B)); the
first motion to reopen or reconsider filed is ``motion_reopen_filed_on`` / ``motion_reconsider_filed_on``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from casefile.domain import dates
from casefile.domain.checks import checked
from casefile.domain.record_types import base as t
from casefile.errors import ValidationError

Record = dict[str, Any]

DETENTION_END = ("released-bond", "released-recognizance", "released-parole", "released-atd", "transferred",
                 "removed", "other")  # fmt: skip
BOND_BY = ("ice", "ij")
BOND_KIND = ("initial", "redetermination")
BOND_OUTCOME = ("set", "denied", "no-jurisdiction")
RELEASE_FORM = ("I-220A", "I-220B")
FINAL_ORDER_TYPE = ("removal", "voluntary-departure", "removal-in-absentia", "reinstated")
FINAL_ORDER_BY = ("ij", "bia", "dhs")
MOTION_TYPE = ("reopen", "reconsider", "suppress", "terminate")
MOTION_RESULT = ("pending", "granted", "denied", "withdrawn")

# How a detention ended -> where the client is once no detention is open (enums.CUSTODY_STATUS).
RELEASED_AS = {
    "released-bond": "released-bond",
    "released-recognizance": "released-recognizance",
    "released-atd": "alternatives-to-detention",
    "removed": "removed",
}

_DATE = t.date_schema()
_TEXT = t.text_schema()

PERSON_FIELDS: dict[str, t.Field] = {
    "detentions": t.shaped(t.list_schema(t.obj_schema({
        "facility": {"type": "string", "minLength": 1, "maxLength": t.SHORT_TEXT},
        "from": {"type": "string", "maxLength": 40},
        "to": _DATE,
        "ended": t.enum_schema(DETENTION_END),
        "notes": _TEXT,
    }, ("facility", "from")))),
    "bond_decisions": t.shaped(t.list_schema(t.obj_schema({
        "by": {"enum": list(BOND_BY)},
        "kind": t.enum_schema(BOND_KIND),
        "requested_on": _DATE,
        "decided_on": _DATE,
        "outcome": t.enum_schema(BOND_OUTCOME),
        "amount": t.int_schema(0, 10**8),
        "conditions": _TEXT,
    }, ("by",)))),
    "atd": t.shaped(t.list_schema(t.obj_schema({
        "program": {"type": "string", "minLength": 1, "maxLength": 200},
        "from": {"type": "string", "maxLength": 40},
        "to": _DATE,
        "conditions": _TEXT,
    }, ("program", "from")))),
    "release_orders": t.shaped(t.list_schema(t.obj_schema({
        "form": {"enum": list(RELEASE_FORM)},
        "issued_on": {"type": "string", "maxLength": 40},
        "conditions": _TEXT,
    }, ("form", "issued_on")))),
    "final_order": t.shaped(t.optional_obj_schema({
        "date": {"type": "string", "maxLength": 40},
        "type": t.enum_schema(FINAL_ORDER_TYPE),
        "by": t.enum_schema(FINAL_ORDER_BY),
    })),
    "motions": t.shaped(t.list_schema(t.obj_schema({
        "type": {"enum": list(MOTION_TYPE)},
        "filed_on": {"type": "string", "maxLength": 40},
        "result": t.enum_schema(MOTION_RESULT),
        "decided_on": _DATE,
    }, ("type", "filed_on")))),
}  # fmt: skip


def _day(value: Any, where: str, field: str) -> str | None:
    if value in (None, ""):
        return None
    parsed: date = checked(dates.parse_date, value, where, field)
    return parsed.isoformat()


def _dates(items: list[Record], names: tuple[str, ...], where: str, field: str) -> None:
    for i, item in enumerate(items):
        for name in names:
            if name in item:
                item[name] = _day(item[name], where, f"{field}[{i}].{name}")


def _order(items: list[Record], first: str, second: str, where: str, field: str) -> None:
    for i, item in enumerate(items):
        if item.get(first) and item.get(second) and item[second] < item[first]:
            raise ValidationError(
                f"{field}[{i}].{second}: {item[second]} is before {first} ({item[first]})",
                where=where,
                field=f"{field}[{i}].{second}",  # the row and its field, where the app shows it
            )


def _bond(items: list[Record], where: str) -> None:
    for i, bond in enumerate(items):
        if bond.get("outcome") == "set" and not bond.get("amount"):
            raise ValidationError(f"bond_decisions[{i}].amount: a bond that was set needs its amount",
                                  where=where, field=f"bond_decisions[{i}].amount")  # fmt: skip
        if bond.get("outcome") in ("denied", "no-jurisdiction") and bond.get("amount"):
            raise ValidationError(f"bond_decisions[{i}].amount: a denied bond has no amount",
                                  where=where, field=f"bond_decisions[{i}].amount")  # fmt: skip
        if bond.get("outcome") and not bond.get("decided_on"):
            raise ValidationError(f"bond_decisions[{i}].decided_on: a decided bond needs the decision's date",
                                  where=where, field=f"bond_decisions[{i}].decided_on")  # fmt: skip


def normalize(out: Record, where: str) -> Record:
    """Checks the dates and their order, then fills the dates the deadline rules read."""
    detentions, bonds = out.get("detentions") or [], out.get("bond_decisions") or []
    atd, motions = out.get("atd") or [], out.get("motions") or []
    _dates(detentions, ("from", "to"), where, "detentions")
    _order(detentions, "from", "to", where, "detentions")
    _dates(bonds, ("requested_on", "decided_on"), where, "bond_decisions")
    _order(bonds, "requested_on", "decided_on", where, "bond_decisions")
    _bond(bonds, where)
    _dates(atd, ("from", "to"), where, "atd")
    _order(atd, "from", "to", where, "atd")
    _dates(out.get("release_orders") or [], ("issued_on",), where, "release_orders")
    _dates(motions, ("filed_on", "decided_on"), where, "motions")
    _order(motions, "filed_on", "decided_on", where, "motions")
    if out.get("final_order"):
        out["final_order"]["date"] = _day(out["final_order"].get("date"), where, "final_order.date")
        if out["final_order"]["date"]:
            out["final_order_on"] = out["final_order"]["date"]
    since = custody_since(out)
    if since is not None:  # the open detention says where the client is now
        out["custody_status"] = "detained"
        out["custody_facility"] = next(d["facility"] for d in detentions if d["from"] == since and not d.get("to"))
    elif detentions and out.get("custody_status") == "detained":
        # Every detention has ended (its end typed in the app): the latest says how the client left;
        # a transfer to a facility not yet recorded leaves the client detained.
        last = max(detentions, key=lambda d: (d.get("to") or "", d["from"]))
        if last.get("ended") != "transferred":
            out["custody_status"] = RELEASED_AS.get(str(last.get("ended")), "at-liberty")
            out.pop("custody_facility", None)
    ij_bonds = sorted(b["decided_on"] for b in bonds if b["by"] == "ij" and b.get("decided_on"))
    if ij_bonds:
        out["bond_decision_on"] = ij_bonds[-1]  # the appeal runs from the latest IJ decision
    for kind, field in (("reopen", "motion_reopen_filed_on"), ("reconsider", "motion_reconsider_filed_on")):
        filed = sorted(m["filed_on"] for m in motions if m["type"] == kind)
        if filed and not out.get(field):
            out[field] = filed[0]  # the first one filed stops the clock
    return out


def custody_since(person: Record) -> str | None:
    """The start of the detention still open (no end date), or None when not detained."""
    open_ = [d["from"] for d in person.get("detentions") or [] if not d.get("to")]
    return max(open_) if open_ else None

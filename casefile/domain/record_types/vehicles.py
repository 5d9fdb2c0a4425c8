"""Vehicles: the cars, vans and trucks an encounter involved, as records reused across encounters.

A vehicle is known by its plate and the plate's state, and described by make, model, colour and
markings (issue 15). Encounters link to a vehicle with the part it played
(``encounters.vehicle_links``, the indexed ``encounter_vehicles`` table), so "this plate" across every
client is an index read (``casefile.crosscase``). The same plate key and state are the same vehicle
(``domain.keys.vehicle_identity``); records found to be one are merged (``crosscase.merge``).
"""

from __future__ import annotations

from typing import Any

from casefile.domain.checks import USPS_STATES
from casefile.domain.keys import compact, vehicle_identity
from casefile.domain.record_types import base as t
from casefile.domain.record_types.text import fold, join
from casefile.errors import ValidationError

Record = dict[str, Any]

# The part a vehicle played in an encounter (an encounter's vehicle_links[].role).
VEHICLE_ROLE = ("used-in-arrest", "transport", "blocked-exit", "surveillance", "followed", "present", "other")


def display_name(r: Record) -> str:
    """The vehicle as lists name it: "TX ABC-1234 · white Ford Transit", the parts there are."""
    plate = " ".join(str(p) for p in (r.get("state"), r.get("plate")) if p)
    looks = " ".join(str(p) for p in (r.get("colour"), r.get("make"), r.get("model")) if p)
    return " · ".join(p for p in (plate, looks) if p) or str(r.get("markings") or "")[:60]


def _columns(r: Record) -> dict[str, Any]:
    return {
        "display": display_name(r)[:200],
        "label_sort": fold(display_name(r))[:200],
        "plate": str(r.get("plate") or "")[:40],
        "plate_key": compact(r.get("plate") or ""),
        "state": r.get("state") or "",
        "make": str(r.get("make") or "")[:100],
        "identity_key": vehicle_identity(r.get("plate"), r.get("state")),
        "merged_into": r.get("merged_into"),
    }


def _normalize(out: Record, where: str) -> Record:
    if not any(str(out.get(k) or "").strip() for k in ("plate", "make", "model", "colour", "markings")):
        raise ValidationError(
            "plate: a vehicle needs a plate, or a make, model, colour or markings to tell it by",
            where=where,
            field="plate",
        )
    if out.get("state"):
        state = str(out["state"]).upper()
        if state not in USPS_STATES:
            raise ValidationError(
                f"state: {state!r} is not a US state or territory code (e.g. TX, IL, CA)", where=where, field="state"
            )
        out["state"] = state
    return out


def _body(r: Record) -> str:
    plate = r.get("plate") or ""
    return join(
        plate, compact(plate), r.get("state"), r.get("make"), r.get("model"), r.get("colour"), r.get("markings"),
        r.get("notes"),
    )  # fmt: skip


def _title(r: Record) -> t.TitleFacts:
    return t.text_fact(display_name(r)), ()


VEHICLES = t.register(
    t.RecordType(
        list_name="vehicles",
        type_name="vehicle",
        noun="vehicle",
        id_prefix="v",
        code=21,
        write_order=16,
        list_order=18,
        fields={
            "plate": t.text(40),
            "state": t.text(2),
            "make": t.text(100),
            "model": t.text(100),
            "colour": t.text(100),
            "markings": t.text(t.MEDIUM_TEXT),
            "notes": t.text(t.LONG_TEXT),
            "merged_into": t.ref("vehicles"),
        },
        columns=_columns,
        sorts={"label": "label_sort", "plate": "plate_key", "updated": "updated_at"},
        filters={"plate_key": "plate_key", "state": "state", "make": "make"},
        default_sort="label",
        title_facts=_title,
        search_title=display_name,
        search_body=_body,
        list_columns=("display", "plate", "state", "make"),
        normalize=_normalize,
    )
)

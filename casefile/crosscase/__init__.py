"""Cross-case search: every encounter, across all clients, that involved one badge, plate,
officer, vehicle or address.

A CRCL complaint or a Monell claim rests on a pattern: the same officer, the same vehicle or the
same address in many clients' encounters (issue 15). Officers and vehicles are records that
encounters link to with the role each played (``encounter_officers``, ``encounter_vehicles``), and
each encounter keeps a normalised address key, so every criterion is an index read: the officers
with a badge key, then their links; the vehicles with a plate key, then theirs; the encounters
whose address key is, or starts with, the one searched. Nothing is decrypted beyond the matches.

Matching is on normalised values (``casefile.domain.keys``): a badge typed "ERO-1234" finds
"ero 1234", a plate "ABC 1234" finds "ABC-1234", and "12 Main Street" finds "12 Main St., Apt 3"
(whole words from the start of the street address, so not "112 Main St").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from casefile.domain.keys import MIN_PLATE, compact, normal_address
from casefile.errors import CasefileError

__all__ = [
    "KINDS",
    "MIN_PLATE",
    "EncounterLink",
    "PersonLink",
    "Via",
    "clients_of",
    "compact",
    "find_encounters",
    "normal_address",
    "search",
]

# What a search can be by (the benchmark's and the CLI's ``kind``).
KINDS = ("badge", "plate", "address", "officer", "vehicle")


@dataclass(frozen=True)
class PersonLink:
    person_id: str
    name: str
    role: str
    is_client: bool


@dataclass(frozen=True)
class Via:
    """The officer or vehicle record through which an encounter matched, and the part it played."""

    kind: str  # "officer" or "vehicle"
    record_id: str
    name: str
    role: str


@dataclass
class EncounterLink:
    """One encounter that matched, what in it matched, and everyone it names (clients first)."""

    encounter_id: str
    occurred_at: str
    place: str
    matched: list[str] = field(default_factory=list)
    people: list[PersonLink] = field(default_factory=list)
    via: list[Via] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "encounter_id": self.encounter_id,
            "occurred_at": self.occurred_at,
            "place": self.place,
            "matched": self.matched,
            "via": [{"kind": v.kind, "id": v.record_id, "name": v.name, "role": v.role} for v in self.via],
            "people": [
                {"person_id": p.person_id, "name": p.name, "role": p.role, "is_client": p.is_client}
                for p in self.people
            ],
        }


Hits = dict[int, tuple[list[str], list[Via]]]


def _check(wanted: dict[str, str]) -> dict[str, str]:
    keys = {
        "badge": compact(wanted.get("badge") or ""),
        "plate": compact(wanted.get("plate") or ""),
        "address": normal_address(wanted.get("address") or ""),
        "officer": str(wanted.get("officer") or "").strip(),
        "vehicle": str(wanted.get("vehicle") or "").strip(),
    }
    if not any(keys.values()):
        raise CasefileError("Give a badge, a plate or an address to search for (letters or digits).")
    if keys["plate"] and len(keys["plate"]) < MIN_PLATE:
        plate = wanted.get("plate")
        raise CasefileError(f"A plate needs at least {MIN_PLATE} letters or digits; '{plate}' would match too much.")
    return {k: v for k, v in keys.items() if v}


def _officer_hits(conn: Any, column: str, value: str) -> Hits:
    # badge_key != '' lets SQLite use the partial index officers_by_badge.
    where = "o.badge_key = ? AND o.badge_key != ''" if column == "badge" else "o.id = ?"
    rows = conn.execute(
        "SELECT eo.encounter_rid, o.id, o.data, eo.role FROM officers o "
        f"JOIN encounter_officers eo ON eo.officer_id = o.id WHERE {where} AND o.deleted_at IS NULL "
        "ORDER BY eo.encounter_rid, eo.position",
        (value,),
    ).fetchall()
    # Imported here: the command line imports this package to build its parser, and the record
    # types would cost every start of the app 60 ms.
    from casefile.domain.record_types.officers import display_name as officer_name

    hits: Hits = {}
    for rid, officer_id, data, role in rows:
        record = json.loads(data)
        name = officer_name(record)
        who = ", ".join(p for p in (name if record.get("badge") else "", record.get("agency") or "") if p)
        said = f"badge {record['badge']}" + (f" ({who})" if who else "") if record.get("badge") else f"officer {name}"
        matched, via = hits.setdefault(rid, ([], []))
        matched.append(said + (f", {role}" if role else ""))
        via.append(Via("officer", officer_id, name, role))
    return hits


def _vehicle_hits(conn: Any, column: str, value: str) -> Hits:
    where = "v.plate_key = ? AND v.plate_key != ''" if column == "plate" else "v.id = ?"
    rows = conn.execute(
        "SELECT ev.encounter_rid, v.id, v.data, ev.role FROM vehicles v "
        f"JOIN encounter_vehicles ev ON ev.vehicle_id = v.id WHERE {where} AND v.deleted_at IS NULL "
        "ORDER BY ev.encounter_rid, ev.position",
        (value,),
    ).fetchall()
    from casefile.domain.record_types.vehicles import display_name as vehicle_name

    hits: Hits = {}
    for rid, vehicle_id, data, role in rows:
        name = vehicle_name(json.loads(data))
        matched, via = hits.setdefault(rid, ([], []))
        matched.append(f"vehicle {name}" + (f", {role}" if role else ""))
        via.append(Via("vehicle", vehicle_id, name, role))
    return hits


def _address_hits(conn: Any, key: str) -> Hits:
    # The key itself, or the key and more words ("12 main st apt 3"): one range of the index, from
    # the key to the key followed by "!", the character after the space (a key holds only letters,
    # digits and single spaces). An OR of the two would make SQLite scan the whole index.
    rows = conn.execute(
        "SELECT rid, json_extract(data, '$.location.address') FROM encounters WHERE address_key != '' "
        "AND address_key >= ? AND address_key < ? AND deleted_at IS NULL",
        (key, f"{key}!"),
    ).fetchall()
    return {rid: ([f"address: {address}"], []) for rid, address in rows}


def _hits(conn: Any, kind: str, value: str) -> Hits:
    if kind in ("badge", "officer"):
        return _officer_hits(conn, kind, value)
    if kind in ("plate", "vehicle"):
        return _vehicle_hits(conn, kind, value)
    return _address_hits(conn, value)


def find_encounters(
    conn: Any, *, badge: str = "", plate: str = "", address: str = "", officer: str = "", vehicle: str = ""
) -> list[EncounterLink]:
    """Every encounter not in the trash matching all the given criteria, oldest first.

    ``officer`` and ``vehicle`` are record ids; the others are matched by their keys.
    """
    keys = _check({"badge": badge, "plate": plate, "address": address, "officer": officer, "vehicle": vehicle})
    found: Hits | None = None
    for kind in KINDS:
        if kind not in keys:
            continue
        hits = _hits(conn, kind, keys[kind])
        if found is None:
            found = hits
        else:
            found = {rid: (found[rid][0] + h[0], found[rid][1] + h[1]) for rid, h in hits.items() if rid in found}
    links = _encounters(conn, found or {})
    _add_people(conn, links)
    return [link for _rid, link in links]


def _encounters(conn: Any, hits: Hits) -> list[tuple[int, EncounterLink]]:
    out: list[tuple[int, EncounterLink]] = []
    rids = list(hits)
    for start in range(0, len(rids), 500):
        chunk = rids[start : start + 500]
        rows = conn.execute(
            f"SELECT rid, id, occurred_at, place FROM encounters WHERE rid IN ({','.join('?' * len(chunk))}) "
            "AND deleted_at IS NULL",
            chunk,
        ).fetchall()
        out += [
            (rid, EncounterLink(eid, when, place, hits[rid][0], [], hits[rid][1])) for rid, eid, when, place in rows
        ]
    out.sort(key=lambda pair: (pair[1].occurred_at, pair[0]))
    return out


def search(source: Any, kind: str = "", value: str = "", **wanted: str) -> list[EncounterLink]:
    """:func:`find_encounters` on an unlocked vault or a connection: ``search(vault, "badge", "1234")``
    or ``search(vault, badge="1234", address="12 Main St")`` (the app's and the benchmark's entry)."""
    if kind:
        if kind not in KINDS:
            raise CasefileError(f"Search by one of {', '.join(KINDS)}, not '{kind}'.")
        wanted = {**wanted, kind: value}
    conn = source.connection() if hasattr(source, "connection") else source
    return find_encounters(conn, **wanted)


def _add_people(conn: Any, links: list[tuple[int, EncounterLink]]) -> None:
    by_rid = dict(links)
    rids = list(by_rid)
    for start in range(0, len(rids), 500):
        chunk = rids[start : start + 500]
        rows = conn.execute(
            "SELECT pa.encounter_rid, pa.person_id, pe.full_name, pa.role, pe.is_client FROM participants pa "
            f"JOIN people pe ON pe.id = pa.person_id WHERE pa.encounter_rid IN ({','.join('?' * len(chunk))}) "
            "ORDER BY pa.encounter_rid, pa.position",
            chunk,
        ).fetchall()
        for rid, person_id, name, role, is_client in rows:
            by_rid[rid].people.append(PersonLink(person_id, name, role, bool(is_client)))
    for link in by_rid.values():
        link.people.sort(key=lambda p: not p.is_client)


def clients_of(links: list[EncounterLink]) -> list[str]:
    """The distinct clients named in ``links``, by id, in the order first met."""
    seen: dict[str, None] = {}
    for link in links:
        for person in link.people:
            if person.is_client:
                seen.setdefault(person.person_id)
    return list(seen)

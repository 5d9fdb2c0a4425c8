"""An older encounter's ``officers`` list and ``vehicles`` text, turned into records and links.

Before issue 15 an encounter described its officers in its own list (name, badge, agency,
description) and its vehicles in free text. Those still import: an encounter without
``officer_links`` / ``vehicle_links`` gets one officer record per described officer and one
vehicle record per plate its text names, reused when the vault or the file already has the same
officer (same badge key and agency) or vehicle (same plate key and state), and links to them with
no role (nobody recorded one). The list and the text stay in the encounter as recorded.

A record made here gets an id derived from what it was made from (its badge and agency, or the
encounter and the description), so importing the same older file twice, or through the bulk
loader instead of an import, makes the same records, not new ones each time; an encounter
already in the vault keeps the links it has (an older file knows nothing of them).
:func:`link_encounters` does it for an import (``services.import_batches``), :func:`link_batch` for
the bulk loader, :func:`upgrade_encounters` for migration 14.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from casefile.domain.keys import officer_identity, plates_in, vehicle_identity
from casefile.domain.record_types.base import Record
from casefile.domain.validate import normalize_record

Batch = dict[str, list[tuple[str, Record]]]
_PREFIX = {"officers": "o", "vehicles": "v"}
UPGRADE_USER = "casefile-upgrade"  # who the records migration 14 makes were written by


def _officer_record(item: dict[str, Any]) -> Record | None:
    name = str(item.get("name") or "").strip()
    fields = {
        "name": name[:200] if name.lower() not in ("", "unknown") else "",
        "description": str(item.get("description") or "").strip(),
        "badge": str(item.get("badge") or "").strip(),
        "agency": item.get("agency") or "",
    }
    if not (fields["name"] or fields["description"] or fields["badge"]):
        return None  # "unknown", nothing else: nothing to tell this officer by
    return {k: v for k, v in fields.items() if v}


class Linker:
    """Finds or makes the officer and vehicle records an older encounter's descriptions name."""

    def __init__(self, conn: Any, batch: Batch | None = None) -> None:
        self.conn = conn
        self.new: dict[str, list[tuple[str, Record]]] = {"officers": [], "vehicles": []}
        self.by_identity: dict[str, dict[str, str]] = {"officers": {}, "vehicles": {}}
        self.made: set[str] = set()
        for list_name in self.new:
            for _where, record in (batch or {}).get(list_name) or []:
                self._remember(list_name, record)

    def _remember(self, list_name: str, record: Record) -> None:
        key = self._identity(list_name, record)
        if key and not record.get("merged_into"):
            self.by_identity[list_name].setdefault(key, record["id"])

    @staticmethod
    def _identity(list_name: str, record: Record) -> str:
        if list_name == "officers":
            return officer_identity(record.get("badge"), record.get("agency"))
        return vehicle_identity(record.get("plate"), record.get("state"))

    def _in_vault(self, list_name: str, key: str) -> str | None:
        """The live record with this identity, following merges to the record that survived."""
        # "!= ''" lets SQLite use the partial index (it cannot tell a bound value is not empty):
        # without it every look-up scanned the table, and migration 14 ran for over ten minutes on
        # 100 000 encounters as the officers table grew.
        rows = self.conn.execute(
            f"SELECT id, deleted_at, merged_into FROM {list_name} WHERE identity_key = ? AND identity_key != '' "
            "ORDER BY rid",
            (key,),
        ).fetchall()
        live = [r[0] for r in rows if r[1] is None]
        if live:
            return str(live[0])
        for _id, _deleted, merged_into in rows:
            survivor = self._survivor(list_name, merged_into)
            if survivor:
                return survivor
        return None

    def _taken(self, list_name: str, record_id: str) -> tuple[bool, str | None]:
        """Whether ``record_id`` is used, and the live record it stands for now (itself, or the
        record it was merged into), if any."""
        if record_id in self.made:
            return True, record_id
        sql = f"SELECT deleted_at, merged_into FROM {list_name} WHERE id = ?"
        row = self.conn.execute(sql, (record_id,)).fetchone()
        if row is None:
            return False, None
        if row[0] is None:
            return True, record_id
        return True, self._survivor(list_name, row[1])

    def _survivor(self, list_name: str, merged_into: str | None) -> str | None:
        seen: set[str] = set()
        while merged_into and merged_into not in seen:
            seen.add(merged_into)
            row = self.conn.execute(
                f"SELECT deleted_at, merged_into FROM {list_name} WHERE id = ?", (merged_into,)
            ).fetchone()
            if row is None:
                return None
            if row[0] is None:
                return merged_into
            merged_into = row[1]
        return None

    def record_for(self, list_name: str, record: Record, where: str, seed: str) -> str:
        """The id of the record ``record`` describes: one already known, or ``record`` made new.

        ``seed`` (the encounter and position) names a record with nothing to tell it by across
        encounters; the same seed and description give the same id, so a second import finds it.
        """
        key = self._identity(list_name, record)
        if key:
            known = self.by_identity[list_name].get(key) or self._in_vault(list_name, key)
            if known:
                self.by_identity[list_name][key] = known
                return known
        basis = key or f"{seed}|{json.dumps(record, sort_keys=True)}"
        for attempt in range(100):
            digest = hashlib.sha256(f"{list_name}|{basis}|{attempt}".encode()).hexdigest()[:10]
            candidate = f"{_PREFIX[list_name]}-{digest}"
            taken, stands_for = self._taken(list_name, candidate)
            if not taken:
                break
            if not key and stands_for:
                return stands_for  # made from this very description by an earlier import
        made = normalize_record(list_name, {"id": candidate, **record}, where)
        self.new[list_name].append((where, made))
        self.made.add(str(made["id"]))
        if key:
            self.by_identity[list_name][key] = made["id"]
        return str(made["id"])

    def link(self, encounter: Record, where: str, stored: Record | None = None) -> Record:
        """``encounter`` with links to the records its older descriptions name (if it has none);
        ``stored`` is the vault's version of it, whose links are kept."""
        out = dict(encounter)
        for name in ("officer_links", "vehicle_links"):
            if name not in out and stored and stored.get(name):
                out[name] = stored[name]
        seed = str(out.get("id") or where)
        if "officer_links" not in out:
            links = []
            for i, item in enumerate(out.get("officers") or []):
                described = _officer_record(item) if isinstance(item, dict) else None
                if described is not None:
                    officer_id = self.record_for("officers", described, f"{where}.officers[{i}]", f"{seed}|{i}")
                    links.append({"officer_id": officer_id})
            if links:
                out["officer_links"] = links
        if "vehicle_links" not in out:
            links = []
            for plate, state in plates_in(out.get("vehicles")):
                described = {"plate": plate, **({"state": state} if state else {}), "notes": out["vehicles"]}
                vehicle_id = self.record_for("vehicles", described, f"{where}.vehicles", seed)
                if all(v["vehicle_id"] != vehicle_id for v in links):
                    links.append({"vehicle_id": vehicle_id})
            if links:
                out["vehicle_links"] = links
        return out


def link_encounters(
    conn: Any, encounters: list[tuple[str, Record]], *, updates: bool = True, batch: Batch | None = None
) -> tuple[list[tuple[str, Record]], dict[str, list[tuple[str, Record]]]]:
    """Older encounters with their officer and vehicle links, and the records made for them
    (``{"officers": [(where, record)], "vehicles": [...]}``, to write before the encounters).

    ``updates``: the import may update stored encounters (a bulk load only adds new ones), whose
    links are then kept. ``batch``: records of the same file not yet in the vault, to reuse.
    """
    linker = Linker(conn, batch)
    out = []
    for where, record in encounters:
        stored = None
        if updates and not ("officer_links" in record and "vehicle_links" in record):
            row = conn.execute("SELECT data FROM encounters WHERE id = ?", (record["id"],)).fetchone()
            stored = json.loads(row[0]) if row else None
        out.append((where, linker.link(record, where, stored)))
    return out, linker.new


def link_batch(conn: Any, batch: Batch, *, updates: bool = True) -> None:
    """:func:`link_encounters` on a whole batch of lists, in place (the bulk loader's chunks)."""
    encounters = batch.get("encounters") or []
    if not encounters:
        return
    batch["encounters"], made = link_encounters(conn, encounters, updates=updates, batch=batch)
    for list_name, new in made.items():
        batch[list_name] = [*(batch.get(list_name) or []), *new]


def upgrade_encounters(conn: Any) -> None:
    """Migration 14: every encounter's address key, and its older descriptions as records and links."""
    from casefile.domain.record_types import get
    from casefile.queries.writer import dumps, upsert, write_children

    encounters = get("encounters")
    linker = Linker(conn)
    rows = conn.execute("SELECT rid, id, data FROM encounters ORDER BY rid").fetchall()
    for rid, encounter_id, data in rows:
        record = json.loads(data)
        linked = linker.link(record, f"encounter {encounter_id}")
        for list_name, made in linker.new.items():
            for _where, new in made:
                upsert(conn, get(list_name), new, UPGRADE_USER)
            made.clear()
        address_key = encounters.columns(linked)["address_key"]
        if linked == record:
            conn.execute("UPDATE encounters SET address_key = ? WHERE rid = ?", (address_key, rid))
            continue
        conn.execute("UPDATE encounters SET data = ?, address_key = ? WHERE rid = ?", (dumps(linked), address_key, rid))
        write_children(conn, encounters, rid, linked)  # the new links (the people are already there)

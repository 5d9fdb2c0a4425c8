"""Merging two officer (or vehicle) records found to be the same one (issue 15).

Two records made from different encounters often turn out to be one officer ("the bearded agent"
in one account is Agent Doyle, #1234, in another). A merge keeps one record (the survivor) and:

- fills the survivor's empty fields from the other one (nothing typed is lost);
- moves every encounter's link to the other record onto the survivor, with its role (each
  encounter's change is a normal update: its history keeps the link as it was);
- marks the other record ``merged_into`` the survivor and moves it to the trash, so its history and
  the trash show both, an import of an older file that describes it finds the survivor, and the
  audit log has a ``merge`` entry naming both.

:func:`unmerge` undoes it: the merged record comes back from the trash and the links the merge
moved go back to it, in every encounter not edited since (the others are named, to check by hand).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from casefile.errors import CasefileError, NotFound
from casefile.queries import records
from casefile.queries.kinds import KINDS
from casefile.queries.writer import dumps, write_children
from casefile.services import store
from casefile.vault import audit

# list name -> (the encounter's link list, the id field in it, its side table)
LINKS = {
    "officers": ("officer_links", "officer_id", "encounter_officers"),
    "vehicles": ("vehicle_links", "vehicle_id", "encounter_vehicles"),
}


@dataclass(frozen=True)
class Merged:
    survivor: str
    merged: str
    encounters: list[str]  # the encounters whose links moved


def list_of(record_id: str) -> str:
    """``officers`` or ``vehicles`` by the id's prefix (o-, v-); a clear error otherwise."""
    for list_name in LINKS:
        if record_id.startswith(f"{KINDS[list_name].id_prefix}-"):
            return list_name
    raise CasefileError(f"'{record_id}' is not an officer (o-...) or vehicle (v-...) id.")


def _moved_links(links: list[dict[str, Any]], field: str, away: str, into: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for link in links:
        moved = {**link, field: into} if link.get(field) == away else link
        if moved not in out:  # the survivor already there with the same role: once is enough
            out.append(moved)
    return out


def merge(vault: Any, away_id: str, into_id: str) -> Merged:
    """Merge record ``away_id`` into ``into_id`` (both officers or both vehicles) in one transaction."""
    list_name = list_of(into_id)
    if list_of(away_id) != list_name:
        raise CasefileError("An officer can only be merged with an officer, a vehicle with a vehicle.")
    if away_id == into_id:
        raise CasefileError("Choose two different records to merge.")
    kind = KINDS[list_name]
    conn = vault.connection()
    away = records.get(conn, kind, away_id)
    into = records.get(conn, kind, into_id)
    for record_id, found in ((away_id, away), (into_id, into)):
        if found is None:
            raise NotFound(f"There is no {kind.noun} '{record_id}' (in the trash, or never made) to merge.")
    assert away is not None and into is not None
    links_field, id_field, table = LINKS[list_name]
    moved: list[str] = []
    with vault.transaction() as tx:
        survivor = {k: v for k, v in into.items() if k not in records.META_FIELDS}
        for key, value in away.items():
            if (
                key not in (*records.META_FIELDS, "id", "merged_into")
                and value not in (None, "")
                and not survivor.get(key)
            ):
                survivor[key] = value
        store.write_record(tx, kind, into_id, survivor, vault.user)
        rows = tx.execute(
            f"SELECT DISTINCT e.rid, e.id, e.data, e.deleted_at FROM {table} l JOIN encounters e "
            f"ON e.rid = l.encounter_rid WHERE l.{id_field} = ? ORDER BY e.rid",
            (away_id,),
        ).fetchall()
        for rid, encounter_id, data, deleted_at in rows:
            encounter = json.loads(data)
            encounter[links_field] = _moved_links(encounter.get(links_field) or [], id_field, away_id, into_id)
            _save_encounter(tx, vault.user, rid, encounter, trashed=deleted_at is not None)
            moved.append(encounter_id)
        marked = {k: v for k, v in away.items() if k not in records.META_FIELDS}
        store.write_record(tx, kind, away_id, {**marked, "merged_into": into_id}, vault.user)
        records.trash(tx, kind, away_id, vault.user)
        detail = json.dumps({"merged": away_id, "into": into_id, "encounters": moved})
        audit.append(tx, vault.user, "merge", kind.type_name, into_id, detail=detail)
    return Merged(into_id, away_id, moved)


def _save_encounter(tx: Any, user: str, rid: int, encounter: dict[str, Any], *, trashed: bool) -> None:
    kind = KINDS["encounters"]
    if not trashed:
        store.write_record(tx, kind, encounter["id"], encounter, user)
        return
    # A trashed encounter stays in the trash (the writer's update would restore it); its links
    # move all the same, so restoring it later shows the survivor, and its history the old link.
    old = tx.execute("SELECT data, updated_at, updated_by FROM encounters WHERE rid = ?", (rid,)).fetchone()
    tx.execute(
        "INSERT INTO history (kind, record_id, action, data, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)",
        (kind.type_name, encounter["id"], "update", old[0], old[1], old[2]),
    )
    tx.execute("UPDATE encounters SET data = ? WHERE rid = ?", (dumps(encounter), rid))
    write_children(tx, kind, rid, encounter)


@dataclass(frozen=True)
class Unmerged:
    restored: str
    survivor: str
    encounters: list[str]  # links moved back
    changed: list[str]  # encounters edited since the merge: their links are left for a person to check


def _before_merge(tx: Any, encounter_id: str, field: str, id_field: str, away: str) -> list[dict[str, Any]] | None:
    """The encounter's links as they were before the merge: its latest earlier version naming ``away``."""
    for (data,) in tx.execute(
        "SELECT data FROM history WHERE kind = 'encounter' AND record_id = ? ORDER BY hid DESC", (encounter_id,)
    ):
        links = json.loads(data).get(field) or []
        if any(link.get(id_field) == away for link in links):
            return list(links)
    return None


def unmerge(vault: Any, merged_id: str) -> Unmerged:
    """Undo :func:`merge`: the merged record back from the trash (``merged_into`` cleared) and the
    links the merge moved given back to it, in every encounter not edited since (the others are
    named, for a person to check). The survivor keeps the fields it took (its history has it as it
    was). Audited as ``unmerge``."""
    list_name = list_of(merged_id)
    kind = KINDS[list_name]
    conn = vault.connection()
    record = records.get(conn, kind, merged_id, include_deleted=True)
    if record is None or not record.get("merged_into") or not record.get("deleted_at"):
        raise CasefileError(
            f"'{merged_id}' was not merged into another record: only one in the trash after a merge can be unmerged."
        )
    survivor = str(record["merged_into"])
    moved: list[str] = []
    for (detail,) in conn.execute(
        "SELECT detail FROM audit WHERE action = 'merge' AND kind = ? AND record_id = ? ORDER BY seq DESC",
        (kind.type_name, survivor),
    ):
        found = json.loads(detail or "{}")
        if found.get("merged") == merged_id:
            moved = list(found.get("encounters") or [])
            break
    links_field, id_field, _table = LINKS[list_name]
    back, changed = [], []
    with vault.transaction() as tx:
        records.restore(tx, kind, merged_id, vault.user)
        kept = {k: v for k, v in record.items() if k not in (*records.META_FIELDS, "deleted_at", "merged_into")}
        store.write_record(tx, kind, merged_id, kept, vault.user)
        for encounter_id in moved:
            row = tx.execute("SELECT rid, data, deleted_at FROM encounters WHERE id = ?", (encounter_id,)).fetchone()
            before = _before_merge(tx, encounter_id, links_field, id_field, merged_id) if row else None
            if row is None or before is None:
                continue
            encounter = json.loads(row[1])
            if (encounter.get(links_field) or []) != _moved_links(before, id_field, merged_id, survivor):
                changed.append(encounter_id)
                continue
            encounter[links_field] = before
            _save_encounter(tx, vault.user, row[0], encounter, trashed=row[2] is not None)
            back.append(encounter_id)
        detail = json.dumps({"restored": merged_id, "from": survivor, "encounters": back, "changed": changed})
        audit.append(tx, vault.user, "unmerge", kind.type_name, merged_id, detail=detail)
    return Unmerged(merged_id, survivor, back, changed)

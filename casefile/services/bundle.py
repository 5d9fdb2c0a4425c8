"""The data a report shows, gathered from the vault as one interchange-shaped bundle.

Reports never touch the vault: they take this bundle, so the same builders serve the CLI, the
app's preview and the tests.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from casefile.clock import today
from casefile.domain import deadlines as rules
from casefile.domain.deadlines_hearings import rows_of
from casefile.queries import records
from casefile.queries.kinds import KINDS
from casefile.services.deadlines import stored
from casefile.vault.db import Vault


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _records(conn: Any, list_name: str, where: str, params: list[Any]) -> list[dict[str, Any]]:
    if not params and "?" in where:
        return []
    kind = KINDS[list_name]
    extra = "".join(f", {c}" for c in kind.export_columns)
    rows = conn.execute(
        f"SELECT data, created_at, updated_at, updated_by{extra} FROM {kind.table} "
        f"WHERE deleted_at IS NULL AND ({where}) ORDER BY rid",
        params,
    ).fetchall()
    out = []
    for row in rows:
        record = records.row_to_record(*row[:4])
        if kind.decorate is not None:
            kind.decorate(record, dict(zip(kind.export_columns, row[4:], strict=True)), today())
        out.append(record)
    return out


def _bundle(conn: Any, people_ids: set[str], encounter_ids: list[str], foia_ids: set[str], day: date) -> dict[str, Any]:
    encounters = _records(conn, "encounters", f"id IN ({_marks(len(encounter_ids))})", list(encounter_ids))
    for enc in encounters:
        people_ids |= {p["person_id"] for p in enc.get("participants") or []}
        people_ids |= {b["person_id"] for b in enc.get("biometrics") or [] if b.get("person_id")}
        people_ids |= set(enc.get("witnesses") or [])
        named = (enc.get("warrant") or {}).get("named_person_id")
        if named:
            people_ids.add(named)
    targets = [("person", x) for x in people_ids] + [("encounter", x) for x in encounter_ids]
    doc_rids: set[int] = set()
    for target_type, target_id in targets:
        doc_rids |= {
            r[0]
            for r in conn.execute(
                "SELECT document_rid FROM document_links WHERE target_type = ? AND target_id = ?",
                (target_type, target_id),
            )
        }
    # An empty IN () is planned as a scan of the whole table: ask only when there is something to read.
    documents = _records(conn, "documents", f"rid IN ({_marks(len(doc_rids))})", sorted(doc_rids)) if doc_rids else []
    for document in documents:
        foia_ids |= set(document.get("foia_ids") or [])
    pid, eid = sorted(people_ids), list(encounter_ids)
    # FOIA requests about these people, about these encounters, or that documents here answer.
    foia_where = [f"subject_person_id IN ({_marks(len(pid))})", f"encounter_id IN ({_marks(len(eid))})"]
    if foia_ids:
        foia_where.append(f"id IN ({_marks(len(foia_ids))})")
    foia = _records(conn, "foia_requests", " OR ".join(foia_where), pid + eid + sorted(foia_ids))
    fids = [f["id"] for f in foia]
    productions = _records(conn, "foia_productions", f"foia_id IN ({_marks(len(fids))})", fids) if fids else []
    clauses: list[str] = []
    params: list[Any] = []
    for column, values in (("person_id", pid), ("encounter_id", eid), ("foia_id", fids)):
        if values:
            clauses.append(f"{column} IN ({_marks(len(values))})")
            params += values
    where = " OR ".join(clauses) or "0"
    notes = _records(conn, "notes", where, params) if params else []
    people = _records(conn, "people", f"id IN ({_marks(len(pid))})", pid)
    # Issue 15: the officer and vehicle records the encounters link to, for the reports' tables.
    officer_ids = sorted({o["officer_id"] for e in encounters for o in e.get("officer_links") or []})
    vehicle_ids = sorted({v["vehicle_id"] for e in encounters for v in e.get("vehicle_links") or []})
    hearings = _records(conn, "hearings", f"person_id IN ({_marks(len(pid))})", pid)  # issue 15
    # Every rule decides for itself which records it dates (a bundle is a few dozen records).
    computed = rules.computed_deadlines(foia, people, encounters, hearings)
    stored_list = stored(conn, where, tuple(params)) if params else []
    # Open deadlines with their overdue flag, then done ones: they still belong in the chronology.
    # Hearings still to come are listed with the deadlines (issue 15), each once.
    deadlines = rules.upcoming(rules.without_repeats(stored_list + rows_of(hearings) + computed), day, None)
    deadlines += [dict(d, overdue=False) for d in stored_list if rules.is_done(d)]
    return {
        "format": "casefile-interchange",
        "version": 1,
        "people": people,
        "encounters": encounters,
        "documents": documents,
        "foia_requests": foia,
        "foia_productions": productions,
        "deadlines": deadlines,
        "notes": notes,
        "hearings": hearings,
        "officers": _records(conn, "officers", f"id IN ({_marks(len(officer_ids))})", officer_ids)
        if officer_ids
        else [],
        "vehicles": _records(conn, "vehicles", f"id IN ({_marks(len(vehicle_ids))})", vehicle_ids)
        if vehicle_ids
        else [],
    }


def person_bundle(vault: Vault, person_id: str, *, day: date | None = None) -> dict[str, Any]:
    """A client and everything about them: encounters, the people in them, documents, FOIA, notes."""
    conn = vault.connection()
    records.require(conn, KINDS["people"], person_id)
    encounter_ids = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT e.id FROM participants p JOIN encounters e ON e.rid = p.encounter_rid "
            "WHERE p.person_id = ? AND e.deleted_at IS NULL ORDER BY e.occurred_at",
            (person_id,),
        )
    ]
    return _bundle(conn, {person_id}, encounter_ids, set(), day or today())


def encounter_bundle(vault: Vault, encounter_id: str, *, day: date | None = None) -> dict[str, Any]:
    conn = vault.connection()
    records.require(conn, KINDS["encounters"], encounter_id)
    return _bundle(conn, set(), [encounter_id], set(), day or today())


def _linked(conn: Any, rids: list[int]) -> tuple[dict[int, list[dict[str, str]]], dict[int, list[str]]]:
    """The officers (name, badge, unit) and vehicles each encounter links to (issue 15), by row id."""
    officers: dict[int, list[dict[str, str]]] = {}
    for rid, name, badge, unit in conn.execute(
        # The name as recorded (not the list's display name, which falls back to the description):
        # an officer known only by a description is not counted by name, as in the records' own list.
        "SELECT eo.encounter_rid, coalesce(json_extract(o.data, '$.name'), ''), o.badge, o.unit "
        "FROM encounter_officers eo JOIN officers o "
        f"ON o.id = eo.officer_id WHERE eo.encounter_rid IN ({_marks(len(rids))}) "
        "ORDER BY eo.encounter_rid, eo.position",
        rids,
    ):
        officers.setdefault(rid, []).append({"name": name, "badge": badge, "unit": unit})
    vehicles: dict[int, list[str]] = {}
    for rid, name in conn.execute(
        "SELECT ev.encounter_rid, v.display FROM encounter_vehicles ev JOIN vehicles v ON v.id = ev.vehicle_id "
        f"WHERE ev.encounter_rid IN ({_marks(len(rids))}) ORDER BY ev.encounter_rid, ev.position",
        rids,
    ):
        vehicles.setdefault(rid, []).append(name)
    return officers, vehicles


def pattern_input(facts: dict[str, Any]) -> dict[str, Any]:
    """An encounter's stored pattern facts (``kinds.pattern_facts``, without its day) in the shape
    the pattern report counts: setting, agencies, program, location, biometrics, warrant, entry."""
    kind, shown = facts["w"]
    return {
        "setting": facts["s"],
        "agencies": facts["a"],
        "program": facts["p"],
        "location": {"city": facts["c"], "state": facts["t"]},
        "biometrics": [{"modality": m, "consent": c} for m, c in facts["b"]],
        "warrant": {"type": kind, "shown": shown},
        "entry": facts["e"],
    }


def iter_pattern_inputs(
    vault: Vault, *, date_from: date | None = None, date_to: date | None = None, batch: int = 5000
) -> Iterator[dict[str, Any]]:
    """Every live encounter in time order, with the fields the pattern report counts.

    Read from the covering index on ``encounters.pattern`` (see ``kinds.pattern_facts``), never
    from the records themselves: at 100 000 encounters that is a few MB of index instead of 240 MB
    of records to decrypt and decode. Each item has ``id``, ``occurred_at`` (the date as written),
    ``setting``, ``agencies``, ``program``, ``location`` (``city``, ``state``), ``biometrics``
    (``modality``, ``consent``), ``warrant`` (``type``, ``shown``), ``entry`` and ``participants``
    (``role``, ``outcome``, in order), as the record holds them, and ``linked_officers`` (``name``,
    ``badge``, ``unit``) and ``linked_vehicles`` (names) from their links; streamed in batches.
    With a period, encounters a day either side come too: the caller checks the day as written.
    """
    conn = vault.connection()
    clauses, params = ["deleted_at IS NULL"], []
    # The column is the UTC sort key, the period the day as written (which the report checks): a
    # day either side keeps every encounter whose written day can fall inside.
    if date_from:
        clauses.append("occurred_at >= date(?, '-1 day')")
        params.append(date_from.isoformat())
    if date_to:
        clauses.append("occurred_at < date(?, '+2 day')")
        params.append(date_to.isoformat())
    after: tuple[str, int] = ("", 0)
    while True:
        rows = conn.execute(
            "SELECT occurred_at, rid, id, pattern FROM encounters INDEXED BY encounters_pattern "
            f"WHERE {' AND '.join(clauses)} AND (occurred_at, rid) > (?, ?) ORDER BY occurred_at, rid LIMIT ?",
            (*params, *after, batch),
        ).fetchall()
        if not rows:
            return
        rids = [row[1] for row in rows]
        roles: dict[int, list[dict[str, str]]] = {}
        for rid, role, outcome in conn.execute(
            f"SELECT encounter_rid, role, outcome FROM participants WHERE encounter_rid IN ({_marks(len(rids))}) "
            "ORDER BY encounter_rid, position",
            rids,
        ):
            roles.setdefault(rid, []).append({"role": role, "outcome": outcome})
        officers, vehicles = _linked(conn, rids)
        for _utc, rid, record_id, pattern in rows:
            facts = json.loads(pattern)
            yield {
                "id": record_id,
                "occurred_at": facts["d"],
                **pattern_input(facts),
                "participants": roles.get(rid, []),
                "linked_officers": officers.get(rid, []),
                "linked_vehicles": vehicles.get(rid, []),
            }
        after = (rows[-1][0], rows[-1][1])

"""The pattern report counts from a small column of facts kept beside each encounter (and its
covering index): it must hold what the full records hold, whether written on save or by the
migration that filled it in for existing vaults, so the counts are those of the records."""

from __future__ import annotations

import json
from datetime import date

from casefile.queries.kinds import pattern_facts
from casefile.reports.pattern import aggregate
from casefile.services import records
from casefile.services.bundle import iter_pattern_inputs
from casefile.services.interchange import export_records
from casefile.vault import migrations
from casefile.vault.db import Vault

FIELDS = ("id", "setting", "program", "entry")


def _full(vault: Vault) -> list[dict]:
    return export_records(vault.connection())["encounters"]


def _add(vault: Vault) -> None:
    for i in range(7):
        records.save(vault, "encounters", {
            "occurred_at": f"2025-0{1 + i}-1{i}T23:30:00-07:00", "setting": "vehicle-stop",
            "agencies": ["ICE-ERO", "CBP-BP"], "participants": [], "narrative": f"traffic stop {i}",
            "warrant": {"type": "none", "shown": False} if i % 2 else {"type": "administrative-I-200"},
            "location": {"city": "El Paso", "state": "tx"}, "entry": "no-entry",
            "biometrics": [{"modality": "face", "consent": "refused"}]})


def test_projection_holds_what_the_records_hold(example_vault: Vault) -> None:
    _add(example_vault)
    full = {e["id"]: e for e in _full(example_vault)}
    seen = list(iter_pattern_inputs(example_vault, batch=3))
    assert sorted(item["id"] for item in seen) == sorted(full)
    for item in seen:
        record = full[item["id"]]
        for name in FIELDS:
            assert item[name] == record.get(name), (item["id"], name)
        assert item["occurred_at"] == record["occurred_at"][:10]
        assert item["agencies"] == record.get("agencies")
        assert item["biometrics"] == [
            {"modality": c.get("modality"), "consent": c.get("consent")} for c in record.get("biometrics") or []
        ]
        place, warrant = record.get("location") or {}, record.get("warrant") or {}
        assert item["location"] == {"city": place.get("city"), "state": place.get("state")}
        assert item["warrant"] == {"type": warrant.get("type"), "shown": warrant.get("shown")}
        assert item["participants"] == [
            {"role": p.get("role"), "outcome": p.get("outcome") or ""} for p in record.get("participants") or []
        ]


def test_counts_equal_those_of_the_full_records(example_vault: Vault) -> None:
    _add(example_vault)
    full = sorted(_full(example_vault), key=lambda e: e["occurred_at"])
    assert aggregate(iter_pattern_inputs(example_vault)) == aggregate(full)
    low, high = date(2025, 2, 1), date(2025, 5, 31)
    assert aggregate(iter_pattern_inputs(example_vault, date_from=low, date_to=high), date_from=low,
                     date_to=high) == aggregate(full, date_from=low, date_to=high)


def test_trashed_encounters_are_not_counted(example_vault: Vault) -> None:
    first = next(iter_pattern_inputs(example_vault))
    records.delete(example_vault, "encounters", first["id"])
    assert first["id"] not in {item["id"] for item in iter_pattern_inputs(example_vault)}


def test_the_migration_fills_in_the_same_facts_as_a_save(example_vault: Vault) -> None:
    _add(example_vault)
    conn = example_vault.connection()
    saved = dict(conn.execute("SELECT id, pattern FROM encounters"))
    backfill = next(sql for sql in dict(migrations.MIGRATIONS)[3] if sql.startswith("UPDATE encounters"))
    with example_vault.transaction() as tx:
        tx.execute("UPDATE encounters SET pattern = '{}'")
        tx.execute(backfill)
    migrated = dict(conn.execute("SELECT id, pattern FROM encounters"))
    assert len(saved) >= 8
    for record in _full(example_vault):
        assert json.loads(migrated[record["id"]]) == json.loads(saved[record["id"]]) == pattern_facts(record)

"""The pattern report's grouped counts from the vault (casefile.services.pattern_counts) must be
exactly the counts of the encounters one by one (reports.pattern.aggregate over
services.bundle.iter_pattern_inputs): over everything, over a period, with encounters in the
trash, with two officer records sharing one label and a written day the UTC key puts a day away."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casefile.demo.files import MIB
from casefile.demo.generator import Scale
from casefile.reports.pattern import aggregate
from casefile.services import records
from casefile.services.bundle import iter_pattern_inputs
from casefile.services.interchange import import_document
from casefile.services.pattern_counts import pattern_stats
from casefile.vault.db import Vault
from tests.generated_vault import generated_vault

SCALE = Scale(people=60, encounters=600, participants=900, documents=4, document_bytes=1 * MIB,
              large_documents=0, foia=5, deadlines=5, notes=10)


def _one_by_one(vault: Vault, low: date | None = None, high: date | None = None):
    return aggregate(iter_pattern_inputs(vault, date_from=low, date_to=high), date_from=low, date_to=high)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory):
    with generated_vault(tmp_path_factory.mktemp("pattern-counts"), SCALE, seed=7, chunk_size=200) as vault:
        yield vault


def test_grouped_counts_equal_the_counts_one_by_one(generated: Vault) -> None:
    stats = pattern_stats(generated)
    assert stats.encounters == SCALE.encounters
    assert stats.participants > 0 and stats.by["officer"] and stats.by["vehicle"] and stats.by["unit"]
    assert stats == _one_by_one(generated)


def test_a_period_counts_the_same_encounters_both_ways(generated: Vault) -> None:
    months = sorted(m for m in pattern_stats(generated).by_month if m != "unknown")
    low = date.fromisoformat(months[len(months) // 3] + "-10")
    high = date.fromisoformat(months[2 * len(months) // 3] + "-20")
    stats = pattern_stats(generated, date_from=low, date_to=high)
    assert 0 < stats.encounters < SCALE.encounters
    assert stats == _one_by_one(generated, low, high)
    only_from = pattern_stats(generated, date_from=low)
    assert only_from == _one_by_one(generated, low, None)
    assert pattern_stats(generated, date_to=high) == _one_by_one(generated, None, high)


def test_the_trash_is_not_counted(generated: Vault) -> None:
    before = pattern_stats(generated)
    gone = next(iter_pattern_inputs(generated))
    records.delete(generated, "encounters", gone["id"])
    try:
        after = pattern_stats(generated)
        assert after.encounters == before.encounters - 1
        assert after.participants == before.participants - len(gone["participants"])
        assert after == _one_by_one(generated)
    finally:
        records.restore(generated, "encounters", gone["id"])


def _doc() -> dict:
    officer = {"name": "Agent R. Doyle", "badge": "ERO-1234", "unit": "Fugitive Ops 3", "agency": "ICE-ERO"}
    person = {"id": "p-ana", "full_name": "Ana Example", "is_client": True}
    encounter = {
        "id": "e-late", "setting": "home", "agencies": ["ICE-ERO"], "entry": "forced",
        "narrative": "Agents came late at night.", "location": {"city": "Houston", "state": "TX"},
        # Written on the 1st; its UTC sort key is the 2nd.
        "occurred_at": "2026-03-01T23:30:00-06:00",
        "participants": [{"person_id": "p-ana", "role": "collateral", "outcome": "arrested"}],
        "officer_links": [{"officer_id": "o-1", "role": "arresting"}, {"officer_id": "o-2", "role": "present"}],
        "vehicle_links": [{"vehicle_id": "v-1", "role": "used-in-arrest"}],
    }
    return {
        "format": "casefile-interchange", "version": 1,
        "people": [person],
        # Two records of one officer (not yet merged): one label, counted once per encounter.
        "officers": [{"id": "o-1", **officer}, {"id": "o-2", **officer}],
        "vehicles": [{"id": "v-1", "plate": "ABC1234", "state": "TX", "make": "Ford"}],
        "encounters": [encounter],
    }


def test_one_label_on_two_records_and_a_day_written_before_its_utc_key(vault: Vault) -> None:
    import_document(vault, _doc(), base_dir=None)
    stats = pattern_stats(vault)
    assert stats.by["officer"] == {"Agent R. Doyle #ERO-1234": 1}
    assert stats.by["unit"] == {"Fugitive Ops 3": 1}
    assert stats.collateral_arrests == 1 and stats.by_month == {"2026-03": 1}
    assert stats == _one_by_one(vault)
    first = date(2026, 3, 1)
    assert pattern_stats(vault, date_from=first, date_to=first).encounters == 1
    assert _one_by_one(vault, first, first).encounters == 1
    assert pattern_stats(vault, date_from=date(2026, 3, 2)).encounters == 0
    assert pattern_stats(vault, date_to=date(2026, 2, 28)).encounters == 0


def test_the_count_leaves_nothing_behind_and_runs_inside_a_transaction(vault: Vault, tmp_path: Path) -> None:
    import_document(vault, _doc(), base_dir=None)
    conn = vault.connection()
    with vault.transaction():
        inside = pattern_stats(vault)
    assert inside == pattern_stats(vault)
    temp = conn.execute("SELECT name FROM sqlite_temp_master").fetchall()
    assert temp == [] and not conn.in_transaction

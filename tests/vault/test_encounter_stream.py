"""The pattern report's encounter stream reads ahead on a thread of its own: it must yield every
live encounter once, in time order, and leave no thread or connection behind however it ends."""

from __future__ import annotations

import threading

import pytest

from casefile.services import records
from casefile.services.bundle import iter_encounters
from casefile.vault.db import Vault


def _add(vault: Vault, n: int) -> list[str]:
    ids = []
    for i in range(n):
        saved = records.save(vault, "encounters", {
            "occurred_at": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T08:{i % 60:02d}:00-05:00",
            "setting": "home", "participants": [], "narrative": f"encounter {i}"})
        ids.append(saved["id"])
    return ids


def _readers() -> int:
    return sum(1 for t in threading.enumerate() if t.name == "casefile-encounter-reader")


def test_every_encounter_once_in_time_order(vault: Vault) -> None:
    ids = _add(vault, 23)
    records.delete(vault, "encounters", ids[0])
    seen = list(iter_encounters(vault, batch=5))
    assert sorted(e["id"] for e in seen) == sorted(ids[1:])
    times = [(e["occurred_at"], e["id"]) for e in seen]
    assert [t for t, _ in times] == sorted(t for t, _ in times)
    assert _readers() == 0


def test_stopping_early_leaves_nothing_running(vault: Vault) -> None:
    _add(vault, 30)
    connections = len(vault._connections)
    stream = iter_encounters(vault, batch=2)
    first = [next(stream) for _ in range(3)]
    assert len(first) == 3
    stream.close()
    assert _readers() == 0
    assert len(vault._connections) == connections


def test_a_failure_on_the_reader_reaches_the_caller(vault: Vault) -> None:
    _add(vault, 3)
    vault.close()
    with pytest.raises(Exception, match="locked"):
        list(iter_encounters(vault))
    assert _readers() == 0

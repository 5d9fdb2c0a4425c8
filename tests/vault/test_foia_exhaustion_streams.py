"""The dashboard's "suit may be filed" list reads its candidates in two index-ordered streams
(issue 16: sorting every candidate cost 0.6 s at 100 000 requests). Whatever the limit, it must
be exactly the first requests of the whole computation: every request through the rules."""

from __future__ import annotations

from datetime import date

import pytest

from casefile.demo.files import MIB
from casefile.demo.generator import Scale
from casefile.foia.exhaustion import exhausted, exhaustion_of
from casefile.queries.records import row_to_record
from casefile.vault.db import Vault
from tests.generated_vault import generated_vault

SCALE = Scale(people=80, encounters=100, participants=150, documents=2, document_bytes=1 * MIB,
              large_documents=0, foia=600, deadlines=5, notes=5)


@pytest.fixture(scope="module")
def requests_vault(tmp_path_factory: pytest.TempPathFactory):
    with generated_vault(tmp_path_factory.mktemp("exhaustion"), SCALE, seed=11, chunk_size=300) as vault:
        yield vault


def _all(vault: Vault, day: date) -> list:
    rows = vault.connection().execute(
        "SELECT data, created_at, updated_at, updated_by FROM foia_requests WHERE deleted_at IS NULL"
    ).fetchall()
    found = [e for e in (exhaustion_of(row_to_record(*r), day) for r in rows) if e is not None]
    return sorted(found, key=lambda e: (e.missed, e.foia_id))


@pytest.mark.parametrize("day", [date(2025, 6, 1), date(2026, 3, 15), date(2026, 12, 7), date(2027, 6, 1)])
def test_every_limit_gives_the_first_of_the_whole_computation(requests_vault: Vault, day: date) -> None:
    whole = _all(requests_vault, day)
    assert whole or day < date(2026, 1, 1)
    assert {e.clock for e in _all(requests_vault, date(2027, 6, 1))} == {"response", "appeal"}
    for limit in (1, 2, 5, 17, 100, 1000):
        assert exhausted(requests_vault.connection(), day, limit) == whole[:limit], limit

"""Migration 9 widens the search key (rid * 8 + code -> rid * 64 + code) and loses no search row;
migration 10 indexes the audit log for the rollback check at unlock.

The eight codes of the old key were all taken (six types, FOIA productions, hearings), so a ninth
record type could not be registered. Checked on real vaults the earlier releases made
(tests/fixtures/vaults), not on a new vault rewritten by hand.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from casefile.domain import record_types
from casefile.domain.record_types.base import SEARCH_SLOTS, search_rowid
from casefile.queries.search import search
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER
from tests.frozen_vaults import copy_frozen, frozen_versions

OLD_SLOTS = 8


def _live_rows(conn) -> dict[int, tuple[str, str]]:
    """Every live record's expected search rowid under the current key -> (type, id)."""
    out = {}
    for kind in record_types.types_by_list().values():
        if kind.code is None:
            continue
        have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if kind.table not in have:
            continue
        for rid, rec_id in conn.execute(f"SELECT rid, id FROM {kind.table} WHERE deleted_at IS NULL"):
            out[search_rowid(rid, kind.code)] = (kind.type_name, rec_id)
    return out


@pytest.mark.parametrize("version", [v for v in frozen_versions() if v <= 8])
def test_every_search_row_moves_to_the_wider_key(tmp_path: Path, version: int) -> None:
    path, _facts = copy_frozen(version, tmp_path / "vault")
    old_rowids = None
    vault = Vault.open(path, PASSPHRASE)
    try:
        conn = vault.connection()
        rowids = {r[0] for r in conn.execute("SELECT rowid FROM search")}
        old_rowids = rowids
        expected = _live_rows(conn)
        # Every search row sits where the current key puts it, and names a live record (a record
        # search does not see, e.g. a deadline without text, has no row: hence a subset).
        assert rowids <= set(expected), sorted(rowids - set(expected))[:5]
        # People, encounters and FOIA requests always have a row: each one is there.
        for rowid, (kind, rec_id) in expected.items():
            if kind in ("person", "encounter", "foia_request"):
                assert rowid in rowids, (kind, rec_id)
        # A name search finds the same records the release found, by the new key.
        hits = search(conn, "Quispe")
        assert ("person", "p-rosa") in {(h.type, h.id) for h in hits}
    finally:
        vault.close()
    assert old_rowids


def test_the_move_keeps_each_rows_text(tmp_path: Path) -> None:
    # The release at schema 8 keyed rows rid * 8 + code: read its rows' text through the old key
    # before the upgrade (the database opened by the release's key, no migration run) is not
    # possible without the old code, so compare the text after the move with the records instead.
    path, _facts = copy_frozen(8, tmp_path / "vault")
    vault = Vault.open(path, PASSPHRASE)
    try:
        conn = vault.connection()
        people = dict(conn.execute("SELECT rid, id FROM people WHERE deleted_at IS NULL").fetchall())
        code = record_types.types_by_list()["people"].code
        for rid, rec_id in people.items():
            title = conn.execute("SELECT title FROM search WHERE rowid = ?", (search_rowid(rid, code),)).fetchone()
            assert title is not None, rec_id
        # The old key's rowid of a person names nothing now (it would be another type's slot).
        stale = [rid * OLD_SLOTS + code for rid in people if rid * OLD_SLOTS + code != search_rowid(rid, code)]
        if stale:
            marks = ",".join("?" * len(stale))
            assert conn.execute(f"SELECT count(*) FROM search WHERE rowid IN ({marks})", stale).fetchone()[0] == 0
    finally:
        vault.close()


def test_a_ninth_record_type_is_registered_saved_and_found(tmp_path: Path) -> None:
    # Before migration 9 the ninth type was refused ("search code ... is out of 0..7 or taken").
    from casefile.domain.record_types import base as t
    from casefile.services import records
    from tests.toy_record_type import TOY

    taken = set(record_types.types_by_code())
    assert len(taken) >= OLD_SLOTS  # six types, FOIA productions, hearings: the old key's every slot
    free = next(c for c in range(SEARCH_SLOTS) if c not in taken)
    assert free >= OLD_SLOTS
    visit = replace(
        TOY, list_name="visits", type_name="visit", noun="visit", id_prefix="v", code=free, table="visits",
        ddl=t.standard_table("visits", {"held_on": "TEXT NOT NULL", "person_id": "TEXT REFERENCES people (id)",
                                        "outcome": "TEXT NOT NULL DEFAULT ''"}),
    )
    with record_types.temporary() as add:
        add(visit)
        vault, _ = Vault.create(tmp_path / "vault", USER, PASSPHRASE)
        try:
            saved = records.save(vault, "visit", {"held_on": "2027-02-01", "judge": "Quetzaltenango visit"})
            hits = search(vault.connection(), "Quetzaltenango")
            assert [(h.type, h.id) for h in hits] == [("visit", saved["id"])]
        finally:
            vault.close()


def test_the_unlock_rollback_check_reads_the_audit_log_by_index(new_vault) -> None:
    # vault.seen.older_than_seen runs this at every unlock where the remembered entry differs: a
    # scan of the whole audit log there cost more than the key derivation on a large vault.
    vault, _recovery = new_vault
    plan = vault.connection().execute(
        "EXPLAIN QUERY PLAN SELECT max(at) FROM audit WHERE action = 'restore-backup'"
    ).fetchall()
    assert any("audit_by_action" in str(row[-1]) for row in plan), plan

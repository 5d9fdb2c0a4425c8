"""The migration list itself. Upgrades of real vaults from every earlier release are tested in
tests/vault/test_frozen_vaults.py, on vaults those releases made (tests/fixtures/vaults/)."""

from __future__ import annotations

from casefile.vault import migrations


def test_pending_lists_only_newer_migrations() -> None:
    assert migrations.pending(migrations.CURRENT_VERSION) == []
    assert [v for v, _ in migrations.pending(0)] == [v for v, _ in migrations.MIGRATIONS]


def test_versions_are_numbered_one_by_one() -> None:
    # user_version counts applied migrations: a gap or a repeat would skip or redo one.
    assert [v for v, _ in migrations.MIGRATIONS] == list(range(1, migrations.CURRENT_VERSION + 1))

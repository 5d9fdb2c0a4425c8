"""Opening a vault applies the missing migrations; the result equals a freshly created schema."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from casefile.vault import migrations
from casefile.vault.db import DB_NAME, Vault, _key_pragma
from tests.conftest import PASSPHRASE, USER, run_cli


def _schema(conn) -> list[tuple[str, str]]:
    return sorted(
        (name, sql or "")
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    )


def _fresh_schema_and_old_vault(tmp_path: Path) -> tuple[list[tuple[str, str]], bytes]:
    """The schema a new vault gets, and a second new vault at tmp_path/old (closed) with its key."""
    fresh, _ = Vault.create(tmp_path / "fresh", USER, PASSPHRASE)
    expected = _schema(fresh.connection())
    fresh.close()
    old, _ = Vault.create(tmp_path / "old", USER, PASSPHRASE)
    key = old.raw_key_for_backup()
    old.close()
    return expected, key


def test_an_old_vault_is_brought_to_the_current_schema(tmp_path: Path) -> None:
    expected, key = _fresh_schema_and_old_vault(tmp_path)
    # Rebuild the database as version 0 (nothing applied) under the same key, as an old release left it.
    db = tmp_path / "old" / DB_NAME
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute(_key_pragma(key))
    conn.execute("CREATE TABLE bootstrap (x)")
    conn.execute("DROP TABLE bootstrap")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    conn.close()

    reopened_conn = None
    try:
        # Opening needs meta/audit tables, which the migration creates before the unlock is logged.
        reopened = Vault.open(tmp_path / "old", PASSPHRASE)
        reopened_conn = reopened.connection()
        assert reopened_conn.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION
        assert _schema(reopened_conn) == expected
    finally:
        if reopened_conn is not None:
            reopened.close()


def test_pending_lists_only_newer_migrations() -> None:
    assert migrations.pending(migrations.CURRENT_VERSION) == []
    assert [v for v, _ in migrations.pending(0)] == [v for v, _ in migrations.MIGRATIONS]


def _back_to_version_3(vault_path: Path, key: bytes) -> None:
    """Undo migration 4 on a closed vault, as the release before it left the database."""
    conn = sqlcipher3.connect(str(vault_path / DB_NAME), isolation_level=None)
    conn.execute(_key_pragma(key))
    conn.execute("DROP INDEX foia_appeals_by_due")
    conn.execute("DROP INDEX people_ij_by_date")
    conn.execute("CREATE INDEX people_ij_decisions ON people (rid) WHERE ij_decision_on != '' AND deleted_at IS NULL")
    conn.execute("PRAGMA user_version = 3")
    conn.close()


def test_version_3_is_upgraded_once_and_the_caller_is_told(tmp_path: Path) -> None:
    expected, key = _fresh_schema_and_old_vault(tmp_path)
    _back_to_version_3(tmp_path / "old", key)

    told: list[str] = []
    vault = Vault.open(tmp_path / "old", PASSPHRASE, on_upgrade=lambda: told.append("upgrade"))
    try:
        assert told == ["upgrade"]
        assert vault.connection().execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION
        assert _schema(vault.connection()) == expected
    finally:
        vault.close()
    again = Vault.open(tmp_path / "old", PASSPHRASE, on_upgrade=lambda: told.append("again"))
    again.close()
    assert told == ["upgrade"]  # nothing left to do: not told twice

    # The command line says so on stderr, leaving stdout to the command.
    _back_to_version_3(tmp_path / "old", key)
    done = run_cli("verify", "--vault", str(tmp_path / "old"))
    assert done.returncode == 0, done.stderr
    assert "updating this vault for this version of Casefile" in done.stderr
    assert "updating" not in done.stdout
    done = run_cli("verify", "--vault", str(tmp_path / "old"))
    assert "updating" not in done.stderr

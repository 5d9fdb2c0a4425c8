"""Opening a vault applies the missing migrations; the result equals a freshly created schema."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from casefile.vault import migrations
from casefile.vault.db import DB_NAME, Vault, _key_pragma, read_marker
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
    vault_id = read_marker(tmp_path / "old")
    # Rebuild the database at schema 1 (the first release's) under the same key: every vault
    # ever made left create() with at least migration 1 and its vault id in meta. An empty
    # (version 0) database is damage, never migrated (issue 11, tests/vault/test_trust_identity.py).
    db = tmp_path / "old" / DB_NAME
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute(_key_pragma(key))
    conn.execute("PRAGMA journal_mode = WAL")
    version_1 = dict(migrations.MIGRATIONS)[1]
    for step in version_1:
        step(conn) if callable(step) else conn.execute(step)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
    conn.execute("INSERT INTO users (name, role, created_at) VALUES (?, 'admin', '2026-01-05T10:00:00Z')", (USER,))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
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


def _undo_7(conn) -> None:
    """Undo migration 7 (issue 12: the response clock's done state as a column)."""
    conn.execute("ALTER TABLE foia_requests DROP COLUMN response_done")


def _undo_6(conn) -> None:
    """Undo migrations 7 and 6 (issue 12's clocks): their indexes, then their columns."""
    _undo_7(conn)
    for index in (
        "people_final_order_by_date",
        "people_bond_by_date",
        "encounters_ftca_presented_by_date",
        "encounters_ftca_denied_by_date",
        "encounters_civil_claims",
        "foia_expedited_by_due",
        "foia_appeal_decisions_by_due",
    ):
        conn.execute(f"DROP INDEX {index}")
    for table, column in (
        ("people", "final_order_on"),
        ("people", "bond_decision_on"),
        ("encounters", "ftca_presented_on"),
        ("encounters", "ftca_denied_on"),
        ("encounters", "civil_claim"),
        ("foia_requests", "expedited_due"),
        ("foia_requests", "appeal_decision_due"),
    ):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def _back_to_version_3(vault_path: Path, key: bytes) -> None:
    """Undo migrations 6 to 4 on a closed vault, as the release before them left the database."""
    conn = sqlcipher3.connect(str(vault_path / DB_NAME), isolation_level=None)
    conn.execute(_key_pragma(key))
    _undo_6(conn)
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


def test_version_4_vault_gets_the_corrected_foia_dates_and_closed_hearings(tmp_path: Path) -> None:
    """Migration 5 (issue 12): stored FOIA dates follow the corrected rules after an upgrade."""
    from casefile.services import deadlines as deadline_service
    from casefile.services.interchange import import_document

    vault, _ = Vault.create(tmp_path / "v4", USER, PASSPHRASE)
    key = vault.raw_key_for_backup()
    import_document(
        vault,
        {
            "format": "casefile-interchange",
            "version": 1,
            "foia_requests": [
                {"id": "f-dhs", "agency": "CBP", "status": "denied", "received_on": "2026-02-02",
                 "adverse_determination_on": "2026-03-05"},
                {"id": "f-county", "agency": "state-local", "jurisdiction": "Harris County", "response_days": 10,
                 "status": "denied", "received_on": "2026-02-02", "adverse_determination_on": "2026-03-05"},
                {"id": "f-sent", "agency": "ICE", "status": "submitted", "submitted_on": "2026-09-22"},
            ],
            "deadlines": [{"id": "dl-held", "kind": "bond-hearing", "due": "2026-11-02", "outcome": "held"}],
        },
        base_dir=None,
    )
    vault.close()
    # What version 4 stored: 90 calendar days for every agency, no clock without a receipt date,
    # and a hearing's outcome unknown to the done column.
    conn = sqlcipher3.connect(str(tmp_path / "v4" / DB_NAME), isolation_level=None)
    conn.execute(_key_pragma(key))
    conn.execute("UPDATE foia_requests SET appeal_due = '2026-06-03' WHERE id IN ('f-dhs', 'f-county')")
    conn.execute("UPDATE foia_requests SET response_due = '' WHERE id = 'f-sent'")
    conn.execute("UPDATE deadlines SET done = 0")
    _undo_6(conn)
    conn.execute("PRAGMA user_version = 4")
    conn.close()

    vault = Vault.open(tmp_path / "v4", PASSPHRASE)
    try:
        conn = vault.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION
        stored = dict(conn.execute("SELECT id, appeal_due || '|' || response_due FROM foia_requests").fetchall())
        # CBP: 90 working days from 2026-03-05 is 2026-07-14 (tests/unit/test_deadline_rules.py);
        # the county gets no federal appeal date; the request sent 2026-09-22 is counted as
        # received 2026-10-02 and due 2026-11-02. Received Monday 2026-02-02: Feb 3-6 (4), 9-13
        # (9), the 16th Washington's Birthday, 17-20 (13), 23-27 (18), Mar 2-3 (20) -> 03-03;
        # the county's own 10 working days end Tuesday 02-17.
        assert stored == {
            "f-dhs": "2026-07-14|2026-03-03",
            "f-county": "|2026-02-17",
            "f-sent": "|2026-11-02",
        }
        assert conn.execute("SELECT done FROM deadlines WHERE id = 'dl-held'").fetchone()[0] == 1
        # The windowed reads now find the request that had no clock.
        from datetime import date

        window = deadline_service.open_between(conn, date(2026, 11, 2), date(2026, 11, 2))
        assert [d["id"] for d in window] == ["computed:foia-response:f-sent"]
    finally:
        vault.close()


def test_version_5_vault_gets_the_new_clocks_indexed(tmp_path: Path) -> None:
    """Migration 6 (issue 12): the dates the new clocks count from become indexed columns."""
    from datetime import date

    from casefile.services import deadlines as deadline_service
    from casefile.services.interchange import import_document

    vault, _ = Vault.create(tmp_path / "v5", USER, PASSPHRASE)
    key = vault.raw_key_for_backup()
    import_document(
        vault,
        {
            "format": "casefile-interchange",
            "version": 1,
            "people": [
                {"id": "p-1", "full_name": "A", "final_order_on": "2026-03-05", "bond_decision_on": "2026-05-20"}
            ],
            "encounters": [
                {"id": "e-1", "occurred_at": "2026-01-05T10:00:00-06:00", "location": {"state": "KY"},
                 "possible_civil_rights_claim": True, "ftca_presented_on": "2026-05-20"}
            ],
            "foia_requests": [
                {"id": "f-1", "agency": "ICE", "status": "appealed", "received_on": "2026-01-05",
                 "appeal_filed_on": "2026-05-27"},
                {"id": "f-2", "agency": "ICE", "status": "submitted", "submitted_on": "2026-05-22",
                 "expedited_requested": True},
            ],
        },
        base_dir=None,
    )
    vault.close()
    conn = sqlcipher3.connect(str(tmp_path / "v5" / DB_NAME), isolation_level=None)
    conn.execute(_key_pragma(key))
    _undo_6(conn)
    conn.execute("PRAGMA user_version = 5")
    conn.close()

    vault = Vault.open(tmp_path / "v5", PASSPHRASE)
    try:
        conn = vault.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION
        # Final order 2026-03-05: reopen by +90 = 06-03; bond decision 05-20 + 30 = Friday
        # 06-19, Juneteenth -> Monday 06-22; presented 05-20, deemed denied six months on, 11-20;
        # Kentucky, one year from 2026-01-05: 2027-01-05; expedited: sent 05-22 + 10 = 06-01;
        # appeal filed Wed 05-27: 28-29 (2), Jun 1-5 (7), 8-12 (12), 15-18 (16), Juneteenth,
        # 22-25 (20) -> 06-25, so suit may be filed from 06-26.
        found = {
            d["kind"]: d["due"]
            for d in deadline_service.open_between(conn, date(2026, 6, 1), date(2027, 1, 5))
            if d["kind"] != "foia-response"
        }
        assert found == {
            "motion-to-reopen": "2026-06-03",
            "bond-appeal": "2026-06-22",
            "ftca-deemed-denied": "2026-11-20",
            "civil-rights-suit": "2027-01-05",
            "foia-expedited": "2026-06-01",
            "foia-appeal-decision": "2026-06-25",
            "foia-exhaustion": "2026-06-26",
        }
    finally:
        vault.close()


def test_version_6_vault_marks_answered_requests(tmp_path: Path) -> None:
    """Migration 7 (issue 12): an answered request is not overdue in the FOIA list, whatever its status."""
    from casefile.queries.kinds import KINDS
    from casefile.queries.paging import PageRequest, page
    from casefile.services.interchange import import_document

    vault, _ = Vault.create(tmp_path / "v6", USER, PASSPHRASE)
    key = vault.raw_key_for_backup()
    import_document(
        vault,
        {
            "format": "casefile-interchange",
            "version": 1,
            "foia_requests": [
                {"id": "f-answered", "agency": "CBP", "status": "processing", "received_on": "2026-01-05",
                 "response_received_on": "2026-02-20"},
                {"id": "f-open", "agency": "CBP", "status": "processing", "received_on": "2026-01-05"},
            ],
        },
        base_dir=None,
    )
    vault.close()
    conn = sqlcipher3.connect(str(tmp_path / "v6" / DB_NAME), isolation_level=None)
    conn.execute(_key_pragma(key))
    _undo_7(conn)
    conn.execute("PRAGMA user_version = 6")
    conn.close()

    vault = Vault.open(tmp_path / "v6", PASSPHRASE)
    try:
        conn = vault.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION
        rows = {r["id"]: r for r in page(conn, KINDS["foia_requests"], PageRequest(sort="due", limit=10)).rows}
        assert (rows["f-answered"]["response_done"], rows["f-open"]["response_done"]) == (1, 0)
    finally:
        vault.close()

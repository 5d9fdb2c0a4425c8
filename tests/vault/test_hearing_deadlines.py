"""Hearing records drive the deadlines, the dashboard and the command line (issue 15).

A detained client's hearings and decisions in a real vault: the Deadlines list (and ``casefile
deadlines``) shows the hearings still to come beside the other deadlines, a typed hearing deadline
that a hearing record stands for only once, the clocks a decision starts with their citations;
the dashboard names each detained client's next hearing. And schema 13: an old vault opened
read-only while another Casefile holds it is refused with a sentence, untouched; alone, it is
brought up to date and never needs to write DDL again.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from casefile.domain.deadlines import upcoming
from casefile.errors import VaultLocked
from casefile.read import deadlines as deadline_reads
from casefile.services import dashboard, records
from casefile.services import deadlines as service
from casefile.services.interchange import import_document
from casefile.vault import migrations
from casefile.vault.db import Vault
from casefile.vault.lock import WriterLock
from tests.conftest import PASSPHRASE, USER, run_cli
from tests.frozen_vaults import copy_frozen

DAY = date(2026, 11, 23)  # a Monday
PEOPLE = [
    {"id": "p-ana", "full_name": "Ana Lucía Torres", "is_client": True, "custody_status": "detained",
     "detentions": [{"facility": "Northwest ICE Processing Center", "from": "2026-10-02"}]},
    {"id": "p-beto", "full_name": "Beto Ramírez", "is_client": True, "custody_status": "detained",
     "detentions": [{"facility": "Otay Mesa Detention Center", "from": "2026-09-14"}]},
]  # fmt: skip
HEARINGS = [
    # Held on 2 November: over, never overdue, no row.
    {"id": "h-master", "person_id": "p-ana", "hearing_type": "master", "starts_at": "2026-11-02T08:30:00-08:00",
     "court": "Tacoma Immigration Court", "result": "held"},
    # A bond hearing on Friday 2026-11-20, bond denied orally: the bond appeal is due 30 days later,
    # Sunday 2026-12-20, moved to Monday 2026-12-21 (8 CFR 1003.19(f), 1003.38(b)).
    {"id": "h-bond", "person_id": "p-ana", "hearing_type": "bond", "starts_at": "2026-11-20T13:00:00-08:00",
     "court": "Tacoma Immigration Court", "result": "decision", "decision": "denied", "decision_service": "oral"},
    # The individual hearing still to come.
    {"id": "h-merits", "person_id": "p-ana", "hearing_type": "individual", "starts_at": "2030-03-05T08:30:00-08:00",
     "court": "Tacoma Immigration Court", "judge": "IJ Okafor"},
    # Beto's master hearing of 16 November was continued to 7 December.
    {"id": "h-beto", "person_id": "p-beto", "hearing_type": "master", "starts_at": "2026-11-16T09:00:00-08:00",
     "court": "Otay Mesa Immigration Court", "result": "continued", "continued_to": "2026-12-07"},
]  # fmt: skip
DEADLINES = [
    # Typed by hand before the record existed: the same individual hearing, listed once (as the record).
    {"id": "dl-merits", "kind": "individual-hearing", "due": "2030-03-05T08:30:00-08:00", "person_id": "p-ana"},
    # Beto's next master hearing typed for 30 November: sooner than the continued one, so it is his next.
    {"id": "dl-beto", "kind": "master-hearing", "due": "2026-11-30T09:00:00-08:00", "person_id": "p-beto"},
]


@pytest.fixture
def court_vault(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, USER, PASSPHRASE)
    try:
        doc = {"format": "casefile-interchange", "version": 1, "people": PEOPLE, "hearings": HEARINGS,
               "deadlines": DEADLINES}  # fmt: skip
        import_document(vault, doc, base_dir=None)
    finally:
        vault.close()
    return path


def test_hearings_are_in_the_deadlines_once_and_the_held_one_never(court_vault: Path) -> None:
    vault = Vault.open(court_vault, PASSPHRASE)
    try:
        rows = upcoming(service.all_deadlines(vault.connection()), DAY, None)
        by_id = {d["id"]: d for d in rows}
        assert "hearing:h-master" not in by_id and "dl-merits" not in by_id
        assert by_id["computed:bond-appeal:h-bond"]["due"] == "2026-12-21"
        assert by_id["hearing:h-merits"]["kind"] == "individual-hearing"
        assert by_id["hearing:h-beto"]["due"] == "2026-12-07"
        assert [d["due"][:10] for d in rows] == ["2026-11-30", "2026-12-07", "2026-12-21", "2030-03-05"]
        assert not any(d["overdue"] for d in rows)
        # The same list a page at a time, and the counts the Deadlines section shows.
        assert deadline_reads.open_pages(vault, None, 100, day=DAY).rows == rows
        assert deadline_reads.count_open(vault, day=DAY) == (4, 0)
        # A week after the merits hearing with nothing recorded: past, awaiting its result, not overdue.
        later = upcoming(service.all_deadlines(vault.connection()), date(2030, 3, 12), None)
        merits = next(d for d in later if d["id"] == "hearing:h-merits")
        assert merits["awaiting_outcome"] is True and merits["overdue"] is False
        # Recorded as held: gone from the open list, and the typed deadline does not come back.
        saved = records.get(vault, "hearings", "h-merits")
        records.save(vault, "hearings", {**saved, "result": "held"})
        ids = {d["id"] for d in service.all_deadlines(vault.connection())}
        assert "hearing:h-merits" not in ids and "dl-merits" not in ids
    finally:
        vault.close()


def test_the_dashboard_names_each_detained_clients_next_hearing(court_vault: Path) -> None:
    vault = Vault.open(court_vault, PASSPHRASE)
    try:
        data = dashboard.load(vault, DAY, within_days=30, limit=100)
        assert [r["id"] for r in data.detained] == ["p-ana", "p-beto"]
        assert data.next_hearings["p-ana"]["id"] == "hearing:h-merits"
        # Beto: the typed master hearing of 30 November comes before the continued one (7 December).
        assert data.next_hearings["p-beto"]["id"] == "dl-beto"
        # The upcoming list holds the hearing and the bond appeal due in the next 30 days.
        assert [d["id"] for d in data.upcoming] == ["dl-beto", "hearing:h-beto", "computed:bond-appeal:h-bond"]
        # The typed one trashed, the continued hearing is his next, on its new date.
        records.delete(vault, "deadlines", "dl-beto")
        data = dashboard.load(vault, DAY, within_days=30, limit=100)
        assert (data.next_hearings["p-beto"]["id"], data.next_hearings["p-beto"]["due"]) == ("hearing:h-beto",
                                                                                              "2026-12-07")
    finally:
        vault.close()


def test_the_command_line_lists_hearings_and_cites_the_rule(court_vault: Path) -> None:
    done = run_cli("deadlines", "--vault", str(court_vault), "--json")
    assert done.returncode == 0, done.stderr
    items = {d["id"]: d for d in json.loads(done.stdout)}
    assert items["hearing:h-merits"]["hearing_id"] == "h-merits" and items["hearing:h-merits"]["computed"] is False
    assert "dl-merits" not in items and "hearing:h-master" not in items
    bond = items["computed:bond-appeal:h-bond"]
    assert bond["due"] == "2026-12-21" and bond["citation"] == "8 CFR 1003.19(f), 1003.38(b)"
    text = run_cli("deadlines", "--vault", str(court_vault))
    assert text.returncode == 0, text.stderr
    assert "Individual (merits) hearing — Tacoma Immigration Court" in text.stdout
    assert "8 CFR 1003.19(f), 1003.38(b)" in text.stdout


def _digest(path: Path) -> str:
    return hashlib.sha256((path / "vault.db").read_bytes()).hexdigest()


def test_an_old_vault_opened_read_only_before_the_migration(tmp_path: Path) -> None:
    path, _ = copy_frozen(10, tmp_path / "vault")
    before = _digest(path)
    holder = WriterLock(path)  # another Casefile has the vault open
    holder.acquire()
    try:
        with pytest.raises(VaultLocked, match="one-time update"):
            Vault.open(path, PASSPHRASE, reader=True)
        done = run_cli("deadlines", "--vault", str(path))
        assert done.returncode != 0 and "one-time update" in done.stderr and "Traceback" not in done.stderr
        assert _digest(path) == before  # nothing written, no DDL
    finally:
        holder.release()
    # Alone, the reader brings it up to schema 13 once; after that a reader writes no DDL at all.
    done = run_cli("deadlines", "--vault", str(path), "--json")
    assert done.returncode == 0, done.stderr
    vault = Vault.open(path, PASSPHRASE, reader=True)
    try:
        conn = vault.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION >= 13
        assert migrations._missing_type_tables(conn) == []
        assert "pending_on" in {r[1] for r in conn.execute("PRAGMA table_info(hearings)")}
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'hearings_pending'").fetchone()
    finally:
        vault.close()


def test_the_case_page_shows_the_hearings_once(court_vault: Path) -> None:
    from casefile.services.case_page import case_overview

    vault = Vault.open(court_vault, PASSPHRASE)
    try:
        overview = case_overview(vault, "p-ana", day=DAY)
        # Every hearing record in the timeline, on its own day, each opening the hearing.
        hearings = [(e.when[:10], e.record_id) for e in overview.timeline if e.kind == "hearing"]
        assert hearings == [("2026-11-02", "h-master"), ("2026-11-20", "h-bond"), ("2030-03-05", "h-merits")]
        assert {e.kind_name for e in overview.timeline if e.kind == "hearing"} == {"hearings"}
        # Next: the bond appeal (2026-12-21), then the merits hearing, listed once (not dl-merits too).
        assert [(d.kind, d.due[:10]) for d in overview.deadlines] == [
            ("bond-appeal", "2026-12-21"),
            ("individual-hearing", "2030-03-05"),
        ]
    finally:
        vault.close()


def test_an_export_carries_the_clocks_a_hearing_starts_and_imports_again(court_vault: Path, tmp_path: Path) -> None:
    from casefile.services.interchange import export_records

    vault = Vault.open(court_vault, PASSPHRASE)
    try:
        exported = export_records(vault.connection())
    finally:
        vault.close()
    bond = next(h for h in exported["hearings"] if h["id"] == "h-bond")
    (clock,) = bond["computed_deadlines"]
    assert (clock["kind"], clock["due"]) == ("bond-appeal", "2026-12-21")  # 11-20 + 30 = Sunday -> Monday
    assert clock["citation"] == "8 CFR 1003.19(f), 1003.38(b)"
    assert clock["label"] == "computed — verify"
    # The export imports into a new vault as it is (the clocks are written, never read back).
    again, _ = Vault.create(tmp_path / "again", USER, PASSPHRASE)
    try:
        result = import_document(again, exported, base_dir=None)
        assert result.created["hearings"] == len(HEARINGS)
        assert "computed_deadlines" not in records.get(again, "hearings", "h-bond")
    finally:
        again.close()

"""Vaults made by every earlier release open with today's code, upgrade once and keep every fact.

Each ``tests/fixtures/vaults/schema-N`` was made by the release whose schema was N, with that
release's own code (the README there says how): the example import, a second user, documents, notes,
an edit, two records in the trash, and records whose stored dates later migrations recompute. Its
``facts.json`` is what that release read back. Nothing here builds an "old" vault by undoing a new one.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from casefile.crosscase import find_encounters
from casefile.vault import migrations
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER, run_cli
from tests.frozen_vaults import copy_frozen, frozen_versions

VERSIONS = frozen_versions()
UPDATING = "updating this vault for this version of Casefile"

# The open deadlines each probe record must show after the upgrade, worked out by hand. The rules
# and their citations are in casefile/domain/rules; these dates match tests/unit/test_deadline_rules.py.
EXPECTED_DEADLINES: dict[str, dict[str, str]] = {
    # Example: f-ice-1 received Wed 2026-09-23, 20 working days (5 U.S.C. 552(a)(6)(A)(i)):
    # Sep 24-25 (2), Sep 28-Oct 2 (7), Oct 5-9 (12), Columbus Day 10-12, 13-16 (16), 19-22 (20).
    # The hearing is stored as written.
    "example": {"computed:foia-response:f-ice-1": "2026-10-22", "dl-mch": "2026-12-03"},
    # CBP denial on 2026-03-05: 90 working days to appeal (6 CFR 5.8(a)(1)) -> 2026-07-14.
    # Releases before migration 5 stored 90 calendar days (2026-06-03).
    "f-dhs": {"computed:foia-appeal:f-dhs": "2026-07-14"},
    "f-county": {},  # a county: no federal appeal date, and its response clock closed by the denial
    # Sent Tue 2026-09-22, counted as received 10 days later (Fri 10-02, 552(a)(6)(A)(ii));
    # 20 working days: Oct 5-9 (5), Columbus Day, 13-16 (9), 19-23 (14), 26-30 (19), Nov 2 (20).
    # Releases before migration 5 stored no clock at all without a receipt date.
    "f-sent": {"computed:foia-response:f-sent": "2026-11-02"},
    "f-answered": {},  # the response came 2026-02-20: its clock is closed (migration 7's column)
    # Appeal filed Wed 05-27, decided in 20 working days (552(a)(6)(A)(ii)): May 28-29 (2),
    # Jun 1-5 (7), 8-12 (12), 15-18 (16), Juneteenth, 22-25 (20) -> 06-25; suit from 06-26
    # (constructive exhaustion, 552(a)(6)(C)(i)).
    "f-appealed": {
        "computed:foia-appeal-decision:f-appealed": "2026-06-25",
        "computed:foia-exhaustion:f-appealed": "2026-06-26",
    },
    # Sent Fri 05-22: expedited decision in 10 days (552(a)(6)(E)(ii)(I)) -> 06-01; counted as
    # received 06-01, then 20 working days: Jun 2-5 (4), 8-12 (9), 15-18 (13), Juneteenth,
    # 22-26 (18), 29-30 (20) -> 06-30.
    "f-expedited": {
        "computed:foia-expedited:f-expedited": "2026-06-01",
        "computed:foia-response:f-expedited": "2026-06-30",
    },
    "dl-held": {},  # the bond hearing was held: done (migration 5's done column)
    # Final order 2026-03-05: reconsider in 30 days (INA 240(c)(6)(B)) -> 04-04, reopen in 90
    # (240(c)(7)(C)(i)): Mar 26 + Apr 30 + May 31 = 87, +3 -> 06-03. Bond decision 05-20 + 30
    # (8 CFR 1003.38(b)) = Fri 06-19, Juneteenth -> Mon 06-22.
    "p-orders": {
        "computed:motion-to-reconsider:p-orders": "2026-04-04",
        "computed:motion-to-reopen:p-orders": "2026-06-03",
        "computed:bond-appeal:p-orders": "2026-06-22",
    },
    # Claim presented 05-20: deemed denied six months on (28 U.S.C. 2675(a)) -> 11-20; Kentucky's
    # one-year period from the encounter 2026-01-05 -> 2027-01-05.
    "e-ky": {
        "computed:ftca-deemed-denied:e-ky": "2026-11-20",
        "computed:civil-rights-suit:e-ky": "2027-01-05",
    },
    "e-ftca": {"computed:ftca-deemed-denied:e-ftca": "2026-11-20"},
}

# Deadlines that must NOT be listed: clocks closed by what the record says.
CLOSED = {
    "f-dhs": "computed:foia-response:f-dhs",
    "f-county": "computed:foia-appeal:f-county",
    "f-answered": "computed:foia-response:f-answered",
    "dl-held": "dl-held",
}


def _officers_became_records(conn, stored: dict, before: dict) -> None:
    """Migration 14: each officer the encounter described (by a name, badge or description) is now
    an officer record it links to, with the same facts; the list itself is kept as recorded."""
    described = [o for o in before.get("officers") or [] if o.get("badge") or o.get("description")
                 or (o.get("name") or "unknown") != "unknown"]  # fmt: skip
    links = stored.get("officer_links") or []
    assert len(links) == len(described)
    for officer, link in zip(described, links, strict=True):
        row = conn.execute("SELECT data, deleted_at FROM officers WHERE id = ?", (link["officer_id"],)).fetchone()
        record = json.loads(row[0])
        assert row[1] is None
        assert record.get("badge", "") == (officer.get("badge") or "")
        assert record.get("agency") == officer.get("agency")
        assert record.get("description", "") == (officer.get("description") or "")
        rows = conn.execute("SELECT officer_id FROM encounter_officers WHERE officer_id = ?", (link["officer_id"],))
        assert rows.fetchall()


def _schema(conn) -> list[tuple[str, str]]:
    return sorted(
        (name, sql or "")
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    )


@pytest.fixture(scope="module")
def fresh_schema(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    vault, _ = Vault.create(tmp_path_factory.mktemp("fresh") / "vault", USER, PASSPHRASE)
    try:
        return _schema(vault.connection())
    finally:
        vault.close()


def test_there_is_a_frozen_vault_of_every_schema_version() -> None:
    # A release that adds a migration freezes a vault of the schema before it (README there).
    frozen = frozen_versions()
    assert frozen == list(range(1, frozen[-1] + 1))
    assert frozen[-1] >= migrations.CURRENT_VERSION - 1


@pytest.mark.parametrize("version", VERSIONS)
def test_a_frozen_vault_upgrades_once_and_keeps_its_facts(
    version: int, tmp_path: Path, fresh_schema: list[tuple[str, str]]
) -> None:
    path, facts = copy_frozen(version, tmp_path / "vault")
    assert facts["schema_version"] == version
    told: list[str] = []
    vault = Vault.open(path, PASSPHRASE, on_upgrade=lambda: told.append("upgrade"))
    try:
        conn = vault.connection()
        assert told == (["upgrade"] if version < migrations.CURRENT_VERSION else [])
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION
        # The upgraded schema is the one a new vault gets: same tables, columns and indexes.
        assert _schema(conn) == fresh_schema

        for table, count in facts["live"].items():
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0] == count
        for table, ids in facts["trashed"].items():
            rows = conn.execute(f"SELECT id FROM {table} WHERE deleted_at IS NOT NULL ORDER BY id")
            assert [r[0] for r in rows] == ids
        assert facts["trashed"]["notes"] == ["n-wrong"]
        assert facts["trashed"]["documents"] == [facts["added_documents"]["trashed"]]
        for key, record in facts["records"].items():
            table, record_id = key.split("/")
            row = conn.execute(f"SELECT data FROM {table} WHERE id = ?", (record_id,)).fetchone()
            stored = json.loads(row[0])
            if table == "encounters" and version < 14:
                _officers_became_records(conn, stored, record)
                stored = {k: v for k, v in stored.items() if k not in ("officer_links", "vehicle_links")}
            assert stored == record, key
        if "encounters/e-airline" in facts["records"]:
            # Migration 11's address key: the raid's house is found through the index.
            found = find_encounters(conn, address="4410 Airline Drive")
            assert [x.encounter_id for x in found] == ["e-airline"]
        # The edit made before freezing is still the current value, the first one in the history.
        assert facts["records"]["people/p-rosa"]["phone"] == "+1 713 555 0199"
        history = conn.execute("SELECT data FROM history WHERE record_id = 'p-rosa' ORDER BY hid").fetchall()
        assert json.loads(history[-1][0])["phone"] == "+1 713 555 0142"  # the example's number
        stored = {r[0]: json.loads(r[1]).get("sha256") for r in conn.execute("SELECT id, data FROM documents")}
        assert stored == facts["document_sha256"]
        assert sorted(r[0] for r in conn.execute("SELECT name FROM users")) == facts["users"] == ["jorge", "maria"]

        # The audit chain goes on from where the release left it: its last entry is unchanged.
        last = conn.execute("SELECT hash FROM audit WHERE seq = ?", (facts["audit"]["last_seq"],)).fetchone()
        assert last[0] == facts["audit"]["last_hash"]
        assert conn.execute("SELECT count(*) FROM audit").fetchone()[0] > facts["audit"]["entries"]

        # The FOIA columns the lists and the dashboard read, recomputed by migrations 5-7
        # (dates worked out in EXPECTED_DEADLINES; f-dhs was received Mon 02-02: Feb 3-6 (4),
        # 9-13 (9), Washington's Birthday, 17-20 (13), 23-27 (18), Mar 2-3 (20) -> 03-03; the
        # county's own 10 working days end Tue 02-17).
        foia = {
            r[0]: r[1:] for r in conn.execute("SELECT id, appeal_due, response_due, response_done FROM foia_requests")
        }
        assert foia["f-dhs"] == ("2026-07-14", "2026-03-03", 1)
        assert foia["f-county"] == ("", "2026-02-17", 1)
        assert foia["f-sent"] == ("", "2026-11-02", 0)
        assert foia["f-answered"][2] == 1
        if "dl-held" in facts["probes"]:
            assert conn.execute("SELECT done FROM deadlines WHERE id = 'dl-held'").fetchone()[0] == 1
    finally:
        vault.close()

    # Upgraded once: nothing left to do, and the second user's key slot still opens it.
    again = Vault.open(path, facts["users_passphrases"]["jorge"], user="jorge", on_upgrade=lambda: told.append("again"))
    try:
        assert again.user == "jorge"
    finally:
        again.close()
    assert "again" not in told


@pytest.mark.parametrize("version", VERSIONS)
def test_a_frozen_vault_through_the_command_line(version: int, tmp_path: Path) -> None:
    path, facts = copy_frozen(version, tmp_path / "vault")
    vault = str(path)
    upgraded = version < migrations.CURRENT_VERSION

    # The recovery key opens it, and the first open upgrades it: said on stderr only.
    done = run_cli("verify", "--vault", vault, stdin=facts["recovery_key"] + "\n")
    assert done.returncode == 0, done.stderr
    assert (UPDATING in done.stderr) == upgraded
    assert UPDATING not in done.stdout
    # Every document, the trashed one too, matches its hash; the audit chain is unbroken.
    assert f"{len(facts['document_sha256'])} documents match their hashes" in done.stdout
    assert "unbroken" in done.stdout

    # Everything live exports, and the decrypted files are the bytes that went in.
    out = tmp_path / "export.json"
    done = run_cli("export", "--vault", vault, "--out", str(out), "--with-files", str(tmp_path / "files"))
    assert done.returncode == 0, done.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert {name: len(exported.get(name, [])) for name in facts["live"]} == facts["live"]
    sources = facts["source_sha256"]
    expected_files = {
        "d-nta": sources["files/nta.txt"],
        "d-i213": sources["files/i213.txt"],
        facts["added_documents"]["kept"]: sources[facts["added_documents"]["kept"]],
    }
    got_files = {
        d["id"]: hashlib.sha256((tmp_path / d["file"]).read_bytes()).hexdigest() for d in exported["documents"]
    }
    assert got_files == expected_files
    assert {d["id"]: d["sha256"] for d in exported["documents"]} == expected_files

    # Deadlines: read from the records (no window) and from the migrated columns (a window,
    # which reads only indexed columns) they are the same, with the dates worked out above.
    listed = run_cli("deadlines", "--vault", vault, "--json")
    windowed = run_cli("deadlines", "--vault", vault, "--json", "--within", "36500")
    assert listed.returncode == windowed.returncode == 0, listed.stderr + windowed.stderr
    from_records = {d["id"]: d["due"][:10] for d in json.loads(listed.stdout)}
    from_columns = {d["id"]: d["due"][:10] for d in json.loads(windowed.stdout)}
    assert from_records == from_columns
    for probe in ("example", *facts["probes"]):
        for deadline_id, due in EXPECTED_DEADLINES[probe].items():
            assert from_records.get(deadline_id) == due, (probe, deadline_id)
        if probe in CLOSED:
            assert CLOSED[probe] not in from_records, probe

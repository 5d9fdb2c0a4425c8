"""The conflict check before a person is created (issue 15), against real vault files.

The clinic's client María José García López (A-012-345-678) was the target of a home arrest on
2026-03-10; her housemate Juan Carlos Pérez Ruiz was arrested as collateral in it. Guadalupe
Hernández also goes by "Lupita Hernández Cruz". Ana Lucía Torres Vega was a client, now in the
trash. Pedro García Soto shares only a surname with the client.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from casefile.errors import ValidationError
from casefile.queries import conflicts as q
from casefile.queries.kinds import KINDS
from casefile.services import conflicts, records
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER, run_cli
from tests.frozen_vaults import copy_frozen


def _people(vault: Vault) -> dict[str, str]:
    """Save the cast; their ids by short name."""
    save = lambda **r: records.save(vault, "people", r)["id"]  # noqa: E731
    ids = {
        "maria": save(
            full_name="María José García López", a_number="A-012-345-678", date_of_birth="1990-04-02", is_client=True
        ),
        "juan": save(full_name="Juan Carlos Pérez Ruiz"),
        "lupe": save(full_name="Guadalupe Hernández", aliases=["Lupita Hernández Cruz"]),
        "ana": save(full_name="Ana Lucía Torres Vega", is_client=True, a_number="A098765432"),
        "pedro": save(full_name="Pedro García Soto", date_of_birth="1985-01-01"),
    }
    records.save(
        vault,
        "encounters",
        {
            "id": "e-home",
            "occurred_at": "2026-03-10T06:05:00-07:00",
            "setting": "home",
            "participants": [
                {"person_id": ids["maria"], "role": "target", "outcome": "detained"},
                {"person_id": ids["juan"], "role": "collateral", "outcome": "arrested"},
            ],
        },
    )
    records.delete(vault, "people", ids["ana"])
    return ids


@pytest.fixture
def cast(vault: Vault) -> dict[str, str]:
    return _people(vault)


@pytest.mark.parametrize(
    "typed",
    [
        "María José García López",  # as written
        "maria jose garcia lopez",  # no accents, lower case
        "Garcia Lopez, Maria Jose",  # surnames first, as forms list them
        "  GARCÍA-LÓPEZ   María   José ",  # hyphenated surnames, extra spaces
    ],
)
def test_the_same_name_in_any_form_finds_the_client(vault: Vault, cast: dict[str, str], typed: str) -> None:
    report = conflicts.check(vault, typed)
    assert [(h.person_id, h.match) for h in report.hits] == [(cast["maria"], "exact")]
    hit = report.hits[0]
    assert hit.is_client and not hit.trashed
    assert [(r.encounter_id, r.role, r.outcome) for r in hit.roles] == [("e-home", "target", "detained")]


def test_a_shorter_form_of_the_name_is_found_as_part_of_it(vault: Vault, cast: dict[str, str]) -> None:
    # "Maria Garcia": both words are in "María José García López" (one surname, as US forms often have it).
    report = conflicts.check(vault, "Maria Garcia")
    assert [(h.person_id, h.match) for h in report.hits] == [(cast["maria"], "contained")]


def test_a_shared_surname_alone_is_no_hit(vault: Vault, cast: dict[str, str]) -> None:
    # Rosa García Díaz shares only "García" with the client and with Pedro García Soto.
    assert conflicts.check(vault, "Rosa García Díaz").hits == []
    assert conflicts.check(vault, "García").hits == []  # one word matches only a one-word name


def test_two_shared_words_and_the_same_birth_date_are_a_similar_name(vault: Vault, cast: dict[str, str]) -> None:
    # "Pedro García Ruiz" shares two words with Pedro García Soto: not enough alone (two strangers
    # can share a first name and a surname), enough with the same date of birth.
    assert conflicts.check(vault, "Pedro García Ruiz").hits == []
    report = conflicts.check(vault, "Pedro García Ruiz", date_of_birth="1985-01-01")
    assert [(h.person_id, h.match, h.same_birth_date) for h in report.hits] == [(cast["pedro"], "similar", True)]


def test_an_alias_is_found_and_named(vault: Vault, cast: dict[str, str]) -> None:
    report = conflicts.check(vault, "Cruz, Lupita Hernandez")
    assert [(h.person_id, h.match, h.matched_name) for h in report.hits] == [
        (cast["lupe"], "exact", "Lupita Hernández Cruz")
    ]


@pytest.mark.parametrize("typed", ["A-012-345-678", "12345678", "a012345678", "012 345 678", "A 012.345.678"])
def test_the_a_number_in_any_form_finds_the_client(vault: Vault, cast: dict[str, str], typed: str) -> None:
    report = conflicts.check(vault, "Someone Else Entirely", typed)
    assert [(h.person_id, h.match) for h in report.hits] == [(cast["maria"], "a-number")]


def test_a_trashed_former_client_is_found_and_said_to_be_in_the_trash(vault: Vault, cast: dict[str, str]) -> None:
    for report in (conflicts.check(vault, "Ana Lucia Torres Vega"), conflicts.check(vault, "x", "098-765-432")):
        assert [(h.person_id, h.trashed) for h in report.hits] == [(cast["ana"], True)]
        assert conflicts.standing(report.hits[0]) == "former-client"
        assert report.as_dict()["hits"][0]["status"] == "trashed"
        assert "ABA Model Rule 1.9" in conflicts.explain(report.hits[0])[1]


def test_the_collateral_arrestee_in_the_clients_encounter_is_flagged_as_possibly_adverse(
    vault: Vault, cast: dict[str, str]
) -> None:
    # The housemate comes to the clinic: the check finds him, and why he may be adverse to María José.
    report = conflicts.check(vault, "Perez Ruiz, Juan Carlos")
    assert [h.person_id for h in report.hits] == [cast["juan"]]
    hit = report.hits[0]
    assert hit.possibly_adverse and not hit.is_client
    assert [(r.encounter_id, r.client_id, r.client_role, r.reason) for r in hit.relations] == [
        ("e-home", cast["maria"], "target", "collateral-of-client")
    ]
    why = conflicts.explain(hit, "en")[-1]
    assert "María José García López" in why and "2026-03-10" in why and "ABA Model Rule 1.7(a)(2)" in why
    assert "María José García López" in conflicts.explain(hit, "es")[-1]
    assert "Regla Modelo 1.7(a)(2)" in conflicts.explain(hit, "es")[-1]


def test_the_check_is_audited_with_ids_never_the_name_typed(vault: Vault, cast: dict[str, str]) -> None:
    conflicts.check(vault, "Juan Carlos Pérez Ruiz")
    conflicts.check(vault, "Nadie Conocido")
    rows = vault.connection().execute("SELECT user, action, detail FROM audit ORDER BY seq").fetchall()
    checks = [(user, json.loads(detail)) for user, action, detail in rows if action == "conflict-check"]
    assert checks == [(USER, {"hits": [cast["juan"]]}), (USER, {"hits": []})]
    assert not any("Juan" in str(row) or "Nadie" in str(row) for row in rows)


def test_not_a_conflict_keeps_the_reason_in_a_note_and_the_decision_in_the_audit(
    vault: Vault, cast: dict[str, str]
) -> None:
    new = records.save(vault, "people", {"full_name": "Juan Carlos Pérez Ruiz", "is_client": True})
    conflicts.clear(vault, new["id"], [cast["juan"]], "María José consented in writing to joint representation")
    notes = [n for n in _all(vault, "notes") if n.get("person_id") == new["id"]]
    assert len(notes) == 1 and "consented in writing to joint representation" in notes[0]["text"]
    assert cast["juan"] in notes[0]["text"] and USER in notes[0]["text"]
    last = vault.connection().execute("SELECT action, record_id, detail FROM audit ORDER BY seq DESC").fetchone()
    assert last == ("conflict-cleared", new["id"], json.dumps({"hits": [cast["juan"]]}))
    with pytest.raises(ValidationError, match="say why"):
        conflicts.clear(vault, new["id"], [cast["juan"]], "   ")


def _all(vault: Vault, kind: str) -> list[dict]:
    rows = vault.connection().execute(f"SELECT data FROM {KINDS[kind].table} WHERE deleted_at IS NULL")
    return [json.loads(r[0]) for r in rows]


def test_bad_input_is_a_clear_error(vault: Vault, cast: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="8 or 9 digits"):
        conflicts.check(vault, "Maria", "A-12-34")
    with pytest.raises(ValidationError, match="type at least one name"):
        conflicts.check(vault, " - ")


def test_renaming_and_purging_keep_the_name_index_true(vault: Vault, cast: dict[str, str]) -> None:
    pedro = records.get(vault, "people", cast["pedro"])
    records.save(vault, "people", {**pedro, "full_name": "Pedro Gómez Soto"})
    assert conflicts.check(vault, "Pedro García Soto").hits == []
    assert [h.person_id for h in conflicts.check(vault, "Pedro Gomez Soto").hits] == [cast["pedro"]]
    records.purge(vault, "people", cast["ana"])
    assert conflicts.check(vault, "Ana Lucía Torres Vega").hits == []
    left = vault.connection().execute("SELECT count(*) FROM person_names WHERE token = 'torres'").fetchone()[0]
    assert left == 0


def test_the_name_lookup_reads_indexes_not_every_person(vault: Vault, cast: dict[str, str]) -> None:
    conn = vault.connection()
    plan = " ".join(
        str(row[-1]) for row in conn.execute(f"EXPLAIN QUERY PLAN {q.name_sql(2)}", ("maria", "garcia", 2, 2, 50))
    )
    assert "SEARCH person_names USING PRIMARY KEY (token=?)" in plan, plan
    assert "SCAN people" not in plan
    assert q.by_name_words(conn, ("maria", "garcia"))  # the query the check runs (name_sql)


def test_the_command_line_lists_hits_and_exits_5(vault: Vault, cast: dict[str, str], vault_path: Path) -> None:
    vault.close()
    found = run_cli("conflicts", "--vault", str(vault_path), "--name", "Perez Ruiz, Juan Carlos", "--json")
    assert found.returncode == 5, found.stderr
    hits = json.loads(found.stdout)["hits"]
    assert [(h["person_id"], h["possibly_adverse"]) for h in hits] == [(cast["juan"], True)]
    assert hits[0]["relations"][0]["reason"] == "collateral-of-client"
    text = run_cli("conflicts", "--vault", str(vault_path), "--name", "Jose Garcia", "--a-number", "12345678")
    assert text.returncode == 5 and "María José García López" in text.stdout and "target" in text.stdout
    none = run_cli("conflicts", "--vault", str(vault_path), "--name", "Nadie Conocido")
    assert none.returncode == 0 and "No one in this vault matches" in none.stdout
    bad = run_cli("conflicts", "--vault", str(vault_path), "--name", "Maria", "--dob", "02/04/1990")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and "date_of_birth" in bad.stderr


def test_a_vault_from_before_the_name_index_is_checked_after_its_upgrade(tmp_path: Path) -> None:
    # The frozen schema-11 vault holds the example (Rosa Elena Quispe Mamani, alias "Rosa Quispe";
    # Marco Antonio Villeda, the target of the encounter where Rosa was detained as collateral).
    path, _facts = copy_frozen(11, tmp_path / "old")
    vault = Vault.open(path, PASSPHRASE, user=USER)
    try:
        report = conflicts.check(vault, "Villeda, Marco Antonio")
        assert [(h.person_id, h.match) for h in report.hits] == [("p-target", "exact")]
        assert [r.reason for r in report.hits[0].relations] == ["target-of-client"]
        assert [h.person_id for h in conflicts.check(vault, "Quispe Rosa").hits] == ["p-rosa"]
    finally:
        vault.close()
    shutil.rmtree(path)

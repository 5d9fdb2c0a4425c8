"""One person, one record (issue 13, finding 6): a second live person with an A-number already in
the vault, or two in one import file, is refused with an error naming the record that holds it,
and nothing is written. The example vault holds Rosa Elena Quispe Mamani, A-208-114-563."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casefile.errors import DuplicatePerson
from casefile.queries import paging
from casefile.queries.kinds import KINDS
from casefile.services import records
from casefile.services.interchange import import_file
from casefile.vault.db import Vault
from tests.conftest import run_cli

ROSA_A = "A208114563"


def _counts(vault: Vault) -> dict[str, int]:
    conn = vault.connection()
    return {name: paging.count(conn, KINDS[name], {}, "") for name in ("people", "encounters", "notes")}


def _write(tmp_path: Path, doc: dict) -> Path:
    path = tmp_path / "incoming.json"
    path.write_text(json.dumps({"format": "casefile-interchange", "version": 1, **doc}), encoding="utf-8")
    return path


def test_a_new_person_with_a_known_a_number_is_refused_naming_who_has_it(example_vault: Vault) -> None:
    before = _counts(example_vault)
    with pytest.raises(DuplicatePerson) as caught:
        # Typed the way an intake sheet writes it: the same number as Rosa's.
        records.save(example_vault, "people", {"full_name": "Rosa Quispe", "a_number": "a 208 114 563"})
    error = caught.value
    assert error.field == "a_number"
    assert error.existing_id == "p-rosa" and error.existing_name == "Rosa Elena Quispe Mamani"
    assert "A-208-114-563 already belongs to Rosa Elena Quispe Mamani (id p-rosa)" in error.reason
    assert _counts(example_vault) == before


def test_giving_another_person_that_a_number_is_refused_but_rosa_keeps_hers(example_vault: Vault) -> None:
    marco = records.get(example_vault, "people", "p-target")
    with pytest.raises(DuplicatePerson):
        records.save(example_vault, "people", {**marco, "a_number": ROSA_A})
    assert records.get(example_vault, "people", "p-target").get("a_number") is None
    rosa = records.get(example_vault, "people", "p-rosa")
    saved = records.save(example_vault, "people", {**rosa, "phone": "555-0100"})
    assert saved["a_number"] == ROSA_A  # saving a person over their own A-number is no duplicate


def test_an_import_with_one_a_number_twice_is_refused_whole(vault: Vault, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {
            "people": [
                {"id": "p-1", "full_name": "Ana Lucía Pérez", "a_number": "A-012-345-678"},
                {"id": "p-2", "full_name": "Ana L. Perez", "a_number": "12345678"},  # 8 digits: the same number
            ],
            "notes": [{"id": "n-1", "person_id": "p-1", "text": "intake"}],
        },
    )
    with pytest.raises(DuplicatePerson) as caught:
        import_file(vault, path)
    assert caught.value.where == "people[1] (id p-2)"
    assert "A-012-345-678 is also the A-number of people[0] (id p-1) in this file" in caught.value.reason
    assert _counts(vault) == {"people": 0, "encounters": 0, "notes": 0}  # all or nothing


def test_an_import_of_someone_already_in_the_vault_under_another_id_is_refused(
    example_vault: Vault, tmp_path: Path
) -> None:
    before = _counts(example_vault)
    path = _write(
        tmp_path,
        {
            "people": [
                {"id": "p-new-1", "full_name": "Luis Gómez", "a_number": "A-301-000-001"},
                {"id": "p-rosa-2", "full_name": "Rosa E. Quispe", "a_number": "A208114563"},
            ],
        },
    )
    with pytest.raises(DuplicatePerson) as caught:
        import_file(example_vault, path)
    assert caught.value.existing_id == "p-rosa"
    assert caught.value.where == "people[1] (id p-rosa-2)"
    assert _counts(example_vault) == before


def test_the_vault_as_it_will_be_is_checked_not_as_it_is(example_vault: Vault, tmp_path: Path) -> None:
    # One file corrects a mix-up: Rosa's number was really Marco's, and Rosa's is another one.
    rosa = records.get(example_vault, "people", "p-rosa")
    marco = records.get(example_vault, "people", "p-target")
    strip = ("created_at", "updated_at", "updated_by")
    path = _write(
        tmp_path,
        {
            "people": [
                {**{k: v for k, v in marco.items() if k not in strip}, "a_number": ROSA_A},
                {**{k: v for k, v in rosa.items() if k not in strip}, "a_number": "A-208-114-999"},
            ]
        },
    )
    import_file(example_vault, path)
    assert records.get(example_vault, "people", "p-target")["a_number"] == ROSA_A
    # And the same example imported again is no duplicate of itself.
    result = import_file(example_vault, path)
    assert result.unchanged == {"people": 2}


def test_the_trash_does_not_hold_an_a_number_but_restoring_checks_it(example_vault: Vault) -> None:
    records.delete(example_vault, "people", "p-rosa")
    new = records.save(example_vault, "people", {"full_name": "Rosa Quispe", "a_number": ROSA_A})
    with pytest.raises(DuplicatePerson) as caught:
        records.restore(example_vault, "people", "p-rosa")
    assert caught.value.existing_id == new["id"]
    assert records.get(example_vault, "people", "p-rosa") is None  # still in the trash


def test_the_command_line_import_says_which_record_and_exits_1(example_vault: Vault, tmp_path: Path) -> None:
    path = _write(tmp_path, {"people": [{"id": "p-x", "full_name": "R. Quispe", "a_number": "208114563"}]})
    vault_dir = str(example_vault.path)
    example_vault.close()
    done = run_cli("import", "--vault", vault_dir, str(path))
    assert done.returncode == 1
    assert "already belongs to Rosa Elena Quispe Mamani (id p-rosa)" in done.stderr
    assert "Traceback" not in done.stderr

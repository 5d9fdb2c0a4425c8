"""Cross-case search (issue 15, must-show 2): a badge, a plate or an address finds every linked
encounter across clients, in a real vault and from the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casefile.crosscase import clients_of, find_encounters
from casefile.errors import CasefileError
from casefile.services.interchange import import_document
from casefile.vault.db import Vault
from tests.conftest import USER, run_cli

OFFICER = {"name": "Agent Doyle", "badge": "ERO-1234", "agency": "ICE-ERO"}


def _people() -> list[dict]:
    return [
        {"id": "p-ana", "full_name": "Ana Torres", "is_client": True},
        {"id": "p-luis", "full_name": "Luis Ortega", "is_client": True},
        {"id": "p-mei", "full_name": "Mei Chen", "is_client": True},
        {"id": "p-other", "full_name": "Sam Rivera", "is_client": True},
        {"id": "p-roommate", "full_name": "Jo Park"},
    ]


def _encounter(eid: str, when: str, person: str, officers: list, vehicles: str, address: str) -> dict:
    return {
        "id": eid,
        "occurred_at": when,
        "location": {"address": address, "city": "Houston", "state": "TX"},
        "officers": officers,
        "vehicles": vehicles,
        "participants": [{"person_id": person, "role": "target", "outcome": "arrested"}],
    }


def _doc() -> dict:
    encounters = [
        # Three clients, the same officer: his badge typed three ways.
        _encounter(
            "e-ana", "2026-03-02", "p-ana", [OFFICER], "grey Ford Explorer, TX plate ABC-1234", "12 Main Street"
        ),
        _encounter(
            "e-luis",
            "2026-04-10",
            "p-luis",
            [{"badge": "ero 1234", "agency": "ICE-ERO"}, {"name": "Agent Vale", "badge": "5678"}],
            "white van, plate abc 1234",
            "900 Elm Ave",
        ),
        _encounter("e-mei", "2026-05-21", "p-mei", [{"name": "Doyle", "badge": "ERO1234"}], "", "12 Main St., Apt 3"),
        # Another officer, another plate, and an address that only ends like the one searched.
        _encounter("e-other", "2026-06-01", "p-other", [{"badge": "ERO-12345"}], "plate XYZ-9999", "112 Main St"),
    ]
    encounters[1]["participants"].append({"person_id": "p-roommate", "role": "collateral", "outcome": "released"})
    return {"format": "casefile-interchange", "version": 1, "people": _people(), "encounters": encounters}


@pytest.fixture
def shared_vault(vault: Vault) -> Vault:
    import_document(vault, _doc(), base_dir=None)
    return vault


def test_a_badge_finds_three_clients_encounters(shared_vault: Vault) -> None:
    links = find_encounters(shared_vault.connection(), badge="ERO-1234")

    assert [link.encounter_id for link in links] == ["e-ana", "e-luis", "e-mei"]  # ERO-12345 is not it
    assert clients_of(links) == ["p-ana", "p-luis", "p-mei"]
    assert links[0].matched == ["badge ERO-1234 (Agent Doyle, ICE-ERO)"]
    # The collateral roommate is listed after the client, with the role he played.
    assert [(p.person_id, p.role, p.is_client) for p in links[1].people] == [
        ("p-luis", "target", True),
        ("p-roommate", "collateral", False),
    ]


def test_a_plate_and_an_address_find_their_encounters(shared_vault: Vault) -> None:
    conn = shared_vault.connection()
    assert [x.encounter_id for x in find_encounters(conn, plate="abc1234")] == ["e-ana", "e-luis"]
    # "12 Main Street" is "12 main st"; "112 Main St" is another house.
    assert [x.encounter_id for x in find_encounters(conn, address="12 Main Street")] == ["e-ana", "e-mei"]
    # Criteria together narrow: the badge and the address.
    assert [x.encounter_id for x in find_encounters(conn, badge="1234ero", address="12 main st")] == []
    assert [x.encounter_id for x in find_encounters(conn, badge="ero-1234", address="12 main st")] == [
        "e-ana",
        "e-mei",
    ]


def test_an_encounter_in_the_trash_is_not_found(shared_vault: Vault) -> None:
    with shared_vault.transaction() as tx:
        tx.execute("UPDATE encounters SET deleted_at = '2026-07-01T00:00:00Z' WHERE id = 'e-mei'")
    links = find_encounters(shared_vault.connection(), badge="ERO-1234")
    assert [link.encounter_id for link in links] == ["e-ana", "e-luis"]


def test_nothing_to_search_for_is_a_clear_error(shared_vault: Vault) -> None:
    with pytest.raises(CasefileError, match="badge, a plate or an address"):
        find_encounters(shared_vault.connection(), badge=" - ")
    with pytest.raises(CasefileError, match="at least 3"):
        find_encounters(shared_vault.connection(), plate="A1")


def test_the_command_line_lists_the_links(shared_vault: Vault, vault_path: Path) -> None:
    shared_vault.close()
    done = run_cli("crosscase", "--vault", str(vault_path), "--user", USER, "--badge", "ERO 1234", "--json")
    assert done.returncode == 0, done.stderr
    links = json.loads(done.stdout)
    assert [link["encounter_id"] for link in links] == ["e-ana", "e-luis", "e-mei"]
    assert links[2]["people"] == [{"person_id": "p-mei", "name": "Mei Chen", "role": "target", "is_client": True}]

    text = run_cli("crosscase", "--vault", str(vault_path), "--plate", "ABC 1234")
    assert text.returncode == 0, text.stderr
    assert text.stdout.splitlines()[0] == "2 encounter(s), 2 client(s)"

    empty = run_cli("crosscase", "--vault", str(vault_path))
    assert empty.returncode == 1 and "Give a badge, a plate or an address" in empty.stderr
    assert "Traceback" not in empty.stderr

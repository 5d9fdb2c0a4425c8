"""History, trash, purge, keyset paging and the collateral-arrests view on a real vault."""

from __future__ import annotations

import pytest

from casefile.errors import CasefileError, NotFound, ValidationError
from casefile.queries import paging
from casefile.queries.kinds import KINDS
from casefile.services import records
from casefile.vault.db import Vault


def test_update_keeps_history_with_changed_fields(example_vault: Vault) -> None:
    person = records.get(example_vault, "people", "p-rosa")
    records.save(example_vault, "people", {**person, "custody_status": "released-bond", "phone": "+1 713 555 0000"})
    history = records.history(example_vault, "people", "p-rosa")
    assert history[0]["record"]["custody_status"] == "detained"
    assert history[0]["changed_fields"] == ["custody_status", "phone"]
    assert history[0]["changed_by"] == "maria"


def test_delete_restore_and_purge(example_vault: Vault) -> None:
    records.delete(example_vault, "notes", "n-1")
    assert records.get(example_vault, "notes", "n-1") is None
    assert [t["id"] for t in records.trash(example_vault)] == ["n-1"]
    records.restore(example_vault, "notes", "n-1")
    assert records.get(example_vault, "notes", "n-1")["text"].startswith("Neighbor")
    records.delete(example_vault, "notes", "n-1")
    records.purge(example_vault, "notes", "n-1")
    assert records.get(example_vault, "notes", "n-1", include_deleted=True) is None
    with pytest.raises(NotFound):
        records.restore(example_vault, "notes", "n-1")


def test_purging_a_referenced_person_is_refused(example_vault: Vault) -> None:
    records.delete(example_vault, "people", "p-target")
    with pytest.raises(CasefileError, match="refer to it"):
        records.purge(example_vault, "people", "p-target")


def test_purging_a_document_removes_its_encrypted_file(example_vault: Vault) -> None:
    before = set(example_vault.blobs_dir.iterdir())
    records.delete(example_vault, "documents", "d-nta")
    records.purge(example_vault, "documents", "d-nta")
    assert len(before - set(example_vault.blobs_dir.iterdir())) == 1


def test_save_validates_like_import(example_vault: Vault) -> None:
    with pytest.raises(ValidationError) as caught:
        records.save(example_vault, "people", {"full_name": "Ana", "a_number": "A1234"})
    assert caught.value.field == "a_number"
    assert "has 4 digits" in caught.value.reason
    saved = records.save(example_vault, "people", {"full_name": "Ana", "a_number": "a-12345678"})
    assert saved["a_number"] == "A012345678" and saved["id"].startswith("p-")


def test_keyset_paging_walks_every_row_once(vault: Vault) -> None:
    from casefile.services.interchange import import_document

    people = [{"id": f"p-{i:04d}", "full_name": f"Persona {i % 37:02d} {i}"} for i in range(1, 501)]
    import_document(vault, {"format": "casefile-interchange", "version": 1, "people": people}, base_dir=None)
    conn = vault.connection()
    for descending in (False, True):
        seen, after = [], None
        while True:
            page = paging.page(
                conn, KINDS["people"], paging.PageRequest(sort="name", descending=descending, after=after, limit=64)
            )
            seen += [r["id"] for r in page.rows]
            if page.next_after is None:
                break
            after = page.next_after
        assert len(seen) == 500 == len(set(seen))
        names = [records.get(vault, "people", i)["full_name"].casefold() for i in seen]
        assert names == sorted(names, reverse=descending)
    assert paging.count(conn, KINDS["people"], text="Persona 07") == len(
        [p for p in people if " 07 " in p["full_name"]]
    )


def test_collateral_arrests_view(example_vault: Vault) -> None:
    rows, more = paging.collateral_arrests(example_vault.connection())
    assert more is None
    assert [(r["person_id"], r["encounter_id"], r["outcome"]) for r in rows] == [("p-rosa", "e-airline", "detained")]
    assert rows[0]["custody_facility"] == "Montgomery Processing Center"
    assert paging.count_collateral_arrests(example_vault.connection()) == 1
    records.delete(example_vault, "encounters", "e-airline")  # an encounter in the trash is not counted
    assert paging.count_collateral_arrests(example_vault.connection()) == 0


def test_unknown_sort_or_filter_is_refused(vault: Vault) -> None:
    with pytest.raises(CasefileError):
        paging.page(vault.connection(), KINDS["people"], paging.PageRequest(sort="full_name; DROP TABLE people"))
    with pytest.raises(CasefileError):
        paging.page(vault.connection(), KINDS["people"], paging.PageRequest(filters={"1=1 OR x": 1}))

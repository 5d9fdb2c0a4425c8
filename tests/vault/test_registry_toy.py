"""A record type added in one place (a toy "hearing" in a scratch registry) reaches every layer.

The generated schema, validation, the reference check, import, export, a save from the app's
service, history, the audit log, paging and search: all on a real vault created while the toy
type is registered. Afterwards the real registry is back, unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casefile.domain import record_types
from casefile.domain.validate import check_schema
from casefile.errors import ValidationError
from casefile.queries import paging
from casefile.queries.kinds import KINDS
from casefile.queries.search import search
from casefile.read.display import Fact, title
from casefile.schema import SCHEMA_FILE, interchange_schema
from casefile.services import records
from casefile.services.interchange import export_records, import_document
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER
from tests.toy_record_type import OUTCOMES, toy_registry

PERSON = {"id": "p-ana", "full_name": "Ana Lucía Pérez"}
HEARING = {
    "id": "h-1",
    "held_on": "2027-01-12",
    "judge": "Judge Okonkwo",
    "outcome": "adjourned",
    "person_id": "p-ana",
    "notes": "Adjourned for the interpreter; the quetzal receipt is in evidence.",
}


def _doc(**lists: list[dict]) -> dict:
    return {"format": "casefile-interchange", "version": 1, **lists}


def test_the_toy_type_is_in_the_generated_schema_only_while_registered() -> None:
    # The real hearings type (issue 15) is registered; the toy's fields are not.
    assert "held_on" not in interchange_schema()["properties"]["hearings"]["items"]["properties"]
    with toy_registry():
        schema = interchange_schema()["properties"]["hearings"]["items"]
        assert schema["required"] == ["id", "held_on"]
        assert schema["properties"]["outcome"] == {"enum": [*OUTCOMES, None]}
        # Its values by key, for the catalogue's labels: never an English label here.
        assert record_types.get("hearing").fields["outcome"].enum == "deadline_outcome"
        assert record_types.list_names()[-1] == "hearings"
        # Written after encounters (it refers to them), before FOIA requests.
        order = record_types.write_order()
        assert order.index("hearings") == order.index("encounters") + 1
    # The real hearings type (issue 15) is registered; the toy's fields are not.
    assert "held_on" not in interchange_schema()["properties"]["hearings"]["items"]["properties"]
    assert "held_on" not in KINDS["hearings"].fields
    # The published file still equals the built-in registry's schema.
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == interchange_schema()


def test_validation_reads_the_toy_types_fields() -> None:
    with toy_registry():
        check_schema(_doc(hearings=[HEARING]))
        with pytest.raises(ValidationError) as bad_enum:
            check_schema(_doc(hearings=[{**HEARING, "outcome": "postponed"}]))
        assert bad_enum.value.where == "hearings[0] (id h-1)" and bad_enum.value.field == "outcome"
        with pytest.raises(ValidationError) as unknown:
            check_schema(_doc(hearings=[{**HEARING, "courtroom": "4B"}]))
        assert unknown.value.field == "courtroom"
    # Without the toy the real hearings type reads the list, and refuses the toy's record.
    with pytest.raises(ValidationError) as gone:
        check_schema(_doc(hearings=[HEARING]))
    assert gone.value.where == "hearings[0] (id h-1)"


def test_import_export_save_history_and_search_on_a_real_vault(tmp_path: Path) -> None:
    with toy_registry() as toy:
        vault, _recovery = Vault.create(tmp_path / "vault", USER, PASSPHRASE)
        try:
            # held_on is a checked date: 2027-02-30 does not exist.
            with pytest.raises(ValidationError) as bad_date:
                import_document(
                    vault, _doc(people=[PERSON], hearings=[{**HEARING, "held_on": "2027-02-30"}]), base_dir=None
                )
            assert bad_date.value.field == "held_on" and bad_date.value.where == "hearings[0] (id h-1)"
            # person_id is a reference: an unknown person is refused by name, nothing written.
            with pytest.raises(ValidationError) as dangling:
                import_document(vault, _doc(hearings=[{**HEARING, "person_id": "p-nobody"}]), base_dir=None)
            assert dangling.value.field == "person_id" and "p-nobody" in dangling.value.reason
            assert vault.connection().execute("SELECT count(*) FROM hearings").fetchone()[0] == 0

            result = import_document(vault, _doc(people=[PERSON], hearings=[HEARING]), base_dir=None)
            assert result.created == {"people": 1, "hearings": 1}
            exported = export_records(vault.connection())
            (out,) = exported["hearings"]
            assert {k: v for k, v in out.items() if k not in ("created_at", "updated_at", "updated_by")} == HEARING

            # A save from the app's service writes the row directly; the old version goes to history.
            saved = records.save(vault, "hearing", {**HEARING, "outcome": "held"})
            assert saved["outcome"] == "held"
            versions = records.history(vault, "hearing", "h-1")
            assert versions[0]["record"]["outcome"] == "adjourned" and versions[0]["changed_fields"] == ["outcome"]
            actions = (
                vault.connection()
                .execute("SELECT action FROM audit WHERE kind = 'hearing' AND record_id = 'h-1' ORDER BY seq")
                .fetchall()
            )
            assert [a for (a,) in actions] == ["create", "update"]
            fresh = records.save(vault, "hearings", {"held_on": "2027-03-01", "person_id": "p-ana"})
            assert fresh["id"].startswith("h-")

            # The list columns and sorts it declared page it; search finds it by its notes.
            page = paging.page(vault.connection(), toy, paging.PageRequest(filters={"person_id": "p-ana"}))
            assert [(r["id"], r["held_on"]) for r in page.rows] == [("h-1", "2027-01-12"), (fresh["id"], "2027-03-01")]
            # Its display title is the facts it declared (a date and the judge), never an English string.
            named = title("hearing", HEARING)
            assert (named.kind, named.parts) == ("hearings", (Fact("2027-01-12", "date"), Fact("Judge Okonkwo")))
            hits = search(vault.connection(), "quetzal")
            assert [(h.type, h.id) for h in hits] == [("hearing", "h-1")]
            assert [h.id for h in search(vault.connection(), "quetzal", types=("person",))] == []

            # Purging the person is refused while the hearing refers to it.
            records.delete(vault, "people", "p-ana")
            with pytest.raises(Exception, match="hearing h-1"):
                records.purge(vault, "people", "p-ana")
        finally:
            vault.close()

"""Issue 14, "what it must show" 1: a record type and a language, each added in one place, reach
every layer together.

A toy "hearing" type is registered in a scratch registry (tests/toy_record_type.py) and a toy
Portuguese catalogue file is written to a folder the core is pointed at (tests/toy_language.py),
with words for the toy type too. With nothing else changed, the hearing is in the generated
interchange schema, validation refuses a bad one, a real vault stores it (import, export, a save),
search finds it by a structured title, and the app's list models (a paged list of the type, the
trash) show it labelled in Portuguese once the language is switched — with English for the words
the file lacks. Afterwards the real registry and language list are back.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from casefile import catalogue, read
from casefile.domain import record_types
from casefile.domain.validate import check_schema
from casefile.errors import ValidationError
from casefile.schema import interchange_schema
from casefile.services import records
from casefile.services.interchange import export_records, import_document
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER
from tests.toy_language import use_catalogue_folder, write_catalogue
from tests.toy_record_type import toy_registry
from ui import i18n, labels
from ui.context import AppContext
from ui.models import fmt
from ui.models.lists import TrashModel
from ui.models.paged import Column, PagedTableModel, enum_cell
from ui.models.titles import title_text
from ui.workers import Workers

PERSON = {"id": "p-ana", "full_name": "Ana Lucía Pérez"}
HEARINGS = [
    {
        "id": "h-1",
        "held_on": "2027-01-12",
        "judge": "Judge Okonkwo",
        "outcome": "adjourned",
        "person_id": "p-ana",
        "notes": "Adjourned for the interpreter; the quetzal receipt is in evidence.",
    },
    {"id": "h-2", "held_on": "2027-03-01", "outcome": "held", "person_id": "p-ana"},
]
# The toy language's words: the toy type's name and one of its values. "held" is left out on
# purpose: what a catalogue lacks reads in English.
PT_VALUES = {"record_type": {"hearing": "Audiência"}, "deadline_outcome": {"adjourned": "Adiada"}}


class HearingsModel(PagedTableModel):
    """The app's paged list, over the toy type: what a section for a new type would hold."""

    kind_name = "hearings"
    name_links = (("person_id", "people"),)

    def make_columns(self) -> list[Column]:
        return [
            Column(lambda: "Held on", lambda r: fmt.fmt_date(r.get("held_on")), "held"),
            Column(lambda: "Outcome", enum_cell("deadline_outcome", "outcome")),
            Column(lambda: "Person", lambda r: self.name_of("people", r.get("person_id"))),
        ]


def _doc(**lists: list[dict[str, Any]]) -> dict[str, Any]:
    return {"format": "casefile-interchange", "version": 1, **lists}


def _cells(model: Any) -> list[list[str]]:
    return [
        [model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole) for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


@pytest.fixture
def toy_world(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Vault]:
    """The toy type registered and the toy language listed, over a vault created meanwhile."""
    folder = tmp_path / "catalogues"
    write_catalogue(folder, "pt", "Português", locale="pt_BR", values=PT_VALUES)
    use_catalogue_folder(monkeypatch, folder)
    with toy_registry():
        vault, _recovery = Vault.create(tmp_path / "vault", USER, PASSPHRASE)
        try:
            yield vault
        finally:
            vault.close()
            i18n.set_language("en")
    monkeypatch.delenv(catalogue.ENV_PATH)
    catalogue.reload()


def test_a_toy_type_and_a_toy_language_reach_every_layer(qtbot, toy_world: Vault) -> None:
    vault = toy_world
    # The language list and the registry are the files and modules, nothing else.
    assert catalogue.languages() == ("en", "es", "pt")
    assert "hearings" in record_types.list_names()

    # Schema and validation, generated from the type's declaration.
    schema = interchange_schema()["properties"]["hearings"]["items"]
    assert schema["required"] == ["id", "held_on"]
    with pytest.raises(ValidationError) as refused:
        check_schema(_doc(hearings=[{**HEARINGS[0], "outcome": "postponed"}]))
    assert (refused.value.where, refused.value.field) == ("hearings[0] (id h-1)", "outcome")

    # Import, export and a save on the real vault.
    result = import_document(vault, _doc(people=[PERSON], hearings=HEARINGS), base_dir=None)
    assert result.created == {"people": 1, "hearings": 2}
    exported = {h["id"]: h for h in export_records(vault.connection())["hearings"]}
    assert exported["h-1"]["judge"] == "Judge Okonkwo" and exported["h-2"]["held_on"] == "2027-03-01"
    records.save(vault, "hearings", {**HEARINGS[1], "judge": "Judge Ruiz"})

    # Search, with the structured title the type declared (a date and the judge).
    (hit,) = read.search(vault, "quetzal")
    assert (hit.kind, hit.id) == ("hearings", "h-1")

    # The app's list model of the type, in English first.
    workers = Workers()
    ctx = AppContext(workers)
    ctx.vault = vault
    model = HearingsModel(ctx)
    ctx.vault_unlocked.emit()
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert _cells(model) == [
        ["12 Jan 2027", "Adjourned", "Ana Lucía Pérez"],
        ["1 Mar 2027", "Held", "Ana Lucía Pérez"],
    ]
    assert title_text(hit.title) == "12 Jan 2027 · Judge Okonkwo"

    # Portuguese, chosen as the app chooses a language: its words where the file has them.
    assert i18n.set_language("pt")  # no widget translations for it: widgets stay English
    assert i18n.current_language() == "pt"
    ctx.language_changed.emit("pt")
    assert labels.label("deadline_outcome", "adjourned") == "Adiada"
    # Dates follow the catalogue's locale (pt_BR: "d MMM yyyy" gives "12 jan. 2027"); "held" is
    # not in the toy file, so it reads in English.
    assert _cells(model) == [
        ["12 jan. 2027", "Adiada", "Ana Lucía Pérez"],
        ["1 mar. 2027", "Held", "Ana Lucía Pérez"],
    ]
    assert title_text(hit.title) == "12 jan. 2027 · Judge Okonkwo"

    # The trash list names the type in the language too.
    records.delete(vault, "hearings", "h-2")
    trash = TrashModel(ctx)
    trash.set_rows(records.trash(vault))
    assert [row[0] for row in _cells(trash)] == ["Audiência"]
    ctx.vault = None
    ctx.vault_locked.emit()
    assert model.rowCount() == 0 and trash.rowCount() == 0
    QCoreApplication.processEvents()


def test_afterwards_the_real_registry_and_language_list_are_back() -> None:
    # The real hearings type (issue 15) is back in the toy's place.
    assert "held_on" not in record_types.get("hearings").fields
    assert "held_on" not in interchange_schema()["properties"]["hearings"]["items"]["properties"]
    assert catalogue.languages() == ("en", "es")

"""Every record model passes Qt's model tester; locking empties them all; labels cover every
machine value; FOIA and deadline dates are computed and marked "computed — verify"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from test_records_support import ctx, lock, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from casefile.domain import enums
from casefile.services import documents, records
from casefile.services.interchange import import_file
from ui import labels
from ui.models.collateral import CollateralArrestsModel
from ui.models.deadlines import UpcomingDeadlinesModel
from ui.models.lists import CustodyLogModel, HistoryModel, RowsModel, TrashModel
from ui.models.paged import Column
from ui.models.records import (
    DocumentsModel,
    EncountersModel,
    FoiaModel,
    NotesModel,
    PeopleModel,
    StoredDeadlinesModel,
)
from ui.sections import collateral, deadlines, encounters, foia, people, trash
from ui.sections import documents as documents_section

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.fixture
def example_ctx(ctx):  # noqa: F811
    import_file(ctx.vault, FIXTURES / "example.json")
    records.save(ctx.vault, "deadlines", {"kind": "filing", "due": "2026-10-01", "title": "Motion", "done": True})
    person = records.save(ctx.vault, "people", {"full_name": "To be deleted"})
    records.save(ctx.vault, "people", {**person, "full_name": "To be deleted, renamed"})
    records.delete(ctx.vault, "people", person["id"])
    return ctx


def all_models(ctx):  # noqa: F811
    notes = NotesModel(ctx)
    notes.set_owner("person_id", "p-rosa")
    stored_done = StoredDeadlinesModel(ctx)
    stored_done.set_filter("done", 1)
    trash_model = TrashModel(ctx)
    trash_model.set_rows(records.trash(ctx.vault))
    history = HistoryModel(ctx)
    history.set_rows(records.history(ctx.vault, "people", trash_model.rows()[0]["id"]))
    custody = CustodyLogModel(ctx)
    custody.set_rows(documents.custody_log(ctx.vault, "d-i213"))
    rows = RowsModel(columns=[Column(lambda: "Topic", lambda r: r.get("topic") or "")])
    rows.set_rows(records.get(ctx.vault, "encounters", "e-airline")["account_points"])
    return {
        "people": PeopleModel(ctx), "encounters": EncountersModel(ctx), "documents": DocumentsModel(ctx),
        "foia": FoiaModel(ctx), "notes": notes, "stored_deadlines": stored_done,
        "collateral": CollateralArrestsModel(ctx), "trash": trash_model, "history": history,
        "custody": custody, "rows": rows, "upcoming": UpcomingDeadlinesModel(ctx),
    }


def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, example_ctx):
    models = all_models(example_ctx)
    wait_workers(qtbot, example_ctx)
    for name, model in models.items():
        assert model.rowCount() > 0, name
        qtmodeltester.check(model)
    people_model = models["people"]
    rosa = people_model.row_of("p-rosa")
    assert people_model.index(rosa, 1).data() == "A-208-114-563"
    assert people_model.index(rosa, 2).data() == "Detained"  # custody, before the client flag
    assert people_model.index(rosa, 3).data() == "Yes"
    assert models["encounters"].index(0, 1).data() == "Home"
    assert models["documents"].index(models["documents"].row_of("d-i213"), 1).data() == \
        "I-213 record of deportable alien"
    assert [models["history"].index(r, 2).data() for r in range(2)] == ["Moved to trash", "Edited"]
    assert models["custody"].index(0, 1).data() == "Added"


def test_sorting_reloads_from_the_vault(qtbot, example_ctx):
    model = PeopleModel(example_ctx)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == list(reversed(names))
    model.sort(1)  # the A-number column has no SQL sort: nothing changes
    assert model.sort_column() == 0
    model.set_filter("is_client", 1)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Rosa Elena Quispe Mamani"]
    model.set_filter("is_client", None)
    model.set_text("quispe")
    assert model.rowCount() == 1


def test_locking_empties_every_model_and_editor(qtbot, example_ctx):
    context = example_ctx
    models = all_models(context)
    sections = [make(context, None) for make in (people.make, encounters.make, collateral.make, documents_section.make,
                                              foia.make, deadlines.make, trash.make)]
    for section in sections:
        qtbot.addWidget(section)
    sections[1].show_record("e-airline")
    sections[0].show_record("p-rosa")
    wait_workers(qtbot, context)
    assert sections[1].editor.narrative.toPlainText()
    lock(context)
    for name, model in models.items():
        if name != "rows":  # a sub-list's rows belong to its editor, which clears them
            assert model.rowCount() == 0, name
    for section in sections:
        assert section.model.rowCount() == 0
        editor = getattr(section, "editor", None)
        if editor is not None:
            assert not editor.isEnabled() and editor.record_id is None
    assert sections[1].editor.narrative.toPlainText() == ""
    assert sections[1].editor.participants.model.rowCount() == 0
    assert sections[0].editor.full_name.text() == ""


def test_every_machine_value_has_a_label():
    tables = {
        "custody_status": enums.CUSTODY_STATUS, "setting": enums.SETTING, "agency": enums.AGENCY,
        "program": enums.PROGRAM, "warrant_type": enums.WARRANT_TYPE, "entry": enums.ENTRY,
        "identified_as": enums.IDENTIFIED_AS, "modality": enums.BIOMETRIC_MODALITY,
        "device": enums.BIOMETRIC_DEVICE, "consent": enums.BIOMETRIC_CONSENT, "role": enums.ROLE,
        "outcome": enums.OUTCOME, "document_kind": enums.DOCUMENT_KIND, "foia_agency": enums.FOIA_AGENCY,
        "foia_status": enums.FOIA_STATUS, "deadline_kind": enums.DEADLINE_KIND, "user_role": enums.USER_ROLE,
    }
    for field, values in tables.items():
        assert [v for v, _label in labels.choices(field)] == list(values), field
        for value in values:
            assert labels.label(field, value).strip(), (field, value)
    assert labels.label("setting", "vehicle-stop") == "Vehicle stop"
    assert labels.label("setting", None) == "—"
    assert labels.label("identified_as", "said they were deputies") == "said they were deputies"
    assert labels.label("tristate", "unknown") == "Unknown"


def test_foia_dates_are_computed_and_marked(qtbot, example_ctx):
    section = foia.make(example_ctx, None)
    qtbot.addWidget(section)
    assert section.show_record("f-ice-1")
    editor = section.editor
    # received 2026-09-23 (Wed); 20 working days, Columbus Day (12 Oct) excluded → 22 Oct 2026
    assert editor.response_due.text().startswith("22 Oct 2026 (computed — verify)")
    row = section.model.row_of("f-ice-1")
    assert section.model.index(row, 5).data().startswith("22 Oct 2026")
    assert section.model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole) == "computed — verify"
    editor.extension_days.setValue(10)
    assert editor.response_due.text().startswith("5 Nov 2026")
    editor.adverse_on.setValue("2026-11-02")
    editor.recompute()
    # ICE is a DHS component: 90 working days (6 CFR 5.8(a)(1)). From Monday 2 November 2026:
    # Nov 3-30 gives 18 (less the 11th and 26th), December 22 -> 40, January 2027 19 -> 59,
    # February 19 -> 78, March 1-12 -> 88, the 15th (89), Tuesday the 16th (90).
    assert editor.appeal_due.text().startswith("16 Mar 2027 (computed — verify)")
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    stored = records.get(example_ctx.vault, "foia_requests", "f-ice-1")
    assert stored["extension_days"] == 10 and "response_due" not in stored


def test_deadlines_list_stored_and_computed_ones(qtbot, example_ctx):
    section = deadlines.make(example_ctx, None)
    qtbot.addWidget(section)
    model = section.model
    qtbot.waitUntil(lambda: model.rowCount() >= 2, timeout=10000)
    kinds = {model.row_dict(r)["kind"]: r for r in range(model.rowCount())}
    computed = kinds["foia-response"]
    assert "computed — verify" in model.index(computed, 1).data()
    stored = kinds["master-hearing"]
    assert model.index(stored, 4).data() == "Rosa Elena Quispe Mamani (A-208-114-563)"
    section.view.selectRow(computed)
    assert section.editor.computed_box.isVisibleTo(section.editor)
    assert "computed — verify" in section.editor.computed_text.text()
    section.view.selectRow(stored)
    assert section.editor.record_id == "dl-mch"
    assert section.editor.title_edit.text() == "Master calendar hearing, Conroe Immigration Court"
    section.combos["view"].setValue("done")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_dict(0)["title"] == "Motion", timeout=10000)

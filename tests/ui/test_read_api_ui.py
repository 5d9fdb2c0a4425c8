"""The app reads linked records' names a page at a time (issue 14 item 3): a FOIA list of 40
requests about 40 different people asks the vault once for their names, not once per row as the
cells are painted; pickers name several linked records in one query too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_records_support import ctx, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from casefile.services.interchange import import_document
from ui.models.records import FoiaModel, StoredDeadlinesModel
from ui.widgets.pickers import RecordListPicker, RecordPicker

PEOPLE = 40


def _import(vault, **lists):
    import_document(vault, {"format": "casefile-interchange", "version": 1, **lists}, base_dir=None)


def _people_selects(statements: list[str]) -> int:
    return sum(1 for s in statements if s.lstrip().upper().startswith("SELECT") and " people " in f"{s} ")


def _traced(vault, run):
    """The SQL the UI thread's connection ran while ``run()`` ran (the models read on this thread)."""
    statements: list[str] = []
    conn = vault.connection()
    conn.set_trace_callback(statements.append)
    try:
        run()
    finally:
        conn.set_trace_callback(None)
    return statements


def test_a_foia_page_names_all_its_subjects_in_one_query(qtbot, ctx):  # noqa: F811
    people = [{"id": f"p-{i:02d}", "full_name": f"Persona {i:02d}", "a_number": f"2081145{i:02d}"}
              for i in range(PEOPLE)]
    foia = [{"id": f"f-{i:02d}", "agency": "ICE", "subject_person_id": f"p-{i:02d}", "status": "submitted",
             "received_on": "2026-09-01"} for i in range(PEOPLE)]
    _import(ctx.vault, people=people, foia_requests=foia)

    def load_and_paint():
        model = FoiaModel(ctx)
        # Every cell as a view paints it (and again: the names are kept, not read again).
        for _ in range(2):
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
        load_and_paint.model = model

    statements = _traced(ctx.vault, load_and_paint)
    model = load_and_paint.model
    subject = next(i for i, c in enumerate(model.columns) if c.sort is None and "Subject" in c.header())
    assert model.rowCount() == PEOPLE
    # Persona 07's A-number: 2081145 then 07 → A-208-114-507.
    names = {model.index(r, subject).data() for r in range(PEOPLE)}
    assert "Persona 07 (A-208-114-507)" in names and len(names) == PEOPLE
    assert _people_selects(statements) == 1  # 40 rows, one query for their names (was 40)


def test_stored_deadlines_name_people_per_page_and_a_missing_one_by_id(qtbot, ctx):  # noqa: F811
    _import(ctx.vault, people=[{"id": "p-a", "full_name": "Ana Pérez"}], deadlines=[
        {"id": "dl-1", "kind": "filing", "due": "2026-10-01", "title": "Brief", "person_id": "p-a"},
        {"id": "dl-2", "kind": "filing", "due": "2026-10-02", "title": "Motion", "person_id": "p-a"},
    ])
    model = StoredDeadlinesModel(ctx)
    person = next(i for i, c in enumerate(model.columns) if c.header() == "Person")
    assert [model.index(r, person).data() for r in range(model.rowCount())] == ["Ana Pérez", "Ana Pérez"]


def test_a_list_picker_names_its_records_in_one_query(qtbot, ctx):  # noqa: F811
    _import(ctx.vault, people=[{"id": f"p-{i}", "full_name": f"Testigo {i}"} for i in range(6)])
    picker = RecordListPicker(ctx, "people")
    qtbot.addWidget(picker)
    ids = [f"p-{i}" for i in range(6)] + ["p-gone"]
    statements = _traced(ctx.vault, lambda: picker.setValue(ids))
    assert [picker.list.item(i).text() for i in range(picker.list.count())] == [
        *(f"Testigo {i}" for i in range(6)), "p-gone"]  # a record no longer there shows its id
    assert picker.value() == ids
    assert _people_selects(statements) == 1


def test_a_picker_searches_on_a_worker_and_drops_stale_answers(qtbot, ctx):  # noqa: F811
    _import(ctx.vault, people=[{"id": "p-1", "full_name": "José Núñez"}, {"id": "p-2", "full_name": "Ana Núñez"}])
    picker = RecordPicker(ctx, "people")
    qtbot.addWidget(picker)
    picker.show()
    picker.edit.setFocus()

    def type_and_wait():
        qtbot.keyClicks(picker.edit, "nunez")  # accent-blind
        qtbot.waitUntil(lambda: picker.model.rowCount() == 2, timeout=5000)

    statements = _traced(ctx.vault, type_and_wait)
    assert sorted(picker.model.item(r).text() for r in range(2)) == ["Ana Núñez", "José Núñez"]
    assert _people_selects(statements) == 0  # the page was read on a worker's connection

    # An answer to an earlier text, arriving late, is dropped; so is one after a choice was made.
    picker._suggest(picker._asked - 1, [])
    assert picker.model.rowCount() == 2
    asked = picker._asked
    picker.setValue("p-1")
    picker._suggest(asked, [{"id": "p-2", "full_name": "Ana Núñez"}])
    assert picker.model.rowCount() == 0 and picker.edit.text() == "José Núñez"


def test_the_client_picker_narrows_its_worker_search_to_clients(qtbot, ctx):  # noqa: F811
    from ui.sections.report_options import ClientPicker

    _import(ctx.vault, people=[{"id": "p-c", "full_name": "Ana Quispe", "is_client": True},
                               {"id": "p-n", "full_name": "Luis Quispe"}])
    picker = ClientPicker(ctx)
    qtbot.addWidget(picker)
    picker.show()
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "quispe")
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=5000)
    wait_workers(qtbot, ctx)
    assert [picker.model.item(r).text() for r in range(picker.model.rowCount())] == ["Ana Quispe"]


def test_an_encounters_people_are_named_in_one_query_however_many(qtbot, ctx):  # noqa: F811
    from casefile import read
    from ui.editors.encounter import EncounterEditor

    people = [{"id": f"p-{i:02d}", "full_name": f"Vecino {i:02d}"} for i in range(12)]

    def encounter(record_id: str, count: int) -> dict:
        return {"id": record_id, "occurred_at": "2026-09-15T05:50:00-05:00", "setting": "workplace",
                "participants": [{"person_id": f"p-{i:02d}", "role": "witness"} for i in range(count)]}

    _import(ctx.vault, people=people, encounters=[encounter("e-few", 2), encounter("e-many", 12)])
    editor = EncounterEditor(ctx)
    qtbot.addWidget(editor)
    counts, names = {}, {}

    def load_and_paint(record):
        editor.load(record)
        model = editor.participants.model
        names[record["id"]] = [model.index(r, c).data() for r in range(model.rowCount())
                               for c in range(model.columnCount())]

    for record_id in ("e-few", "e-many"):
        record = read.get(ctx.vault, "encounters", record_id)
        counts[record_id] = _people_selects(_traced(ctx.vault, lambda record=record: load_and_paint(record)))
    assert "Vecino 11" in names["e-many"] and "Vecino 00" in names["e-few"]
    # Twelve people cost what two do: one query for the lot, not one per row.
    assert counts["e-many"] == counts["e-few"]

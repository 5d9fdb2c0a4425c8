"""Officers and vehicles in the app (issue 15), with real key presses and clicks: an officer typed
into the new section is stored, listed, edited (history), trashed and restored; the encounter form
links an officer found by badge, with a role, and a vehicle made on the spot; the officer's form
shows its encounters across clients and merges a duplicate into it; the cross-case dialog's map
groups the encounters under the officer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_records_support import ctx, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from casefile import read
from casefile.services import records
from ui.editors.history import HistoryDialog
from ui.sections import encounters, officers, trash


def _pick(qtbot, picker, text: str) -> None:
    """Click into a record picker, type and choose the first suggestion, as a person does."""
    qtbot.mouseClick(picker.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(picker.edit, text)
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=5000)
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.value() is not None, timeout=5000)


def _section(qtbot, ctx):  # noqa: F811
    holder = officers.make(ctx, None)
    qtbot.addWidget(holder)
    holder.resize(1366, 768)
    holder.show()
    return holder


def test_an_officer_is_typed_in_listed_edited_trashed_and_restored(qtbot, ctx):  # noqa: F811
    holder = _section(qtbot, ctx)
    section = holder.officers
    section.new_record()
    editor = section.editor
    qtbot.waitUntil(lambda: editor.active and editor.record_id is None)
    qtbot.keyClicks(editor.name, "Agent R. Doyle")
    qtbot.keyClicks(editor.badge, "ERO-1234")
    editor.agency.setFocus()
    qtbot.keyClick(editor.agency, Qt.Key.Key_Down)  # — -> ICE-ERO
    qtbot.keyClicks(editor.unit, "Fugitive Operations Team 3")
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    officer_id = saved.args[0]["id"]
    stored = read.get(ctx.vault, "officers", officer_id)
    assert (stored["name"], stored["badge"], stored["agency"]) == ("Agent R. Doyle", "ERO-1234", "ICE-ERO")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10000)
    assert [section.model.index(0, c).data() for c in range(3)] == ["Agent R. Doyle", "ERO-1234", "ICE-ERO"]

    editor.unit.clear()
    qtbot.keyClicks(editor.unit, "Fugitive Operations Team 5")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.keyClick(editor.unit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialog = HistoryDialog(ctx, "officers", officer_id, editor.field_labels)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowsLoaded == 1, timeout=10000)
    assert "Unit" in dialog.model.index(0, 3).data()

    # Nothing typed to tell an officer by: refused at the name, nothing stored.
    section.new_record()
    qtbot.waitUntil(lambda: editor.record_id is None)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    error = editor.fields["name"][1]
    qtbot.waitUntil(lambda: not error.isHidden(), timeout=10000)
    assert "badge number" in error.text.text()

    section.show_record(officer_id, ask=False)
    with qtbot.waitSignal(editor.deleted, timeout=10000):
        editor.delete_now()  # what "Move to trash…" does once confirmed
    qtbot.waitUntil(lambda: section.model.row_of(officer_id) == -1, timeout=10000)
    bin_ = trash.make(ctx, None)
    qtbot.addWidget(bin_)
    qtbot.waitUntil(lambda: bin_.model.rowsLoaded == 1, timeout=10000)
    assert "Agent R. Doyle" in bin_.model.index(0, 2).data()
    bin_.view.selectRow(0)
    bin_.restore_selected()
    qtbot.waitUntil(lambda: section.model.row_of(officer_id) == 0, timeout=10000)
    wait_workers(qtbot, ctx)


def test_the_encounter_links_officers_and_vehicles_with_a_role(qtbot, ctx):  # noqa: F811
    records.save(ctx.vault, "people", {"id": "p-ana", "full_name": "Ana Torres", "is_client": True})
    records.save(ctx.vault, "officers", {"id": "o-doyle", "name": "Agent Doyle", "badge": "ERO-1234"})
    records.save(ctx.vault, "encounters", {"id": "e-ana", "occurred_at": "2026-03-02",
                                           "participants": [{"person_id": "p-ana", "role": "target"}]})  # fmt: skip
    section = encounters.make(ctx, None)
    qtbot.addWidget(section)
    section.resize(1366, 768)
    section.show()
    section.show_record("e-ana", ask=False)
    editor = section.editor
    qtbot.waitUntil(lambda: editor.record_id == "e-ana")
    step = editor.steps.visualItemRect(editor.steps.item(1))  # "Who came"
    qtbot.mouseClick(editor.steps.viewport(), Qt.MouseButton.LeftButton, pos=step.center())
    links = editor.officer_links
    qtbot.waitUntil(links.isVisible)
    qtbot.mouseClick(links.add_button, Qt.MouseButton.LeftButton)
    form = links.detail
    _pick(qtbot, form.picker, "ERO1234")  # the badge as typed, without its dash
    form.role.setFocus()
    qtbot.keyClick(form.role, Qt.Key.Key_Down)  # — -> Arresting officer
    vehicles = editor.vehicle_links
    qtbot.mouseClick(vehicles.add_button, Qt.MouseButton.LeftButton)
    picker = vehicles.detail.picker
    qtbot.keyClicks(picker.edit, "ABC-1234")
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)  # not recorded yet: make it here
    quick = picker.quick_dialog
    qtbot.waitExposed(quick)
    qtbot.keyClicks(quick.edits["state"], "tx")
    qtbot.keyClicks(quick.edits["make"], "Ford")
    qtbot.mouseClick(quick.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: picker.value() is not None, timeout=10000)
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    stored = read.get(ctx.vault, "encounters", "e-ana")
    assert stored["officer_links"] == [{"officer_id": "o-doyle", "role": "arresting"}]
    (vehicle_link,) = stored["vehicle_links"]
    vehicle = read.get(ctx.vault, "vehicles", vehicle_link["vehicle_id"])
    assert (vehicle["plate"], vehicle["state"], vehicle["make"]) == ("ABC-1234", "TX", "Ford")
    assert (
        links.model.index(0, 0).data() == "Agent Doyle (#ERO-1234)"
        and links.model.index(0, 1).data() == "Arresting officer"
    )
    wait_workers(qtbot, ctx)


def test_the_officer_form_shows_its_encounters_and_merges_a_duplicate(qtbot, ctx):  # noqa: F811
    for pid, name in (("p-ana", "Ana Torres"), ("p-luis", "Luis Ortega")):
        records.save(ctx.vault, "people", {"id": pid, "full_name": name, "is_client": True})
    records.save(ctx.vault, "officers", {"id": "o-doyle", "name": "Agent Doyle", "badge": "ERO-1234"})
    records.save(ctx.vault, "officers", {"id": "o-beard", "description": "grey beard, vest marked POLICE"})
    for eid, pid, oid, role in (("e-ana", "p-ana", "o-doyle", "arresting"), ("e-luis", "p-luis", "o-beard", "drove")):
        records.save(ctx.vault, "encounters", {
            "id": eid, "occurred_at": "2026-03-02" if pid == "p-ana" else "2026-04-10",
            "participants": [{"person_id": pid, "role": "target"}],
            "officer_links": [{"officer_id": oid, "role": role}],
        })  # fmt: skip
    holder = _section(qtbot, ctx)
    section = holder.officers
    section.show_record("o-beard", ask=False)
    editor = section.editor
    qtbot.waitUntil(lambda: editor.links.topLevelItemCount() == 1, timeout=10000)
    encounter = editor.links.topLevelItem(0).child(0)
    assert encounter.text(1) == "Drove" and encounter.child(0).text(0) == "Luis Ortega"

    _pick(qtbot, editor.merge_target, "Doyle")
    qtbot.mouseClick(editor.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.record_id == "o-doyle", timeout=10000)
    qtbot.waitUntil(lambda: editor.links.topLevelItemCount() == 1
                    and editor.links.topLevelItem(0).childCount() == 2, timeout=10000)  # fmt: skip
    assert read.get(ctx.vault, "encounters", "e-luis")["officer_links"] == [{"officer_id": "o-doyle", "role": "drove"}]
    assert records.get(ctx.vault, "officers", "o-beard", include_deleted=True)["merged_into"] == "o-doyle"
    qtbot.waitUntil(lambda: section.model.row_of("o-beard") == -1, timeout=10000)
    QApplication.processEvents()
    wait_workers(qtbot, ctx)

"""Encounters against a real vault: a raid with a target, a collateral arrest and a witness."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from test_records_support import ctx, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from casefile.services import records
from ui.models.collateral import CollateralArrestsModel
from ui.sections import collateral, encounters
from ui.widgets.pickers import RecordPicker


def type_into(qtbot, widget: QLineEdit, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def pick(qtbot, picker: RecordPicker, text: str) -> None:
    """Type into a picker as a person would and take the first suggestion."""
    type_into(qtbot, picker.edit, text)
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=5000)
    picker._chosen(picker.model.index(0, 0))


def test_record_a_raid_with_a_target_a_collateral_arrest_and_a_witness(qtbot, ctx):  # noqa: F811
    target = records.save(ctx.vault, "people", {"full_name": "Marco Antonio Villeda"})
    rosa = records.save(ctx.vault, "people", {"full_name": "Rosa Elena Quispe Mamani", "is_client": True,
                                              "a_number": "A208114563"})
    section = encounters.make(ctx, None)
    qtbot.addWidget(section)
    section.new_record()
    editor = section.editor
    assert editor.heading.text() == "New encounter"
    type_into(qtbot, editor.occurred_at.date_edit.edit, "9/15/2026")
    editor.occurred_at.date_edit.edit.editingFinished.emit()
    assert editor.occurred_at.date_edit.edit.text() == "2026-09-15"
    type_into(qtbot, editor.occurred_at.time_edit, "5:50 am")
    editor.occurred_at.zone.setCurrentIndex(editor.occurred_at.zone.findData("zone:America/Chicago"))
    assert editor.occurred_at.value() == "2026-09-15T05:50:00-05:00"
    editor.setting.setValue("home")
    type_into(qtbot, editor.city, "Houston")
    editor.state.setEditText("tx")
    editor.agencies.boxes["ICE-ERO"].setChecked(True)
    editor.warrant_type.setValue("administrative-I-200")
    editor.warrant_shown.setValue(False)
    editor.warrant_named.setValue(target["id"])

    editor.show_page(6)
    people_list = editor.participants
    people_list.add()
    form = people_list.detail
    pick(qtbot, form.person, "Villeda")
    assert form.role.value() == "target"  # the first person added is the one agents came for
    form.outcome.setValue("not-present")

    people_list.add()
    pick(qtbot, form.person, "A-208-114-563")  # found by A-number, written any way
    assert form.person.value() == rosa["id"]
    assert form.role.value() == "collateral"
    assert not form.arrest_box.isEnabled()
    form.outcome.setValue("arrested")
    assert form.arrest_box.isEnabled()
    type_into(qtbot, form.arrested_at.date_edit.edit, "2026-09-15")
    type_into(qtbot, form.arrested_at.time_edit, "06:20")
    form.arrested_at.zone.setCurrentIndex(form.arrested_at.zone.findData("zone:America/Chicago"))
    form.arresting_agency.setValue("ICE-ERO")
    type_into(qtbot, form.custody_facility, "Montgomery Processing Center")
    type_into(qtbot, form.bond_amount, "1500")
    type_into(qtbot, form.nta_served_on.edit, "2026-09-16")
    form.i213_received.setValue(True)

    people_list.add()
    form.person.edit.setText("Lucía Hernández")
    dialog = form.person.new_person()  # not in the vault yet: added on the spot
    assert dialog.name.text() == "Lucía Hernández"
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    witness_id = form.person.value()
    assert witness_id and records.get(ctx.vault, "people", witness_id)["full_name"] == "Lucía Hernández"
    form.role.setValue("witness")
    editor.witnesses.picker.setValue(witness_id)
    editor.witnesses._add()
    assert people_list.model.rowCount() == 3
    assert people_list.model.index(1, 0).data() == "Rosa Elena Quispe Mamani (A-208-114-563)"
    assert people_list.model.index(1, 2).data() == "Arrested"

    type_into(qtbot, editor.city, "Houston")
    editor.narrative.setPlainText("Five agents knocked at 5:50 am saying 'police'.")
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        assert editor.save()
    stored = records.get(ctx.vault, "encounters", saved.args[0]["id"])
    assert stored["occurred_at"] == "2026-09-15T05:50:00-05:00"
    assert stored["location"] == {"city": "Houston", "state": "TX"}
    assert stored["agencies"] == ["ICE-ERO"]
    assert stored["warrant"] == {"type": "administrative-I-200", "shown": False, "named_person_id": target["id"]}
    assert stored["witnesses"] == [witness_id]
    roles = [(p["person_id"], p["role"], p.get("outcome")) for p in stored["participants"]]
    assert roles == [(target["id"], "target", "not-present"), (rosa["id"], "collateral", "arrested"),
                     (witness_id, "witness", None)]
    arrest = stored["participants"][1]["arrest"]
    assert arrest == {"arrested_at": "2026-09-15T06:20:00-05:00", "arresting_agency": "ICE-ERO",
                      "custody_facility": "Montgomery Processing Center", "bond_amount": 1500,
                      "nta_served_on": "2026-09-16", "i213_received": True}
    assert "arrest" not in stored["participants"][0]
    assert not editor.is_dirty()
    qtbot.waitUntil(lambda: section.model.row_of(stored["id"]) == 0, timeout=5000)
    assert section.model.index(0, 0).data() == "15 Sep 2026, 05:50"
    # Whose encounter it is: the client first, then how many more were there (issue 13, finding 8).
    assert section.model.index(0, 3).data() == "Rosa Elena Quispe Mamani +2"

    model = CollateralArrestsModel(ctx)
    assert model.rowsLoaded == 1
    row = model.row_dict(0)
    assert (row["full_name"], row["outcome"], row["encounter_id"]) == ("Rosa Elena Quispe Mamani", "arrested",
                                                                       stored["id"])
    assert [model.index(0, c).data() for c in range(7)] == [
        "Rosa Elena Quispe Mamani", "15 Sep 2026, 05:50", "Houston, TX", "Home", "Arrested",
        "ICE-ERO", "Montgomery Processing Center"]

    view = collateral.make(ctx, None)
    qtbot.addWidget(view)
    assert view.model.rowsLoaded == 1
    with qtbot.waitSignal(ctx.open_record) as opened:
        view.open_index(view.model.index(0, 0))
    assert opened.args == ["encounters", stored["id"]]
    wait_workers(qtbot, ctx)


def test_errors_inside_sub_lists_select_the_row_and_mark_the_field(qtbot, ctx):  # noqa: F811
    person = records.save(ctx.vault, "people", {"full_name": "Ana"})
    encounter = records.save(ctx.vault, "encounters", {
        "occurred_at": "2026-09-15T05:50:00-05:00",
        "participants": [{"person_id": person["id"], "role": "target"},
                         {"person_id": person["id"], "role": "collateral", "outcome": "arrested",
                          "arrest": {"custody_facility": "X"}}],
    })
    section = encounters.make(ctx, None)
    qtbot.addWidget(section)
    assert section.show_record(encounter["id"])
    editor = section.editor
    editor.show_field_error("participants[1].arrest.custody_facility",
                            "participants[1].arrest.custody_facility: text is too long")
    assert editor.steps.currentRow() == 6
    assert editor.participants.current_row() == 1
    error = editor.participants.detail.form.fields["arrest.custody_facility"][1]
    assert not error.isHidden() and error.text.text() == "text is too long"

    editor.show_field_error("location.state", "location.state: 'XX' is not a US state or territory code")
    assert editor.steps.currentRow() == 0
    assert editor.fields["location.state"][1].text.text() == "'XX' is not a US state or territory code"

    # and the real thing: the vault refuses an unknown state code, shown where it was typed
    editor.state.setEditText("XX")
    with qtbot.waitSignal(editor.saveRejected, timeout=10000):
        editor.save()
    assert "not a US state" in editor.fields["location.state"][1].text.text()


def test_search_as_you_type_finds_people_accent_blind(qtbot, ctx):  # noqa: F811
    records.save(ctx.vault, "people", {"full_name": "José Núñez"})
    records.save(ctx.vault, "people", {"full_name": "Marta Díaz"})
    picker = RecordPicker(ctx, "people")
    qtbot.addWidget(picker)
    assert [text for _id, text in picker.suggestions("nun")] == ["José Núñez"]
    assert len(picker.suggestions("")) == 2
    picker.edit.setText("nobody")
    assert "No person chosen" in picker.check()

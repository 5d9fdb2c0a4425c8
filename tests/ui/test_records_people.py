"""People section against a real vault: inline A-number errors, save, history, trash, restore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from test_records_support import ctx, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from casefile.services import records
from ui.editors.history import HistoryDialog
from ui.sections import people, trash


def type_into(qtbot, widget: QLineEdit, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_bad_a_number_is_shown_at_the_field_then_fixed_and_saved(qtbot, ctx):  # noqa: F811
    section = people.make(ctx, None)
    qtbot.addWidget(section)
    section.new_record()
    editor = section.editor
    type_into(qtbot, editor.full_name, "Rosa Elena Quispe Mamani")
    type_into(qtbot, editor.a_number, "A12345")
    editor.a_number.editingFinished.emit()  # leaving the field checks it at once
    error = editor.fields["a_number"][1]
    assert not error.isHidden()
    assert "A-number 'A12345' has 5 digits" in error.text.text()
    assert "A12345" in editor.a_number.accessibleDescription()

    assert editor.save() is False  # refused before it reaches the vault, at the same field
    assert not error.isHidden() and "has 5 digits" in error.text.text()
    assert records.trash(ctx.vault) == [] and section.model.rowsLoaded == 0

    type_into(qtbot, editor.a_number, "A 208-114-563")
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        assert editor.save()
    record_id = saved.args[0]["id"]
    stored = records.get(ctx.vault, "people", record_id)
    assert stored["full_name"] == "Rosa Elena Quispe Mamani"
    assert stored["a_number"] == "A208114563"
    assert error.isHidden()
    assert editor.a_number.text() == "A-208-114-563"
    qtbot.waitUntil(lambda: section.model.row_of(record_id) >= 0)
    row = section.model.row_of(record_id)
    assert section.model.index(row, 1).data() == "A-208-114-563"
    assert not editor.is_dirty()


def test_an_error_from_the_vault_lands_at_its_field(qtbot, ctx):  # noqa: F811
    section = people.make(ctx, None)
    qtbot.addWidget(section)
    section.new_record()
    editor = section.editor
    type_into(qtbot, editor.full_name, "Marco Villeda")
    editor.country_of_birth.setEditText("Q1")  # not a country code: only the vault's check knows
    with qtbot.waitSignal(editor.saveRejected, timeout=10000):
        assert editor.save()
    error = editor.fields["country_of_birth"][1]
    assert not error.isHidden()
    assert "two-letter country code" in error.text.text()
    assert not error.text.text().startswith("country_of_birth:")


def test_edit_history_delete_and_restore(qtbot, ctx):  # noqa: F811
    person = records.save(ctx.vault, "people", {"full_name": "Ana Beatriz Núñez", "is_client": True})
    section = people.make(ctx, None)
    qtbot.addWidget(section)
    assert section.model.row_of(person["id"]) == 0
    section.view.selectRow(0)
    editor = section.editor
    assert editor.record_id == person["id"]
    type_into(qtbot, editor.custody_facility, "Montgomery Processing Center")
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()

    dialog = HistoryDialog(ctx, "people", person["id"], editor.field_labels)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowsLoaded == 1, timeout=10000)
    assert dialog.model.index(0, 2).data() == "Edited"
    assert "Detention facility" in dialog.model.index(0, 3).data()
    text = dialog.values.toPlainText()
    assert "Ana Beatriz Núñez" in text and "Changed in the next version: Detention facility" in text

    with qtbot.waitSignal(editor.deleted, timeout=10000):
        editor.delete_now()  # what "Move to trash…" does once confirmed
    qtbot.waitUntil(lambda: section.model.row_of(person["id"]) == -1, timeout=10000)
    assert records.get(ctx.vault, "people", person["id"]) is None
    assert not editor.isEnabled()

    bin_ = trash.make(ctx, None)
    qtbot.addWidget(bin_)
    qtbot.waitUntil(lambda: bin_.model.rowsLoaded == 1, timeout=10000)
    assert bin_.model.index(0, 2).data() == "Ana Beatriz Núñez"
    bin_.view.selectRow(0)
    bin_.restore_selected()
    qtbot.waitUntil(lambda: section.model.row_of(person["id"]) == 0, timeout=10000)
    qtbot.waitUntil(lambda: bin_.model.rowsLoaded == 0, timeout=10000)
    assert records.get(ctx.vault, "people", person["id"])["custody_facility"] == "Montgomery Processing Center"


def test_switching_rows_with_unsaved_changes_asks_first(qtbot, ctx, monkeypatch):  # noqa: F811
    first = records.save(ctx.vault, "people", {"full_name": "Alma Torres"})
    second = records.save(ctx.vault, "people", {"full_name": "Beto Ruiz"})
    section = people.make(ctx, None)
    qtbot.addWidget(section)
    section.show_record(first["id"])
    type_into(qtbot, section.editor.phone, "+1 713 555 0100")
    answers = []

    def answer(box):
        answers.append(box.text())
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "exec", answer)
    section.view.selectRow(section.model.row_of(second["id"]))
    qtbot.waitUntil(lambda: section.editor.record_id == second["id"], timeout=5000)
    assert answers and "Alma Torres" in answers[0]
    assert "phone" not in records.get(ctx.vault, "people", first["id"])
    QApplication.processEvents()
    assert section.view.currentIndex().row() == section.model.row_of(second["id"])
    assert section.editor.heading.text() == "Beto Ruiz"
    assert section.editor.heading.textFormat() == Qt.TextFormat.PlainText
    wait_workers(qtbot, ctx)

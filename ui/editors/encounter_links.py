"""The encounter's officers and vehicles as linked records, each with the role it played (issue 15).

A table per kind plus the chosen row's form: a picker that finds an existing officer by name or
badge (a vehicle by plate, make or colour) as you type, or makes a new record on the spot ("New…"),
and the role. The encounter's own "Officers" list stays the officers as described in the account.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from casefile.services import records
from ui.context import AppContext
from ui.models.paged import Column, enum_cell
from ui.widgets.choices import EnumCombo
from ui.widgets.forms import Form, group
from ui.widgets.guard import run_job
from ui.widgets.pickers import RecordPicker, lookup_names
from ui.widgets.rowlist import RowForm, RowListEditor

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls
# list name -> (the id field of a link, the role's label table)
_LINK = {"officers": ("officer_id", "officer_role"), "vehicles": ("vehicle_id", "vehicle_role")}


class TitleCache(QObject):
    """Officers' and vehicles' names for the link tables, read once each."""

    def __init__(self, ctx: AppContext, kind_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind_name = ctx, kind_name
        self.names: dict[str, str] = {}
        ctx.vault_locked.connect(self.names.clear)
        ctx.record_saved.connect(lambda kind, _id: self.names.clear() if kind == kind_name else None)

    def __call__(self, record_id: str | None) -> str:
        if not record_id:
            return ""
        if record_id not in self.names:
            self.names.update(lookup_names(self.ctx, self.kind_name, [record_id]))
        return self.names[record_id]


class QuickRecordDialog(QDialog):
    """A new officer (name, badge, agency) or vehicle (plate, state, make, colour) while recording."""

    saved = Signal(dict)

    def __init__(self, ctx: AppContext, kind_name: str, typed: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind_name = ctx, kind_name
        self.form = Form()
        self.edits: dict[str, QLineEdit] = {}
        if kind_name == "officers":
            self.setWindowTitle(self.tr("New officer"))
            fields = (("name", self.tr("&Name:")), ("badge", self.tr("&Badge number:")))
            self.agency = EnumCombo("agency")
        else:
            self.setWindowTitle(self.tr("New vehicle"))
            fields = (("plate", self.tr("&Plate:")), ("state", self.tr("Plate &state:")),
                      ("make", self.tr("&Make:")), ("colour", self.tr("&Colour:")))  # fmt: skip
        for name, label in fields:
            self.edits[name] = QLineEdit()
            self.form.add(name, label, self.edits[name])
        if kind_name == "officers":
            self.form.add("agency", self.tr("A&gency:"), self.agency)
        first = next(iter(self.edits.values()))
        first.setText(typed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.buttons)
        ctx.vault_locked.connect(self.reject)

    def save(self) -> None:
        record: dict[str, Any] = {k: e.text().strip() for k, e in self.edits.items() if e.text().strip()}
        if self.kind_name == "officers" and self.agency.value():
            record["agency"] = self.agency.value()
        if "state" in record:
            record["state"] = record["state"].upper()
        vault = self.ctx.require_vault()
        kind_name = self.kind_name
        self.buttons.setEnabled(False)
        run_job(self, self.ctx, lambda _c: records.save(vault, kind_name, record), on_success=self._done,
                on_failure=self._failed)  # fmt: skip

    def _done(self, record: dict[str, Any]) -> None:
        self.buttons.setEnabled(True)
        self.ctx.record_saved.emit(self.kind_name, record["id"])
        self.saved.emit(record)
        self.accept()

    def _failed(self, _key: str, message: str) -> None:
        self.buttons.setEnabled(True)
        first = next(iter(self.form.fields.values()))
        first[1].show_error(message.split(": ", 1)[-1] if ": " in message else message)


class LinkPicker(RecordPicker):
    """A picker of officers or vehicles whose "New…" makes one (not a person)."""

    def __init__(self, ctx: AppContext, kind_name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, kind_name, parent, allow_new=True)

    def retranslate(self) -> None:
        super().retranslate()
        officers = self.kind_name == "officers"
        self.edit.setPlaceholderText(self.tr("Type a name or badge…") if officers else self.tr("Type a plate or make…"))
        if self.new_button is not None:
            self.new_button.setToolTip(self.tr("Add an officer not recorded yet") if officers
                                       else self.tr("Add a vehicle not recorded yet"))  # fmt: skip
            self.new_button.setAccessibleName(self.tr("New officer") if officers else self.tr("New vehicle"))

    def new_person(self) -> QuickRecordDialog:  # type: ignore[override]
        dialog = QuickRecordDialog(self.ctx, self.kind_name, self.edit.text().strip() if self._id is None else "", self)
        dialog.saved.connect(self._created)
        dialog.open()
        self.quick_dialog = dialog
        return dialog

    def check(self) -> str:
        if self._id is None and self.edit.text().strip():
            return self.tr("Nothing chosen: pick one from the suggestions, or use “New…” to add it.")
        return ""

    def _created(self, record: dict[str, Any]) -> None:
        self.setValue(record["id"])
        self.changed.emit()


class LinkForm(RowForm):
    def __init__(self, ctx: AppContext, kind_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.id_field, role_table = _LINK[kind_name]
        self.picker = LinkPicker(ctx, kind_name)
        self.role = EnumCombo(role_table)
        officers = kind_name == "officers"
        self.form.add(self.id_field, self.tr("&Officer:") if officers else self.tr("&Vehicle:"), self.picker)
        self.form.add("role", self.tr("&Role:") if officers else self.tr("&Used for:"), self.role)
        self.picker.changed.connect(self.notify)
        self.role.changed.connect(self.notify)

    def read(self, row: dict[str, Any]) -> None:
        self.picker.setValue(row.get(self.id_field))
        self.role.setValue(row.get("role"))

    def write(self) -> dict[str, Any]:
        return {self.id_field: self.picker.value(), "role": self.role.value()}

    def retranslate(self) -> None:
        self.role.retranslate()


def links_editor(ctx: AppContext, kind_name: str, parent: QWidget | None = None) -> RowListEditor:
    id_field, role_table = _LINK[kind_name]
    names = TitleCache(ctx, kind_name)
    officers = kind_name == "officers"

    def header() -> str:
        return translate("EncounterLinks", "Officer") if officers else translate("EncounterLinks", "Vehicle")

    columns = [
        Column(header, lambda r: names(r.get(id_field))),
        Column(lambda: translate("EncounterLinks", "Role"), enum_cell(role_table, "role")),
    ]
    add_text = translate("EncounterLinks", "Link officer") if officers else translate("EncounterLinks", "Link vehicle")
    editor = RowListEditor(
        columns,
        LinkForm(ctx, kind_name),
        add_text=add_text,
        remove_text=translate("EncounterLinks", "Unlink"),
        parent=parent,
        rows_visible=3,
    )
    names.setParent(editor)
    editor.set_empty_text(
        translate("EncounterLinks", "No officer records linked.")
        if officers
        else translate("EncounterLinks", "No vehicle records linked.")
    )
    return editor


def links_group(editor: Any, page: int) -> tuple[QWidget, RowListEditor, RowListEditor]:
    """The encounter form's "Officers and vehicles involved" box, its lists registered on ``page``."""
    box, form = group(translate("EncounterLinks", "Officers and vehicles involved (records)"))
    officer_links = links_editor(editor.ctx, "officers")
    vehicle_links = links_editor(editor.ctx, "vehicles")
    form.add_widget(officer_links)
    form.add_widget(vehicle_links)
    editor.register_list("officer_links", officer_links, translate("EncounterLinks", "Officers involved"), page)
    editor.register_list("vehicle_links", vehicle_links, translate("EncounterLinks", "Vehicles involved"), page)
    return box, officer_links, vehicle_links


__all__ = ["links_group"]

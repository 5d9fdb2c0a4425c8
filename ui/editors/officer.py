"""The officer and vehicle forms (issue 15): the record, every encounter it is linked to across
clients (a map: encounter, role, people), and merging it into another record found to be the same
(``casefile.crosscase.merge``: links move, this one goes to the trash pointing at the other)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.editors.base import RecordEditor
from ui.messages import MessageLabel, message_for
from ui.widgets.choices import EnumCombo
from ui.widgets.forms import group, plain_text_edit
from ui.widgets.guard import run_job
from ui.widgets.linked_encounters import LinksMap
from ui.widgets.pickers import RecordPicker, lookup_name


def _line(max_length: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    return edit


class LinkedRecordEditor(RecordEditor):
    """What officers and vehicles share: the form's frame, their encounters across clients, the
    merge and the title; each subclass fills its own group of fields (``fill_form``)."""

    def group_title(self) -> str:
        raise NotImplementedError

    def fill_form(self, form: Any) -> None:
        raise NotImplementedError

    def build(self) -> QWidget:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        box, form = group(self.group_title())
        self.fill_form(form)
        self.register(form)
        layout.addWidget(box)
        self.links_box(layout)
        layout.addStretch(1)
        return body

    def title_for(self, record: dict[str, Any]) -> str:
        return lookup_name(self.ctx, self.kind_name, record.get("id")) or self.new_title()

    def links_box(self, layout: QVBoxLayout) -> None:
        box, form = group(self.tr("Encounters, across all clients"))
        self.links = LinksMap()
        self.links.setMinimumHeight(160)
        self.links.open_record.connect(self.ctx.open_record)
        form.add(None, "", self.links)
        layout.addWidget(box)
        box, form = group(self.tr("Merge"))
        self.merge_target = RecordPicker(self.ctx, self.kind_name)
        self.merge_button = QPushButton(self.tr("&Merge into it"))
        self.merge_button.clicked.connect(self.merge)
        self.merge_message = MessageLabel()
        row = QHBoxLayout()
        row.addWidget(self.merge_target, 1)
        row.addWidget(self.merge_button)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        hint = self.tr("Its encounters move to that record; this one goes to the trash (restorable)")
        form.add(None, self.tr("Same as:"), holder, hint=hint)
        form.add(None, "", self.merge_message)
        layout.addWidget(box)

    def read_links(self, record: dict[str, Any]) -> None:
        self.links.clear()
        self.merge_target.clear()
        self.merge_message.clear_message()
        vault = self.ctx.vault
        if vault is None or not record.get("id"):
            return
        from casefile.crosscase import search

        kind = "officer" if self.kind_name == "officers" else "vehicle"
        record_id = str(record["id"])
        run_job(self, self.ctx, lambda _c: search(vault, kind, record_id), on_success=self.links.show_links)

    def merge(self) -> None:
        away, into = self.record_id, self.merge_target.value()
        vault = self.ctx.vault
        if vault is None or away is None:
            return
        if not into:
            self.merge_message.show_message(self.tr("Choose the record this one is the same as."))
            return
        if self.is_dirty():
            self.merge_message.show_message(self.tr("Save or undo your changes first."))
            return
        from casefile.crosscase.merge import merge

        run_job(self, self.ctx, lambda _c: merge(vault, away, into), on_success=self._merged,
                on_failure=lambda key, message: self.merge_message.show_message(message_for(key, message)))  # fmt: skip

    def _merged(self, done: Any) -> None:
        self.ctx.record_saved.emit(self.kind_name, done.merged)
        for encounter_id in done.encounters:
            self.ctx.record_saved.emit("encounters", encounter_id)
        self.ctx.record_saved.emit(self.kind_name, done.survivor)
        self.ctx.open_record.emit(self.kind_name, done.survivor)


class OfficerEditor(LinkedRecordEditor):
    kind_name = "officers"

    def group_title(self) -> str:
        return self.tr("Officer")

    def fill_form(self, form: Any) -> None:
        self.name, self.badge, self.unit = _line(200), _line(100), _line(200)
        self.agency = EnumCombo("agency")
        self.description = plain_text_edit(2, max_lines=4)
        self.notes = plain_text_edit(3, max_lines=5)
        form.add("name", self.tr("&Name:"), self.name, hint=self.tr("As given; leave empty if nobody knows it"))
        form.add("description", self.tr("&Description:"), self.description,
                 hint=self.tr("Uniform, vest markings, what they looked like"))  # fmt: skip
        form.add("badge", self.tr("&Badge number:"), self.badge)
        form.add("agency", self.tr("A&gency:"), self.agency)
        form.add("unit", self.tr("&Unit:"), self.unit, hint=self.tr("e.g. Fugitive Operations Team 3"))
        form.add("notes", self.tr("N&otes:"), self.notes)

    def read(self, record: dict[str, Any]) -> None:
        self.name.setText(record.get("name") or "")
        self.description.setPlainText(record.get("description") or "")
        self.badge.setText(record.get("badge") or "")
        self.agency.setValue(record.get("agency"))
        self.unit.setText(record.get("unit") or "")
        self.notes.setPlainText(record.get("notes") or "")
        self.read_links(record)

    def write(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip() or None,
            "description": self.description.toPlainText().strip() or None,
            "badge": self.badge.text().strip() or None,
            "agency": self.agency.value(),
            "unit": self.unit.text().strip() or None,
            "notes": self.notes.toPlainText().strip() or None,
        }

    def pre_check(self) -> tuple[str, str] | None:
        if not (self.name.text().strip() or self.description.toPlainText().strip() or self.badge.text().strip()):
            return "name", self.tr("Give the officer's name, a description or a badge number.")
        return super().pre_check()

    def new_title(self) -> str:
        return self.tr("New officer")


class VehicleEditor(LinkedRecordEditor):
    kind_name = "vehicles"

    def group_title(self) -> str:
        return self.tr("Vehicle")

    def fill_form(self, form: Any) -> None:
        self.plate, self.state = _line(40), _line(2)
        self.make, self.model, self.colour = _line(100), _line(100), _line(100)
        self.markings = plain_text_edit(2, max_lines=4)
        self.notes = plain_text_edit(3, max_lines=5)
        form.add("plate", self.tr("&Plate:"), self.plate)
        form.add("state", self.tr("Plate &state:"), self.state, hint=self.tr("Two letters: TX, CA…"))
        form.add("make", self.tr("&Make:"), self.make)
        form.add("model", self.tr("M&odel:"), self.model)
        form.add("colour", self.tr("&Colour:"), self.colour)
        form.add("markings", self.tr("Mar&kings:"), self.markings, hint=self.tr("Unmarked, light bar, lettering…"))
        form.add("notes", self.tr("N&otes:"), self.notes)

    def read(self, record: dict[str, Any]) -> None:
        for name in ("plate", "state", "make", "model", "colour"):
            getattr(self, name).setText(record.get(name) or "")
        self.markings.setPlainText(record.get("markings") or "")
        self.notes.setPlainText(record.get("notes") or "")
        self.read_links(record)

    def write(self) -> dict[str, Any]:
        out: dict[str, Any] = {n: getattr(self, n).text().strip() or None for n in ("plate", "make", "model", "colour")}
        out["state"] = self.state.text().strip().upper() or None
        out["markings"] = self.markings.toPlainText().strip() or None
        out["notes"] = self.notes.toPlainText().strip() or None
        return out

    def pre_check(self) -> tuple[str, str] | None:
        if not any(getattr(self, n).text().strip() for n in ("plate", "make", "model", "colour")) and not (
            self.markings.toPlainText().strip()
        ):
            return "plate", self.tr("Give the plate, or the make, model, colour or markings.")
        return super().pre_check()

    def new_title(self) -> str:
        return self.tr("New vehicle")


__all__ = ["OfficerEditor", "VehicleEditor"]

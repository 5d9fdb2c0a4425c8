"""The person form: identity, contact (sensitive), custody, family and notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout, QWidget

from ui.editors.base import RecordEditor
from ui.editors.note import NotesPanel
from ui.widgets.anumber import ANumberEdit
from ui.widgets.choices import EnumCombo, FreeChoiceCombo, country_items, language_items
from ui.widgets.dates import OptionalDateEdit
from ui.widgets.forms import group, plain_text_edit
from ui.widgets.text import TextListEdit


class PersonEditor(RecordEditor):
    kind_name = "people"

    def build(self) -> QWidget:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)

        identity, form = group(self.tr("Identity"))
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(500)
        self.aliases = TextListEdit(lines=2)
        self.is_client = QCheckBox(self.tr("Client of this clinic"))
        self.a_number = ANumberEdit()
        self.date_of_birth = OptionalDateEdit()
        self.country_of_birth = FreeChoiceCombo(country_items())
        self.preferred_language = FreeChoiceCombo(language_items())
        self.interpreter_needed = QCheckBox(self.tr("Needs an interpreter"))
        form.add("full_name", self.tr("Full &name (required):"), self.full_name)
        form.add("aliases", self.tr("Other &names used:"), self.aliases)
        form.add("is_client", self.tr("Client:"), self.is_client)
        form.add("a_number", self.tr("&A-number:"), self.a_number)
        form.add("date_of_birth", self.tr("Date of &birth:"), self.date_of_birth)
        form.add("country_of_birth", self.tr("&Country of birth:"), self.country_of_birth)
        form.add("preferred_language", self.tr("Preferred &language:"), self.preferred_language,
                 hint=self.tr("Pick one, or type the language (e.g. Akateko)"))
        form.add("interpreter_needed", self.tr("Interpreter:"), self.interpreter_needed)
        self.register(form)
        layout.addWidget(identity)

        contact, form = group(self.tr("Contact — sensitive, left out of shared reports"))
        self.phone = QLineEdit()
        self.phone.setMaxLength(60)
        self.address = QLineEdit()
        self.address.setMaxLength(500)
        form.add("phone", self.tr("&Phone:"), self.phone)
        form.add("address", self.tr("A&ddress:"), self.address)
        self.register(form)
        layout.addWidget(contact)

        custody, form = group(self.tr("Custody"))
        self.custody_status = EnumCombo("custody_status")
        self.custody_facility = QLineEdit()
        self.custody_facility.setMaxLength(500)
        self.ij_decision_on = OptionalDateEdit()
        form.add("custody_status", self.tr("Custody &status:"), self.custody_status)
        form.add("custody_facility", self.tr("Detention &facility:"), self.custody_facility)
        form.add("ij_decision_on", self.tr("Immigration &judge decision:"), self.ij_decision_on,
                 hint=self.tr("Date of the decision; a BIA appeal deadline 30 days later is computed from it"))
        self.register(form)
        layout.addWidget(custody)

        family, form = group(self.tr("Family and notes"))
        self.family_ties = plain_text_edit(3)
        self.notes = plain_text_edit(4, max_lines=12)
        form.add("family_ties", self.tr("Family &ties:"), self.family_ties,
                 hint=self.tr("e.g. US-citizen children, spouse's status"))
        form.add("notes", self.tr("&Other details:"), self.notes)
        self.register(form)
        layout.addWidget(family)

        notes_box, form = group(self.tr("Dated notes about this person"))
        self.notes_panel = NotesPanel(self.ctx, "person_id")
        form.add_widget(self.notes_panel)
        layout.addWidget(notes_box)
        layout.addStretch(1)
        return body

    def blank(self) -> dict[str, Any]:
        return {"is_client": True}

    def read(self, record: dict[str, Any]) -> None:
        self.full_name.setText(record.get("full_name") or "")
        self.aliases.setValue(record.get("aliases"))
        self.is_client.setChecked(bool(record.get("is_client")))
        self.a_number.setValue(record.get("a_number"))
        self.date_of_birth.setValue(record.get("date_of_birth"))
        self.country_of_birth.setValue(record.get("country_of_birth"))
        self.preferred_language.setValue(record.get("preferred_language"))
        self.interpreter_needed.setChecked(bool(record.get("interpreter_needed")))
        self.phone.setText(record.get("phone") or "")
        self.address.setText(record.get("address") or "")
        self.custody_status.setValue(record.get("custody_status"))
        self.custody_facility.setText(record.get("custody_facility") or "")
        self.ij_decision_on.setValue(record.get("ij_decision_on"))
        self.family_ties.setPlainText(record.get("family_ties") or "")
        self.notes.setPlainText(record.get("notes") or "")
        self.notes_panel.set_owner(record.get("id"))

    def write(self) -> dict[str, Any]:
        country = self.country_of_birth.value()
        return {
            "full_name": self.full_name.text().strip() or None,
            "aliases": self.aliases.value(),
            "is_client": self.is_client.isChecked(),
            "a_number": self.a_number.value(),
            "date_of_birth": self.date_of_birth.value(),
            "country_of_birth": country.upper() if country and len(country) == 2 else country,
            "preferred_language": self.preferred_language.value(),
            "interpreter_needed": self.interpreter_needed.isChecked(),
            "phone": self.phone.text().strip() or None,
            "address": self.address.text().strip() or None,
            "custody_status": self.custody_status.value(),
            "custody_facility": self.custody_facility.text().strip() or None,
            "ij_decision_on": self.ij_decision_on.value(),
            "family_ties": self.family_ties.toPlainText().strip() or None,
            "notes": self.notes.toPlainText().strip() or None,
        }

    def pre_check(self) -> tuple[str, str] | None:
        if not self.full_name.text().strip():
            return "full_name", self.tr("Type the person's full name.")
        return super().pre_check()

    def title_for(self, record: dict[str, Any]) -> str:
        return str(record.get("full_name") or "")

    def new_title(self) -> str:
        return self.tr("New person")

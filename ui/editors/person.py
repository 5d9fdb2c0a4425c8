"""The person form: identity, contact (sensitive), custody with its history (detentions, bond
decisions, alternatives to detention, I-220A/I-220B, motions: issue 15), the removal case's dates,
family and notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.editors import court_parts
from ui.editors.base import RecordEditor
from ui.editors.note import NotesPanel
from ui.intake_checklist import IntakeField
from ui.intake_conflicts import ConflictGuard
from ui.widgets.anumber import ANumberEdit
from ui.widgets.choices import EnumCombo, FreeChoiceCombo, country_items, language_items
from ui.widgets.dates import OptionalDateEdit
from ui.widgets.forms import Form, group, plain_text_edit
from ui.widgets.text import TextListEdit


class PersonEditor(RecordEditor):
    kind_name = "people"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # The client's whole case in one place (issue 13, finding 8): beside History, for a saved person.
        self.case_button = QPushButton(self.tr("Case pa&ge…"), self)
        self.case_button.setToolTip(self.tr("Encounters, documents, FOIA requests, notes and next deadlines "
                                            "of this person, in date order"))
        self.case_button.setAccessibleName(self.tr("Case page"))
        self.case_button.clicked.connect(self.show_case_page)
        buttons = self.layout().itemAt(self.layout().count() - 1).layout()  # the row under the form
        buttons.insertWidget(buttons.indexOf(self.history_button), self.case_button)
        self.case_button.setEnabled(False)
        self.case_page: Any = None
        self.conflicts = ConflictGuard(self)  # a new person is checked against the vault (issue 15)

    def load(self, record: dict[str, Any] | None, defaults: dict[str, Any] | None = None) -> None:
        if hasattr(self, "conflicts"):
            self.conflicts.reset()
        super().load(record, defaults)
        self.case_button.setEnabled(self.record_id is not None)

    def show_case_page(self) -> None:
        if self.record_id is None:
            return
        from ui.case_page import CasePage

        if self.case_page is not None:
            self.case_page.close()
        self.case_page = CasePage(self.ctx, self.record_id, self.window())
        self.case_page.destroyed.connect(lambda *_: setattr(self, "case_page", None))
        self.case_page.resize(self.window().width() * 9 // 10, self.window().height() * 9 // 10)
        self.case_page.show()

    def build(self) -> QWidget:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        for make in (self._identity, self._contact, self._custody, self._case_dates, self._family):
            group_box, form = make()
            self.register(form)
            layout.addWidget(group_box)
            if make == self._custody:
                self._court_lists(layout)
        notes_box, form = group(self.tr("Dated notes about this person"))
        self.notes_panel = NotesPanel(self.ctx, "person_id")
        form.add_widget(self.notes_panel)
        layout.addWidget(notes_box)
        layout.addStretch(1)
        return body

    def _identity(self) -> tuple[QWidget, Form]:
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
        self.intake = IntakeField()
        form.add("intake", self.tr("&Intake:"), self.intake)
        form.add("a_number", self.tr("&A-number:"), self.a_number)
        form.add("date_of_birth", self.tr("Date of &birth:"), self.date_of_birth)
        form.add("country_of_birth", self.tr("&Country of birth:"), self.country_of_birth)
        form.add("preferred_language", self.tr("Preferred &language:"), self.preferred_language,
                 hint=self.tr("Pick one, or type the language (e.g. Akateko)"))
        form.add("interpreter_needed", self.tr("Interpreter:"), self.interpreter_needed)
        return identity, form

    def _contact(self) -> tuple[QWidget, Form]:
        contact, form = group(self.tr("Contact — sensitive, left out of shared reports"))
        self.phone = QLineEdit()
        self.phone.setMaxLength(60)
        self.address = QLineEdit()
        self.address.setMaxLength(500)
        form.add("phone", self.tr("&Phone:"), self.phone)
        form.add("address", self.tr("A&ddress:"), self.address)
        return contact, form

    def _custody(self) -> tuple[QWidget, Form]:
        custody, form = group(self.tr("Custody"))
        self.custody_status = EnumCombo("custody_status")
        self.custody_facility = QLineEdit()
        self.custody_facility.setMaxLength(500)
        form.add("custody_status", self.tr("Custody &status:"), self.custody_status)
        form.add("custody_facility", self.tr("Detention &facility:"), self.custody_facility)
        return custody, form

    def _court_lists(self, layout: QVBoxLayout) -> None:
        """Custody and court history, one list each; saved with the person (issue 15)."""
        self.court_lists = {
            "detentions": (court_parts.detentions_editor(), self.tr("Detentions")),
            "bond_decisions": (court_parts.bonds_editor(), self.tr("Bond decisions (ICE or immigration judge)")),
            "atd": (court_parts.atd_editor(), self.tr("Alternatives to detention")),
            "release_orders": (court_parts.releases_editor(), self.tr("Release orders (I-220A, I-220B)")),
            "motions": (court_parts.motions_editor(), self.tr("Motions (reopen, reconsider, suppress, terminate)")),
        }
        for path, (editor, title) in self.court_lists.items():
            box, form = group(title)
            form.add_widget(editor)
            self.register_list(path, editor, title)
            layout.addWidget(box)
        self.detentions = self.court_lists["detentions"][0]
        self.bond_decisions = self.court_lists["bond_decisions"][0]
        self.motions = self.court_lists["motions"][0]

    def _case_dates(self) -> tuple[QWidget, Form]:
        """The dates the removal-case deadlines are computed from (casefile.domain.rules)."""
        case, form = group(self.tr("Removal case dates (deadlines computed from them — verify)"))
        self.ij_decision_on = OptionalDateEdit()
        self.ij_decision_service = EnumCombo("decision_service")
        self.bia_appeal_status = EnumCombo("appeal_status")
        self.final_order_on = OptionalDateEdit()
        self.final_order_type = EnumCombo("final_order_type")
        self.final_order_by = EnumCombo("final_order_by")
        self.in_absentia = QCheckBox(self.tr("Ordered removed in absentia"))
        self.motion_reopen_filed_on = OptionalDateEdit()
        self.motion_reconsider_filed_on = OptionalDateEdit()
        self.bond_decision_on = OptionalDateEdit()
        self.bond_appeal_status = EnumCombo("appeal_status")
        form.add("ij_decision_on", self.tr("Immigration &judge decision:"), self.ij_decision_on,
                 hint=self.tr("The oral decision, or the mailing or electronic service of a written one: the "
                              "BIA appeal is due 30 days later, moved past weekends and holidays "
                              "(8 CFR 1003.38(b))"))
        form.add("ij_decision_service", self.tr("Decision ser&ved:"), self.ij_decision_service)
        form.add("bia_appeal_status", self.tr("BIA a&ppeal:"), self.bia_appeal_status)
        form.add("final_order_on", self.tr("&Final order of removal:"), self.final_order_on,
                 hint=self.tr("Motions to reconsider (30 days) and reopen (90 days) run from it "
                              "(INA 240(c)(6)(B), 240(c)(7)(C)(i))"))
        form.add("final_order.type", self.tr("Final order &type:"), self.final_order_type)
        form.add("final_order.by", self.tr("Final order &by:"), self.final_order_by)
        form.add("in_absentia", self.tr("In absentia:"), self.in_absentia,
                 hint=self.tr("Reopening for exceptional circumstances: 180 days; for lack of notice: no time "
                              "limit (INA 240(b)(5)(C))"))
        form.add("motion_reopen_filed_on", self.tr("Motion to reopen fi&led on:"), self.motion_reopen_filed_on)
        form.add("motion_reconsider_filed_on", self.tr("Motion to reconsider filed o&n:"),
                 self.motion_reconsider_filed_on)
        form.add("bond_decision_on", self.tr("Bond &decision:"), self.bond_decision_on,
                 hint=self.tr("An appeal to the BIA is due 30 days later (8 CFR 1003.19(f), 1003.38(b))"))
        form.add("bond_appeal_status", self.tr("Bond app&eal:"), self.bond_appeal_status)
        return case, form

    def _family(self) -> tuple[QWidget, Form]:
        family, form = group(self.tr("Family and notes"))
        self.family_ties = plain_text_edit(3)
        self.notes = plain_text_edit(4, max_lines=12)
        form.add("family_ties", self.tr("Family &ties:"), self.family_ties,
                 hint=self.tr("e.g. US-citizen children, spouse's status"))
        form.add("notes", self.tr("&Other details:"), self.notes)
        return family, form

    def blank(self) -> dict[str, Any]:
        return {"is_client": True}

    def read(self, record: dict[str, Any]) -> None:
        self.full_name.setText(record.get("full_name") or "")
        self.aliases.setValue(record.get("aliases"))
        self.is_client.setChecked(bool(record.get("is_client")))
        self.intake.setValue(record.get("intake"))
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
        self.ij_decision_service.setValue(record.get("ij_decision_service"))
        self.bia_appeal_status.setValue(record.get("bia_appeal_status"))
        order = record.get("final_order") or {}
        self.final_order_on.setValue(order.get("date") or record.get("final_order_on"))
        self.final_order_type.setValue(order.get("type"))
        self.final_order_by.setValue(order.get("by"))
        for path, (editor, _title) in self.court_lists.items():
            editor.setValue(record.get(path))
        self.in_absentia.setChecked(bool(record.get("in_absentia")))
        self.motion_reopen_filed_on.setValue(record.get("motion_reopen_filed_on"))
        self.motion_reconsider_filed_on.setValue(record.get("motion_reconsider_filed_on"))
        self.bond_decision_on.setValue(record.get("bond_decision_on"))
        self.bond_appeal_status.setValue(record.get("bond_appeal_status"))
        self.family_ties.setPlainText(record.get("family_ties") or "")
        self.notes.setPlainText(record.get("notes") or "")
        self.notes_panel.set_owner(record.get("id"))

    def write(self) -> dict[str, Any]:
        country = self.country_of_birth.value()
        return {
            "full_name": self.full_name.text().strip() or None,
            "aliases": self.aliases.value(),
            "is_client": self.is_client.isChecked(),
            "intake": self.intake.value(),
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
            "ij_decision_service": self.ij_decision_service.value(),
            "bia_appeal_status": self.bia_appeal_status.value(),
            "final_order_on": self.final_order_on.value(),
            # One date: the final order's, which the motion deadlines run from (court.normalize).
            "final_order": {"date": self.final_order_on.value(), "type": self.final_order_type.value(),
                            "by": self.final_order_by.value()},
            **{path: editor.value() for path, (editor, _title) in self.court_lists.items()},
            "in_absentia": True if self.in_absentia.isChecked() else (
                False if "in_absentia" in (self._record or {}) else None),
            "motion_reopen_filed_on": self.motion_reopen_filed_on.value(),
            "motion_reconsider_filed_on": self.motion_reconsider_filed_on.value(),
            "bond_decision_on": self.bond_decision_on.value(),
            "bond_appeal_status": self.bond_appeal_status.value(),
            "family_ties": self.family_ties.toPlainText().strip() or None,
            "notes": self.notes.toPlainText().strip() or None,
        }

    def save(self, then: Any = None) -> bool:
        # What the form sees for itself first; then a new person waits for the conflict check
        # (ui/intake_conflicts.py): the save is started, and goes on once the check answers.
        if self.active and not self.saving and self.pre_check() is None and self.conflicts.holds_save(then):
            return True
        return super().save(then)

    def pre_check(self) -> tuple[str, str] | None:
        if not self.full_name.text().strip():
            return "full_name", self.tr("Type the person's full name.")
        return super().pre_check()

    def title_for(self, record: dict[str, Any]) -> str:
        return str(record.get("full_name") or "")

    def new_title(self) -> str:
        return self.tr("New person")

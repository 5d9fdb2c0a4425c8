"""The FOIA request form; the response and appeal due dates are computed, never typed in."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QStyle, QVBoxLayout, QWidget

from casefile.clock import today
from casefile.domain.rules.foia_appeal import foia_appeal_deadline
from casefile.domain.rules.foia_response import foia_response_deadline
from casefile.errors import ValidationError
from ui.editors.base import RecordEditor
from ui.editors.note import NotesPanel
from ui.foia_panel import FoiaToolsPanel
from ui.models import fmt
from ui.models.paged import display_name
from ui.widgets.choices import EnumCombo
from ui.widgets.dates import OptionalDateEdit
from ui.widgets.forms import group, plain_text_edit, read_only_label
from ui.widgets.pickers import RecordPicker


class ComputedDate(QWidget):
    """A computed date shown read-only, labelled "computed — verify", with an overdue warning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value_label = read_only_label()
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.icon.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.value_label, 1)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_date(self, day: date | None, *, overdue: bool = False, empty: str = "") -> None:
        if day is None:
            self.value_label.setText(empty)
            self.icon.hide()
            self.setAccessibleDescription(empty)
            return
        text = self.tr("%1 (computed — verify)").replace("%1", fmt.fmt_date(day.isoformat()))
        if overdue:
            text = self.tr("%1 — OVERDUE: no complete response is recorded").replace("%1", text)
        self.value_label.setText(text)
        self.icon.setVisible(overdue)
        self.setAccessibleDescription(text)

    def text(self) -> str:
        return self.value_label.text()


class FoiaEditor(RecordEditor):
    kind_name = "foia_requests"

    def _days_suffix(self, spin: QSpinBox) -> None:
        """" working day" or " working days" after the number, as it changes; no wider than needed."""

        def update(value: int) -> None:
            spin.setSuffix(self.tr(" working day") if value == 1 else self.tr(" working days"))

        update(spin.value())
        spin.valueChanged.connect(update)
        spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance(f"{spin.maximum()}{self.tr(' working days')}") + 48)

    def build(self) -> QWidget:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        # Keep the groups in this order: it is the order they are shown in, and the tab order follows it.
        self._build_request(layout)
        self._build_response_clock(layout)
        self._build_status(layout)
        self._build_ogis(layout)
        self._build_letters_and_notes(layout)
        layout.addStretch(1)
        self._connect_recompute()
        return body

    def _build_request(self, layout: QVBoxLayout) -> None:
        box, form = group(self.tr("Request"))
        self.agency = EnumCombo("foia_agency", allow_empty=False)
        self.jurisdiction = QLineEdit()
        self.jurisdiction.setMaxLength(500)
        self.response_days = QSpinBox()
        self.response_days.setRange(0, 365)
        self.response_days.setSpecialValueText("—")
        self._days_suffix(self.response_days)
        self.subject = RecordPicker(self.ctx, "people")
        self.encounter = RecordPicker(self.ctx, "encounters")
        self.records_sought = plain_text_edit(3)
        self.tracking_number = QLineEdit()
        self.tracking_number.setMaxLength(200)
        self.expedited = QCheckBox(self.tr("Expedited processing requested"))
        form.add("agency", self.tr("&Agency (required):"), self.agency)
        form.add("jurisdiction", self.tr("&Jurisdiction:"), self.jurisdiction,
                 hint=self.tr("For a state or local agency: which one"))
        form.add("response_days", self.tr("Response &period:"), self.response_days,
                 hint=self.tr("For a state or local agency: the days its law allows"))
        form.add("subject_person_id", self.tr("About (&person):"), self.subject)
        form.add("encounter_id", self.tr("About (&encounter):"), self.encounter,
                 hint=self.tr("The raid, stop or arrest the request asks about, if one"))
        form.add("records_sought", self.tr("&Records sought:"), self.records_sought)
        form.add("tracking_number", self.tr("&Tracking number:"), self.tracking_number)
        form.add("expedited_requested", self.tr("Expedited:"), self.expedited)
        self.register(form)
        layout.addWidget(box)

    def _build_response_clock(self, layout: QVBoxLayout) -> None:
        box, form = group(self.tr("Response clock"))
        self.submitted_on = OptionalDateEdit()
        self.received_on = OptionalDateEdit()
        self.extension_days = QSpinBox()
        self.extension_days.setRange(0, 10)
        self._days_suffix(self.extension_days)
        self.response_due = ComputedDate()
        form.add("submitted_on", self.tr("&Submitted on:"), self.submitted_on)
        form.add("received_on", self.tr("Recei&ved by the agency on:"), self.received_on,
                 hint=self.tr("The clock starts here: 20 working days, plus any extension"))
        form.add("extension_days", self.tr("E&xtension:"), self.extension_days,
                 hint=self.tr("0–10 working days the agency took for unusual circumstances"))
        form.add(None, self.tr("Response due:"), self.response_due)
        self.expedited_decided_on = OptionalDateEdit()
        self.tolled_on = OptionalDateEdit()
        self.tolling_ended_on = OptionalDateEdit()
        form.add("expedited_decided_on", self.tr("Expedited processing &decided on:"), self.expedited_decided_on,
                 hint=self.tr("The agency must decide within 10 days of the request (552(a)(6)(E)(ii)(I))"))
        form.add("tolled_on", self.tr("Clock sto&pped on:"), self.tolled_on,
                 hint=self.tr("The agency asked for information or to clarify fees (552(a)(6)(A)(ii)(I)-(II))"))
        form.add("tolling_ended_on", self.tr("Answer recei&ved by the agency on:"), self.tolling_ended_on,
                 hint=self.tr("The clock runs again from here"))
        self.register(form)
        layout.addWidget(box)

    def _build_status(self, layout: QVBoxLayout) -> None:
        box, form = group(self.tr("Status and answers"))
        self.status_combo = EnumCombo("foia_status", allow_empty=False)
        self.response_received_on = OptionalDateEdit()
        self.adverse_on = OptionalDateEdit()
        self.appeal_due = ComputedDate()
        self.appeal_filed_on = OptionalDateEdit()
        self.litigation_filed_on = OptionalDateEdit()
        form.add("status", self.tr("S&tatus:"), self.status_combo)
        form.add("response_received_on", self.tr("Response recei&ved on:"), self.response_received_on)
        form.add("adverse_determination_on", self.tr("A&dverse determination on:"), self.adverse_on,
                 hint=self.tr("A denial or partial denial; appeal within 90 working days (DHS) or 90 days (EOIR, FBI)"))
        form.add(None, self.tr("Appeal due:"), self.appeal_due)
        form.add("appeal_filed_on", self.tr("Appeal &filed on:"), self.appeal_filed_on)
        self.appeal_received_on = OptionalDateEdit()
        self.appeal_decided_on = OptionalDateEdit()
        form.add("appeal_received_on", self.tr("Appeal rec&eived by the agency on:"), self.appeal_received_on,
                 hint=self.tr("Its decision is due 20 working days later (5 U.S.C. 552(a)(6)(A)(ii)); the filing "
                              "date is used when this is empty"))
        form.add("appeal_decided_on", self.tr("Appeal &decided on:"), self.appeal_decided_on)
        form.add("litigation_filed_on", self.tr("&Lawsuit filed on:"), self.litigation_filed_on)
        self.register(form)
        layout.addWidget(box)

    def _build_ogis(self, layout: QVBoxLayout) -> None:
        """OGIS mediation (5 U.S.C. 552(h)(3)): its dates, case number and outcome, and what it does not do."""
        box, form = group(self.tr("OGIS mediation"))
        self.ogis_requested_on = OptionalDateEdit()
        self.ogis_case_number = QLineEdit()
        self.ogis_case_number.setMaxLength(100)
        self.ogis_closed_on = OptionalDateEdit()
        self.ogis_outcome = EnumCombo("foia_ogis_outcome")
        form.add("ogis_requested_on", self.tr("Mediation re&quested on:"), self.ogis_requested_on,
                 hint=self.tr("The Office of Government Information Services mediates FOIA disputes "
                              "(5 U.S.C. 552(h)(3)); a denial must tell you so (552(a)(6)(A)(i)(III)(bb))"))
        form.add("ogis_case_number", self.tr("OGIS &case number:"), self.ogis_case_number)
        form.add("ogis_closed_on", self.tr("OGIS cl&osed its case on:"), self.ogis_closed_on)
        form.add("ogis_outcome", self.tr("Outco&me:"), self.ogis_outcome)
        self.ogis_note = QLabel()
        self.ogis_note.setWordWrap(True)
        self.ogis_note.setTextFormat(Qt.TextFormat.PlainText)
        form.add_widget(self.ogis_note)
        self.register(form)
        layout.addWidget(box)

    def _show_ogis_note(self, shown: dict[str, Any]) -> None:
        """Mediation tolls nothing: the appeal stays due on the date computed without it (casefile.foia.ogis)."""
        from casefile.foia.ogis import appeal_note

        try:
            note = appeal_note(shown)
        except ValidationError:  # a date still being typed: said at its field on save
            note = None
        if note is None:
            self.ogis_note.setText(self.tr("Mediation is voluntary and stops no FOIA time limit."))
            return
        text = self.tr("Mediation does not toll the appeal deadline (%1).").replace("%1", note["rule"])
        if note["filed"]:
            text += " " + self.tr("The appeal was filed on %1.").replace("%1", fmt.fmt_date(note["filed"]))
        elif note["due"]:
            text += " " + self.tr("File the appeal by %1 (computed without tolling — verify).").replace(
                "%1", fmt.fmt_date(note["due"]))
        self.ogis_note.setText(text)

    def _build_letters_and_notes(self, layout: QVBoxLayout) -> None:
        box, form = group(self.tr("Letters and productions"))
        self.tools = FoiaToolsPanel(self.ctx)
        form.add_widget(self.tools)
        layout.addWidget(box)
        box, form = group(self.tr("Notes"))
        self.notes = plain_text_edit(3, max_lines=12)
        form.add("notes", self.tr("&Notes:"), self.notes)
        self.register(form)
        self.notes_panel = NotesPanel(self.ctx, "foia_id")
        form.add_widget(self.notes_panel)
        layout.addWidget(box)

    def _connect_recompute(self) -> None:
        """The computed dates and the followed status track every field they are computed from."""
        for signal in (self.agency.changed, self.received_on.changed, self.extension_days.valueChanged,
                       self.response_days.valueChanged, self.status_combo.changed, self.adverse_on.changed,
                       self.appeal_filed_on.changed, self.submitted_on.changed, self.response_received_on.changed,
                       self.litigation_filed_on.changed, self.tolled_on.changed, self.tolling_ended_on.changed,
                       self.ogis_requested_on.changed):
            signal.connect(self.recompute)
        self.agency.changed.connect(self._agency_changed)
        self._status_by_hand = False  # the user picked the status: dates no longer move it
        self._status_followed = False  # the status shown was set from a date, not stored
        self._loading_record = False
        self.status_combo.activated.connect(self._status_chosen)
        for signal in (self.submitted_on.changed, self.received_on.changed):
            signal.connect(self._follow_dates)

    def _status_chosen(self, _index: int) -> None:
        self._status_by_hand = True

    def _follow_dates(self, *_args: Any) -> None:
        """A request with a sent or received date is no longer a draft (and one whose date was
        taken away again is), unless the user chose the status themselves (issue 13, finding 10)."""
        if self._status_by_hand or self._loading_record:
            return
        dated = bool(self.submitted_on.value() or self.received_on.value())
        status = self.status_combo.value()
        if dated and status == "draft":
            self.status_combo.setValue("submitted")
        elif not dated and status == "submitted" and self._status_followed:
            self.status_combo.setValue("draft")
        else:
            return
        self._status_followed = dated
        self.update_dirty()
        self.recompute()

    def _agency_changed(self) -> None:
        local = self.agency.value() == "state-local"
        self.jurisdiction.setEnabled(local)
        self.response_days.setEnabled(local)

    def recompute(self, *_args: Any) -> None:
        """The computed dates, from what the form shows now, by the rules the lists use."""
        status = self.status_combo.value() or ""
        shown = {k: v for k, v in self.write().items() if v is not None}
        shown["id"] = (self._record or {}).get("id") or "new"
        try:
            response = foia_response_deadline(shown)
        except ValidationError:
            response = None
        waiting = self.tr("— (computed once the request's sent or receipt date is entered)")
        if status == "draft":
            waiting = self.tr("— (no clock runs while the request is a draft)")
        due = date.fromisoformat(response["due"]) if response else None
        overdue = response is not None and not response["done"] and due is not None and due < today()
        self.response_due.show_date(due, overdue=overdue, empty=waiting)
        self.response_due.setToolTip(fmt.deadline_rule(response) if response else "")
        try:
            appeal = foia_appeal_deadline(shown)
        except ValidationError:
            appeal = None
        self.appeal_due.show_date(date.fromisoformat(appeal["due"]) if appeal else None,
                                  empty=self.tr("— (computed from an adverse determination)"))
        self.appeal_due.setToolTip(fmt.deadline_rule(appeal) if appeal else "")
        self._show_ogis_note(shown)

    def blank(self) -> dict[str, Any]:
        return {"agency": "ICE", "status": "draft"}

    def read(self, record: dict[str, Any]) -> None:
        self._status_by_hand = False
        self._status_followed = False
        self._loading_record = True
        try:
            self._read(record)
        finally:
            self._loading_record = False

    def _read(self, record: dict[str, Any]) -> None:
        self.agency.setValue(record.get("agency") or "ICE")
        self.jurisdiction.setText(record.get("jurisdiction") or "")
        self.response_days.setValue(record.get("response_days") or 0)
        self.subject.setValue(record.get("subject_person_id"))
        self.encounter.setValue(record.get("encounter_id"))
        self.records_sought.setPlainText(record.get("records_sought") or "")
        self.tracking_number.setText(record.get("tracking_number") or "")
        self.expedited.setChecked(bool(record.get("expedited_requested")))
        self.submitted_on.setValue(record.get("submitted_on"))
        self.received_on.setValue(record.get("received_on"))
        self.extension_days.setValue(int(record.get("extension_days") or 0))
        self.status_combo.setValue(record.get("status") or "draft")
        self.response_received_on.setValue(record.get("response_received_on"))
        self.adverse_on.setValue(record.get("adverse_determination_on"))
        self.appeal_filed_on.setValue(record.get("appeal_filed_on"))
        self.litigation_filed_on.setValue(record.get("litigation_filed_on"))
        for name in ("expedited_decided_on", "tolled_on", "tolling_ended_on", "appeal_received_on",
                     "appeal_decided_on", "ogis_requested_on", "ogis_closed_on"):
            getattr(self, name).setValue(record.get(name))
        self.ogis_case_number.setText(record.get("ogis_case_number") or "")
        self.ogis_outcome.setValue(record.get("ogis_outcome"))
        self.notes.setPlainText(record.get("notes") or "")
        self.notes_panel.set_owner(record.get("id"))
        self.tools.set_owner(record)
        self._agency_changed()
        self.recompute()

    def write(self) -> dict[str, Any]:
        local = self.agency.value() == "state-local"
        base = self._record or {}
        extension = self.extension_days.value()
        return {
            "agency": self.agency.value(),
            "jurisdiction": (self.jurisdiction.text().strip() or None) if local else base.get("jurisdiction"),
            "response_days": (self.response_days.value() or None) if local else base.get("response_days"),
            "subject_person_id": self.subject.value(),
            "encounter_id": self.encounter.value(),
            "records_sought": self.records_sought.toPlainText().strip() or None,
            "tracking_number": self.tracking_number.text().strip() or None,
            "expedited_requested": True if self.expedited.isChecked() else (
                False if "expedited_requested" in base else None),
            "submitted_on": self.submitted_on.value(),
            "received_on": self.received_on.value(),
            "extension_days": extension if extension or "extension_days" in base else None,
            "status": self.status_combo.value(),
            "response_received_on": self.response_received_on.value(),
            "adverse_determination_on": self.adverse_on.value(),
            "appeal_filed_on": self.appeal_filed_on.value(),
            "litigation_filed_on": self.litigation_filed_on.value(),
            "expedited_decided_on": self.expedited_decided_on.value(),
            "tolled_on": self.tolled_on.value(),
            "tolling_ended_on": self.tolling_ended_on.value(),
            "appeal_received_on": self.appeal_received_on.value(),
            "appeal_decided_on": self.appeal_decided_on.value(),
            "ogis_requested_on": self.ogis_requested_on.value(),
            "ogis_case_number": self.ogis_case_number.text().strip() or None,
            "ogis_closed_on": self.ogis_closed_on.value(),
            "ogis_outcome": self.ogis_outcome.value(),
            "notes": self.notes.toPlainText().strip() or None,
            # computed on export, never stored from the form
            "response_due": None, "appeal_due": None, "overdue": None,
        }

    def title_for(self, record: dict[str, Any]) -> str:
        return display_name("foia_requests", record)

    def new_title(self) -> str:
        return self.tr("New FOIA request")

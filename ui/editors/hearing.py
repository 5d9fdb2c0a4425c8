"""The hearing form (issue 15): the hearing, and what came of it. The core checks that a result
brings its own facts (an adjournment's reason, a continuance's date, a decision's outcome and date)
and names the field when one is missing."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QSpinBox, QVBoxLayout, QWidget

from ui import labels
from ui.editors.base import RecordEditor
from ui.widgets.choices import EnumCombo
from ui.widgets.dates import DateTimeOffsetEdit, OptionalDateEdit
from ui.widgets.forms import group, plain_text_edit
from ui.widgets.pickers import RecordPicker


def _line(max_length: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    return edit


class HearingEditor(RecordEditor):
    kind_name = "hearings"

    def build(self) -> QWidget:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        box, form = group(self.tr("Hearing"))
        self.person = RecordPicker(self.ctx, "people")
        self.hearing_type = EnumCombo("hearing_type", allow_empty=False)
        self.starts_at = DateTimeOffsetEdit()
        self.court, self.judge, self.interpreter = _line(500), _line(200), _line(40)
        self.mode = EnumCombo("hearing_mode")
        form.add("person_id", self.tr("&Client (required):"), self.person)
        form.add("hearing_type", self.tr("&Hearing:"), self.hearing_type)
        form.add("starts_at", self.tr("&When (required):"), self.starts_at)
        form.add("court", self.tr("C&ourt:"), self.court, hint=self.tr("e.g. Tacoma Immigration Court"))
        form.add("judge", self.tr("&Judge:"), self.judge)
        form.add("mode", self.tr("&Mode:"), self.mode)
        form.add("interpreter_language", self.tr("&Interpreter language:"), self.interpreter)
        self.register(form)
        layout.addWidget(box)
        box, form = group(self.tr("Result"))
        self.result = EnumCombo("hearing_result")
        self.adjourned_reason = plain_text_edit(2, max_lines=6)
        self.continued_to = OptionalDateEdit()
        self.decision = EnumCombo("hearing_decision")
        self.decision_on = OptionalDateEdit()
        self.decision_service = EnumCombo("decision_service")
        self.appeal_status = EnumCombo("appeal_status")
        self.vd_days = QSpinBox()
        self.vd_days.setRange(0, 120)
        self.vd_days.setSpecialValueText("—")  # 0: no voluntary departure period recorded
        self.vd_days.setSuffix(self.tr(" days"))
        self.vd_days.setMaximumWidth(self.vd_days.fontMetrics().horizontalAdvance("000 days") + 50)
        self.notes = plain_text_edit(3, max_lines=12)
        form.add("result", self.tr("&Result:"), self.result,
                 hint=self.tr("Once a result is recorded the hearing is over: never overdue"))  # fmt: skip
        form.add("adjourned_reason", self.tr("&Adjourned because:"), self.adjourned_reason)
        form.add("continued_to", self.tr("Continued &to:"), self.continued_to,
                 hint=self.tr("The new date of a continued or adjourned hearing: it is the next hearing then"))
        form.add("decision", self.tr("&Decision:"), self.decision)
        form.add("decision_on", self.tr("Decision &date:"), self.decision_on,
                 hint=self.tr("The BIA appeal's 30 days run from this date (8 C.F.R. 1003.38(b))"))  # fmt: skip
        form.add("decision_service", self.tr("Decision &served:"), self.decision_service,
                 hint=self.tr("Oral: the 30 days run from the decision; mailed or electronic: from that service"))
        form.add("appeal_status", self.tr("BIA a&ppeal:"), self.appeal_status,
                 hint=self.tr("Filed or waived closes the appeal deadline"))
        form.add("vd_days", self.tr("&Voluntary departure:"), self.vd_days,
                 hint=self.tr("The days granted: the period ends that many days after the hearing "
                              "(8 CFR 1240.26; up to 120 before the end of proceedings, 60 at the end)"))
        form.add("notes", self.tr("&Notes:"), self.notes)
        self.register(form)
        layout.addWidget(box)
        layout.addStretch(1)
        return body

    def blank(self) -> dict[str, Any]:
        return {"hearing_type": "master"}

    def read(self, record: dict[str, Any]) -> None:
        self.person.setValue(record.get("person_id"))
        self.hearing_type.setValue(record.get("hearing_type") or "master")
        self.starts_at.setValue(record.get("starts_at"))
        self.court.setText(record.get("court") or "")
        self.judge.setText(record.get("judge") or "")
        self.mode.setValue(record.get("mode"))
        self.interpreter.setText(record.get("interpreter_language") or "")
        self.result.setValue(record.get("result"))
        self.adjourned_reason.setPlainText(record.get("adjourned_reason") or "")
        self.continued_to.setValue(record.get("continued_to"))
        self.decision.setValue(record.get("decision"))
        self.decision_on.setValue(record.get("decision_on"))
        self.decision_service.setValue(record.get("decision_service"))
        self.appeal_status.setValue(record.get("appeal_status"))
        self.vd_days.setValue(int(record.get("vd_days") or 0))
        self.notes.setPlainText(record.get("notes") or "")

    def write(self) -> dict[str, Any]:
        return {
            "person_id": self.person.value(),
            "hearing_type": self.hearing_type.value(),
            "starts_at": self.starts_at.value(),
            "court": self.court.text().strip() or None,
            "judge": self.judge.text().strip() or None,
            "mode": self.mode.value(),
            "interpreter_language": self.interpreter.text().strip() or None,
            "result": self.result.value(),
            "adjourned_reason": self.adjourned_reason.toPlainText().strip() or None,
            "continued_to": self.continued_to.value(),
            "decision": self.decision.value(),
            "decision_on": self.decision_on.value(),
            "decision_service": self.decision_service.value(),
            "appeal_status": self.appeal_status.value(),
            "vd_days": self.vd_days.value() or None,
            "notes": self.notes.toPlainText().strip() or None,
        }

    def pre_check(self) -> tuple[str, str] | None:
        if not self.person.value():
            return "person_id", self.tr("Choose the client whose hearing it is.")
        if not self.starts_at.value():
            return "starts_at", self.tr("Enter the hearing's date (and time, if known).")
        return super().pre_check()

    def title_for(self, record: dict[str, Any]) -> str:
        return str(labels.label("hearing_type", record.get("hearing_type")))

    def new_title(self) -> str:
        return self.tr("New hearing")

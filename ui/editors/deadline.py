"""The deadline form (stored deadlines); computed ones are shown read-only with their source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui import labels
from ui.editors.base import RecordEditor
from ui.models import fmt
from ui.widgets.choices import EnumCombo
from ui.widgets.dates import DateTimeOffsetEdit
from ui.widgets.forms import group, plain_text_edit, read_only_label
from ui.widgets.pickers import RecordPicker


class DeadlineEditor(RecordEditor):
    kind_name = "deadlines"

    def build(self) -> QWidget:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)

        self.computed_box = QGroupBox(self.tr("Computed deadline — verify"), body)
        computed_layout = QVBoxLayout(self.computed_box)
        self.computed_text = read_only_label()
        self.open_source = QPushButton(self.tr("Open the record it is computed from"), self.computed_box)
        self.open_source.clicked.connect(self._open_source)
        computed_layout.addWidget(self.computed_text)
        computed_layout.addWidget(self.open_source, 0, Qt.AlignmentFlag.AlignLeft)
        self.computed_box.hide()
        self._source: tuple[str, str] | None = None
        layout.addWidget(self.computed_box)

        self.form_box, form = group(self.tr("Deadline"))
        self.kind_combo = EnumCombo("deadline_kind", allow_empty=False)
        self.due = DateTimeOffsetEdit()
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(500)
        self.person = RecordPicker(self.ctx, "people")
        self.encounter = RecordPicker(self.ctx, "encounters")
        self.foia = RecordPicker(self.ctx, "foia_requests")
        self.done = QCheckBox(self.tr("Done"))
        self.outcome = EnumCombo("deadline_outcome")
        self.notes = plain_text_edit(4, max_lines=12)
        form.add("kind", self.tr("&Kind:"), self.kind_combo)
        form.add("due", self.tr("&Due (required):"), self.due,
                 hint=self.tr("Leave the time empty for an all-day deadline"))
        form.add("title", self.tr("&Title:"), self.title_edit,
                 hint=self.tr("e.g. Master calendar hearing, Conroe Immigration Court"))
        form.add("person_id", self.tr("&Person:"), self.person)
        form.add("encounter_id", self.tr("&Encounter:"), self.encounter)
        form.add("foia_id", self.tr("&FOIA request:"), self.foia)
        form.add("done", self.tr("Status:"), self.done)
        form.add("outcome", self.tr("&Outcome:"), self.outcome,
                 hint=self.tr("A hearing held or adjourned, a filing filed or waived: it is then done"))
        form.add("notes", self.tr("&Notes:"), self.notes)
        self.register(form)
        layout.addWidget(self.form_box)
        layout.addStretch(1)
        return body

    def blank(self) -> dict[str, Any]:
        return {"kind": "master-hearing"}

    def read(self, record: dict[str, Any]) -> None:
        self.computed_box.hide()
        self.form_box.show()
        self.kind_combo.setValue(record.get("kind") or "other")
        self.due.setValue(record.get("due"))
        self.title_edit.setText(record.get("title") or "")
        self.person.setValue(record.get("person_id"))
        self.encounter.setValue(record.get("encounter_id"))
        self.foia.setValue(record.get("foia_id"))
        self.done.setChecked(bool(record.get("done")))
        self.outcome.setValue(record.get("outcome"))
        self.notes.setPlainText(record.get("notes") or "")

    def write(self) -> dict[str, Any]:
        base = self._record or {}
        return {
            "kind": self.kind_combo.value(),
            "due": self.due.value(),
            "title": self.title_edit.text().strip() or None,
            "person_id": self.person.value(),
            "encounter_id": self.encounter.value(),
            "foia_id": self.foia.value(),
            "done": True if self.done.isChecked() else (False if "done" in base else None),
            "outcome": self.outcome.value(),
            "notes": self.notes.toPlainText().strip() or None,
        }

    def pre_check(self) -> tuple[str, str] | None:
        if not self.due.value():
            return "due", self.tr("Enter the date it is due.")
        return super().pre_check()

    def title_for(self, record: dict[str, Any]) -> str:
        return str(record.get("title") or labels.label("deadline_kind", record.get("kind")))

    def new_title(self) -> str:
        return self.tr("New deadline")

    def show_computed(self, deadline: dict[str, Any]) -> None:
        """A computed deadline: what it is and where it comes from; it cannot be edited here."""
        self.clear_all()
        self.setEnabled(True)
        self.form_box.hide()
        kind, detail = labels.label("deadline_kind", deadline.get("kind")), fmt.deadline_detail(deadline)
        self.heading.setText(f"{kind} — {detail}" if detail else kind)
        lines = [
            self.tr("Due %1 (computed — verify).").replace("%1", fmt.fmt_due(deadline.get("due"))),
            self.tr("Casefile works this date out from another record; change that record to change it."),
        ]
        if deadline.get("hearing_id"):  # a hearing record's row (issue 15): the record says what came of it
            lines = [
                self.tr("Hearing on %1.").replace("%1", fmt.fmt_due(deadline.get("due"))),
                self.tr("From the client's hearing record: open it to record what came of the hearing."),
            ]
            if deadline.get("awaiting_outcome"):
                lines.insert(1, self.tr("Past: record whether it was held, adjourned or continued."))
        if deadline.get("overdue"):
            lines.insert(1, self.tr("OVERDUE."))
        elif deadline.get("open_now"):
            lines.insert(1, self.tr("This date has come: you may act now."))
        # The rule it applies, its citation and any assumption behind the date (issue 12).
        rule = fmt.deadline_rule(deadline)
        if rule:
            lines.append(rule)
        self.computed_text.setText("\n".join(lines))
        self.computed_text.setToolTip(rule)
        self._source = None
        for kind_name, key in (("hearings", "hearing_id"), ("foia_requests", "foia_id"),
                               ("encounters", "encounter_id"), ("people", "person_id")):
            if deadline.get(key):
                self._source = (kind_name, str(deadline[key]))
                break
        self.open_source.setEnabled(self._source is not None)
        self.computed_box.show()

    def _open_source(self) -> None:
        if self._source is not None:
            self.ctx.open_record.emit(*self._source)

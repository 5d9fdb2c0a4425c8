"""The Reports section's options: which report, about whom or what, which period, language, paper,
redaction; and the :class:`~casefile.reports.registry.ReportRequest` they make.

The reports are the core's registry (``casefile.reports.registry``): the list offers each
registered report by its catalogue title, and a report's declared options decide which fields show
and which it cannot go without, as ``casefile report`` does; nothing here names a report. A
report's one-line description is the catalogue's ``<title key>.about`` (none: no line).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QWidget

from casefile import catalogue
from casefile import settings as settings_mod
from casefile.reports import registry
from casefile.reports.registry import ReportRequest, ReportSpec
from ui import i18n
from ui.context import AppContext
from ui.widgets.dates import OptionalDateEdit
from ui.widgets.pickers import RecordPicker

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls

CLIENT_SUGGESTIONS = 50


class ClientPicker(RecordPicker):
    """The person picker, narrowed to clients: a case summary is about one of ours."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "people", parent, allow_new=False)

    def page_options(self, text: str) -> dict[str, Any]:
        return {**super().page_options(text), "filters": {"is_client": 1}, "limit": CLIENT_SUGGESTIONS}


def hint_label(label: QLabel) -> QLabel:
    """A wrapped explanation under a field, a little smaller than the field's text (never greyed out)."""
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setPointSizeF(max(1.0, font.pointSizeF() * 0.92))
    label.setFont(font)
    return label


class ReportOptions(QWidget):
    """The options form. ``changed`` says an option changed (the section compares with the preview)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._paper_touched = False
        self._language_touched = False
        self._build_fields()
        self._build_form()
        self.report_combo.currentIndexChanged.connect(lambda _i: self._report_changed())
        for picker in (self.client_picker, self.encounter_picker):  # a long choice is cut in the field
            picker.changed.connect(lambda p=picker: p.edit.setToolTip(p.edit.text() if p.value() else ""))
        for signal in (
            self.client_picker.changed,
            self.encounter_picker.changed,
            self.date_from.changed,
            self.date_to.changed,
            self.redact_box.toggled,
            self.listed_box.toggled,
            self.language_combo.currentIndexChanged,
            self.paper_combo.currentIndexChanged,
        ):
            signal.connect(lambda *_a: self.changed.emit())

    def _build_fields(self) -> None:
        self.report_combo = QComboBox(self)
        self.about_label = hint_label(QLabel(self))
        self.client_picker = ClientPicker(self.ctx, self)
        self.encounter_picker = RecordPicker(self.ctx, "encounters", self, allow_new=False)
        self.date_from = OptionalDateEdit(self)
        self.date_to = OptionalDateEdit(self)
        self.period_hint = hint_label(QLabel(self))
        self.redact_box = QCheckBox(self)
        self.redact_hint = hint_label(QLabel(self))
        self.listed_box = QCheckBox(self)
        self.listed_box.setEnabled(False)
        self.redact_box.toggled.connect(self.listed_box.setEnabled)
        self.language_combo = QComboBox(self)
        for code, name in i18n.language_names():
            self.language_combo.addItem(name, code)
        self.paper_combo = QComboBox(self)
        self.paper_combo.addItem("", "letter")
        self.paper_combo.addItem("", "a4")
        self.paper_combo.activated.connect(self._paper_chosen)
        self.language_combo.activated.connect(self._language_chosen)

    def _build_form(self) -> None:
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)  # inside the panel's column, as it was before the move
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("report", self.report_combo),
            ("client", self.client_picker),
            ("encounter", self.encounter_picker),
            ("from", self.date_from),
            ("to", self.date_to),
            ("language", self.language_combo),
            ("paper", self.paper_combo),
        ):
            label = QLabel(self)
            label.setBuddy(widget.focusProxy() or widget)
            self.labels[key] = label
            self.form.addRow(label, widget)
        self.form.insertRow(1, "", self.about_label)
        self.form.insertRow(self.form.getWidgetPosition(self.date_to)[0] + 1, "", self.period_hint)
        self.form.addRow("", self.redact_box)
        self.form.addRow("", self.redact_hint)
        self.form.addRow("", self.listed_box)

    # ----- texts -----
    def retranslate(self) -> None:
        index = self.report_combo.currentIndex()
        self.report_combo.blockSignals(True)
        self.report_combo.clear()
        language = i18n.current_language()
        for spec in registry.registered():
            self.report_combo.addItem(spec.title(language), spec.name)
        self.report_combo.setCurrentIndex(max(0, index))
        self.report_combo.blockSignals(False)
        texts = {
            "report": translate("ReportsSection", "&Report:"),
            "client": translate("ReportsSection", "&Client:"),
            "encounter": translate("ReportsSection", "&Encounter:"),
            "from": translate("ReportsSection", "&From:"),
            "to": translate("ReportsSection", "&To:"),
            "language": translate("ReportsSection", "&Language:"),
            "paper": translate("ReportsSection", "&Paper:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.report_combo.setAccessibleName(translate("ReportsSection", "Report"))
        self.client_picker.edit.setAccessibleName(translate("ReportsSection", "Client the summary is about"))
        self.encounter_picker.edit.setAccessibleName(translate("ReportsSection", "Encounter to report on"))
        self.date_from.edit.setAccessibleName(translate("ReportsSection", "First day of the period"))
        self.date_to.edit.setAccessibleName(translate("ReportsSection", "Last day of the period"))
        self.period_hint.setText(translate("ReportsSection", "Both days included. Leave a date empty for no limit."))
        self.language_combo.setAccessibleName(translate("ReportsSection", "Report language"))
        self.paper_combo.setAccessibleName(translate("ReportsSection", "Paper size"))
        self.paper_combo.setItemText(0, translate("ReportsSection", "Letter"))
        self.paper_combo.setItemText(1, translate("ReportsSection", "A4"))
        self._retranslate_redaction()
        self._report_changed()

    def _retranslate_redaction(self) -> None:
        self.redact_box.setText(translate("ReportsSection", "Re&dacted version"))
        self.redact_hint.setText(
            translate("ReportsSection", "Names as initials, A-number masked; no address, phone or date of birth.")
        )
        self.redact_box.setAccessibleName(translate("ReportsSection", "Redacted report"))
        self.redact_box.setAccessibleDescription(self.redact_hint.text())
        self.listed_box.setText(translate("ReportsSection", "Also write the words listed for review as &initials"))
        self.listed_box.setToolTip(
            translate(
                "ReportsSection",
                "Capitalised words that may be names of people who are not in the vault are listed for "
                "you to check. Tick this to write them as initials too (places among them as well).",
            )
        )
        self.listed_box.setAccessibleName(translate("ReportsSection", "Also redact the words listed for review"))
        self.listed_box.setAccessibleDescription(self.listed_box.toolTip())

    # ----- defaults -----
    def load_defaults(self) -> None:
        chosen = settings_mod.load()
        if not self._paper_touched:
            self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(chosen.paper)))
        if not self._language_touched:  # reports default to the language the app speaks
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(i18n.current_language())))

    def _paper_chosen(self, _index: int) -> None:
        self._paper_touched = True

    def _language_chosen(self, _index: int) -> None:
        self._language_touched = True

    # ----- options -----
    def which(self) -> str:
        return str(self.report_combo.currentData() or registry.names()[0])  # (the list is filled in retranslate)

    def spec(self) -> ReportSpec:
        return registry.get(self.which())

    def _report_changed(self) -> None:
        spec = self.spec()
        rows = {
            "client": spec.takes("person"),
            "encounter": spec.takes("encounter"),
            "from": spec.takes("period"),
            "to": spec.takes("period"),
        }
        for key, visible in rows.items():
            self.form.setRowVisible(self.labels[key], visible)
        for widget in (self.redact_box, self.redact_hint, self.listed_box):
            self.form.setRowVisible(widget, spec.takes("redact"))
        self.form.setRowVisible(self.period_hint, spec.takes("period"))
        about = catalogue.lookup(i18n.current_language(), "labels", f"{spec.title_key}.about")
        self.about_label.setText(about or "")
        self.form.setRowVisible(self.about_label, bool(about))
        self.changed.emit()

    def select(self, which: str, record_id: str | None = None) -> None:
        """Preselect a report (and its client or encounter), e.g. from a record's "Report" action."""
        index = self.report_combo.findData(which)
        if index >= 0:
            self.report_combo.setCurrentIndex(index)
        if record_id and self.spec().takes("person"):
            self.client_picker.setValue(record_id)
        elif record_id and self.spec().takes("encounter"):
            self.encounter_picker.setValue(record_id)

    def fill_empty(self, kind: str, record_id: str) -> None:
        """The record someone just looked at is the likeliest subject: fill an empty picker with it."""
        if kind == "people" and self.client_picker.value() is None:
            self.client_picker.setValue(record_id)
        elif kind == "encounters" and self.encounter_picker.value() is None:
            self.encounter_picker.setValue(record_id)

    def clear_pickers(self) -> None:
        """Forget the client and encounter chosen, and their suggestions (on locking)."""
        self.client_picker.clear()
        self.encounter_picker.clear()
        self.client_picker.model.clear()
        self.encounter_picker.model.clear()

    def problem(self) -> tuple[str, QWidget | None]:
        """What is missing or wrong in the options, and the field to fix it in; ("", None) when complete."""
        spec = self.spec()
        if "person" in spec.required and self.client_picker.value() is None:
            return translate(
                "ReportsSection", "Choose the client: type part of a name or A-number and pick one from the list."
            ), self.client_picker.edit
        if "encounter" in spec.required and self.encounter_picker.value() is None:
            return translate(
                "ReportsSection",
                "Choose the encounter: type a date, city or a word from the narrative and pick one from the list.",
            ), self.encounter_picker.edit
        if not spec.takes("period"):
            return "", None
        for field in (self.date_from, self.date_to):
            if field.check():
                return field.check(), field.edit
        date_from, date_to = self.date_from.date(), self.date_to.date()
        if date_from and date_to and date_from > date_to:
            return translate(
                "ReportsSection", "The period ends before it starts: check the two dates."
            ), self.date_to.edit
        return "", None

    def request(self) -> ReportRequest:
        """The report the options ask for, with only the options it takes (complete or not: see
        :meth:`problem`)."""
        spec = self.spec()
        redact = self.redact_box.isChecked() and spec.takes("redact")
        period = spec.takes("period")
        return ReportRequest(
            spec.name,
            person_id=self.client_picker.value() if spec.takes("person") else None,
            encounter_id=self.encounter_picker.value() if spec.takes("encounter") else None,
            lang=str(self.language_combo.currentData()),
            paper=str(self.paper_combo.currentData()),
            redact=redact,
            date_from=self.date_from.date() if period else None,
            date_to=self.date_to.date() if period else None,
            redact_listed=redact and self.listed_box.isChecked(),
        )

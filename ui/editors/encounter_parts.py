"""The encounter's sub-lists: officers, biometric captures, participants (with arrest details),
account-comparison points and their versions. Each is a table plus the form of the chosen row."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QLineEdit, QWidget

from casefile import read
from casefile.domain.enums import ARREST_OUTCOMES
from casefile.read import Title
from ui import labels
from ui.context import AppContext
from ui.models import fmt
from ui.models.paged import Column, enum_cell
from ui.models.titles import title_text
from ui.widgets.choices import EnumCombo, TriStateCombo, ValueCombo
from ui.widgets.dates import DateTimeOffsetEdit, OptionalDateEdit
from ui.widgets.forms import Form, plain_text_edit
from ui.widgets.pickers import RecordPicker, lookup_name
from ui.widgets.rowlist import RowForm, RowListEditor
from ui.widgets.text import TextListEdit

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls



def _line(max_length: int = 500) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    return edit


class NameCache(QObject):
    """People's names for the sub-list tables, read once each (``prefetch`` reads many at once)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._titles: dict[str, Title | None] = {}  # None: not in the vault (or in the trash)
        ctx.vault_locked.connect(self.forget)
        ctx.record_saved.connect(self._record_saved)

    def forget(self) -> None:
        self._titles.clear()

    def _record_saved(self, kind_name: str, _record_id: str) -> None:
        if kind_name == "people":
            self._titles.clear()

    def prefetch(self, person_ids: Iterable[str | None]) -> None:
        """Read the names of ``person_ids`` not yet known, in one query."""
        wanted = {i for i in person_ids if i and i not in self._titles}
        vault = self.ctx.vault
        if not wanted or vault is None or vault.closed:
            return
        found = read.titles(vault, "people", wanted)
        self._titles.update({i: found.get(i) for i in wanted})

    def _title(self, person_id: str) -> Title | None:
        self.prefetch([person_id])
        return self._titles.get(person_id)

    def plain(self, person_id: str | None) -> str:
        """The name alone, for narrow tables where the A-number would push the other columns out."""
        if not person_id:
            return ""
        return title_text(self._title(person_id), facts=False) or person_id

    def __call__(self, person_id: str | None) -> str:
        if not person_id:
            return ""
        return title_text(self._title(person_id)) or person_id


# ----- officers -----
class OfficerForm(RowForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = _line()
        self.badge = _line(100)
        self.agency = EnumCombo("agency")
        self.description = plain_text_edit(2)
        self.form.add("name", self.tr("Officer's &name:"), self.name, hint=self.tr("As given, or 'unknown'"))
        self.form.add("badge", self.tr("&Badge:"), self.badge)
        self.form.add("agency", self.tr("A&gency:"), self.agency)
        self.form.add("description", self.tr("&Description:"), self.description,
                      hint=self.tr("Uniform, vest markings, what they did"))
        for signal in (self.name.textEdited, self.badge.textEdited, self.agency.changed,
                       self.description.textChanged):
            signal.connect(self.notify)

    def read(self, row: dict[str, Any]) -> None:
        self.name.setText(row.get("name") or "")
        self.badge.setText(row.get("badge") or "")
        self.agency.setValue(row.get("agency"))
        self.description.setPlainText(row.get("description") or "")

    def write(self) -> dict[str, Any]:
        return {"name": self.name.text().strip() or None, "badge": self.badge.text().strip() or None,
                "agency": self.agency.value(), "description": self.description.toPlainText().strip() or None}


def officers_editor(parent: QWidget | None = None) -> RowListEditor:
    columns = [
        Column(lambda: translate("EncounterParts", "Name"), lambda r: r.get("name") or ""),
        Column(lambda: translate("EncounterParts", "Badge"), lambda r: r.get("badge") or ""),
        Column(lambda: translate("EncounterParts", "Agency"), enum_cell("agency", "agency")),
        Column(lambda: translate("EncounterParts", "Description"), lambda r: fmt.one_line(r.get("description"), 60)),
    ]
    editor = RowListEditor(columns, OfficerForm(), add_text=translate("EncounterParts", "Add officer"),
                           remove_text=translate("EncounterParts", "Remove officer"), parent=parent, rows_visible=3)
    editor.set_empty_text(translate("EncounterParts", "No officers described yet."))
    return editor


# ----- biometrics -----
class BiometricForm(RowForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = RecordPicker(ctx, "people")
        self.modality = EnumCombo("modality", allow_empty=False)
        self.device = EnumCombo("device")
        self.consent = EnumCombo("consent")
        self.before_arrest = TriStateCombo()
        self.databases = TextListEdit(lines=2)
        self.result_told = plain_text_edit(2)
        self.form.add("person_id", self.tr("&Whose biometrics:"), self.person)
        self.form.add("modality", self.tr("&Kind of capture:"), self.modality)
        self.form.add("device", self.tr("De&vice:"), self.device)
        self.form.add("consent", self.tr("Conse&nt:"), self.consent)
        self.form.add("before_arrest", self.tr("Before &arrest:"), self.before_arrest,
                      hint=self.tr("Was it taken before the person was arrested?"))
        self.form.add("databases", self.tr("Data&bases checked:"), self.databases,
                      hint=self.tr("One per line: IDENT/HART, NGI, state, gang database…"))
        self.form.add("result_told", self.tr("What they were &told:"), self.result_told)
        for signal in (self.person.changed, self.modality.changed, self.device.changed, self.consent.changed,
                       self.before_arrest.changed, self.databases.changed, self.result_told.textChanged):
            signal.connect(self.notify)

    def blank(self) -> dict[str, Any]:
        return {"modality": "fingerprint"}

    def read(self, row: dict[str, Any]) -> None:
        self.person.setValue(row.get("person_id"))
        self.modality.setValue(row.get("modality") or "fingerprint")
        self.device.setValue(row.get("device"))
        self.consent.setValue(row.get("consent"))
        self.before_arrest.setValue(row.get("before_arrest"))
        self.databases.setValue(row.get("databases"))
        self.result_told.setPlainText(row.get("result_told") or "")

    def write(self) -> dict[str, Any]:
        return {"person_id": self.person.value(), "modality": self.modality.value(), "device": self.device.value(),
                "consent": self.consent.value(), "before_arrest": self.before_arrest.value(),
                "databases": self.databases.value(), "result_told": self.result_told.toPlainText().strip() or None}


def biometrics_editor(ctx: AppContext, names: NameCache, parent: QWidget | None = None) -> RowListEditor:
    columns = [
        Column(lambda: translate("EncounterParts", "Person"), lambda r: names.plain(r.get("person_id"))),
        Column(lambda: translate("EncounterParts", "Capture"), lambda r: labels.label("modality", r.get("modality"))),
        Column(lambda: translate("EncounterParts", "Device"), enum_cell("device", "device")),
        Column(lambda: translate("EncounterParts", "Consent"), enum_cell("consent", "consent")),
        Column(lambda: translate("EncounterParts", "Before arrest"),
               enum_cell("tristate", "before_arrest")),
        Column(lambda: translate("EncounterParts", "Databases"), lambda r: ", ".join(r.get("databases") or [])),
    ]
    editor = RowListEditor(columns, BiometricForm(ctx), add_text=translate("EncounterParts", "Add capture"),
                           remove_text=translate("EncounterParts", "Remove capture"), parent=parent)
    editor.set_empty_text(translate("EncounterParts", "No fingerprints, photos or scans recorded."))
    return editor


# ----- participants -----
class MoneyEdit(QLineEdit):
    """US dollars; ``value()`` a number, None when empty, or the text when it is not a number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        validator = QDoubleValidator(0.0, 10_000_000.0, 2, self)
        validator.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.setValidator(validator)
        self.setPlaceholderText(self.tr("e.g. 1500"))
        self.setToolTip(self.tr("Bond in US dollars; leave empty if none was set"))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 12) + 40)

    def value(self) -> float | int | None:
        text = self.text().strip().replace(",", "").lstrip("$")
        if not text:
            return None
        try:
            amount = float(text)
        except ValueError:
            return None
        return int(amount) if amount.is_integer() else amount

    def setValue(self, value: Any) -> None:
        if value is None:
            self.clear()
        else:
            self.setText(str(int(value)) if float(value).is_integer() else f"{float(value):.2f}")


class ParticipantForm(RowForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # When the encounter happened (the form around this one sets it): a new arrest starts at
        # that time, which the person then only corrects (issue 13, finding 10).
        self.encounter_time: Callable[[], str | None] = lambda: None
        self.person = RecordPicker(ctx, "people")
        self.role = EnumCombo("role", allow_empty=False)
        self.outcome = EnumCombo("outcome")
        self.form.add("person_id", self.tr("&Person (required):"), self.person)
        self.form.add("role", self.tr("&Role:"), self.role,
                      hint=self.tr("Target: the person agents came for. Collateral: anyone else they took "
                                   "action against."))
        self.form.add("outcome", self.tr("&What happened to them:"), self.outcome)
        self.arrest_box = QGroupBox(self.tr("Arrest details"))
        arrest = Form(self.arrest_box)
        # Said in a line that wraps, not in the box's title, which never wraps and would make the
        # whole page wider than a laptop's editor pane.
        self.arrest_hint = QLabel(self.tr("For someone arrested, detained or removed: choose that outcome above."))
        self.arrest_hint.setWordWrap(True)
        self.arrest_hint.setEnabled(False)  # the platform's muted text colour
        arrest.add_widget(self.arrest_hint)
        self.arrested_at = DateTimeOffsetEdit()
        self.arresting_agency = EnumCombo("agency")
        self.basis_stated = plain_text_edit(2)
        self.custody_facility = _line()
        self.bond_amount = MoneyEdit()
        self.nta_served_on = OptionalDateEdit()
        self.i213_received = ValueCombo()
        self.i213_received.set_items([(None, labels.EMPTY), *labels.choices("yesno")])
        self.released_on = OptionalDateEdit()
        self.arrest_notes = plain_text_edit(2)
        arrest.add("arrest.arrested_at", self.tr("Arrested &at:"), self.arrested_at)
        arrest.add("arrest.arresting_agency", self.tr("Arresting a&gency:"), self.arresting_agency)
        arrest.add("arrest.basis_stated", self.tr("&Basis stated:"), self.basis_stated,
                   hint=self.tr("The reason agents gave, in their words"))
        arrest.add("arrest.custody_facility", self.tr("Taken to (&facility):"), self.custody_facility)
        arrest.add("arrest.bond_amount", self.tr("Bond (US$):"), self.bond_amount)
        arrest.add("arrest.nta_served_on", self.tr("NTA served o&n:"), self.nta_served_on)
        arrest.add("arrest.i213_received", self.tr("I-213 received:"), self.i213_received)
        arrest.add("arrest.released_on", self.tr("Released o&n:"), self.released_on)
        arrest.add("arrest.notes", self.tr("Arrest n&otes:"), self.arrest_notes)
        self.form.fields.update(arrest.fields)
        self.form.labels.update(arrest.labels)
        self.form.add_widget(self.arrest_box)
        self.outcome.changed.connect(self._arrest_enabled)
        for signal in (self.person.changed, self.role.changed, self.outcome.changed, self.arrested_at.changed,
                       self.arresting_agency.changed, self.basis_stated.textChanged,
                       self.custody_facility.textEdited, self.bond_amount.textEdited, self.nta_served_on.changed,
                       self.i213_received.changed, self.released_on.changed, self.arrest_notes.textChanged):
            signal.connect(self.notify)

    def blank_for(self, rows: list[dict[str, Any]]) -> dict[str, Any]:
        has_target = any(r.get("role") == "target" for r in rows)
        return {"role": "collateral" if has_target else "target"}

    def _arrest_enabled(self) -> None:
        enabled = self.outcome.value() in ARREST_OUTCOMES or bool(self._original.get("arrest"))
        self.arrest_box.setEnabled(enabled)
        self.arrest_hint.setVisible(not enabled)  # (isEnabled() is False while the row form is)
        if enabled and not self.loading and self.arrested_at.value() is None:
            when = self.encounter_time()
            if when:
                self.arrested_at.setValue(when)
                self.notify()

    def read(self, row: dict[str, Any]) -> None:
        arrest = row.get("arrest") or {}
        self.person.setValue(row.get("person_id"))
        self.role.setValue(row.get("role") or "other")
        self.outcome.setValue(row.get("outcome"))
        self.arrested_at.setValue(arrest.get("arrested_at"))
        self.arresting_agency.setValue(arrest.get("arresting_agency"))
        self.basis_stated.setPlainText(arrest.get("basis_stated") or "")
        self.custody_facility.setText(arrest.get("custody_facility") or "")
        self.bond_amount.setValue(arrest.get("bond_amount"))
        self.nta_served_on.setValue(arrest.get("nta_served_on"))
        self.i213_received.setValue(arrest.get("i213_received"))
        self.released_on.setValue(arrest.get("released_on"))
        self.arrest_notes.setPlainText(arrest.get("notes") or "")
        self._arrest_enabled()

    def write(self) -> dict[str, Any]:
        arrest = {
            **(self._original.get("arrest") or {}),
            "arrested_at": self.arrested_at.value(),
            "arresting_agency": self.arresting_agency.value(),
            "basis_stated": self.basis_stated.toPlainText().strip() or None,
            "custody_facility": self.custody_facility.text().strip() or None,
            "bond_amount": self.bond_amount.value(),
            "nta_served_on": self.nta_served_on.value(),
            "i213_received": self.i213_received.value(),
            "released_on": self.released_on.value(),
            "notes": self.arrest_notes.toPlainText().strip() or None,
        }
        return {"person_id": self.person.value(), "role": self.role.value(), "outcome": self.outcome.value(),
                "arrest": arrest}


def participants_editor(ctx: AppContext, names: NameCache, parent: QWidget | None = None) -> RowListEditor:
    def arrested(row: dict[str, Any]) -> str:
        arrest = row.get("arrest") or {}
        return arrest.get("custody_facility") or fmt.fmt_datetime(arrest.get("arrested_at"))

    columns = [
        Column(lambda: translate("EncounterParts", "Person"), lambda r: names(r.get("person_id"))),
        Column(lambda: translate("EncounterParts", "Role"), lambda r: labels.label("role", r.get("role"))),
        Column(lambda: translate("EncounterParts", "Outcome"), enum_cell("outcome", "outcome")),
        Column(lambda: translate("EncounterParts", "Arrest"), arrested),
    ]
    editor = RowListEditor(columns, ParticipantForm(ctx), add_text=translate("EncounterParts", "Add &person"),
                           remove_text=translate("EncounterParts", "Remove person"), parent=parent)
    editor.set_empty_text(translate("EncounterParts", "Add each person who was there: the target, anyone "
                                    "else agents stopped or took, family, witnesses."))
    return editor


# ----- account comparison -----
SOURCE_KINDS = ("client", "person", "document", "text")


class SourceEdit(QWidget):
    """Who says it: the client's account, a witness (person), a document, or free text."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QHBoxLayout

        super().__init__(parent)
        self.kind = ValueCombo(self)
        self.kind.set_items([
            ("client", self.tr("The client's account")),
            ("person", self.tr("A witness (person)")),
            ("document", self.tr("A document")),
            ("text", self.tr("Other (describe)")),
        ])
        self.kind.setAccessibleName(self.tr("Kind of source"))
        self.person = RecordPicker(ctx, "people", self, allow_new=True)
        self.document = RecordPicker(ctx, "documents", self)
        self.text = _line()
        self.text.setAccessibleName(self.tr("Source described"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        for widget in (self.person, self.document, self.text):
            layout.addWidget(widget, 1)
        self.kind.changed.connect(self._show)
        self.changed = self.kind.changed
        self.person.changed.connect(self.kind.changed.emit)
        self.document.changed.connect(self.kind.changed.emit)
        self.text.textEdited.connect(lambda _t: self.kind.changed.emit())
        self._show()

    def focus_widget(self) -> QWidget:
        return self.kind

    def _show(self) -> None:
        kind = self.kind.value()
        self.person.setVisible(kind == "person")
        self.document.setVisible(kind == "document")
        self.text.setVisible(kind == "text")

    def value(self) -> str | None:
        kind = self.kind.value()
        if kind == "client":
            return "client"
        if kind == "person":
            return f"person:{self.person.value()}" if self.person.value() else None
        if kind == "document":
            return f"document:{self.document.value()}" if self.document.value() else None
        return self.text.text().strip() or None

    def setValue(self, value: str | None) -> None:
        value = value or "client"
        self.kind.blockSignals(True)
        self.person.clear()
        self.document.clear()
        self.text.clear()
        if value == "client":
            self.kind.setValue("client")
        elif value.startswith("person:"):
            self.kind.setValue("person")
            self.person.setValue(value[7:])
        elif value.startswith("document:"):
            self.kind.setValue("document")
            self.document.setValue(value[9:])
        else:
            self.kind.setValue("text")
            self.text.setText(value)
        self.kind.blockSignals(False)
        self._show()


def describe_source(ctx: AppContext, source: str | None) -> str:
    if not source or source == "client":
        return translate("EncounterParts", "Client")
    if source.startswith("person:"):
        return lookup_name(ctx, "people", source[7:])
    if source.startswith("document:"):
        return lookup_name(ctx, "documents", source[9:])
    return source


class VersionForm(RowForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = SourceEdit(ctx)
        self.statement = plain_text_edit(3)
        self.page = _line(100)
        self.page.setMaximumWidth(self.page.fontMetrics().horizontalAdvance("0" * 10) + 20)
        self.form.add("source", self.tr("&Source:"), self.source)
        self.form.add("statement", self.tr("What it &says:"), self.statement)
        self.form.add("page", self.tr("Pa&ge or paragraph:"), self.page)
        for signal in (self.source.changed, self.statement.textChanged, self.page.textEdited):
            signal.connect(self.notify)

    def blank(self) -> dict[str, Any]:
        return {"source": "client"}

    def read(self, row: dict[str, Any]) -> None:
        self.source.setValue(row.get("source"))
        self.statement.setPlainText(row.get("statement") or "")
        self.page.setText(row.get("page") or "")

    def write(self) -> dict[str, Any]:
        return {"source": self.source.value(), "statement": self.statement.toPlainText().strip() or None,
                "page": self.page.text().strip() or None}


class AccountPointForm(RowForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic = _line()
        self.topic.setPlaceholderText(self.tr("e.g. how agents entered, warrant shown, consent to fingerprinting"))
        self.disputed = QCheckBox(self.tr("The versions differ (disputed)"))
        columns = [
            Column(lambda: translate("EncounterParts", "Source"), lambda r: describe_source(ctx, r.get("source"))),
            Column(lambda: translate("EncounterParts", "Says"), lambda r: fmt.one_line(r.get("statement"), 80)),
            Column(lambda: translate("EncounterParts", "Page"), lambda r: r.get("page") or ""),
        ]
        self.versions = RowListEditor(columns, VersionForm(ctx), add_text=self.tr("Add version"),
                                      remove_text=self.tr("Remove version"), rows_visible=3)
        self.versions.set_empty_text(self.tr("Add what each source says on this point."))
        self.form.add("topic", self.tr("&Topic (required):"), self.topic)
        self.form.add("disputed", self.tr("Disputed:"), self.disputed)
        self.form.add("versions", self.tr("Versions:"), self.versions)
        for signal in (self.topic.textEdited, self.disputed.toggled, self.versions.changed):
            signal.connect(self.notify)

    def read(self, row: dict[str, Any]) -> None:
        self.topic.setText(row.get("topic") or "")
        self.disputed.setChecked(bool(row.get("disputed")))
        self.versions.setValue(row.get("versions"))

    def write(self) -> dict[str, Any]:
        return {"topic": self.topic.text().strip() or None, "disputed": self.disputed.isChecked(),
                "versions": self.versions.value()}

    def show_error(self, path: str, reason: str) -> bool:
        if path.startswith("versions["):
            self.versions.show_error(path[len("versions"):], reason)
            return True
        return super().show_error(path, reason)


def account_points_editor(ctx: AppContext, parent: QWidget | None = None) -> RowListEditor:
    columns = [
        Column(lambda: translate("EncounterParts", "Topic"), lambda r: r.get("topic") or ""),
        Column(lambda: translate("EncounterParts", "Disputed"),
               lambda r: translate("EncounterParts", "≠ disputed") if r.get("disputed") else ""),
        Column(lambda: translate("EncounterParts", "Versions"), lambda r: str(len(r.get("versions") or []))),
    ]
    editor = RowListEditor(columns, AccountPointForm(ctx), add_text=translate("EncounterParts", "Add point"),
                           remove_text=translate("EncounterParts", "Remove point"), parent=parent, rows_visible=3)
    editor.set_empty_text(translate("EncounterParts", "Compare what the I-213 says with the client's account, "
                                    "point by point."))
    return editor


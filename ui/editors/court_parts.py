"""The person form's custody and court lists (issue 15): detentions, bond decisions, alternatives to
detention, release orders (I-220A/I-220B) and motions, each a table with the form of the chosen row,
and the final order. They are saved with the person through the record writer; the core checks
the dates and their order, a bond set without its amount, a decided bond without its date, and
names the row and field (``detentions[0].to``), where the form shows the reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.editors.encounter_parts import MoneyEdit
from ui.models import fmt
from ui.models.paged import Column, enum_cell
from ui.widgets.choices import EnumCombo
from ui.widgets.dates import OptionalDateEdit
from ui.widgets.forms import plain_text_edit
from ui.widgets.rowlist import RowForm, RowListEditor

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


def _line(max_length: int = 500) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    return edit


def _text(edit: Any) -> str | None:
    return (edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()).strip() or None


def _list(columns: list[Column], form: RowForm, add: str, remove: str, empty: str) -> RowListEditor:
    editor = RowListEditor(columns, form, add_text=add, remove_text=remove, rows_visible=3)
    editor.set_empty_text(empty)
    return editor


# ----- detentions -----
class DetentionForm(RowForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facility = _line()
        self.start = OptionalDateEdit()
        self.end = OptionalDateEdit()
        self.ended = EnumCombo("detention_end")
        self.notes = plain_text_edit(2)
        self.form.add("facility", self.tr("&Facility (required):"), self.facility,
                      hint=self.tr("e.g. Northwest ICE Processing Center"))  # fmt: skip
        self.form.add("from", self.tr("Detained &from (required):"), self.start)
        self.form.add("to", self.tr("Detained &until:"), self.end, hint=self.tr("Empty while the client is detained"))
        self.form.add("ended", self.tr("How it &ended:"), self.ended)
        self.form.add("notes", self.tr("N&otes:"), self.notes)
        for signal in (self.facility.textEdited, self.start.changed, self.end.changed, self.ended.changed,
                       self.notes.textChanged):  # fmt: skip
            signal.connect(self.notify)

    def read(self, row: dict[str, Any]) -> None:
        self.facility.setText(row.get("facility") or "")
        self.start.setValue(row.get("from"))
        self.end.setValue(row.get("to"))
        self.ended.setValue(row.get("ended"))
        self.notes.setPlainText(row.get("notes") or "")

    def write(self) -> dict[str, Any]:
        return {"facility": _text(self.facility), "from": self.start.value(), "to": self.end.value(),
                "ended": self.ended.value(), "notes": _text(self.notes)}  # fmt: skip

    def retranslate(self) -> None:
        self.ended.retranslate()


def detentions_editor() -> RowListEditor:
    columns = [
        Column(lambda: translate("CourtParts", "Facility"), lambda r: r.get("facility") or ""),
        Column(lambda: translate("CourtParts", "From"), lambda r: fmt.fmt_date(r.get("from"))),
        Column(lambda: translate("CourtParts", "Until"), lambda r: fmt.fmt_date(r.get("to"))),
        Column(lambda: translate("CourtParts", "How it ended"), enum_cell("detention_end", "ended")),
    ]
    return _list(columns, DetentionForm(), translate("CourtParts", "Add detention"),
                 translate("CourtParts", "Remove detention"), translate("CourtParts", "No detention recorded."))


# ----- bond decisions -----
class BondForm(RowForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by = EnumCombo("bond_by", allow_empty=False)
        self.kind = EnumCombo("bond_kind")
        self.requested_on = OptionalDateEdit()
        self.decided_on = OptionalDateEdit()
        self.outcome = EnumCombo("bond_outcome")
        self.amount = MoneyEdit()
        self.conditions = plain_text_edit(2)
        self.form.add("by", self.tr("Decided &by:"), self.by)
        self.form.add("kind", self.tr("&Initial or redetermination:"), self.kind)
        self.form.add("requested_on", self.tr("&Requested on:"), self.requested_on)
        self.form.add("decided_on", self.tr("&Decided on:"), self.decided_on,
                      hint=self.tr("A judge's bond decision may be appealed to the BIA within 30 days "
                                   "(8 CFR 1003.19(f), 1003.38(b))"))  # fmt: skip
        self.form.add("outcome", self.tr("&Outcome:"), self.outcome, hint=self.tr("Empty while not yet decided"))
        self.form.add("amount", self.tr("&Amount (US$):"), self.amount)
        self.form.add("conditions", self.tr("Co&nditions:"), self.conditions)
        for signal in (self.by.changed, self.kind.changed, self.requested_on.changed, self.decided_on.changed,
                       self.outcome.changed, self.amount.textEdited, self.conditions.textChanged):  # fmt: skip
            signal.connect(self.notify)

    def blank(self) -> dict[str, Any]:
        return {"by": "ij"}

    def read(self, row: dict[str, Any]) -> None:
        self.by.setValue(row.get("by") or "ij")
        self.kind.setValue(row.get("kind"))
        self.requested_on.setValue(row.get("requested_on"))
        self.decided_on.setValue(row.get("decided_on"))
        self.outcome.setValue(row.get("outcome"))
        self.amount.setValue(row.get("amount"))
        self.conditions.setPlainText(row.get("conditions") or "")

    def write(self) -> dict[str, Any]:
        return {"by": self.by.value(), "kind": self.kind.value(), "requested_on": self.requested_on.value(),
                "decided_on": self.decided_on.value(), "outcome": self.outcome.value(),
                "amount": self.amount.value(), "conditions": _text(self.conditions)}  # fmt: skip

    def retranslate(self) -> None:
        for combo in (self.by, self.kind, self.outcome):
            combo.retranslate()


def _amount(row: dict[str, Any]) -> str:
    return f"${int(row['amount']):,}" if row.get("amount") else ""


def bonds_editor() -> RowListEditor:
    columns = [
        Column(lambda: translate("CourtParts", "Decided"), lambda r: fmt.fmt_date(r.get("decided_on"))),
        Column(lambda: translate("CourtParts", "By"), enum_cell("bond_by", "by")),
        Column(lambda: translate("CourtParts", "Outcome"), enum_cell("bond_outcome", "outcome")),
        Column(lambda: translate("CourtParts", "Amount"), _amount),
    ]
    return _list(columns, BondForm(), translate("CourtParts", "Add bond decision"),
                 translate("CourtParts", "Remove bond decision"), translate("CourtParts", "No bond decision recorded."))


# ----- alternatives to detention -----
class AtdForm(RowForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.program = _line(200)
        self.start = OptionalDateEdit()
        self.end = OptionalDateEdit()
        self.conditions = plain_text_edit(2)
        self.form.add("program", self.tr("&Program (required):"), self.program,
                      hint=self.tr("e.g. ISAP, ankle monitor, SmartLINK app"))  # fmt: skip
        self.form.add("from", self.tr("&From (required):"), self.start)
        self.form.add("to", self.tr("&Until:"), self.end)
        self.form.add("conditions", self.tr("Co&nditions:"), self.conditions)
        for signal in (self.program.textEdited, self.start.changed, self.end.changed, self.conditions.textChanged):
            signal.connect(self.notify)

    def read(self, row: dict[str, Any]) -> None:
        self.program.setText(row.get("program") or "")
        self.start.setValue(row.get("from"))
        self.end.setValue(row.get("to"))
        self.conditions.setPlainText(row.get("conditions") or "")

    def write(self) -> dict[str, Any]:
        return {"program": _text(self.program), "from": self.start.value(), "to": self.end.value(),
                "conditions": _text(self.conditions)}  # fmt: skip


def atd_editor() -> RowListEditor:
    columns = [
        Column(lambda: translate("CourtParts", "Program"), lambda r: r.get("program") or ""),
        Column(lambda: translate("CourtParts", "From"), lambda r: fmt.fmt_date(r.get("from"))),
        Column(lambda: translate("CourtParts", "Until"), lambda r: fmt.fmt_date(r.get("to"))),
    ]
    return _list(columns, AtdForm(), translate("CourtParts", "Add program"),
                 translate("CourtParts", "Remove program"), translate("CourtParts", "No alternative to detention."))


# ----- release orders -----
class ReleaseForm(RowForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = EnumCombo("release_form", allow_empty=False)
        self.issued_on = OptionalDateEdit()
        self.conditions = plain_text_edit(2)
        self.form.add("form", self.tr("&Form:"), self.kind)
        self.form.add("issued_on", self.tr("&Issued on (required):"), self.issued_on)
        self.form.add("conditions", self.tr("Co&nditions:"), self.conditions,
                      hint=self.tr("Check-ins, reporting, travel limits"))  # fmt: skip
        for signal in (self.kind.changed, self.issued_on.changed, self.conditions.textChanged):
            signal.connect(self.notify)

    def blank(self) -> dict[str, Any]:
        return {"form": "I-220A"}

    def read(self, row: dict[str, Any]) -> None:
        self.kind.setValue(row.get("form") or "I-220A")
        self.issued_on.setValue(row.get("issued_on"))
        self.conditions.setPlainText(row.get("conditions") or "")

    def write(self) -> dict[str, Any]:
        return {"form": self.kind.value(), "issued_on": self.issued_on.value(), "conditions": _text(self.conditions)}

    def retranslate(self) -> None:
        self.kind.retranslate()


def releases_editor() -> RowListEditor:
    columns = [
        Column(lambda: translate("CourtParts", "Issued"), lambda r: fmt.fmt_date(r.get("issued_on"))),
        Column(lambda: translate("CourtParts", "Form"), lambda r: r.get("form") or ""),
        Column(lambda: translate("CourtParts", "Conditions"), lambda r: fmt.one_line(r.get("conditions"), 60)),
    ]
    return _list(columns, ReleaseForm(), translate("CourtParts", "Add release order"),
                 translate("CourtParts", "Remove release order"), translate("CourtParts", "No I-220A or I-220B."))


# ----- motions -----
class MotionForm(RowForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = EnumCombo("motion_type", allow_empty=False)
        self.filed_on = OptionalDateEdit()
        self.result = EnumCombo("motion_result")
        self.decided_on = OptionalDateEdit()
        self.form.add("type", self.tr("&Motion:"), self.kind)
        self.form.add("filed_on", self.tr("&Filed on (required):"), self.filed_on,
                      hint=self.tr("The first motion to reopen or reconsider filed closes its deadline"))  # fmt: skip
        self.form.add("result", self.tr("&Result:"), self.result)
        self.form.add("decided_on", self.tr("&Decided on:"), self.decided_on)
        for signal in (self.kind.changed, self.filed_on.changed, self.result.changed, self.decided_on.changed):
            signal.connect(self.notify)

    def blank(self) -> dict[str, Any]:
        return {"type": "reopen", "result": "pending"}

    def read(self, row: dict[str, Any]) -> None:
        self.kind.setValue(row.get("type") or "reopen")
        self.filed_on.setValue(row.get("filed_on"))
        self.result.setValue(row.get("result"))
        self.decided_on.setValue(row.get("decided_on"))

    def write(self) -> dict[str, Any]:
        return {"type": self.kind.value(), "filed_on": self.filed_on.value(), "result": self.result.value(),
                "decided_on": self.decided_on.value()}  # fmt: skip

    def retranslate(self) -> None:
        for combo in (self.kind, self.result):
            combo.retranslate()


def motions_editor() -> RowListEditor:
    columns = [
        Column(lambda: translate("CourtParts", "Filed"), lambda r: fmt.fmt_date(r.get("filed_on"))),
        Column(lambda: translate("CourtParts", "Motion"), enum_cell("motion_type", "type")),
        Column(lambda: translate("CourtParts", "Result"), enum_cell("motion_result", "result")),
    ]
    return _list(columns, MotionForm(), translate("CourtParts", "Add motion"),
                 translate("CourtParts", "Remove motion"), translate("CourtParts", "No motion recorded."))

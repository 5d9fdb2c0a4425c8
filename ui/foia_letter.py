"""The dialog for a FOIA request or appeal letter: who signs it, the fee and expedite choices or the
appeal's ground, and the file format. The letter itself is written by ``casefile.foia.render``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casefile.foia import FEE_CATEGORIES
from casefile.foia.facts import LetterOptions, Requester
from ui.widgets.forms import group, plain_text_edit

GROUNDS = ("adverse", "search", "fees", "expedite")


class LetterDialog(QDialog):
    """Asks what the records cannot say; ``kind`` is ``request`` or ``appeal``."""

    def __init__(self, kind: str, agency: str, requester: Requester, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("FOIA request letter") if kind == "request" else self.tr("FOIA appeal letter"))
        layout = QVBoxLayout(self)

        box, form = group(self.tr("Requester (signs the letter; kept in the vault)"))
        self.name = QLineEdit(requester.name)
        self.organization = QLineEdit(requester.organization)
        self.address = plain_text_edit(3)
        self.address.setPlainText(requester.address)
        self.email = QLineEdit(requester.email)
        self.phone = QLineEdit(requester.phone)
        form.add(None, self.tr("&Name:"), self.name)
        form.add(None, self.tr("&Organization:"), self.organization)
        form.add(None, self.tr("Mailing &address:"), self.address)
        form.add(None, self.tr("&Email:"), self.email)
        form.add(None, self.tr("&Phone:"), self.phone)
        layout.addWidget(box)

        box, form = group(self.tr("Letter"))
        self.fee_category = QComboBox()
        self.fee_limit = QSpinBox()
        self.fee_waiver = QCheckBox(self.tr("Ask for a fee waiver (5 U.S.C. 552(a)(4)(A)(iii))"))
        self.expedite_reason = QLineEdit()
        self.statute = QLineEdit()
        self.ground = QComboBox()
        self.reason = plain_text_edit(3)
        if kind == "request":
            names = {
                "other": self.tr("All other requesters"),
                "educational": self.tr("Educational institution"),
                "news-media": self.tr("News media"),
                "commercial": self.tr("Commercial use"),
            }
            for value in FEE_CATEGORIES:
                self.fee_category.addItem(names[value], value)
            self.fee_limit.setRange(0, 10_000)
            self.fee_limit.setValue(25)
            self.fee_limit.setPrefix("$ ")
            form.add(None, self.tr("Fee &category:"), self.fee_category)
            form.add(None, self.tr("Fees agreed &up to:"), self.fee_limit)
            form.add(None, "", self.fee_waiver)
            form.add(
                None,
                self.tr("E&xpedite reason:"),
                self.expedite_reason,
                hint=self.tr("Added to what the records show (hearing date, detention)"),
            )
            if agency == "state-local":
                form.add(
                    None,
                    self.tr("Public-records &law:"),
                    self.statute,
                    hint=self.tr("The state or local statute the request is made under"),
                )
        else:
            names = {
                "adverse": self.tr("Adverse determination (records withheld)"),
                "search": self.tr("Inadequate search"),
                "fees": self.tr("Fee waiver or fee category denied"),
                "expedite": self.tr("Expedited processing denied"),
            }
            for value in GROUNDS:
                self.ground.addItem(names[value], value)
            form.add(None, self.tr("&Appeal of:"), self.ground)
            form.add(None, self.tr("&Your own paragraph:"), self.reason)
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF (to send)"), ".pdf")
        self.format.addItem(self.tr("Word document (to edit)"), ".docx")
        form.add(None, self.tr("&Format:"), self.format)
        layout.addWidget(box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.addButton(self.tr("&Write letter…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def requester(self) -> Requester:
        return Requester(
            name=self.name.text().strip(),
            organization=self.organization.text().strip(),
            address=self.address.toPlainText().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
        )

    def options(self) -> LetterOptions:
        return LetterOptions(
            fee_category=str(self.fee_category.currentData() or "other"),
            fee_limit=self.fee_limit.value() if self.kind == "request" else 25,
            fee_waiver=self.fee_waiver.isChecked(),
            expedite_reason=self.expedite_reason.text().strip(),
            statute=self.statute.text().strip(),
        )

    def letter_kind(self) -> str:
        return "request" if self.kind == "request" else str(self.ground.currentData())

    def suffix(self) -> str:
        return str(self.format.currentData())

    def choices(self) -> dict[str, Any]:
        """What ``casefile.foia.render.make_letter`` takes from this dialog."""
        return {
            "kind": self.letter_kind(),
            "requester": self.requester(),
            "options": self.options(),
            "reason": self.reason.toPlainText().strip(),
        }

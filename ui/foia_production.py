"""Correcting one production of the log: the day it was received, its Bates prefix and first number,
notes. The change is checked and saved by ``casefile.foia.corrections.edit_production``; this
dialog only gathers it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from ui.widgets.dates import OptionalDateEdit
from ui.widgets.forms import plain_text_edit

MAX_BATES = 10**9


class ProductionDialog(QDialog):
    """The editable facts of ``production`` (a ``foia_productions`` record)."""

    def __init__(self, production: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.production = production
        self.setWindowTitle(self.tr("Correct a production"))
        intro = QLabel(
            self.tr("Pages: %1. Set their statuses and exemptions in the log; here, the production's own facts.")
            .replace("%1", str(production.get("page_count") or 0))
        )  # fmt: skip
        intro.setWordWrap(True)
        self.received_on = OptionalDateEdit()
        self.received_on.setValue(production.get("received_on"))
        self.bates_prefix = QLineEdit(str(production.get("bates_prefix") or ""))
        self.bates_prefix.setMaxLength(40)
        self.bates_start = QSpinBox()
        self.bates_start.setRange(1, MAX_BATES)
        self.bates_start.setValue(int(production.get("bates_start") or 1))
        self.notes = plain_text_edit(3)
        self.notes.setPlainText(str(production.get("notes") or ""))
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("&Received on:"), self.received_on)
        form.addRow(self.tr("Bates &prefix:"), self.bates_prefix)
        form.addRow(self.tr("&First Bates number:"), self.bates_start)
        form.addRow(self.tr("&Notes:"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)

    def changes(self) -> dict[str, Any]:
        """What differs from the production as stored (a date typed wrong is passed on, to be refused)."""
        shown = {
            "received_on": self.received_on.value(),
            "bates_prefix": self.bates_prefix.text().strip(),
            "bates_start": self.bates_start.value(),
            "notes": self.notes.toPlainText().strip(),
        }
        return {k: v for k, v in shown.items() if v != (self.production.get(k) or ("" if k != "bates_start" else None))}

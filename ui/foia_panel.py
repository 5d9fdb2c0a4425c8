"""The FOIA request's letters and productions, in its form: write the request or an appeal letter,
the complaint's fact chronology, receive a production and see the log.

Every job (reading the stored requester, writing a letter, reading a production) runs in a worker
through ``ui.widgets.guard.run_job``; the letters are written by ``casefile.foia.render``, the
same code the ``casefile foia`` command line uses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.foia_letter import LetterDialog
from ui.foia_log import ProductionLogPanel
from ui.messages import MessageLabel, message_for
from ui.widgets.guard import run_job

FILTERS = {".pdf": "PDF (*.pdf)", ".docx": "Word (*.docx)"}


class FoiaToolsPanel(QWidget):
    """Buttons for the request's letters, and the production log under them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record: dict[str, Any] | None = None
        self.dialog: LetterDialog | None = None
        self.written: list[Path] = []  # files written, newest last (tests and the status line read it)
        self.request_button = QPushButton(self.tr("Request &letter…"))
        self.appeal_button = QPushButton(self.tr("A&ppeal letter…"))
        self.chronology_button = QPushButton(self.tr("Fact c&hronology…"))
        self.request_button.setToolTip(self.tr("The request letter for this agency, filled from the records"))
        self.appeal_button.setToolTip(self.tr("An administrative appeal letter, with its due date and rule"))
        self.chronology_button.setToolTip(
            self.tr("The dates and missed time limits of this request, as an editable draft for a FOIA complaint")
        )
        self.request_button.clicked.connect(lambda: self._ask_letter("request"))
        self.appeal_button.clicked.connect(lambda: self._ask_letter("appeal"))
        self.chronology_button.clicked.connect(self._chronology)
        self.history_button = QPushButton(self.tr("Status histor&y…"))
        self.history_button.setToolTip(
            self.tr("Every change of status and dates, the productions, OGIS mediation and the clocks")
        )
        self.history_button.clicked.connect(self._status_history)
        self.history_dialog: QWidget | None = None
        self.batch_button = QPushButton()  # shown for a request made in a batch
        self.batch_button.clicked.connect(self._open_batch)
        self.batch_dialog: QWidget | None = None
        row = QHBoxLayout()
        for button in (self.request_button, self.appeal_button, self.chronology_button):
            row.addWidget(button)
        row.addStretch(1)
        # A row of its own: four buttons on one line are wider than the form in Spanish at 1366 px.
        second = QHBoxLayout()
        second.addWidget(self.history_button)
        second.addStretch(1)
        second.addWidget(self.batch_button)
        self.hint = QLabel(self.tr("Save the request first: letters are made from what is stored."))
        self.hint.setWordWrap(True)
        self.message = MessageLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(second)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        self.productions = ProductionLogPanel(ctx)
        layout.addWidget(self.productions)
        self.set_owner(None)

    def set_owner(self, record: dict[str, Any] | None) -> None:
        """The stored request the buttons act on (None for a new, unsaved one)."""
        self.record = dict(record) if record and record.get("id") else None
        for button in (self.request_button, self.appeal_button, self.chronology_button, self.history_button):
            button.setEnabled(self.record is not None)
        self.hint.setVisible(self.record is None)
        batch = str((self.record or {}).get("batch") or "")
        self.batch_button.setVisible(bool(batch))
        self.batch_button.setText(self.tr("Batch “%1”…").replace("%1", batch))
        self.batch_button.setToolTip(self.tr("The other requests made with this one, and their letters"))
        self.message.clear_message()
        self.productions.set_request(str(self.record["id"]) if self.record else None)

    def _status_history(self) -> None:
        if self.record is None or not self.ctx.unlocked:
            return
        from ui.foia_history import StatusHistoryDialog

        self.history_dialog = StatusHistoryDialog(self.ctx, str(self.record["id"]), self)
        self.history_dialog.open()

    def _open_batch(self) -> None:
        if self.record is None or not self.record.get("batch") or not self.ctx.unlocked:
            return
        from ui.foia_batch import BatchDialog

        self.batch_dialog = BatchDialog(self.ctx, self, str(self.record["batch"]))
        self.batch_dialog.open()

    # ----- letters -----
    def _ask_letter(self, kind: str) -> None:
        if self.record is None or not self.ctx.unlocked:
            return
        from casefile.foia.facts import load_requester

        vault = self.ctx.require_vault()
        run_job(
            self,
            self.ctx,
            lambda _control: load_requester(vault),
            on_success=lambda requester: self._show_dialog(kind, requester),
            on_failure=self._failed,
        )

    def _show_dialog(self, kind: str, requester: Any) -> None:
        if self.record is None:
            return
        self.dialog = LetterDialog(kind, str(self.record.get("agency") or ""), requester, self)
        self.dialog.accepted.connect(self._dialog_accepted)
        self.dialog.open()

    def _dialog_accepted(self) -> None:
        dialog, record = self.dialog, self.record
        if dialog is None or record is None:
            return
        from ui.sections.report_output import ask_save_path

        suffix = dialog.suffix()
        stem = "foia-request-letter" if dialog.kind == "request" else "foia-appeal-letter"
        path = ask_save_path(self, stem, self.tr("Save the letter"), suffix[1:], FILTERS[suffix])
        if path is None:
            return
        choices = dialog.choices()
        self._write(path, lambda vault: _letter(vault, str(record["id"]), path, choices))

    def _chronology(self) -> None:
        record = self.record
        if record is None or not self.ctx.unlocked:
            return
        from ui.sections.report_output import ask_save_path

        path = ask_save_path(self, "foia-fact-chronology", self.tr("Save the fact chronology"), "docx",
                             FILTERS[".docx"])  # fmt: skip
        if path is None:
            return
        from casefile.foia.render import write_chronology

        self._write(path, lambda vault: write_chronology(vault, [str(record["id"])], path))

    def _write(self, path: Path, work: Any) -> None:
        vault = self.ctx.require_vault()
        self.message.show_message(self.tr("Writing %1…").replace("%1", path.name), "info")
        run_job(
            self,
            self.ctx,
            lambda _control: work(vault),
            on_success=lambda _result: self._written(path),
            on_failure=self._failed,
        )

    def _written(self, path: Path) -> None:
        self.written.append(path)
        self.message.show_message(self.tr("Wrote %1. Check it before sending.").replace("%1", str(path)), "info")

    def _failed(self, key: str, message: str) -> None:
        if key in ("cancelled", "vault_closed"):
            return
        self.message.show_message(message_for(key, message))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


def _letter(vault: Any, foia_id: str, path: Path, choices: dict[str, Any]) -> int:
    from casefile.foia.render import make_letter

    return make_letter(vault, foia_id, path, **choices)

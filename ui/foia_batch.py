"""FOIA batches in the app: the same request for several clients at once, tracked together.

Pick the clients (one at a time, from a search-as-you-type picker), fill one template request
(agency, records sought, the encounter, expedited processing) and create one draft request per
client under one batch name; then see the batch's requests and their status side by side and
write every letter into a folder, on the worker, with progress and cancel. The fee choices are
asked by the request letter's own dialog (``ui.foia_letter.LetterDialog``), once for the batch.
The work is ``casefile.foia.batch``, the same code ``casefile foia batch`` uses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import file_dialogs
from ui.context import AppContext
from ui.foia_letter import LetterDialog
from ui.labels import label
from ui.messages import MessageLabel, message_for
from ui.models import fmt
from ui.widgets.choices import EnumCombo
from ui.widgets.forms import group, plain_text_edit
from ui.widgets.guard import run_job
from ui.widgets.pickers import RecordPicker
from ui.workers import Job

ID_ROLE = 256  # Qt.ItemDataRole.UserRole


class BatchDialog(QDialog):
    """Create a batch (page 0) or follow one (page 1); ``batch`` opens that batch directly."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, batch: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch: str | None = None
        self.rows: list[dict[str, Any]] = []
        self.written: list[Path] = []  # the letters of the last run (tests and the message read it)
        self.loads = 0  # batch views shown (tests wait on it)
        self.letter_dialog: LetterDialog | None = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("FOIA batch"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._create_page())
        self.stack.addWidget(self._view_page())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self._agency_changed()
        self._clients_changed()
        if batch:
            self.show_batch(batch)

    # ----- creating -----
    def _create_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        box, form = group(self.tr("Clients (one request and one letter each)"))
        self.picker = RecordPicker(self.ctx, "people")
        self.add_button = QPushButton(self.tr("&Add client"))
        self.add_button.clicked.connect(self._add_client)
        self.picker.changed.connect(lambda: self.add_button.setEnabled(self.picker.value() is not None))
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.picker, 1)
        row_layout.addWidget(self.add_button)
        form.add(None, self.tr("&Client:"), row, focus=self.picker.focus_widget())
        self.clients = QListWidget()
        self.clients.setMaximumHeight(120)
        self.remove_client_button = QPushButton(self.tr("Remo&ve from the batch"))
        self.remove_client_button.clicked.connect(self._remove_client)
        form.add_widget(self.clients)
        under = QWidget()
        under_layout = QHBoxLayout(under)
        under_layout.setContentsMargins(0, 0, 0, 0)
        under_layout.addStretch(1)
        under_layout.addWidget(self.remove_client_button)
        form.add_widget(under)
        layout.addWidget(box)

        box, form = group(self.tr("The request, the same for each"))
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.name.setPlaceholderText(self.tr("e.g. the raid or operation; a name is made if left empty"))
        self.agency = EnumCombo("foia_agency", allow_empty=False)
        self.agency.changed.connect(self._agency_changed)
        self.jurisdiction = QLineEdit()
        self.encounter = RecordPicker(self.ctx, "encounters")
        self.records_sought = plain_text_edit(3)
        self.expedited = QCheckBox(self.tr("Ask for expedited processing in each"))
        form.add(None, self.tr("Batch &name:"), self.name)
        form.add(None, self.tr("A&gency:"), self.agency)
        form.add(None, self.tr("&Jurisdiction:"), self.jurisdiction, hint=self.tr("For a state or local agency"))
        form.add(None, self.tr("About (&encounter):"), self.encounter,
                 hint=self.tr("The raid, stop or arrest the requests ask about, if one"))  # fmt: skip
        form.add(None, self.tr("&Records sought:"), self.records_sought)
        form.add(None, "", self.expedited)
        layout.addWidget(box)
        self.create_button = QPushButton(self.tr("Create the re&quests"))
        self.create_button.clicked.connect(self._create)
        self.create_message = MessageLabel()
        self.create_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        row_layout = QHBoxLayout()
        row_layout.addWidget(self.create_message, 1)
        row_layout.addStretch(0)
        row_layout.addWidget(self.create_button)
        layout.addLayout(row_layout)
        layout.addStretch(1)
        return page

    def _agency_changed(self) -> None:
        self.jurisdiction.setEnabled(self.agency.value() == "state-local")

    def _clients_changed(self) -> None:
        self.remove_client_button.setEnabled(self.clients.count() > 0)
        self.create_button.setEnabled(self.clients.count() >= 2)
        self.add_button.setEnabled(self.picker.value() is not None)

    def client_ids(self) -> list[str]:
        return [str(self.clients.item(i).data(ID_ROLE)) for i in range(self.clients.count())]

    def _add_client(self) -> None:
        person = self.picker.value()
        if person is None:
            return
        if person not in self.client_ids():
            item = QListWidgetItem(self.picker.edit.text())
            item.setData(ID_ROLE, person)
            self.clients.addItem(item)
        self.picker.setValue(None)
        self.picker.focus_widget().setFocus()
        self._clients_changed()

    def _remove_client(self) -> None:
        row = self.clients.currentRow()
        self.clients.takeItem(row if row >= 0 else self.clients.count() - 1)
        self._clients_changed()

    def _create(self) -> None:
        from casefile.foia.batch import create_batch

        local = self.agency.value() == "state-local"
        template = {
            "agency": str(self.agency.value()),
            "person_ids": self.client_ids(),
            "records_sought": self.records_sought.toPlainText().strip(),
            "encounter_id": self.encounter.value(),
            "expedited": self.expedited.isChecked(),
            "jurisdiction": (self.jurisdiction.text().strip() or None) if local else None,
            "name": self.name.text(),
        }
        vault = self.ctx.require_vault()
        self.create_button.setEnabled(False)
        self.create_message.show_message(self.tr("Creating the requests…"), "info")
        run_job(self, self.ctx, lambda _c: create_batch(vault, **template), on_success=self._created,
                on_failure=self._create_failed)  # fmt: skip

    def _created(self, made: tuple[str, list[str]]) -> None:
        batch, ids = made
        for foia_id in ids:
            self.ctx.record_saved.emit("foia_requests", foia_id)  # the FOIA list shows them
        self.show_batch(batch)

    def _create_failed(self, key: str, message: str) -> None:
        self._clients_changed()
        self.create_message.show_message(message_for(key, message))

    # ----- following a batch -----
    def _view_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.batch_combo = QComboBox()
        self.batch_combo.activated.connect(lambda _i: self.show_batch(str(self.batch_combo.currentData())))
        caption = QLabel(self.tr("&Batch:"))
        caption.setBuddy(self.batch_combo)
        self.new_batch_button = QPushButton(self.tr("&New batch…"))
        self.new_batch_button.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        top.addWidget(caption)
        top.addWidget(self.batch_combo, 1)
        top.addWidget(self.new_batch_button)
        layout.addLayout(top)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Client"), self.tr("Agency"), self.tr("Status"), self.tr("Tracking no."),
                                    self.tr("Response due")])  # fmt: skip
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.letters_button = QPushButton(self.tr("&Write all letters…"))
        self.letters_button.setToolTip(self.tr("One request letter per client, into a folder you choose"))
        self.letters_button.clicked.connect(self._ask_letters)
        self.letters_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("&Stop"))
        self.cancel_button.clicked.connect(self._cancel)
        row = QHBoxLayout()
        row.addWidget(self.letters_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        layout.addLayout(row)
        self.view_message = MessageLabel()
        layout.addWidget(self.view_message)
        self._running(False)
        return page

    def show_batch(self, batch: str) -> None:
        """Show ``batch``'s requests (read on the worker), with every batch in the combo."""
        from casefile.foia.batch import batch_overview, batches

        self.stack.setCurrentIndex(1)
        self.batch = batch
        vault = self.ctx.require_vault()
        run_job(self, self.ctx, lambda _c: (batches(vault), batch_overview(vault, batch)),
                on_success=self._show_rows, on_failure=self._view_failed)  # fmt: skip

    def _show_rows(self, found: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        every, rows = found
        self.rows = rows
        self.batch_combo.clear()
        for entry in every:
            self.batch_combo.addItem(
                self.tr("%1 (%2 requests)").replace("%1", entry["batch"]).replace("%2", str(entry["count"])),
                entry["batch"],
            )
        self.batch_combo.setCurrentIndex(max(0, self.batch_combo.findData(self.batch)))
        agencies = sorted({label("foia_agency", r["agency"]) for r in rows})
        self.heading.setText(self.tr("Batch “%1”: %2 requests to %3.").replace("%1", self.batch or "")
                             .replace("%2", str(len(rows))).replace("%3", ", ".join(agencies)))  # fmt: skip
        self.table.clear()
        for r in rows:
            due = fmt.fmt_date(r["response_due"]) if r["response_due"] else "—"
            item = QTreeWidgetItem([r["name"], label("foia_agency", r["agency"]), label("foia_status", r["status"]),
                                    r["tracking_number"] or "—", due])  # fmt: skip
            item.setData(0, ID_ROLE, r["id"])
            self.table.addTopLevelItem(item)
        self.letters_button.setEnabled(bool(rows))
        self.loads += 1

    def _view_failed(self, key: str, message: str) -> None:
        if key not in ("cancelled", "vault_closed"):
            self.view_message.show_message(message_for(key, message))

    # ----- letters -----
    def _ask_letters(self) -> None:
        if not self.rows:
            return
        from casefile.foia.facts import load_requester

        vault = self.ctx.require_vault()
        run_job(self, self.ctx, lambda _c: load_requester(vault), on_success=self._letter_dialog,
                on_failure=self._view_failed)  # fmt: skip

    def _letter_dialog(self, requester: Any) -> None:
        self.letter_dialog = LetterDialog("request", self.rows[0]["agency"], requester, self)
        self.letter_dialog.accepted.connect(self._letters_chosen)
        self.letter_dialog.open()

    def _letters_chosen(self) -> None:
        dialog, batch = self.letter_dialog, self.batch
        if dialog is None or batch is None:
            return
        folder = file_dialogs.existing_directory(self, self.tr("Folder for the letters"), file_dialogs.neutral_folder())
        if not folder:
            return
        from casefile.foia.batch import write_batch_letters

        vault, choices, suffix = self.ctx.require_vault(), dialog.choices(), dialog.suffix()
        self.written = []
        self._running(True)
        self.view_message.show_message(self.tr("Writing %1 letters…").replace("%1", str(len(self.rows))), "info")
        self.job = run_job(
            self,
            self.ctx,
            lambda control: write_batch_letters(
                vault,
                batch,
                Path(folder),
                suffix=suffix,
                requester=choices["requester"],
                options=choices["options"],
                progress=control.progress,
                cancelled=control.cancelled,
            ),
            on_success=self._letters_written,
            on_failure=self._letters_failed,
            on_progress=lambda percent, _m: self.progress.setValue(percent),
        )

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.control.cancel()
            self.cancel_button.setEnabled(False)

    def _running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.letters_button.setEnabled(not running and bool(self.rows))
        if running:
            self.progress.setValue(0)

    def _letters_written(self, written: list[Path]) -> None:
        self._running(False)
        self.job = None
        self.written = list(written)
        folder = str(written[0].parent) if written else ""
        if not written:
            text = self.tr("Stopped before any letter was written.")
        elif len(written) < len(self.rows):
            text = self.tr("Stopped: %1 of %2 letters written in %3.")
        else:
            text = self.tr("Wrote %1 of %2 letters in %3. Check each before sending.")
        self.view_message.show_message(
            text.replace("%1", str(len(written))).replace("%2", str(len(self.rows))).replace("%3", folder), "info"
        )

    def _letters_failed(self, key: str, message: str) -> None:
        self._running(False)
        self.job = None
        self._view_failed(key, message)

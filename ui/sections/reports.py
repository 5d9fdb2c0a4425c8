"""Reports: choose a report and its options, preview it from memory, print it, save it on request.

The PDF is built off the UI thread (``casefile.services.reporting.build_report``, which also logs
the report in the audit trail) with progress and Cancel, and shown by :class:`PdfPreview` from a
buffer in memory. Nothing decrypted reaches the disk unless the user saves: "Save as PDF…" and
"Save CSV…" ask where, and a saved PDF can be protected with a passphrase (AES-256). Locking the
vault cancels a build and drops the preview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casefile import settings as settings_mod
from casefile.errors import Cancelled, CasefileError
from casefile.queries import paging
from casefile.queries.kinds import KINDS
from casefile.vault.fsutil import atomic_write
from ui import file_dialogs, i18n
from ui.context import AppContext
from ui.messages import MessageLabel, message_for, set_heading, strength_text
from ui.pdf_preview import PdfPreview, print_pdf
from ui.widgets.dates import OptionalDateEdit
from ui.widgets.pickers import RecordPicker, row_label
from ui.widgets.redactions import RedactionList

REPORTS = ("summary", "encounter", "pattern")
CLIENT_SUGGESTIONS = 50


class ClientPicker(RecordPicker):
    """The person picker, narrowed to clients: a case summary is about one of ours."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "people", parent, allow_new=False)

    def suggestions(self, text: str) -> list[tuple[str, str]]:
        vault = self.ctx.vault
        if vault is None or vault.closed:
            return []
        request = paging.PageRequest(filters={"is_client": 1}, text=text, limit=CLIENT_SUGGESTIONS)
        try:
            found = paging.page(vault.connection(), KINDS["people"], request)
        except CasefileError:
            return []
        return [(row["id"], row_label("people", row)) for row in found.rows]


@dataclass(frozen=True)
class Request:
    """What one build was asked for; kept with its result so Save names and protects the right thing."""

    which: str
    person_id: str | None = None
    encounter_id: str | None = None
    lang: str = "en"
    paper: str = "letter"
    redact: bool = False
    date_from: date | None = None
    date_to: date | None = None
    redact_listed: bool = False  # the words listed for review written as initials too

    def file_stem(self) -> str:
        # No names in file names: a saved file's name shows up in folders, recent lists and backups.
        base = {"summary": "case-summary", "encounter": "encounter-report", "pattern": "pattern-report"}[self.which]
        language = "" if self.lang == "en" else self.lang
        parts = [base, "redacted" if self.redact else "", language, date.today().isoformat()]
        return "-".join(p for p in parts if p)


class ReportsSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Any = None
        self.shown: Request | None = None  # what the preview shows
        self.pdf: bytes | None = None
        self.csv: str | None = None
        self.review: Any = None  # what redaction removed from the report shown, and what to check
        self._then_note = ""  # said once the rebuild that a stale Save or Print asked for is shown
        self._paper_touched = False
        self._language_touched = False
        self._build()
        self.retranslate()
        self._load_defaults()
        self._report_changed()
        ctx.vault_locked.connect(self._locked)
        ctx.open_record.connect(self._record_opened)

    # ----- construction -----
    def _build(self) -> None:
        self.heading = QLabel(self)
        set_heading(self.heading, 1.3)
        self.report_combo = QComboBox(self)
        self.about_label = _hint(QLabel(self))
        self.client_picker = ClientPicker(self.ctx, self)
        self.encounter_picker = RecordPicker(self.ctx, "encounters", self, allow_new=False)
        self.date_from = OptionalDateEdit(self)
        self.date_to = OptionalDateEdit(self)
        self.period_hint = _hint(QLabel(self))
        self.redact_box = QCheckBox(self)
        self.redact_hint = _hint(QLabel(self))
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

        self.form = QFormLayout()
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

        self.preview_button = QPushButton(self)
        self.preview_button.setDefault(True)
        self.preview_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.preview_button.clicked.connect(self.preview)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress_label = QLabel(self)
        self.progress_label.setWordWrap(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.message = MessageLabel(self)
        self.stale_label = MessageLabel(self)

        self.print_button = QPushButton(self)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_preview)
        self.save_button = QPushButton(self)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_pdf)
        self.protect_box = QCheckBox(self)
        self.csv_button = QPushButton(self)
        self.csv_button.clicked.connect(self.save_csv)
        self.note = _hint(QLabel(self))
        # Where the last file went stays in view through later previews (it used to share the
        # message line, which Preview clears).
        self.saved_label = MessageLabel(self)

        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress, 1)
        busy_row.addWidget(self.cancel_button)
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.addWidget(self.heading)
        column.addLayout(self.form)
        column.addWidget(self.preview_button)
        column.addLayout(busy_row)
        column.addWidget(self.progress_label)
        column.addWidget(self.message)
        column.addSpacing(12)
        column.addWidget(self.stale_label)
        column.addWidget(self.print_button)
        column.addWidget(self.save_button)
        column.addWidget(self.protect_box)
        column.addWidget(self.csv_button)
        column.addWidget(self.saved_label)
        column.addStretch(1)
        column.addWidget(self.note)
        scroll = QScrollArea(self)
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.options_panel = panel
        self.options_scroll = scroll

        self.preview_widget = PdfPreview(self)
        self.redactions = RedactionList(self)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.preview_widget)
        right.addWidget(self.redactions)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setChildrenCollapsible(False)
        self.preview_splitter = right
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

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
            signal.connect(lambda *_a: self._options_changed())
        self._set_busy(False)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reports"))
        index = self.report_combo.currentIndex()
        self.report_combo.blockSignals(True)
        self.report_combo.clear()
        for key, text in zip(
            REPORTS,
            (self.tr("Case summary"), self.tr("Encounter report"), self.tr("Pattern report (anonymised)")),
            strict=True,
        ):
            self.report_combo.addItem(text, key)
        self.report_combo.setCurrentIndex(max(0, index))
        self.report_combo.blockSignals(False)
        texts = {
            "report": self.tr("&Report:"),
            "client": self.tr("&Client:"),
            "encounter": self.tr("&Encounter:"),
            "from": self.tr("&From:"),
            "to": self.tr("&To:"),
            "language": self.tr("&Language:"),
            "paper": self.tr("&Paper:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.report_combo.setAccessibleName(self.tr("Report"))
        self.client_picker.edit.setAccessibleName(self.tr("Client the summary is about"))
        self.encounter_picker.edit.setAccessibleName(self.tr("Encounter to report on"))
        self.date_from.edit.setAccessibleName(self.tr("First day of the period"))
        self.date_to.edit.setAccessibleName(self.tr("Last day of the period"))
        self.period_hint.setText(self.tr("Both days included. Leave a date empty for no limit."))
        self.language_combo.setAccessibleName(self.tr("Report language"))
        self.paper_combo.setAccessibleName(self.tr("Paper size"))
        self.paper_combo.setItemText(0, self.tr("Letter"))
        self.paper_combo.setItemText(1, self.tr("A4"))
        self.redact_box.setText(self.tr("Re&dacted version"))
        self.redact_hint.setText(self.tr("Names as initials, A-number masked; no address, phone or date of birth."))
        self.redact_box.setAccessibleName(self.tr("Redacted report"))
        self.redact_box.setAccessibleDescription(self.redact_hint.text())
        self.listed_box.setText(self.tr("Also write the words listed for review as &initials"))
        self.listed_box.setToolTip(
            self.tr(
                "Capitalised words that may be names of people who are not in the vault are listed for "
                "you to check. Tick this to write them as initials too (places among them as well)."
            )
        )
        self.listed_box.setAccessibleName(self.tr("Also redact the words listed for review"))
        self.listed_box.setAccessibleDescription(self.listed_box.toolTip())
        self.preview_button.setText(self.tr("Pre&view"))
        self.preview_button.setToolTip(
            self.tr("Build the report and show it here (%1)").replace(
                "%1", self.preview_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.preview_button.setAccessibleName(self.tr("Preview the report"))
        self.progress.setAccessibleName(self.tr("Report progress"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel building the report"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(
            self.tr("Print the report shown (%1)").replace(
                "%1", self.print_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.print_button.setAccessibleName(self.tr("Print the report"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.save_button.setToolTip(
            self.tr("Save the report shown as a PDF file (%1)").replace(
                "%1", self.save_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.save_button.setAccessibleName(self.tr("Save the report as a PDF file"))
        self.protect_box.setText(self.tr("Protect &with a passphrase"))
        self.protect_box.setToolTip(
            self.tr(
                "For sending by email: the saved PDF opens only with the passphrase "
                "(AES-256). Tell the recipient the passphrase another way."
            )
        )
        self.protect_box.setAccessibleName(self.tr("Protect the saved PDF with a passphrase"))
        self.csv_button.setText(self.tr("Save C&SV…"))
        self.csv_button.setToolTip(self.tr("Save the pattern report's numbers as a spreadsheet file"))
        self.csv_button.setAccessibleName(self.tr("Save the pattern report's numbers as CSV"))
        self.note.setText(
            self.tr(
                "The preview is kept in memory only. A saved or printed report holds "
                "case data: keep it as safely as the case file."
            )
        )
        self._report_changed()
        if self.stale_label.isVisible():
            self._options_changed()
        self.options_scroll.setMinimumWidth(self._panel_width())

    def _panel_width(self, preferred: bool = False) -> int:
        """The options' width: at least what their longest row needs in this language (never clipped);
        ``preferred`` adds room for the explanations to wrap less when the window allows it."""
        self.options_panel.adjustSize()
        scrollbar = self.options_scroll.verticalScrollBar().sizeHint().width()
        needed = self.options_panel.minimumSizeHint().width() + scrollbar
        if not preferred:
            return needed
        roomy = min(self.fontMetrics().averageCharWidth() * 60, int(self.width() * 0.34))
        return max(needed, roomy)

    def _load_defaults(self) -> None:
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
        return str(self.report_combo.currentData() or "summary")

    def _report_changed(self) -> None:
        which = self.which()
        rows = {
            "client": which == "summary",
            "encounter": which == "encounter",
            "from": which == "pattern",
            "to": which == "pattern",
        }
        for key, visible in rows.items():
            self.form.setRowVisible(self.labels[key], visible)
        self.form.setRowVisible(self.redact_box, which != "pattern")
        self.form.setRowVisible(self.redact_hint, which != "pattern")
        self.form.setRowVisible(self.listed_box, which != "pattern")
        self.form.setRowVisible(self.period_hint, which == "pattern")
        self.about_label.setText(
            {
                "summary": self.tr(
                    "Everything about one client an attorney reads before a hearing: identity, "
                    "deadlines, chronology, encounters, issues to review, FOIA, documents, notes."
                ),
                "encounter": self.tr("One encounter in full, with every person in it and their role and outcome."),
                "pattern": self.tr(
                    "Counts across all encounters, for advocacy: no names, and no number that "
                    "describes fewer than 3 people."
                ),
            }[which]
        )
        self._options_changed()

    def _options_changed(self) -> None:
        if self.shown is not None and self.pdf is not None and self.request(check=False) != self.shown:
            self.stale_label.show_message(
                self.tr(
                    "The options changed: press Preview to see them. Print and Save first build the "
                    "report again with these options and show it."
                ),
                "info",
            )
        else:
            self.stale_label.clear_message()

    def select(self, which: str, record_id: str | None = None) -> None:
        """Preselect a report (and its client or encounter), e.g. from a record's "Report" action."""
        index = self.report_combo.findData(which)
        if index >= 0:
            self.report_combo.setCurrentIndex(index)
        if record_id and which == "summary":
            self.client_picker.setValue(record_id)
        elif record_id and which == "encounter":
            self.encounter_picker.setValue(record_id)

    def _record_opened(self, kind: str, record_id: str) -> None:
        # The record someone just looked at is the likeliest subject: fill an empty picker with it.
        if self.isVisible() or not self.ctx.unlocked:
            return
        if kind == "people" and self.client_picker.value() is None:
            self.client_picker.setValue(record_id)
        elif kind == "encounters" and self.encounter_picker.value() is None:
            self.encounter_picker.setValue(record_id)

    def request(self, *, check: bool = True) -> Request | None:
        """The report asked for; with ``check``, None and a message at the problem when incomplete."""
        which = self.which()
        person = self.client_picker.value() if which == "summary" else None
        encounter = self.encounter_picker.value() if which == "encounter" else None
        date_from = self.date_from.date() if which == "pattern" else None
        date_to = self.date_to.date() if which == "pattern" else None
        if check:
            problem, widget = "", None
            if which == "summary" and person is None:
                problem, widget = (
                    self.tr("Choose the client: type part of a name or A-number and pick one from the list."),
                    self.client_picker.edit,
                )
            elif which == "encounter" and encounter is None:
                problem, widget = (
                    self.tr(
                        "Choose the encounter: type a date, city or a word from the narrative "
                        "and pick one from the list."
                    ),
                    self.encounter_picker.edit,
                )
            elif which == "pattern" and (self.date_from.check() or self.date_to.check()):
                problem = self.date_from.check() or self.date_to.check()
                widget = self.date_from.edit if self.date_from.check() else self.date_to.edit
            elif date_from and date_to and date_from > date_to:
                problem, widget = self.tr("The period ends before it starts: check the two dates."), self.date_to.edit
            if problem:
                self.message.show_message(problem)
                if widget is not None:
                    widget.setFocus()
                return None
        return Request(
            which,
            person,
            encounter,
            str(self.language_combo.currentData()),
            str(self.paper_combo.currentData()),
            self.redact_box.isChecked() and which != "pattern",
            date_from,
            date_to,
            redact_listed=self.redact_box.isChecked() and self.listed_box.isChecked() and which != "pattern",
        )

    # ----- building -----
    def preview(self) -> None:
        self.message.clear_message()
        if self.job is not None:
            return
        vault = self.ctx.vault
        if vault is None or vault.closed:
            self.message.show_message(message_for("vault_closed", ""))
            return
        request = self.request()
        if request is None:
            return
        from casefile.reports.redact import Review
        from casefile.services.reporting import build_report

        def job(control: Any) -> tuple[Request, bytes, str | None, Any]:
            def progress(percent: int, text: str) -> None:
                if control.cancelled():
                    raise Cancelled("The report was cancelled.")
                control.progress(percent, text)

            review = Review() if request.redact else None
            pdf, csv_text = build_report(
                vault,
                request.which,
                person_id=request.person_id,
                encounter_id=request.encounter_id,
                lang=request.lang,
                paper=request.paper,
                redact=request.redact,
                date_from=request.date_from,
                date_to=request.date_to,
                progress=progress,
                review=review,
                redact_listed=request.redact_listed,
            )
            if control.cancelled():
                raise Cancelled("The report was cancelled.")
            return request, pdf, csv_text, review

        self._start(job, self.tr("Building the report…"), self._built)

    def _start(self, job: Any, text: str, on_success: Any) -> None:
        """Run a build or a print with the progress bar and Cancel showing."""
        self.message.clear_message()
        self._set_busy(True)
        self.progress_label.setText(text)
        self.job = self.ctx.workers.submit(
            job,
            on_success=on_success,
            on_failure=self._failed,
            on_progress=self._progressed,
            on_cancelled=self._cancelled,
        )
        self.job.signals.finished.connect(self._job_finished)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.control.cancel()
            self.progress_label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _progressed(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        if text:
            self.progress_label.setText(text)

    def _built(self, result: tuple[Request, bytes, str | None, Any]) -> None:
        request, pdf, csv_text, review = result
        if not self.ctx.unlocked:  # locked while it was being built: show nothing
            return
        if not self.preview_widget.load_bytes(pdf):
            self._drop_preview()
            self.message.show_message(
                self.tr(
                    "The report was built but could not be shown. Try again; if it "
                    "keeps happening, tell your administrator."
                )
            )
            return
        self.pdf, self.csv, self.shown, self.review = pdf, csv_text, request, review
        self.redactions.set_review(review)
        self._options_changed()
        if self._then_note:
            self.message.show_message(self._then_note, "info")
            self._then_note = ""

    def _failed(self, key: str, text: str) -> None:
        self._then_note = ""
        if key == "printer":
            text = self.tr("The printer could not be started. Check that it is connected and try again.")
        if self.ctx.unlocked:
            self.message.show_message(message_for(key, text))

    def _cancelled(self) -> None:
        self._then_note = ""
        if self.ctx.unlocked:  # (locking cancels a build too; the lock screen says enough)
            self.message.show_message(self.tr("Cancelled."), "info")

    def _job_finished(self) -> None:
        self.job = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.progress, self.cancel_button, self.progress_label):
            widget.setVisible(busy)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(busy)
        self.preview_button.setEnabled(not busy)
        has_pdf = self.pdf is not None and not busy
        for widget in (self.print_button, self.save_button, self.protect_box):
            widget.setEnabled(has_pdf)
        self.csv_button.setVisible(self.shown is not None and self.shown.which == "pattern")
        self.csv_button.setEnabled(has_pdf and self.csv is not None)

    # ----- printing and saving -----
    def _shown_is_current(self, action: str) -> bool:
        """Whether the report shown was built from the options on screen; if not, build it again.

        Print and Save never send out a report built with other options: ticking "Redacted" after
        a preview and pressing Save used to save the preview — full name, A-number and all. The
        report is built again from the current options and shown (a redacted one with its list
        of redactions), and the person presses Save or Print again once they have seen it.
        """
        if self.shown is not None and self.pdf is not None and self.request(check=False) == self.shown:
            return True
        if self.job is not None:
            return False
        notes = {
            "save": self.tr("The report shown now has the options you chose. Check it, then press Save again."),
            "print": self.tr("The report shown now has the options you chose. Check it, then press Print again."),
        }
        self.preview()
        if self.job is not None:  # (None: an option is incomplete, and the message says which)
            self._then_note = notes[action]
        return False

    def print_preview(self) -> None:
        """The system print dialog, then the pages in a worker with progress and Cancel."""
        if self.pdf is None or self.shown is None or self.job is not None:
            return
        if not self._shown_is_current("print"):
            return
        chosen = self.preview_widget.ask_printer(self.shown.paper)
        data = self.pdf
        if chosen is None or data is None or not self.ctx.unlocked:
            return
        printer, first, last = chosen

        def job(control: Any) -> int:
            def progress(done: int, total: int) -> None:
                if control.cancelled():
                    raise Cancelled("Printing was cancelled.")
                control.progress(int(done * 100 / max(1, total)), "")

            printed = print_pdf(data, printer, first, last, progress)
            if not printed:
                raise CasefileError("The printer could not be started.", key="printer")
            return printed

        self._start(job, self.tr("Printing…"), self._printed)

    def _printed(self, pages: int) -> None:
        self.message.show_message(self.tr("Sent %n page(s) to the printer.", "", pages), "info")

    def _ask_path(self, title: str, suffix: str, filter_text: str) -> Path | None:
        if self.shown is None:  # locked while the passphrase was asked for
            return None
        default = str(Path(file_dialogs.neutral_folder()) / f"{self.shown.file_stem()}.{suffix}")
        chosen = file_dialogs.save_file_name(self, title, default, filter_text)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{suffix}" else path.with_name(f"{path.name}.{suffix}")

    def _ask_passphrase(self) -> str | None:
        """The protecting passphrase, typed twice; None when the user gives up."""
        prompt = self.tr("Passphrase for the PDF (give it to the recipient another way, not in the same email):")
        while True:
            first, ok = QInputDialog.getText(self, self.tr("Protect the PDF"), prompt, QLineEdit.EchoMode.Password)
            if not ok:
                return None
            # The vault's own minimum (zxcvbn, domain/passphrase.py): a mailed PDF can be attacked
            # offline for as long as anyone likes.
            from casefile.domain.passphrase import assess

            strength = assess(first)
            if not strength.acceptable:
                why = " ".join(p for p in (strength_text(strength.reason), strength_text(strength.suggestion)) if p)
                prompt = self.tr("Too weak: %1 Passphrase for the PDF:").replace("%1", why)
                continue
            second, ok = QInputDialog.getText(
                self, self.tr("Protect the PDF"), self.tr("Type the passphrase again:"), QLineEdit.EchoMode.Password
            )
            if not ok:
                return None
            if first == second:
                return first
            prompt = self.tr("The two passphrases were different. Passphrase for the PDF:")

    def save_pdf(self) -> None:
        if self.pdf is None or self.shown is None or self.job is not None:
            return
        if not self._shown_is_current("save"):
            return
        passphrase = None
        if self.protect_box.isChecked():
            passphrase = self._ask_passphrase()
            if passphrase is None:
                return
        path = self._ask_path(self.tr("Save the report as PDF"), "pdf", self.tr("PDF files (*.pdf)"))
        pdf = self.pdf
        if path is None or pdf is None or not self.ctx.unlocked:  # (locked while a dialog was open)
            return

        def job(_control: Any) -> Path:
            data = pdf
            if passphrase:
                from casefile.reports.protect import protect_pdf

                data = protect_pdf(pdf, passphrase)
            _write(path, data)
            return path

        self._submit_save(job)

    def save_csv(self) -> None:
        if self.csv is None or self.shown is None:
            return
        path = self._ask_path(self.tr("Save the numbers as CSV"), "csv", self.tr("CSV files (*.csv)"))
        if path is None or self.csv is None or not self.ctx.unlocked:
            return
        data = self.csv.encode("utf-8")
        self._submit_save(lambda _control: _write(path, data) or path)

    def _submit_save(self, job: Any) -> None:
        self.message.clear_message()
        self.save_button.setEnabled(False)
        self.csv_button.setEnabled(False)
        self.ctx.workers.submit(job, on_success=self._saved, on_failure=self._save_failed)

    def _saved(self, path: Path) -> None:
        self._set_busy(self.job is not None)
        self.saved_label.show_message(self.tr("Saved to %1").replace("%1", str(path)), "info")

    def _save_failed(self, key: str, text: str) -> None:
        self._set_busy(self.job is not None)
        self.message.show_message(message_for(key, text))

    # ----- locking -----
    def _drop_preview(self) -> None:
        self.preview_widget.clear()
        self.pdf = None
        self.csv = None
        self.shown = None
        self.review = None
        self._then_note = ""
        self.redactions.clear()
        self.stale_label.clear_message()
        self._set_busy(self.job is not None)

    def _locked(self) -> None:
        if self.job is not None:
            self.job.control.cancel()
        self._drop_preview()
        self.client_picker.clear()
        self.encounter_picker.clear()
        self.client_picker.model.clear()
        self.encounter_picker.model.clear()
        self.message.clear_message()
        self.saved_label.clear_message()
        for box in self.findChildren(QMessageBox):
            box.reject()

    # ----- Qt events -----
    def showEvent(self, event: Any) -> None:
        self._load_defaults()
        super().showEvent(event)
        if not self._sized:  # the first time the section has its real size: give the preview the rest
            self._sized = True
            left = self._panel_width(preferred=True)
            self.splitter.setSizes([left, max(1, self.splitter.width() - left)])

    def changeEvent(self, event: Any) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _hint(label: QLabel) -> QLabel:
    """A wrapped explanation under a field, a little smaller than the field's text (never greyed out)."""
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setPointSizeF(max(1.0, font.pointSizeF() * 0.92))
    label.setFont(font)
    return label


def _write(path: Path, data: bytes) -> None:
    """Write a saved report (0600, atomically) where the user chose; errors the user can act on."""
    if not path.parent.is_dir():
        raise CasefileError(f"The folder {path.parent} does not exist.", key="error")
    try:
        atomic_write(path, data)
    except PermissionError:
        raise CasefileError(f"Casefile may not write to {path.parent}. Choose another folder.", key="error") from None
    except OSError as exc:  # a full disk arrives as DiskFull (a CasefileError) and passes through
        raise CasefileError(
            f"{path.name} could not be saved ({exc.strerror or exc}). Choose another folder or try again.", key="error"
        ) from None


def make(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return ReportsSection(ctx, parent)

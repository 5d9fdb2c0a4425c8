"""Reports: choose a report and its options, preview it from memory, print it, save it on request.

The PDF is built off the UI thread (``casefile.services.reporting.build_report``, which also logs
the report in the audit trail) with progress and Cancel, and shown by :class:`PdfPreview` from a
buffer in memory. Nothing decrypted reaches the disk unless the user saves: "Save as PDF…" and
"Save CSV…" ask where, and a saved PDF can be protected with a passphrase (AES-256). Locking the
vault cancels a build and drops the preview.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import Cancelled
from casefile.reports import registry
from casefile.reports.registry import ReportRequest
from ui.context import AppContext
from ui.messages import MessageLabel, message_for, set_heading
from ui.pdf_preview import PdfPreview
from ui.sections.report_options import ClientPicker, ReportOptions, hint_label
from ui.sections.report_output import ask_passphrase, ask_save_path, print_job, save_csv_job, save_pdf_job
from ui.widgets.redactions import RedactionList

__all__ = ["ClientPicker", "ReportsSection", "make"]


class ReportsSection(QWidget):
    """The options panel (:class:`ReportOptions` and the buttons under it) beside the preview."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Any = None
        self.shown: ReportRequest | None = None  # what the preview shows
        self.pdf: bytes | None = None
        self.csv: str | None = None
        self.review: Any = None  # what redaction removed from the report shown, and what to check
        self._then_note = ""  # said once the rebuild that a stale Save or Print asked for is shown
        self._build()
        self.retranslate()
        self.options.load_defaults()
        self.options.changed.connect(self._options_changed)
        self._options_changed()
        ctx.vault_locked.connect(self._locked)
        ctx.open_record.connect(self._record_opened)

    # ----- construction -----
    def _build(self) -> None:
        self.heading = QLabel(self)
        set_heading(self.heading, 1.3)
        self.options = ReportOptions(self.ctx, self)
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
        self.note = hint_label(QLabel(self))
        # Where the last file went stays in view through later previews (it used to share the
        # message line, which Preview clears).
        self.saved_label = MessageLabel(self)
        self._lay_out()
        self._set_busy(False)

    def _lay_out(self) -> None:
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress, 1)
        busy_row.addWidget(self.cancel_button)
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.addWidget(self.heading)
        column.addWidget(self.options)
        column.addWidget(self.preview_button)
        column.addLayout(busy_row)
        column.addWidget(self.progress_label)
        column.addWidget(self.message)
        column.addSpacing(12)
        for widget in (self.stale_label, self.print_button, self.save_button, self.protect_box, self.csv_button):
            column.addWidget(widget)
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

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reports"))
        self.options.retranslate()
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

    # ----- options -----
    def which(self) -> str:
        return self.options.which()

    def _options_changed(self) -> None:
        self._show_outputs()
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
        self.options.select(which, record_id)

    def _record_opened(self, kind: str, record_id: str) -> None:
        if self.isVisible() or not self.ctx.unlocked:
            return
        self.options.fill_empty(kind, record_id)

    def request(self, *, check: bool = True) -> ReportRequest | None:
        """The report asked for; with ``check``, None and a message at the problem when incomplete."""
        if check:
            problem, widget = self.options.problem()
            if problem:
                self.message.show_message(problem)
                if widget is not None:
                    widget.setFocus()
                return None
        return self.options.request()

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
        from casefile.services.reporting import build

        def job(control: Any) -> tuple[ReportRequest, bytes, str | None, Any]:
            def progress(percent: int, text: str) -> None:
                if control.cancelled():
                    raise Cancelled("The report was cancelled.")
                control.progress(percent, text)

            review = Review() if request.redact else None
            built = build(vault, request, progress=progress, review=review)  # the CLI's build, audited
            if control.cancelled():
                raise Cancelled("The report was cancelled.")
            return request, built.pdf, built.csv, review

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

    def _built(self, result: tuple[ReportRequest, bytes, str | None, Any]) -> None:
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
        self.csv_button.setEnabled(has_pdf and self.csv is not None)
        self._show_outputs()

    def _show_outputs(self) -> None:
        """The passphrase box where the chosen report can be protected (its registered options);
        "Save CSV…" where the report shown has numbers."""
        self.protect_box.setVisible(registry.get(self.options.which()).takes("protect"))
        self.csv_button.setVisible(self.shown is not None and registry.get(self.shown.which).takes("csv"))

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
        self._start(print_job(data, printer, first, last), self.tr("Printing…"), self._printed)

    def _printed(self, pages: int) -> None:
        self.message.show_message(self.tr("Sent %n page(s) to the printer.", "", pages), "info")

    def _ask_path(self, title: str, suffix: str, filter_text: str) -> Path | None:
        if self.shown is None:  # locked while the passphrase was asked for
            return None
        name = registry.get(self.shown.which).file_name(self.shown, date.today(), suffix)  # no one's name in it
        return ask_save_path(self, name, title, suffix, filter_text)

    def save_pdf(self) -> None:
        if self.pdf is None or self.shown is None or self.job is not None:
            return
        if not self._shown_is_current("save"):
            return
        passphrase = None
        if self.protect_box.isChecked() and registry.get(self.shown.which).takes("protect"):
            passphrase = ask_passphrase(self)
            if passphrase is None:
                return
        path = self._ask_path(self.tr("Save the report as PDF"), "pdf", self.tr("PDF files (*.pdf)"))
        pdf = self.pdf
        if path is None or pdf is None or not self.ctx.unlocked:  # (locked while a dialog was open)
            return
        self._submit_save(save_pdf_job(pdf, path, passphrase))

    def save_csv(self) -> None:
        if self.csv is None or self.shown is None:
            return
        path = self._ask_path(self.tr("Save the numbers as CSV"), "csv", self.tr("CSV files (*.csv)"))
        if path is None or self.csv is None or not self.ctx.unlocked:
            return
        self._submit_save(save_csv_job(self.csv, path))

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
        self.options.clear_pickers()
        self.message.clear_message()
        self.saved_label.clear_message()
        for box in self.findChildren(QMessageBox):
            box.reject()

    # ----- Qt events -----
    def showEvent(self, event: Any) -> None:
        self.options.load_defaults()
        super().showEvent(event)
        if not self._sized:  # the first time the section has its real size: give the preview the rest
            self._sized = True
            left = self._panel_width(preferred=True)
            self.splitter.setSizes([left, max(1, self.splitter.width() - left)])

    def changeEvent(self, event: Any) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def make(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return ReportsSection(ctx, parent)

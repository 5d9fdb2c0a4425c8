"""The Reports section against a real vault: pick, preview from memory, print, save, protect, lock.

Only dialogs are replaced (the file and passphrase prompts' static methods); the vault, the
report builders and QtPdf are the real ones.
"""

from __future__ import annotations

import io
import os
import stat
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog

from casefile.reports import registry
from casefile.vault import audit
from ui.context import AppContext
from ui.sections import reports
from ui.workers import Workers

ROSA = "Rosa Elena Quispe Mamani"
BUILD_TIMEOUT_MS = 30_000


@pytest.fixture
def ctx(qapp, example_vault) -> Iterator[AppContext]:
    context = AppContext(Workers())
    context.vault = example_vault
    yield context
    context.workers.drain()
    context.vault = None


@pytest.fixture
def section(qtbot, ctx) -> reports.ReportsSection:
    widget = reports.make(ctx, None)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    return widget


def pdf_text(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def choose(section, which: str, record_id: str | None = None) -> None:
    section.select(which, record_id)
    assert section.which() == which


def preview(qtbot, section) -> None:
    with qtbot.waitSignal(section.preview_widget.page_count_changed, timeout=BUILD_TIMEOUT_MS):
        section.preview_button.click()
    qtbot.waitUntil(lambda: section.job is None, timeout=BUILD_TIMEOUT_MS)


def save_dialog_returns(monkeypatch, path: Path) -> list[tuple]:
    asked: list[tuple] = []

    def fake(parent, title, default, filters, *args, **kwargs):
        asked.append((title, default, filters))
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def passphrase_dialog_answers(monkeypatch, answers: list[str | None]) -> list[str]:
    prompts: list[str] = []

    def fake(parent, title, label, echo=None, *args, **kwargs):
        prompts.append(label)
        answer = answers.pop(0)
        return ("", False) if answer is None else (answer, True)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(fake))
    return prompts


def test_client_picker_suggests_clients_only_as_you_type(qtbot, section):
    choose(section, "summary")
    found = section.options.client_picker.suggestions("quispe")
    assert [record_id for record_id, _ in found] == ["p-rosa"]
    assert ROSA in found[0][1]
    assert section.options.client_picker.suggestions("villeda") == []  # in the vault, but not a client
    qtbot.keyClicks(section.options.client_picker.edit, "Rosa")
    qtbot.waitUntil(lambda: section.options.client_picker.model.rowCount() == 1)
    picker = section.options.client_picker
    picker._chosen(picker.model.index(0, 0))  # what picking the suggestion does
    assert section.options.client_picker.value() == "p-rosa"


def test_case_summary_preview_is_shown_from_memory(qtbot, section, ctx):
    choose(section, "summary", "p-rosa")
    assert section.options.paper_combo.currentData() == "letter"  # the settings' default
    assert not section.save_button.isEnabled() and not section.print_button.isEnabled()
    preview(qtbot, section)
    document = section.preview_widget.document
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() >= 3
    assert section.preview_widget.page_label.text() == f"of {document.pageCount()}"
    assert ROSA in pdf_text(section.pdf)
    assert section.save_button.isEnabled() and section.print_button.isEnabled()
    assert section.csv_button.isHidden()  # only the pattern report has numbers to save
    section.preview_widget.next_page()
    qtbot.waitUntil(lambda: section.preview_widget.page_spin.value() == 2)
    fitted = section.preview_widget.effective_zoom()
    section.preview_widget.zoom_in()  # from "fit width", one step larger than what is on screen
    assert section.preview_widget.effective_zoom() > fitted
    assert section.preview_widget.zoom_label.text().endswith("%")
    # The report was logged in the audit trail by the core.
    logged = [(e["action"], e["record_id"]) for e in audit.recent(ctx.vault.connection())]
    assert ("report", "p-rosa") in logged


def test_redacted_spanish_preview(qtbot, section):
    choose(section, "summary", "p-rosa")
    section.options.redact_box.setChecked(True)
    section.options.language_combo.setCurrentIndex(section.options.language_combo.findData("es"))
    section.options.paper_combo.setCurrentIndex(section.options.paper_combo.findData("a4"))
    preview(qtbot, section)
    assert section.preview_widget.document.status() == QPdfDocument.Status.Ready
    text = pdf_text(section.pdf)
    assert "Resumen del caso" in text and "VERSIÓN CENSURADA" in text
    assert "Quispe" not in text and "Rosa Elena" not in text
    width = PdfReader(io.BytesIO(section.pdf)).pages[0].mediabox.width
    assert abs(float(width) - 595.3) < 1  # A4, not Letter
    name = registry.get(section.shown.which).file_name(section.shown, date.today())
    assert name.startswith("case-summary-redacted-es-")  # the registry names saved files, never a person


def test_changing_options_after_preview_says_the_preview_is_old(qtbot, section):
    choose(section, "summary", "p-rosa")
    preview(qtbot, section)
    assert section.stale_label.isHidden()
    section.options.redact_box.setChecked(True)
    assert not section.stale_label.isHidden()
    section.options.redact_box.setChecked(False)
    assert section.stale_label.isHidden()


def test_missing_client_is_said_at_the_field_and_nothing_is_built(qtbot, section, ctx):
    choose(section, "summary")
    section.preview_button.click()
    assert section.job is None and not ctx.workers.busy
    assert "Choose the client" in section.message.text()


def test_save_as_pdf_writes_the_report_only_when_asked(qtbot, section, monkeypatch, tmp_path):
    target = tmp_path / "saved" / "rosa"
    target.parent.mkdir()
    asked = save_dialog_returns(monkeypatch, target)
    choose(section, "summary", "p-rosa")
    preview(qtbot, section)
    assert list(target.parent.iterdir()) == []
    section.save_button.click()
    saved = target.with_name("rosa.pdf")  # the extension is added when the user leaves it out
    qtbot.waitUntil(saved.exists, timeout=BUILD_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not section.saved_label.isHidden())
    assert "Saved to" in section.saved_label.text()
    assert ROSA in pdf_text(saved.read_bytes())
    preview(qtbot, section)  # a new preview keeps the line saying where the file went (issue 13, #9)
    assert not section.saved_label.isHidden() and str(saved) in section.saved_label.text()
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    # The suggested file name carries no name of a person.
    assert "Quispe" not in asked[0][1] and Path(asked[0][1]).name.startswith("case-summary-")


def test_protected_save_needs_the_passphrase(qtbot, section, monkeypatch, tmp_path):
    saved = tmp_path / "protected.pdf"
    save_dialog_returns(monkeypatch, saved)
    prompts = passphrase_dialog_answers(
        monkeypatch,
        [
            "short",
            "password1234",  # long enough for the old 8-character rule, but weak (issue 11, finding 9)
            "mango-harbor-violet",
            "mango-harbour-violet",
            "mango-harbor-violet",
            "mango-harbor-violet",
        ],
    )
    choose(section, "summary", "p-rosa")
    preview(qtbot, section)
    section.protect_box.setChecked(True)
    section.save_button.click()
    qtbot.waitUntil(saved.exists, timeout=BUILD_TIMEOUT_MS)
    assert len(prompts) == 6  # too short, too common, then a mistyped repeat, then the two that match
    assert "Too weak" in prompts[1] and "shorter than 10" in prompts[1]
    assert "Too weak" in prompts[2] and "common password" in prompts[2]
    assert "different" in prompts[4]
    data = saved.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert ROSA.encode() not in data
    assert not reader.decrypt("wrong passphrase")
    assert ROSA in pdf_text(data, "mango-harbor-violet")


def test_giving_up_on_the_passphrase_saves_nothing(qtbot, section, monkeypatch, tmp_path):
    saved = tmp_path / "never.pdf"
    asked = save_dialog_returns(monkeypatch, saved)
    passphrase_dialog_answers(monkeypatch, [None])
    choose(section, "summary", "p-rosa")
    preview(qtbot, section)
    section.protect_box.setChecked(True)
    section.save_button.click()
    assert asked == [] and not saved.exists() and not section.ctx.workers.busy


def test_pattern_report_and_its_csv(qtbot, section, monkeypatch, tmp_path):
    choose(section, "pattern")
    assert section.options.redact_box.isHidden()  # the pattern report is anonymous anyway
    section.options.date_from.setValue("2020-01-01")
    section.options.date_to.setValue("2030-12-31")
    preview(qtbot, section)
    assert section.preview_widget.document.status() == QPdfDocument.Status.Ready
    assert not section.csv_button.isHidden() and section.csv_button.isEnabled()
    target = tmp_path / "numbers.csv"
    save_dialog_returns(monkeypatch, target)
    section.csv_button.click()
    qtbot.waitUntil(target.exists, timeout=BUILD_TIMEOUT_MS)
    assert target.read_text(encoding="utf-8") == section.csv
    assert "Quispe" not in section.csv


def test_a_period_that_ends_before_it_starts_is_refused(qtbot, section):
    choose(section, "pattern")
    section.options.date_from.setValue("2026-05-01")
    section.options.date_to.setValue("2026-04-01")
    section.preview_button.click()
    assert section.job is None
    assert "ends before it starts" in section.message.text()


def test_encounter_report_preview(qtbot, section):
    choose(section, "encounter", "e-airline")
    preview(qtbot, section)
    assert section.preview_widget.page_count() >= 1
    assert "Encounter report" in pdf_text(section.pdf)


def test_cancel_stops_the_build(qtbot, section):
    choose(section, "summary", "p-rosa")
    section.preview_button.click()
    assert not section.preview_button.isEnabled() and not section.cancel_button.isHidden()
    section.cancel_button.click()
    qtbot.waitUntil(lambda: section.job is None, timeout=BUILD_TIMEOUT_MS)
    assert "Cancelled" in section.message.text()
    assert section.pdf is None and not section.preview_widget.loaded
    assert section.preview_button.isEnabled()


def test_print_renders_every_page_onto_the_printer(qtbot, section, tmp_path):
    choose(section, "summary", "p-rosa")
    preview(qtbot, section)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # stands in for a real printer
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = section.preview_widget.page_count()
    assert section.preview_widget.print_pages(printer) == pages
    assert len(PdfReader(out).pages) == pages
    assert section.preview_widget.print_pages(printer, 1, 1) == 1


def test_print_asks_the_system_dialog_then_prints_in_a_worker(qtbot, section, monkeypatch, tmp_path):
    out = tmp_path / "printer.pdf"

    def fake_exec(dialog):  # the user picks "pages 2 to 3" and a printer (here: a PDF file)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    choose(section, "summary", "p-rosa")
    preview(qtbot, section)
    section.print_button.click()
    assert section.job is not None and not section.cancel_button.isHidden()  # off the UI thread
    qtbot.waitUntil(lambda: section.job is None, timeout=BUILD_TIMEOUT_MS)
    assert "Sent 2 page" in section.message.text()  # "page(s)", or "pages" once the English catalogue is in
    assert len(PdfReader(out).pages) == 2


def test_locking_drops_the_preview(qtbot, section, ctx):
    choose(section, "summary", "p-rosa")
    preview(qtbot, section)
    vault = ctx.vault
    with qtbot.waitSignal(section.preview_widget.page_count_changed) as cleared:
        ctx.workers.drain()
        vault.close()
        ctx.vault = None
        ctx.vault_locked.emit()
    assert cleared.args == [0]
    assert section.pdf is None and section.csv is None and section.shown is None
    assert section.preview_widget._bytes is None and section.preview_widget._buffer is None
    assert section.preview_widget.document.status() == QPdfDocument.Status.Null
    assert section.preview_widget.document.pageCount() == 0
    assert section.preview_widget.stack.currentWidget() is section.preview_widget.empty
    assert section.options.client_picker.value() is None and section.options.client_picker.edit.text() == ""
    assert not section.save_button.isEnabled() and not section.print_button.isEnabled()


def test_preview_writes_nothing_to_disk(qtbot, section, monkeypatch, tmp_path, example_dir):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))  # Qt's QDir::tempPath() and Python's tempfile
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    choose(section, "summary", "p-rosa")
    preview(qtbot, section)
    section.select("encounter", "e-airline")
    preview(qtbot, section)
    assert list(scratch.iterdir()) == []
    for root, _dirs, files in os.walk(tmp_path):
        if Path(root).is_relative_to(example_dir):
            continue  # the plain-text interchange file the vault was filled from
        for name in files:
            assert b"Quispe" not in (Path(root) / name).read_bytes(), f"{name} holds case data"


def test_locking_during_a_build_shows_nothing_afterwards(qtbot, section, ctx):
    choose(section, "summary", "p-rosa")
    section.preview_button.click()
    vault = ctx.vault
    ctx.workers.drain()  # what the app does on lock: cancel and wait for the job
    vault.close()
    ctx.vault = None
    ctx.vault_locked.emit()
    # The job's result (or its cancellation) is delivered before its "finished", which clears ``job``.
    qtbot.waitUntil(lambda: section.job is None, timeout=BUILD_TIMEOUT_MS)
    assert section.pdf is None and not section.preview_widget.loaded
    assert section.message.isHidden()


def test_the_record_just_opened_elsewhere_is_preselected(qtbot, section, ctx):
    assert not section.isVisible()
    ctx.open_record.emit("people", "p-rosa")
    ctx.open_record.emit("encounters", "e-airline")
    assert section.options.client_picker.value() == "p-rosa"
    assert section.options.client_picker.edit.text().startswith(ROSA)
    assert section.options.encounter_picker.value() == "e-airline"

"""Import and export of interchange files from the main window (File → Import…, Export…).

An export file is not encrypted: the user is told so and offered a redacted export first; a
redacted export then lists the words it left that may name people outside the vault.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from casefile.clock import today
from ui import file_dialogs
from ui.flows.progress import run_with_progress
from ui.workers import JobControl

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


def choose_import(window: MainWindow) -> None:
    """Ask for an interchange file and import it."""
    if not window.ctx.unlocked:
        return
    name = file_dialogs.open_file_name(
        window,
        translate("MainWindow", "Import case files"),
        file_dialogs.neutral_folder(),
        translate("MainWindow", "Casefile interchange files (*.json);;All files (*)"),
    )
    if name:
        start_import(window, Path(name))


def start_import(window: MainWindow, path: Path) -> None:
    from casefile.services.interchange import import_file

    ctx = window.ctx
    vault = ctx.require_vault()

    def job(control: JobControl) -> Any:
        return import_file(vault, path, progress=control.progress, cancel=control.cancelled)

    def done(result: Any) -> None:
        created = sum(result.created.values())
        updated = sum(result.updated.values())
        unchanged = sum(result.unchanged.values())
        for list_name in {*result.created, *result.updated}:
            ctx.record_saved.emit(list_name, "")  # "" = many records of this kind
        window.statusBar().showMessage(
            translate("MainWindow", "Imported: %1 new, %2 updated, %3 unchanged.")
            .replace("%1", str(created))
            .replace("%2", str(updated))
            .replace("%3", str(unchanged)),
            15000,
        )

    run_with_progress(window, translate("MainWindow", "Importing…"), job, done, cancellable=True)


def choose_export(window: MainWindow) -> None:
    """Warn that an export is not encrypted, offer full or redacted, ask where, and export."""
    if not window.ctx.unlocked:
        return
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("MainWindow", "Export"),
        translate(
            "MainWindow",
            "An export file is NOT encrypted: anyone who gets it can read it. Choose a redacted "
            "export (initials, no A-numbers, addresses or dates of birth) for anyone outside the "
            "legal team.",
        ),
        QMessageBox.StandardButton.Cancel,
        window,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    full = box.addButton(translate("MainWindow", "Full export"), QMessageBox.ButtonRole.AcceptRole)
    redacted = box.addButton(translate("MainWindow", "Redacted export"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(redacted)
    box.exec()
    if box.clickedButton() not in (full, redacted):
        return
    redact = box.clickedButton() is redacted
    suffix = "-redacted" if redact else ""
    name = file_dialogs.save_file_name(
        window,
        translate("MainWindow", "Export case files"),
        str(Path(file_dialogs.neutral_folder()) / f"casefile-export{suffix}-{today().isoformat()}.json"),
        translate("MainWindow", "Casefile interchange files (*.json)"),
    )
    if name:
        start_export(window, Path(name), redact)


def start_export(window: MainWindow, path: Path, redact: bool) -> None:
    from casefile.reports.redact import Review
    from casefile.services.interchange import write_export

    vault = window.ctx.require_vault()
    review = Review() if redact else None

    def job(control: JobControl) -> Any:
        return write_export(
            vault, path, redact=redact, progress=control.progress, cancel=control.cancelled, review=review
        )

    def done(_counts: Any) -> None:
        window.statusBar().showMessage(translate("MainWindow", "Exported to %1").replace("%1", str(path)), 15000)
        if review is not None and review.to_review:
            show_export_review(window, review, path)

    run_with_progress(window, translate("MainWindow", "Exporting…"), job, done, cancellable=True)


def show_export_review(window: MainWindow, review: Any, path: Path) -> None:
    """The words a redacted export left that may name people outside the vault: check before sharing."""
    from ui.widgets.redactions import where_label

    words = sorted(review.to_review, key=str.casefold)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("MainWindow", "Check the redacted export"),
        translate(
            "MainWindow",
            "The redacted export was written to %1.\n\nThese words may be names of people who are "
            "not in the vault, and were NOT removed. Check each one in the file before you share it:"
            "\n\n%2",
        )
        .replace("%1", str(path))
        .replace("%2", ", ".join(words[:30]) + (" …" if len(words) > 30 else "")),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText("\n".join(f"{word}: {', '.join(map(where_label, review.to_review[word]))}" for word in words))
    window.export_review_box = box
    box.open()

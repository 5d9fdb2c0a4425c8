"""Backing up the vault and exporting the deadlines calendar from the main window
(File → Backup…, Export calendar (.ics)…)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from casefile.clock import today
from ui import file_dialogs
from ui.flows.progress import run_with_progress, show_information
from ui.workers import JobControl

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


def choose_backup(window: MainWindow) -> None:
    """Ask where to write the backup (a dated name in a neutral folder) and write it."""
    if not window.ctx.unlocked:
        return
    name = file_dialogs.save_file_name(
        window,
        translate("MainWindow", "Back up the vault"),
        str(Path(file_dialogs.neutral_folder()) / f"casefile-backup-{today().isoformat()}.cfbackup"),
        translate("MainWindow", "Casefile backups (*.cfbackup);;All files (*)"),
    )
    if name:
        start_backup(window, Path(name))


def start_backup(window: MainWindow, path: Path) -> None:
    from casefile.services.backup import backup

    vault = window.ctx.require_vault()

    def job(control: JobControl) -> Any:
        return backup(vault, path, progress=control.progress)

    def done(_manifest: Any) -> None:
        dashboard = window.sections.get("dashboard")
        if dashboard is not None and hasattr(dashboard, "reload"):
            dashboard.reload()  # its "last backup" notice
        show_information(
            window,
            translate("MainWindow", "Backup finished"),
            translate(
                "MainWindow",
                "The backup was written and checked:\n%1\n\nKeep it on a separate drive, away from this laptop.",
            ).replace("%1", str(path)),
        )

    run_with_progress(window, translate("MainWindow", "Backing up…"), job, done, cancellable=False)


def choose_calendar_export(window: MainWindow) -> None:
    """Ask where to write the deadlines as an ``.ics`` file (the suffix added if missing) and write it."""
    if not window.ctx.unlocked:
        return
    name = file_dialogs.save_file_name(
        window,
        translate("MainWindow", "Export deadlines to a calendar"),
        str(Path(file_dialogs.neutral_folder()) / f"casefile-deadlines-{today().isoformat()}.ics"),
        translate("MainWindow", "Calendar files (*.ics)"),
    )
    if name:
        path = Path(name)
        start_calendar_export(window, path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics"))


def start_calendar_export(window: MainWindow, path: Path) -> None:
    """Write the open deadlines to ``path`` through the core (casefile/ics.py), in a worker."""
    from casefile.services.deadlines import write_ics

    vault = window.ctx.require_vault()

    def done(count: int) -> None:
        window.calendar_written(path, count)  # (a plural: pyside6-lupdate reads those only in tr())

    title = translate("MainWindow", "Exporting the calendar…")
    run_with_progress(window, title, lambda _c: write_ics(vault, path), done, False)

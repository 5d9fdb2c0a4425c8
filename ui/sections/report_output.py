"""Printing and saving a report the Reports section shows: where to save, the protecting
passphrase, and the jobs that print and save, run in a worker. Saving goes through the core's
``casefile.services.reporting`` (``save_pdf``, ``save_csv``), the same as ``casefile report``.

Moved out of ``ui/sections/reports.py`` (issue 14, item 5). The texts keep the "ReportsSection"
translation context they had there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from casefile.errors import Cancelled, CasefileError
from ui import file_dialogs
from ui.messages import strength_text
from ui.pdf_preview import print_pdf

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


def ask_save_path(parent: QWidget, name: str, title: str, suffix: str, filter_text: str) -> Path | None:
    """Where to save, ``name`` suggested in a neutral folder; the ``.suffix`` added if the user left it out."""
    default = str(Path(file_dialogs.neutral_folder()) / name)
    chosen = file_dialogs.save_file_name(parent, title, default, filter_text)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == f".{suffix}" else path.with_name(f"{path.name}.{suffix}")


def ask_passphrase(parent: QWidget) -> str | None:
    """The protecting passphrase, typed twice; None when the user gives up."""
    title = translate("ReportsSection", "Protect the PDF")
    prompt = translate(
        "ReportsSection", "Passphrase for the PDF (give it to the recipient another way, not in the same email):"
    )
    while True:
        first, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)
        if not ok:
            return None
        # The vault's own minimum (zxcvbn, domain/passphrase.py): a mailed PDF can be attacked
        # offline for as long as anyone likes.
        from casefile.domain.passphrase import assess

        strength = assess(first)
        if not strength.acceptable:
            why = " ".join(p for p in (strength_text(strength.reason), strength_text(strength.suggestion)) if p)
            prompt = translate("ReportsSection", "Too weak: %1 Passphrase for the PDF:").replace("%1", why)
            continue
        second, ok = QInputDialog.getText(
            parent, title, translate("ReportsSection", "Type the passphrase again:"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        if first == second:
            return first
        prompt = translate("ReportsSection", "The two passphrases were different. Passphrase for the PDF:")


def print_job(data: bytes, printer: Any, first: int, last: int) -> Callable[[Any], int]:
    """A worker job that prints pages ``first``..``last`` of ``data``, with progress and Cancel."""

    def job(control: Any) -> int:
        def progress(done: int, total: int) -> None:
            if control.cancelled():
                raise Cancelled("Printing was cancelled.")
            control.progress(int(done * 100 / max(1, total)), "")

        printed = print_pdf(data, printer, first, last, progress)
        if not printed:
            raise CasefileError("The printer could not be started.", key="printer")
        return printed

    return job


def save_pdf_job(pdf: bytes, path: Path, passphrase: str | None) -> Callable[[Any], Path]:
    """A worker job that saves the PDF through the core, as ``casefile report`` does: encrypted
    (AES-256) when a passphrase was given, written 0600 and atomically (services/reporting.save_pdf)."""

    def job(_control: Any) -> Path:
        from casefile.services.reporting import save_pdf

        return save_pdf(path, pdf, protect_with=passphrase or None)

    return job


def save_csv_job(csv_text: str, path: Path) -> Callable[[Any], Path]:
    """A worker job that saves a report's numbers through the core (services/reporting.save_csv)."""

    def job(_control: Any) -> Path:
        from casefile.services.reporting import save_csv

        return save_csv(path, csv_text)

    return job

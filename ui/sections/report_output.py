"""Printing and saving a report the Reports section shows: where to save, the protecting
passphrase, and the jobs that print, protect and write, run in a worker.

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
from casefile.vault.fsutil import atomic_write
from ui import file_dialogs
from ui.messages import strength_text
from ui.pdf_preview import print_pdf

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


def ask_save_path(parent: QWidget, stem: str, title: str, suffix: str, filter_text: str) -> Path | None:
    """Where to save, suggested in a neutral folder under a name without names; the suffix added if missing."""
    default = str(Path(file_dialogs.neutral_folder()) / f"{stem}.{suffix}")
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
    """A worker job that protects the PDF (when a passphrase was given) and writes it to ``path``."""

    def job(_control: Any) -> Path:
        data = pdf
        if passphrase:
            from casefile.reports.protect import protect_pdf

            data = protect_pdf(pdf, passphrase)
        write_report(path, data)
        return path

    return job


def write_report(path: Path, data: bytes) -> None:
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

"""A long job of the main window in a worker, behind a window-modal progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ui.messages import message_for

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


def run_with_progress(
    window: MainWindow, title: str, fn: Callable[[Any], Any], on_done: Callable[[Any], None], cancellable: bool
) -> None:
    """Run ``fn(control)`` in a worker with a progress dialog (``window.progress`` while it runs);
    ``on_done(result)`` on success, a warning on failure, a status line when cancelled."""
    dialog = QProgressDialog(title, translate("MainWindow", "Cancel") if cancellable else "", 0, 100, window)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setValue(0)
    window.progress = dialog

    def finish() -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
        if window.progress is dialog:
            window.progress = None

    def failed(key: str, message: str) -> None:
        finish()
        if key != "cancelled":
            show_warning(window, title, message_for(key, message))

    def succeeded(result: Any) -> None:
        finish()
        on_done(result)

    def cancelled() -> None:
        finish()
        window.statusBar().showMessage(message_for("cancelled", ""), 6000)

    job = window.ctx.workers.submit(
        fn,
        on_success=succeeded,
        on_failure=failed,
        on_progress=lambda percent, _msg: dialog.setValue(max(0, min(99, percent))),
        on_cancelled=cancelled,
    )
    dialog.canceled.connect(job.control.cancel)


def show_warning(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()


def show_information(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()

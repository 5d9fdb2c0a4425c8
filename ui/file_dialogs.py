"""File dialogs that leave no trace of the folders a user visits (issue 11, finding 9).

Qt's file dialog saves its history and last-visited folder into ``QtProject.conf`` (user scope,
native format) whenever one closes, so a folder named after a client ("Rosa Quispe A212345678")
would sit in plain text in the user's config folder long after the vault is locked. Two layers:

- :func:`keep_no_history` points the native-format user settings of this process at a folder
  that cannot exist (below ``os.devnull``). Casefile keeps its own settings in JSON
  (``casefile.settings``), so nothing else is lost; Qt then keeps the dialog's history in memory
  for the session only. This covers Linux and the other Unix systems, where native settings are
  files. On Windows (the registry) and macOS (CFPreferences) ``setPath`` has no effect, so:
- every dialog is opened through the functions below, which delete Qt's ``FileDialog`` group
  again as soon as the dialog returns.

Callers also suggest neutral names in neutral folders (Documents or home), never a client's.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_NOWHERE = os.path.join(os.devnull, "casefile-no-qt-settings")


def keep_no_history() -> None:
    """Call once, before the first dialog (``ui.app.ensure_application`` does)."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, _NOWHERE)


def forget_history() -> None:
    """Drop what Qt's file dialogs recorded (where settings are not files, e.g. the registry)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.sync()


def neutral_folder() -> str:
    """Where to start a dialog: the Documents folder (or home), never a folder named after someone."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and os.path.isdir(documents) else os.path.expanduser("~")


def save_file_name(parent: QWidget | None, title: str, suggested: str, filter_text: str = "") -> str:
    try:
        name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
    finally:
        forget_history()
    return str(name)


def open_file_name(parent: QWidget | None, title: str, start: str, filter_text: str = "") -> str:
    try:
        name, _filter = QFileDialog.getOpenFileName(parent, title, start, filter_text)
    finally:
        forget_history()
    return str(name)


def open_file_names(parent: QWidget | None, title: str, start: str, filter_text: str = "") -> list[str]:
    try:
        names, _filter = QFileDialog.getOpenFileNames(parent, title, start, filter_text)
    finally:
        forget_history()
    return [str(n) for n in names]


def existing_directory(parent: QWidget | None, title: str, start: str, *args: Any) -> str:
    try:
        folder = QFileDialog.getExistingDirectory(parent, title, start, *args)
    finally:
        forget_history()
    return str(folder)

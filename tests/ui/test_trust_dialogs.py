"""Issue 11, finding 9: file dialogs leave no history on disk and suggest no client's name.

Qt's file dialog wrote the folders it visited (``Rosa Quispe A212345678``) into ``QtProject.conf``
in the user's config folder, and the document export suggested the document's original file
name. Here the real dialog (Qt's own widgets, offscreen) is driven with key presses and clicks.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QPushButton
from test_records_documents import add, make_pdf
from test_records_support import ctx, lock, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from ui.app import ensure_application
from ui.sections import documents

CLIENT_FOLDER = "Rosa Quispe A212345678"


def _names_client(text: str) -> bool:
    # Qt stores folders as URLs: "Rosa%20Quispe%20A212345678".
    return "Quispe" in text or "A212345678" in text


def when_shown(kind: type, act: Callable[[object], None]) -> None:
    """Run ``act`` on the first top-level ``kind`` once a modal loop has shown it on screen
    (input sent before its window is exposed is dropped)."""

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            window = widget.windowHandle()
            if isinstance(widget, kind) and widget.isVisible() and window is not None and window.isExposed():
                act(widget)
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_document_export_suggests_a_neutral_name_and_leaves_no_dialog_history(
    qtbot,
    ctx,  # noqa: F811
    tmp_path: Path,
) -> None:
    ensure_application()  # what the app does at start, before any dialog
    source = make_pdf(tmp_path / "Rosa Quispe I-213.pdf")
    section = documents.make(ctx, None)
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    add(qtbot, section, source)
    editor = section.editor
    client_folder = tmp_path / CLIENT_FOLDER
    client_folder.mkdir()
    target = client_folder / "copy.pdf"
    seen: dict[str, str] = {}

    def fill_dialog(dialog: object) -> None:
        assert isinstance(dialog, QFileDialog)
        name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
        seen["name"] = name_edit.text()
        seen["folder"] = dialog.directory().absolutePath()
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        # As a user would: go into the client's folder (a folder name then Save opens it), then
        # name the file and save. Going there is what put the folder into the dialog's history.
        name_edit.selectAll()
        qtbot.keyClicks(name_edit, str(client_folder))
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and Path(dialog.directory().absolutePath()) == client_folder
        name_edit.selectAll()
        qtbot.keyClicks(name_edit, target.name)
        when_shown(QMessageBox, confirm)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    def confirm(box: object) -> None:
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.findChildren(QPushButton) if "unencrypted" in b.text())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_shown(QFileDialog, fill_dialog)
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=15000)
    wait_workers(qtbot, ctx)
    assert target.read_bytes() == source.read_bytes()

    # The suggestion: a neutral name (the date; the extension kept) in Documents, or home.
    assert seen["name"] == f"document-{date.today().isoformat()}.pdf"
    documents_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(documents_folder) if documents_folder and Path(documents_folder).is_dir() else Path.home()
    assert Path(seen["folder"]) == expected

    # Qt's dialog settings go nowhere: the file it would write does not exist, and no file
    # anywhere under the config folders names the client's folder.
    where = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    assert not where.exists() or not _names_client(where.read_text(errors="replace"))
    config_roots = {
        Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"),
        Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)),
    }
    for root in config_roots:
        for path in root.rglob("QtProject*") if root.is_dir() else []:
            assert not _names_client(path.read_text(errors="replace")), path
    # ... and none in memory either once the dialog has returned (Windows, macOS: no files).
    history = QSettings(QSettings.Scope.UserScope, "QtProject").value("FileDialog/history")
    assert not _names_client(str(history or ""))
    lock(ctx)

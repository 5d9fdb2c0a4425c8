"""The questions a record editor asks: leave with unsaved changes, move to the trash, open the
person who already has this A-number.

Moved out of ``ui/editors/base.py`` (issue 14, item 5). The texts keep the "RecordEditor"
translation context they had there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


def ask_save_before_leaving(parent: QWidget, title: str) -> int:
    """Save, Discard or Cancel, asked about the record titled ``title`` (Save the default)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("RecordEditor", "Unsaved changes"),
        translate("RecordEditor", "Save the changes to “%1” before leaving it?").replace("%1", title),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return box.exec()  # the StandardButton pressed (Cancel on Escape)


def confirm_trash(parent: QWidget, title: str) -> bool:
    """Whether the user confirms moving the record titled ``title`` to the trash (Cancel the default)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("RecordEditor", "Move to trash"),
        translate(
            "RecordEditor",
            "Move “%1” to the trash? It disappears from lists and search; you can restore it from Trash.",
        ).replace("%1", title),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    move = box.addButton(translate("RecordEditor", "Move to trash"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is move


def existing_person_box(parent: QWidget, name: str) -> tuple[QMessageBox, QAbstractButton]:
    """The box that says the A-number belongs to ``name``, and its "Open" button (the default;
    Escape keeps editing). The caller connects ``finished`` and opens it."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("RecordEditor", "Already in the vault"),
        translate(
            "RecordEditor",
            "This A-number belongs to “%1”, who is already in the vault. "
            "One person has one record: open theirs to add to it, or correct the A-number here.",
        ).replace("%1", name),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # a name is case data
    open_button = box.addButton(
        translate("RecordEditor", "&Open “%1”").replace("%1", name), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(translate("RecordEditor", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.setEscapeButton(keep)
    return box, open_button

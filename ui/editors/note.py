"""Notes: dated free text about a person, an encounter or a FOIA request.

Notes have no section of their own: each person, encounter and FOIA editor shows the notes about
its record (:class:`NotesPanel`), and a note opens in a small window (:class:`NoteDialog`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile import read
from ui.context import AppContext
from ui.editors.base import RecordEditor
from ui.models import fmt
from ui.models.records import NotesModel
from ui.widgets.forms import Form, plain_text_edit, read_only_label
from ui.widgets.pickers import RecordPicker


class NoteEditor(RecordEditor):
    kind_name = "notes"

    def build(self) -> QWidget:
        body = QWidget(self)
        self.text = plain_text_edit(8, max_lines=30)
        self.person = RecordPicker(self.ctx, "people")
        self.encounter = RecordPicker(self.ctx, "encounters")
        self.foia = RecordPicker(self.ctx, "foia_requests")
        self.author = read_only_label()
        form = Form(body)
        form.add("text", self.tr("&Note:"), self.text)
        form.add("person_id", self.tr("About &person:"), self.person)
        form.add("encounter_id", self.tr("About &encounter:"), self.encounter)
        form.add("foia_id", self.tr("About &FOIA request:"), self.foia)
        form.add(None, self.tr("Written by:"), self.author)
        self.register(form)
        return body

    def read(self, record: dict[str, Any]) -> None:
        self.text.setPlainText(record.get("text") or "")
        self.person.setValue(record.get("person_id"))
        self.encounter.setValue(record.get("encounter_id"))
        self.foia.setValue(record.get("foia_id"))
        author = record.get("author") or ""
        when = fmt.fmt_timestamp(record.get("created_at")) if record.get("created_at") else ""
        self.author.setText(", ".join(p for p in (author, when) if p))

    def write(self) -> dict[str, Any]:
        return {
            "text": self.text.toPlainText().strip() or None,
            "person_id": self.person.value(),
            "encounter_id": self.encounter.value(),
            "foia_id": self.foia.value(),
        }

    def pre_check(self) -> tuple[str, str] | None:
        if not self.text.toPlainText().strip():
            return "text", self.tr("Write the note before saving it.")
        return super().pre_check()

    def title_for(self, record: dict[str, Any]) -> str:
        return self.tr("Note of %1").replace("%1", fmt.fmt_timestamp(record.get("created_at")))

    def new_title(self) -> str:
        return self.tr("New note")


class NoteDialog(QDialog):
    """One note in its own window; closes itself once saved or moved to the trash."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note"))
        self.resize(640, 560)
        self.editor = NoteEditor(ctx, self)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close_checked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.editor.saved.connect(lambda _r: self.accept())
        self.editor.deleted.connect(lambda _i: self.accept())
        ctx.vault_locked.connect(self.reject)

    def close_checked(self) -> None:
        self.editor.maybe_leave(self.reject, self)

    def reject(self) -> None:
        self.editor.clear_all()
        super().reject()


class NotesPanel(QWidget):
    """The notes about one record, newest first, with "Add note…"."""

    def __init__(self, ctx: AppContext, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.field = field
        self.owner: str | None = None
        self.add_button = QPushButton(self.tr("Add &note…"), self)
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.open_button = QPushButton(self.tr("Open note"), self)
        self.open_button.setAccessibleName(self.tr("Open note"))
        self.model = NotesModel(ctx, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(self.tr("Notes"))
        row_height = self.view.verticalHeader().defaultSectionSize()
        self.view.setMinimumHeight(row_height * 4 + self.view.horizontalHeader().sizeHint().height())
        self.view.setMaximumHeight(row_height * 7 + self.view.horizontalHeader().sizeHint().height())
        self.add_button.clicked.connect(self.add_note)
        self.open_button.clicked.connect(self.open_current)
        self.view.doubleClicked.connect(lambda index: self.open_note(self.model.id_at(index.row())))
        self.view.activated.connect(lambda index: self.open_note(self.model.id_at(index.row())))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.set_owner(None)

    def set_owner(self, record_id: str | None) -> None:
        self.owner = record_id
        self.model.set_owner(self.field, record_id)
        self.add_button.setEnabled(record_id is not None)
        self.open_button.setEnabled(record_id is not None)

    def add_note(self) -> None:
        if self.owner is None:
            return
        dialog = NoteDialog(self.ctx, self)
        dialog.editor.new({self.field: self.owner})
        dialog.open()
        dialog.editor.text.setFocus()
        self.dialog = dialog

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.open_note(self.model.id_at(index.row()))

    def open_note(self, note_id: str | None) -> None:
        vault = self.ctx.vault
        if not note_id or vault is None or vault.closed:
            return
        record = read.get(vault, "notes", note_id)
        if record is None:
            return
        dialog = NoteDialog(self.ctx, self)
        dialog.editor.load(record)
        dialog.open()
        self.dialog = dialog

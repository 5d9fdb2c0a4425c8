"""Choosing a linked record by typing: people, encounters, documents, FOIA requests.

Search as you type runs ``casefile.read.page(..., text=...)`` (full text, accent-blind,
last word a prefix) for the first 20 matches on a worker, so typing never waits for the vault;
only the answer to the latest text is shown.
A person not yet in the vault can be added on the spot ("New person…"): recording a raid should
not mean leaving the form to create everyone first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casefile import read
from casefile.errors import CasefileError, DuplicatePerson, ValidationError
from casefile.services import records
from ui.context import AppContext
from ui.messages import duplicate_reason
from ui.models.paged import ID_ROLE
from ui.models.titles import title_text
from ui.widgets.anumber import ANumberEdit
from ui.widgets.choices import FreeChoiceCombo, language_items
from ui.widgets.errors import FieldError
from ui.widgets.forms import Form
from ui.widgets.guard import run_job

SUGGESTIONS = 20


def row_label(kind_name: str, row: dict[str, Any]) -> str:
    """A page row as one line, named as the picker names its value once chosen: from the stored
    record when the page carries it (``include_data``), else from the list columns."""
    return title_text(read.title(kind_name, row.get("record") or row))


def lookup_names(ctx: AppContext, kind_name: str, record_ids: list[str]) -> dict[str, str]:
    """``{id: name}`` for ``record_ids``, read in one query; a record no longer there keeps its id."""
    vault = ctx.vault
    found = read.titles(vault, kind_name, record_ids) if vault is not None and not vault.closed else {}
    return {i: title_text(found.get(i)) or i for i in record_ids}


def lookup_name(ctx: AppContext, kind_name: str, record_id: str | None) -> str:
    return lookup_names(ctx, kind_name, [record_id])[record_id] if record_id else ""


class RecordPicker(QWidget):
    """One linked record, found by typing. ``value()`` is its id or None."""

    changed = Signal()

    def __init__(self, ctx: AppContext, kind_name: str, parent: QWidget | None = None, *,
                 allow_new: bool | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind_name = kind_name
        self._id: str | None = None
        self._shown = ""
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("M" * 12))
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated[QModelIndex].connect(self._chosen)
        self.edit.setCompleter(self.completer)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self._search)
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self._finished)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        self.new_button: QToolButton | None = None
        if allow_new if allow_new is not None else kind_name == "people":
            self.new_button = QToolButton(self)
            self.new_button.clicked.connect(self.new_person)
            layout.addWidget(self.new_button)
        self.open_button = QToolButton(self)
        self.open_button.clicked.connect(self._open)
        self.open_button.setEnabled(False)
        layout.addWidget(self.open_button)
        self.setFocusProxy(self.edit)
        self._error: FieldError | None = None
        self._asked = 0  # numbers each search; an answer to an older one is dropped
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self._placeholder())
        if self.new_button is not None:
            self.new_button.setText(self.tr("New…"))
            self.new_button.setToolTip(self.tr("Add a person who is not in the vault yet"))
            self.new_button.setAccessibleName(self.tr("New person"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Show this record"))
        self.open_button.setAccessibleName(self.tr("Open the linked record"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _placeholder(self) -> str:
        return {
            "people": self.tr("Type a name or A-number…"),
            "encounters": self.tr("Type a date, city or word from the narrative…"),
            "documents": self.tr("Type a document title…"),
            "foia_requests": self.tr("Type an agency or tracking number…"),
        }.get(self.kind_name, "")

    def focus_widget(self) -> QWidget:
        return self.edit

    def set_error_label(self, error: FieldError) -> None:
        self._error = error

    def value(self) -> str | None:
        return self._id

    def setValue(self, record_id: str | None) -> None:
        self._id = record_id or None
        self.timer.stop()
        self._asked += 1  # a search still on its way is moot now
        self.model.clear()
        self._shown = lookup_name(self.ctx, self.kind_name, self._id) if self._id else ""
        self.edit.setText(self._shown)
        self.edit.setCursorPosition(0)  # show the start of a long name, not its end
        self.open_button.setEnabled(self._id is not None)
        if self._error is not None:
            self._error.clear()

    def clear(self) -> None:
        self.setValue(None)

    def check(self) -> str:
        if self._id is None and self.edit.text().strip():
            if self.kind_name == "people":
                return self.tr("No person chosen: pick one from the suggestions, or use “New…” to add them.")
            return self.tr("Nothing chosen: pick one from the suggestions.")
        return ""

    def _edited(self, text: str) -> None:
        if self._id is not None and text != self._shown:
            self._id = None
            self.open_button.setEnabled(False)
            self.changed.emit()
        if not text.strip() and self._id is None:
            self.changed.emit()
        self.timer.start()

    def _finished(self) -> None:
        if self._error is not None:
            reason = self.check()
            if reason:
                self._error.show_error(reason)
            else:
                self._error.clear()

    def page_options(self, text: str) -> dict[str, Any]:
        """What a search for ``text`` asks of ``casefile.read.page`` (a subclass may narrow it)."""
        return {"text": text, "limit": SUGGESTIONS, "include_data": True,
                "descending": self.kind_name in ("encounters", "documents")}

    def labelled(self, rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
        return [(row["id"], row_label(self.kind_name, row)) for row in rows]

    def suggestions(self, text: str) -> list[tuple[str, str]]:
        """``[(id, name)]`` for ``text``, read at once (what the worker reads as you type)."""
        vault = self.ctx.vault
        if vault is None or vault.closed:
            return []
        try:
            page = read.page(vault, self.kind_name, **self.page_options(text))
        except CasefileError:
            return []
        return self.labelled(page.rows)

    def _search(self) -> None:
        vault = self.ctx.vault
        if vault is None or vault.closed:
            return
        self._asked += 1
        asked, kind, options = self._asked, self.kind_name, self.page_options(self.edit.text())
        # A failed search (the vault locked meanwhile) suggests nothing; typing on asks again.
        run_job(self, self.ctx, lambda _c: read.page(vault, kind, **options).rows,
                on_success=lambda rows: self._suggest(asked, rows))

    def _suggest(self, asked: int, rows: list[dict[str, Any]]) -> None:
        if asked != self._asked or not self.ctx.unlocked:
            return
        found = self.labelled(rows)
        self.model.clear()
        for record_id, text in found:
            item = QStandardItem(text)
            item.setData(record_id, ID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if found and self.edit.hasFocus():
            self.completer.complete()

    def _chosen(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id:
            self.setValue(str(record_id))
            self.changed.emit()

    def _open(self) -> None:
        if self._id:
            self.ctx.open_record.emit(self.kind_name, self._id)

    def new_person(self) -> QuickPersonDialog:
        dialog = QuickPersonDialog(self.ctx, self.edit.text().strip() if self._id is None else "", self)
        dialog.saved.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, record: dict[str, Any]) -> None:
        self.setValue(record["id"])
        self.changed.emit()


class QuickPersonDialog(QDialog):
    """The few facts needed to add someone while recording an encounter: name, A-number, the
    language to speak with them (and whether an interpreter is needed), client or not. An
    A-number already in the vault offers that person instead of a second record."""

    saved = Signal(dict)  # the person created, or the one already in the vault that was chosen

    def __init__(self, ctx: AppContext, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._existing: str | None = None
        self.setWindowTitle(self.tr("New person"))
        self.name = QLineEdit(name)
        self.name.setMaxLength(500)
        self.a_number = ANumberEdit()
        self.a_number.setPlaceholderText(self.tr("e.g. A-012-345-678 (leave empty if unknown)"))
        self.preferred_language = FreeChoiceCombo(language_items())
        self.interpreter_needed = QCheckBox(self.tr("Needs an interpreter"))
        self.is_client = QCheckBox(self.tr("Client of this clinic"))
        form = Form()
        form.add("full_name", self.tr("Full &name:"), self.name)
        form.add("a_number", self.tr("&A-number:"), self.a_number)
        form.add("preferred_language", self.tr("Preferred &language:"), self.preferred_language,
                 hint=self.tr("Pick one, or type the language (e.g. Akateko)"))
        form.add("interpreter_needed", "", self.interpreter_needed)
        form.add(None, "", self.is_client)
        self.form = form
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        # Shown when the A-number is someone's already: choosing them is what the user meant.
        self.use_existing = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.use_existing.hide()
        self.use_existing.clicked.connect(self._use_existing)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addWidget(self.buttons)
        ctx.vault_locked.connect(self.reject)
        from ui.intake_conflicts import QuickConflicts  # imported here: it imports these widgets' package

        self.conflicts = QuickConflicts(self)  # the conflict check before someone is added (issue 15)

    def save(self) -> None:
        self.form.clear_errors()
        self.use_existing.hide()
        record: dict[str, Any] = {"full_name": self.name.text().strip(), "is_client": self.is_client.isChecked()}
        typed = {"a_number": self.a_number.value(), "preferred_language": self.preferred_language.value()}
        record.update({key: value for key, value in typed.items() if value})
        if self.interpreter_needed.isChecked():
            record["interpreter_needed"] = True
        if not record["full_name"]:
            self.form.fields["full_name"][1].show_error(self.tr("Type the person's name."))
            return
        if self.conflicts.holds_save():
            return
        vault = self.ctx.require_vault()
        self.buttons.setEnabled(False)

        def job(_control: Any) -> Any:
            try:
                return ("ok", records.save(vault, "people", record))
            except DuplicatePerson as exc:
                return ("invalid", exc.field, exc.reason, exc.existing_id, exc.existing_name)
            except ValidationError as exc:
                return ("invalid", exc.field, exc.reason)

        run_job(self, self.ctx, job, on_success=self._done, on_failure=self._failed)

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        if result[0] == "ok":
            self.ctx.record_saved.emit("people", result[1]["id"])
            self.saved.emit(result[1])
            self.accept()
            return
        field, reason = result[1], result[2]
        if len(result) > 3 and result[3]:
            reason = duplicate_reason(result[4])
        widget_error = self.form.fields.get(field) or self.form.fields["full_name"]
        widget_error[1].show_error(strip_field(reason, field))
        widget_error[0].setFocus()
        if len(result) > 3 and result[3]:
            self._existing = result[3]
            self.use_existing.setText(self.tr("&Use “%1”").replace("%1", result[4]))
            self.use_existing.show()
            self.use_existing.setDefault(True)

    def _use_existing(self) -> None:
        vault = self.ctx.vault
        if self._existing is None or vault is None or vault.closed:
            return
        record = read.get(vault, "people", self._existing)
        if record is not None:
            self.saved.emit(record)
            self.accept()

    def _failed(self, _key: str, message: str) -> None:
        self.buttons.setEnabled(True)
        self.form.fields["full_name"][1].show_error(message)


def strip_field(reason: str, field: str) -> str:
    """The core prefixes some reasons with the field path; beside the field it is noise."""
    for prefix in (f"{field}: ", f"{field.rsplit('.', 1)[-1]}: "):
        if field and reason.startswith(prefix):
            return reason[len(prefix):]
    return reason


class RecordListPicker(QWidget):
    """Several linked records (witnesses, a document's people): a list, a picker, Add, Remove."""

    changed = Signal()

    def __init__(self, ctx: AppContext, kind_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind_name = kind_name
        self.list = QListWidget(self)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 4 + 12)
        self.picker = RecordPicker(ctx, kind_name, self)
        self.picker.open_button.hide()  # a listed record opens by double-click
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add the chosen record"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected record"))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.picker.changed.connect(lambda: self.picker.value() and self._add())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.list.itemActivated.connect(self._open)
        self.setFocusProxy(self.picker)

    def focus_widget(self) -> QWidget:
        return self.picker.edit

    def value(self) -> list[str]:
        return [str(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())]

    def setValue(self, ids: list[str] | None) -> None:
        self.list.clear()
        names = lookup_names(self.ctx, self.kind_name, list(ids or []))  # one query for the lot
        for record_id in ids or []:
            self._append(record_id, names[record_id])
        self.picker.clear()

    def clear(self) -> None:
        self.setValue([])

    def _append(self, record_id: str, name: str | None = None) -> None:
        item = QListWidgetItem(name if name is not None else lookup_name(self.ctx, self.kind_name, record_id))
        item.setData(ID_ROLE, record_id)
        self.list.addItem(item)

    def _add(self) -> None:
        record_id = self.picker.value()
        if record_id and record_id not in self.value():
            self._append(record_id)
            self.changed.emit()
        self.picker.clear()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def _open(self, item: QListWidgetItem) -> None:
        record_id = item.data(ID_ROLE)
        if record_id:
            self.ctx.open_record.emit(self.kind_name, str(record_id))

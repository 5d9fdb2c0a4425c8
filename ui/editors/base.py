"""What every record editor does the same way: load, notice changes, save, delete, history.

A subclass builds its form (``build``), fills it from a record (``read``) and reads it back
(``write``). The base class keeps everything else uniform:

* saving runs ``casefile.services.records.save`` in a worker; a ``ValidationError`` comes back
  as ``(field, reason)`` and is shown at the widget registered for that field path (sub-lists
  such as ``participants[0].arrest.bond_amount`` select the row and show it at the field);
* fields the form does not edit are carried over untouched, so saving never drops data that a
  newer version or an import put there;
* unsaved changes are noticed, and :meth:`maybe_leave` asks Save / Discard / Cancel;
* delete moves the record to the trash after a confirmation; "History…" lists earlier versions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import DuplicatePerson, ValidationError
from casefile.read import META_FIELDS
from casefile.services import records
from ui.context import AppContext
from ui.editors.prompts import ask_save_before_leaving, confirm_trash, existing_person_box
from ui.messages import MessageLabel, duplicate_reason, message_for, set_heading
from ui.widgets.forms import Form, align_captions, clean
from ui.widgets.guard import run_job
from ui.widgets.pickers import strip_field
from ui.widgets.rowlist import RowListEditor

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


class RecordEditor(QWidget):
    kind_name = ""
    scrolls = True  # wrap the body in a scroll area (the encounter editor scrolls per page)

    saved = Signal(dict)  # the record as stored, after a save
    deleted = Signal(str)  # the id of a record moved to the trash
    dirtyChanged = Signal(bool)
    saveRejected = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fields: dict[str, tuple[QWidget, Any]] = {}
        self.field_labels: dict[str, str] = {}
        self.lists: dict[str, RowListEditor] = {}
        self.page_of: dict[str, int] = {}
        self.forms: list[Form] = []
        self._record: dict[str, Any] | None = None
        self._baseline: dict[str, Any] = {}
        self._active = False  # a record (new or stored) is in the form
        self._dirty = False
        self._saving = False
        self._after_save: Callable[[], None] | None = None

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # names are case data
        self.heading.setWordWrap(True)
        set_heading(self.heading, 1.25)
        self.unsaved = QLabel(self)
        self.unsaved.setTextFormat(Qt.TextFormat.PlainText)
        self.status = MessageLabel(self)
        self.status.reserve_line()
        body = self.build()
        self.align()
        if self.scrolls:
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setWidget(body)
            self.scroll: QScrollArea | None = scroll
        else:
            self.scroll = None
        self._build_buttons()
        self._lay_out(body)
        ctx.vault_locked.connect(self.clear_all)
        self.clear_all()

    def _build_buttons(self) -> None:
        self.save_button = QPushButton(translate("RecordEditor", "&Save"), self)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(translate("RecordEditor", "Save (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(translate("RecordEditor", "&Undo changes"), self)
        self.revert_button.setToolTip(translate("RecordEditor", "Go back to the last saved version of this form"))
        self.history_button = QPushButton(translate("RecordEditor", "&History…"), self)
        self.history_button.setToolTip(translate("RecordEditor", "Earlier versions: what changed, who, when"))
        self.delete_button = QPushButton(translate("RecordEditor", "Move to &trash…"), self)
        for button in (self.save_button, self.revert_button, self.history_button, self.delete_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(self.revert)
        self.history_button.clicked.connect(self.show_history)
        self.delete_button.clicked.connect(self.delete)

    def _lay_out(self, body: QWidget) -> None:
        """Heading and "Unsaved changes" on top, the status line, the form, the buttons at the foot."""
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.delete_button)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.unsaved, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll if self.scroll is not None else body, 1)
        layout.addLayout(buttons)

    # ----- what subclasses provide -----
    def build(self) -> QWidget:
        raise NotImplementedError

    def read(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def write(self) -> dict[str, Any]:
        raise NotImplementedError

    def blank(self) -> dict[str, Any]:
        return {}

    def title_for(self, record: dict[str, Any]) -> str:
        return str(record.get("id", ""))

    def new_title(self) -> str:
        return translate("RecordEditor", "New record")

    def show_page(self, index: int) -> None:
        """Bring the page holding a field into view (editors with several pages)."""

    def preferred_width(self) -> int:
        """The width the form needs for its best layout, when more than its section's share (0: none)."""
        return 0

    def current_page(self) -> int:
        """The page on screen (editors with several pages), so a rebuilt form can return to it."""
        return 0

    def pre_check(self) -> tuple[str, str] | None:
        """A problem the form can see before saving: ``(field path, reason)``."""
        for path, (widget, _error) in self.fields.items():
            check = getattr(widget, "check", None)
            reason = check() if check is not None else ""
            if reason:
                return path, reason
        return None

    # ----- registration -----
    def align(self) -> None:
        """Line up the label columns of the editor's forms (per page, for paged editors)."""
        align_captions(self.forms)

    def register(self, form: Form, page: int = 0) -> Form:
        self.forms.append(form)
        self.fields.update(form.fields)
        self.field_labels.update(form.labels)
        for path, (widget, _error) in form.fields.items():
            self.page_of[path] = page
            self.watch(widget)
        return form

    def register_list(self, path: str, editor: RowListEditor, label: str, page: int = 0) -> None:
        self.lists[path] = editor
        self.field_labels[path] = label
        self.page_of[path] = page
        editor.changed.connect(self.update_dirty)

    def watch(self, widget: QWidget) -> None:
        signal = getattr(widget, "changed", None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(self.update_dirty)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(self.update_dirty)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.update_dirty)
        elif isinstance(widget, (QCheckBox, QAbstractButton)):
            widget.toggled.connect(self.update_dirty)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.update_dirty)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self.update_dirty)

    # ----- state -----
    @property
    def record_id(self) -> str | None:
        return (self._record or {}).get("id")

    @property
    def active(self) -> bool:
        return self._active

    @property
    def saving(self) -> bool:
        return self._saving

    def record(self) -> dict[str, Any] | None:
        return dict(self._record) if self._record is not None else None

    def dump(self) -> dict[str, Any]:
        """The record as the form shows it, with fields the form does not edit carried over."""
        base = {k: v for k, v in (self._record or {}).items() if k not in (*META_FIELDS, "deleted_at")}
        return clean({**base, **self.write()})

    def is_dirty(self) -> bool:
        return self._active and self.dump() != self._baseline

    def update_dirty(self, *_args: Any) -> None:
        if not self._active:
            return
        dirty = self.is_dirty()
        if dirty != self._dirty:
            self._dirty = dirty
            self.unsaved.setText(translate("RecordEditor", "Unsaved changes") if dirty else "")
            self.dirtyChanged.emit(dirty)
        self.save_button.setEnabled(not self._saving and (dirty or self.record_id is None))
        self.revert_button.setEnabled(dirty)

    # ----- loading -----
    def load(self, record: dict[str, Any] | None, defaults: dict[str, Any] | None = None) -> None:
        """Show ``record`` (a stored record), or a new one: blank plus ``defaults``."""
        self.status.clear_message()
        self.clear_errors()
        self._record = dict(record) if record is not None else None
        self._active = True
        self.setEnabled(True)
        self.read(dict(record) if record is not None else {**self.blank(), **(defaults or {})})
        for edit in self.findChildren(QLineEdit):  # a long title or address shows its start, not its end
            if not edit.hasFocus():
                edit.setCursorPosition(0)
        self._baseline = self.dump()
        self._dirty = False
        self.unsaved.setText("")
        has_id = self.record_id is not None
        self.heading.setText(self.title_for(record) if record is not None else self.new_title())
        self.history_button.setEnabled(has_id)
        self.delete_button.setEnabled(has_id)
        self.update_dirty()
        self.dirtyChanged.emit(False)

    def new(self, defaults: dict[str, Any] | None = None) -> None:
        """A new record; ``defaults`` (e.g. the person a note is about) do not count as changes."""
        self.load(None, defaults)

    def clear_all(self) -> None:
        """Nothing in the form (no record chosen, or the vault was locked)."""
        self._record = None
        self._active = False
        self._dirty = False
        self._after_save = None
        self.status.clear_message()
        self.clear_errors()
        self.read(self.blank())
        self._baseline = {}
        self.heading.setText("")
        self.unsaved.setText("")
        for button in (self.save_button, self.revert_button, self.history_button, self.delete_button):
            button.setEnabled(False)
        self.setEnabled(False)

    def clear_errors(self) -> None:
        for _widget, error in self.fields.values():
            error.clear()
        for editor in self.lists.values():
            editor.clear_errors()

    def revert(self) -> None:
        self.load(self._record)

    # ----- saving -----
    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Start saving; ``then`` runs after a successful save. False when nothing was started."""
        if not self._active or self._saving or not self.ctx.unlocked:
            return False
        self.clear_errors()
        self.status.clear_message()
        problem = self.pre_check()
        if problem is not None:
            self.show_field_error(*problem)
            self.saveRejected.emit()
            return False
        record = self.dump()
        vault = self.ctx.require_vault()
        kind_name = self.kind_name

        def job(_control: Any) -> Any:
            try:
                return ("ok", records.save(vault, kind_name, record))
            except DuplicatePerson as exc:
                return ("invalid", exc.field, exc.reason, exc.existing_id, exc.existing_name)
            except ValidationError as exc:
                return ("invalid", exc.field, exc.reason)

        self._saving = True
        self._after_save = then
        self.save_button.setEnabled(False)
        run_job(self, self.ctx, job, on_success=self._save_done, on_failure=self._save_failed)
        return True

    def _save_done(self, result: Any) -> None:
        self._saving = False
        then, self._after_save = self._after_save, None
        if not self._active:
            return
        if result[0] == "invalid":
            self.update_dirty()
            duplicate = len(result) > 3 and bool(result[3])
            self.show_field_error(result[1], duplicate_reason(result[4]) if duplicate else result[2])
            self.saveRejected.emit()
            if duplicate:
                self.offer_existing(result[3], result[4])
            return
        stored = result[1]
        self.load(stored)
        self.status.show_message(translate("RecordEditor", "Saved."), "info")
        self.ctx.record_saved.emit(self.kind_name, stored["id"])
        self.saved.emit(stored)
        if then is not None:
            then()

    def _save_failed(self, key: str, message: str) -> None:
        self._saving = False
        self._after_save = None
        self.update_dirty()
        self.status.show_message(message_for(key, message), "error")
        self.saveRejected.emit()

    def offer_existing(self, record_id: str, name: str) -> None:
        """The A-number belongs to someone already in the vault: offer to open their record
        (dropping what was typed here) or to keep editing (to correct a mistyped number)."""
        box, self.open_existing_button = existing_person_box(self, name)

        def chosen() -> None:
            if box.clickedButton() is self.open_existing_button and self.ctx.unlocked:
                self.revert()  # what was typed described the same person; their record is the one to edit
                self.ctx.open_record.emit(self.kind_name, record_id)

        box.finished.connect(chosen)
        box.open()
        self.existing_box = box

    def show_field_error(self, field: str, reason: str) -> None:
        """Put a core or form reason at the widget for ``field``; elsewhere at the top."""
        entry = self.fields.get(field)
        if entry is not None:
            self.show_page(self.page_of.get(field, 0))
            entry[1].show_error(strip_field(reason, field))
            widget = entry[0]
            getattr(widget, "focus_widget", lambda: widget)().setFocus(Qt.FocusReason.OtherFocusReason)
            if self.scroll is not None:
                self.scroll.ensureWidgetVisible(entry[1])
            return
        for path, editor in self.lists.items():
            if field == path or field.startswith((f"{path}[", f"{path}.")):
                self.show_page(self.page_of.get(path, 0))
                editor.show_error(field[len(path):], strip_field(reason, field))
                if self.scroll is not None:
                    self.scroll.ensureWidgetVisible(editor)
                return
        label = self.field_labels.get(field, field)
        text = strip_field(reason, field)
        self.status.show_message(f"{label}: {text}" if label else text, "error")

    # ----- leaving, deleting, history -----
    def maybe_leave(self, proceed: Callable[[], None], parent: QWidget | None = None) -> str:
        """Run ``proceed`` now, or after Save / Discard; Cancel keeps the form as it is.

        Returns what happened: "clean" (nothing to save), "save", "discard" or "cancel".
        """
        if not self.is_dirty():
            proceed()
            return "clean"
        choice = ask_save_before_leaving(parent or self, self.heading.text() or self.new_title())
        if choice == QMessageBox.StandardButton.Save:
            self.save(then=proceed)
            return "save"
        if choice == QMessageBox.StandardButton.Discard:
            self.revert()
            proceed()
            return "discard"
        return "cancel"

    def delete(self) -> None:
        record_id = self.record_id
        if record_id is None or not self.ctx.unlocked:
            return
        if confirm_trash(self, self.heading.text()):
            self.delete_now()

    def delete_now(self) -> None:
        record_id = self.record_id
        if record_id is None:
            return
        vault = self.ctx.require_vault()
        kind_name = self.kind_name

        def job(_control: Any) -> Any:
            records.delete(vault, kind_name, record_id)
            return record_id

        def done(deleted_id: Any) -> None:
            self.clear_all()
            self.ctx.record_saved.emit(kind_name, str(deleted_id))
            self.deleted.emit(str(deleted_id))

        run_job(self, self.ctx, job, on_success=done, on_failure=self._save_failed)

    def show_history(self) -> None:
        if self.record_id is None:
            return
        from ui.editors.history import HistoryDialog

        dialog = HistoryDialog(self.ctx, self.kind_name, self.record_id, self.field_labels, self)
        dialog.setWindowTitle(translate("RecordEditor", "History of “%1”").replace("%1", self.heading.text()))
        dialog.open()
        self.history_dialog = dialog

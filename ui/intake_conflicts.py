"""The conflict check in the person form (issue 15): while a new person's name, A-number or date
of birth is typed, and again before it is saved, the vault is searched for who they may be or
conflict with (``casefile.services.conflicts``, on the worker). The hits show in a panel above the
form: name, A-number, what they are to the clinic, their encounters and why each may be adverse.
The user opens an existing person (in a window of its own: the form keeps what was typed), or
confirms "not a conflict" with a reason (kept in a note on the new person and in the audit log),
or cancels the save and keeps editing. Saving a new person waits for the check of what is typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile import catalogue
from casefile.errors import ValidationError
from casefile.formatting import format_a_number
from casefile.services import conflicts
from ui import i18n, labels
from ui.widgets.guard import run_job

if TYPE_CHECKING:
    from ui.editors.person import PersonEditor

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls
DEBOUNCE_MS = 600  # a pause in typing, not every key, starts a check


class ConflictPanel(QFrame):
    """The people found, and the three ways on: open one, "not a conflict", cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.rules = QLabel(self)
        self.rules.setWordWrap(True)
        self.hits = QListWidget(self)
        self.hits.setWordWrap(True)
        self.hits.setAccessibleName(translate("ConflictPanel", "People who may be this person or conflict with them"))
        self.open_button = QPushButton(translate("ConflictPanel", "&Open this person…"), self)
        self.open_button.setToolTip(
            translate("ConflictPanel", "Their case in a window of its own; this form keeps what you typed"))
        self.clear_button = QPushButton(translate("ConflictPanel", "&Not a conflict…"), self)
        self.cancel_button = QPushButton(translate("ConflictPanel", "Ca&ncel saving"), self)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(2000)
        self.reason.setPlaceholderText(
            translate("ConflictPanel", "Why this is not a conflict (kept in a note on the new person)"))
        self.reason.setAccessibleName(translate("ConflictPanel", "Reason it is not a conflict"))
        self.confirm_button = QPushButton(translate("ConflictPanel", "Confirm and sa&ve"), self)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.clear_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        confirm = QHBoxLayout()
        confirm.addWidget(self.reason, 1)
        confirm.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.hits, 1)
        layout.addWidget(self.rules)
        layout.addLayout(buttons)
        layout.addLayout(confirm)
        self.hits.currentRowChanged.connect(self._selected)
        self.show_confirm(False)
        self.hide()

    def show_confirm(self, shown: bool) -> None:
        self.reason.setVisible(shown)
        self.confirm_button.setVisible(shown)

    def set_hits(self, hits: list[conflicts.Hit]) -> None:
        lang = i18n.current_language()
        self.people = hits
        self.hits.clear()
        for hit in hits:
            item = QListWidgetItem(_describe(hit, lang))
            item.setData(Qt.ItemDataRole.UserRole, hit.person_id)
            self.hits.addItem(item)
        adverse = sum(1 for h in hits if h.possibly_adverse)
        title = self.tr("Possible conflicts: %n person(s) in the vault", "", len(hits))
        if adverse:
            title += " — " + self.tr("%n possibly adverse", "", adverse)
        self.title.setText(title)
        self.rules.setText(catalogue.text(lang, "conflict.rules"))
        self.hits.setCurrentRow(0 if hits else -1)
        self.setVisible(bool(hits))
        self.show_confirm(False)

    def selected(self) -> conflicts.Hit | None:
        row = self.hits.currentRow()
        return self.people[row] if 0 <= row < len(getattr(self, "people", [])) else None

    def _selected(self, _row: int) -> None:
        hit = self.selected()
        self.open_button.setEnabled(hit is not None and not hit.trashed)  # the case page reads live records


def _describe(hit: conflicts.Hit, lang: str) -> str:
    """One hit as lines of plain text (names are case data, never markup)."""
    head = hit.full_name + (f" — {format_a_number(hit.a_number)}" if hit.a_number else "")
    lines = [head, *conflicts.explain(hit, lang)]
    for role in hit.roles:
        what = labels.label("role", role.role)
        if role.outcome:
            what += f", {labels.label('outcome', role.outcome)}"
        line = translate("ConflictPanel", "Encounter of %1: %2")
        lines.append(line.replace("%1", role.occurred_at[:10]).replace("%2", what))
    return "\n".join(lines)


class ConflictGuard(QObject):
    """Runs the check for a person form that holds a new person, and holds its Save until the
    people found were looked at."""

    def __init__(self, editor: PersonEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.panel = ConflictPanel(editor)
        editor.layout().insertWidget(2, self.panel)  # under the heading and the status line
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.check_now)
        editor.full_name.textEdited.connect(self._typed)
        editor.a_number.changed.connect(self._typed)
        editor.date_of_birth.changed.connect(self._typed)
        editor.saved.connect(self._saved)
        self.panel.open_button.clicked.connect(self.open_selected)
        self.panel.clear_button.clicked.connect(self._ask_reason)
        self.panel.confirm_button.clicked.connect(self.confirm)
        self.panel.reason.returnPressed.connect(self.confirm)
        self.panel.cancel_button.clicked.connect(self.cancel)
        self.case_page: Any = None
        # The decision to record once the save went through; a refused save forgets it. Kept by
        # reset(): the editor loads the saved record just before it says it was saved.
        self.to_record: tuple[list[str], str] | None = None
        editor.saveRejected.connect(self._save_refused)
        self.reset()

    # ----- state -----
    def reset(self) -> None:
        """A new form (another record, or none): nothing checked, nothing held."""
        self.timer.stop()
        self.seq = 0
        self.checked_key: tuple[str, str, str] | None = None
        self.found: list[conflicts.Hit] = []
        self.pending: tuple[Any] | None = None  # a held save's ``then``
        self.cleared: tuple[tuple[str, str, str], list[str], str] | None = None
        self.panel.set_hits([])

    def creating(self) -> bool:
        return self.editor.active and self.editor.record_id is None

    def key(self) -> tuple[str, str, str]:
        e = self.editor
        return (" ".join(e.full_name.text().split()), e.a_number.text().strip(), e.date_of_birth.value() or "")

    def _typed(self, *_args: Any) -> None:
        if self.creating():
            self.timer.start()

    # ----- checking -----
    def check_now(self) -> None:
        self.timer.stop()
        if not self.creating() or not self.editor.ctx.unlocked:
            return
        key = self.key()
        name, typed_number, born = key
        a_number = typed_number if not self.editor.a_number.check() else ""  # half-typed: the name alone
        born = born if not self.editor.date_of_birth.check() else ""
        self.seq += 1
        seq = self.seq
        vault = self.editor.ctx.require_vault()

        def job(_control: Any) -> Any:
            try:
                return conflicts.check(vault, name, a_number, born).hits
            except ValidationError:
                return []  # nothing to look for yet (a name of one letter)

        run_job(self.panel, self.editor.ctx, job, on_success=lambda hits: self._checked(seq, key, hits),
                on_failure=self._failed)

    def _checked(self, seq: int, key: tuple[str, str, str], hits: list[conflicts.Hit]) -> None:
        if seq != self.seq or not self.creating():
            return  # typed on since: a newer check is coming
        self.checked_key, self.found = key, list(hits)
        self.panel.set_hits(self.found)
        if self.pending is not None:
            self._resume()

    def _failed(self, _key: str, message: str) -> None:
        self.pending = None
        self.editor.status.show_message(message, "error")

    # ----- saving -----
    def holds_save(self, then: Any) -> bool:
        """Whether this save of the form waits (for the check, or for the user's answer)."""
        if not self.creating():
            return False
        key = self.key()
        if self.cleared is not None and self.cleared[0] == key:
            self.to_record = (self.cleared[1], self.cleared[2])
            return False
        if self.checked_key == key and self._nothing_to_ask():
            return False
        self.pending = (then,)
        if self.checked_key != key:
            self.editor.status.show_message(translate("ConflictPanel", "Checking for conflicts…"), "info")
            self.check_now()
        else:
            self._resume()
        return True

    def _nothing_to_ask(self) -> bool:
        # A live person with this A-number: the save itself is refused and offers their record
        # (one A-number, one live person: services/duplicates.py), a stronger answer than a panel.
        return not self.found or any(h.match == "a-number" and not h.trashed for h in self.found)

    def _resume(self) -> None:
        if not self._nothing_to_ask():
            self.editor.status.show_message(
                translate("ConflictPanel", "Not saved yet: look at the possible conflicts above, then open one, "
                                           "confirm it is not a conflict, or cancel."), "error")
            self.panel.hits.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        (then,), self.pending = self.pending or (None,), None
        self.editor.status.clear_message()
        self.editor.save(then)

    def _ask_reason(self) -> None:
        self.panel.show_confirm(True)
        self.panel.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm(self) -> None:
        reason = " ".join(self.panel.reason.text().split())
        if not reason:
            why = translate("ConflictPanel", "Say why this is not a conflict: the note on the new person keeps it.")
            self.editor.status.show_message(why, "error")
            self.panel.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.cleared = (self.key(), [h.person_id for h in self.found], reason)
        then = self.pending[0] if self.pending is not None else None
        self.pending = None
        self.editor.save(then)

    def cancel(self) -> None:
        """Back to the form as typed; nothing saved, nothing lost."""
        self.pending = None
        self.panel.show_confirm(False)
        self.editor.status.clear_message()
        self.editor.full_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_refused(self) -> None:
        self.to_record = None

    def _saved(self, stored: dict[str, Any]) -> None:
        record, self.to_record = self.to_record, None
        self.reset()
        if record is None:
            return
        vault, lang = self.editor.ctx.require_vault(), i18n.current_language()
        ids, reason = record
        run_job(self.editor, self.editor.ctx, lambda _c: conflicts.clear(vault, stored["id"], ids, reason, lang),
                on_success=None, on_failure=self._failed)

    # ----- opening the person found -----
    def open_selected(self) -> None:
        hit = self.panel.selected()
        if hit is None or hit.trashed:
            return
        from ui.case_page import CasePage

        if self.case_page is not None:
            self.case_page.close()
        self.case_page = CasePage(self.editor.ctx, hit.person_id, self.editor.window())
        self.case_page.destroyed.connect(lambda *_: setattr(self, "case_page", None))
        self.case_page.show()


class QuickConflicts(QObject):
    """The same check for the short "New person" dialog of an encounter's people: on Save, the
    people found show in the dialog; the user uses one of them for the encounter, confirms "not a
    conflict" with a reason, or cancels and keeps what was typed."""

    def __init__(self, dialog: Any) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.panel = ConflictPanel(dialog)
        dialog.layout().insertWidget(dialog.layout().count() - 1, self.panel)  # above the buttons
        self.panel.open_button.setText(translate("ConflictPanel", "&Use this person"))
        self.panel.open_button.setToolTip(
            translate("ConflictPanel", "Put the person already in the vault in this encounter instead of a new one"))
        self.panel.open_button.clicked.connect(self.use_selected)
        self.panel.clear_button.clicked.connect(self._ask_reason)
        self.panel.confirm_button.clicked.connect(self.confirm)
        self.panel.reason.returnPressed.connect(self.confirm)
        self.panel.cancel_button.clicked.connect(self.cancel)
        self.message = QLabel(dialog)
        self.message.setWordWrap(True)
        dialog.layout().insertWidget(dialog.layout().count() - 1, self.message)
        self.message.hide()
        self.checked_key: tuple[str, str] | None = None
        self.found: list[conflicts.Hit] = []
        self.cleared: tuple[tuple[str, str], list[str], str] | None = None
        self.to_record: tuple[list[str], str] | None = None
        dialog.saved.connect(self._saved)

    def key(self) -> tuple[str, str]:
        return (" ".join(self.dialog.name.text().split()), self.dialog.a_number.text().strip())

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def holds_save(self) -> bool:
        """Whether the dialog's Save waits (for the check, or for the user's answer)."""
        key = self.key()
        if self.cleared is not None and self.cleared[0] == key:
            self.to_record = (self.cleared[1], self.cleared[2])
            return False
        found_live_number = any(h.match == "a-number" and not h.trashed for h in self.found)
        if self.checked_key == key and (not self.found or found_live_number):
            return False  # nobody, or the A-number's holder (the save offers to use them)
        if self.checked_key == key:
            self._say(translate("ConflictPanel", "Not added yet: look at the possible conflicts above, then use one "
                                                 "of them, confirm it is not a conflict, or cancel."))
            return True
        name, typed_number = key
        a_number = typed_number if not self.dialog.a_number.check() else ""
        vault = self.dialog.ctx.require_vault()

        def job(_control: Any) -> Any:
            try:
                return conflicts.check(vault, name, a_number).hits
            except ValidationError:
                return []

        self.dialog.buttons.setEnabled(False)
        self._say(translate("ConflictPanel", "Checking for conflicts…"))
        run_job(self.panel, self.dialog.ctx, job, on_success=lambda hits: self._checked(key, hits),
                on_failure=self._failed)
        return True

    def _checked(self, key: tuple[str, str], hits: list[conflicts.Hit]) -> None:
        self.dialog.buttons.setEnabled(True)
        self._say("")
        self.checked_key, self.found = key, list(hits)
        self.panel.set_hits(self.found)
        if key == self.key():
            self.dialog.save()  # goes through, or says what to look at

    def _failed(self, _key: str, message: str) -> None:
        self.dialog.buttons.setEnabled(True)
        self._say(message)

    def _ask_reason(self) -> None:
        self.panel.show_confirm(True)
        self.panel.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm(self) -> None:
        reason = " ".join(self.panel.reason.text().split())
        if not reason:
            why = translate("ConflictPanel", "Say why this is not a conflict: the note on the new person keeps it.")
            self._say(why)
            return
        self.cleared = (self.key(), [h.person_id for h in self.found], reason)
        self.dialog.save()

    def cancel(self) -> None:
        self.panel.show_confirm(False)
        self._say("")
        self.dialog.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def use_selected(self) -> None:
        from casefile import read

        hit = self.panel.selected()
        vault = self.dialog.ctx.vault
        if hit is None or hit.trashed or vault is None or vault.closed:
            return
        record = read.get(vault, "people", hit.person_id)
        if record is not None:
            self.to_record = None
            self.dialog.saved.emit(record)
            self.dialog.accept()

    def _saved(self, stored: dict[str, Any]) -> None:
        record, self.to_record = self.to_record, None
        if record is None:
            return
        vault, lang = self.dialog.ctx.require_vault(), i18n.current_language()
        ids, reason = record
        ctx = self.dialog.ctx
        # The dialog closes now: the note is written on the worker, owned by the app's context.
        ctx.workers.submit(lambda _c: conflicts.clear(vault, stored["id"], ids, reason, lang))

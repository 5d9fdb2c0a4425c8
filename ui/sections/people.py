"""People: clients, targets, family members and witnesses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from casefile import read
from ui.context import AppContext
from ui.models.records import PeopleModel
from ui.sections.base import ChoiceFilter, FilterCombo, RecordSection, plural

if TYPE_CHECKING:
    from ui.editors.base import RecordEditor

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


class PeopleSection(RecordSection):
    kind_name = "people"
    list_share = 0.45  # name, A-number, client and custody readable; the form still has room
    whole_columns = (1,)  # A-numbers are never cut

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, PeopleModel(ctx), parent)
        self.add_filter("is_client", ChoiceFilter(lambda: [
            (None, translate("PeopleSection", "Everyone")),
            (1, translate("PeopleSection", "Clients")),
            (0, translate("PeopleSection", "Not clients")),
        ]), lambda: translate("PeopleSection", "Show clients or everyone"))
        self.add_filter("custody_status", FilterCombo(
            "custody_status", lambda: translate("PeopleSection", "Any custody status")),
            lambda: translate("PeopleSection", "Filter by custody status"))
        self.finish_filters()
        ctx.open_record.connect(self._open_note)

    def make_editor(self) -> RecordEditor:
        from ui.editors.person import PersonEditor

        return PersonEditor(self.ctx, self)

    def list_name(self) -> str:
        return translate("PeopleSection", "People")

    def new_text(self) -> str:
        return translate("PeopleSection", "&New person")

    def filter_placeholder(self) -> str:
        return translate("PeopleSection", "Find by name, A-number, facility…")

    def count_text(self, count: int) -> str:
        return plural(count, translate("PeopleSection", "1 person"), translate("PeopleSection", "%1 people"))

    def _open_note(self, kind_name: str, note_id: str) -> None:
        """Search results for a note land here: show whom it is about, then the note."""
        vault = self.ctx.vault
        if kind_name != "notes" or not note_id or vault is None or vault.closed:
            return
        note = read.get(vault, "notes", note_id)
        if note is None:
            return
        if note.get("person_id"):
            self.show_record(note["person_id"])
        elif note.get("encounter_id"):
            QTimer.singleShot(0, self, lambda: self.ctx.open_record.emit("encounters", note["encounter_id"]))
        elif note.get("foia_id"):
            QTimer.singleShot(0, self, lambda: self.ctx.open_record.emit("foia_requests", note["foia_id"]))
        from ui.editors.note import NoteDialog

        dialog = NoteDialog(self.ctx, self)
        dialog.editor.load(note)
        dialog.open()
        self.note_dialog = dialog


def make(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return PeopleSection(ctx, parent)

"""The paged list of each record kind: which columns it shows and how a row reads."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QStyle

from casefile import read
from casefile.clock import today
from casefile.domain.dates import foia_overdue
from ui import labels
from ui.models import fmt
from ui.models.paged import Column, PagedTableModel, enum_cell

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


def warning_icon() -> Any:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    return app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def yes_blank(value: Any) -> str:
    return labels.label("tristate", True) if value else ""


class PeopleModel(PagedTableModel):
    kind_name = "people"

    def make_columns(self) -> list[Column]:
        return [
            Column(lambda: translate("PeopleModel", "Name"), lambda r: r.get("full_name") or "", "name"),
            Column(lambda: translate("PeopleModel", "A-number"), lambda r: fmt.fmt_a_number(r.get("a_number"))),
            # Custody before the client flag: whether someone is detained is what the list is read for.
            Column(lambda: translate("PeopleModel", "Custody"), enum_cell("custody_status", "custody_status"),
                   "custody"),
            Column(lambda: translate("PeopleModel", "Client"), lambda r: yes_blank(r.get("is_client"))),
            Column(lambda: translate("PeopleModel", "Born"), lambda r: fmt.fmt_date(r.get("date_of_birth")), "birth"),
        ]



def people_cell(row: dict[str, Any]) -> str:
    """"Rosa Quispe +2": the first name in full, how many more (all of them in the form)."""
    names = row.get("people_names") or []
    if not names:
        return str(row.get("people") or "")
    more = len(names) - 1
    return f"{names[0]} +{more}" if more else names[0]


class EncountersModel(PagedTableModel):
    kind_name = "encounters"
    default_descending = True  # newest first: the raid recorded this morning is on top
    include_data = True  # the list column holds the UTC sort key; show the time as recorded

    def make_columns(self) -> list[Column]:
        return [
            Column(lambda: translate("EncountersModel", "When"), lambda r: fmt.fmt_datetime(r.get("when")), "occurred"),
            Column(lambda: translate("EncountersModel", "Setting"), enum_cell("setting", "setting"),
                   "setting"),
            Column(lambda: translate("EncountersModel", "Place"), lambda r: r.get("place") or "", "city"),
            Column(lambda: translate("EncountersModel", "People"), people_cell),
            Column(lambda: translate("EncountersModel", "Warrant"), enum_cell("warrant_type", "warrant_type")),
            Column(lambda: translate("EncountersModel", "Entry"), enum_cell("entry", "entry")),
            Column(lambda: translate("EncountersModel", "Program"), enum_cell("program", "program")),
        ]

    def query(self, vault: Any, after: Any, limit: int) -> tuple[list[dict[str, Any]], Any]:
        rows, next_after = super().query(vault, after, limit)
        # Whose encounter it is (issue 13, finding 8): the people's names, read once per page.
        ids = [p.get("person_id") for row in rows for p in ((row.get("record") or {}).get("participants") or [])]
        names = read.people_names(vault, [i for i in ids if i])
        for row in rows:
            people = [p for p in (row.get("record") or {}).get("participants") or [] if p.get("person_id")]
            # Clients first, then the person agents came for, then the others, as recorded.
            order = sorted(people, key=lambda p: (not names.get(p["person_id"], ("", False))[1],
                                                  p.get("role") != "target"))
            row["people_names"] = [names[p["person_id"]][0] for p in order if p["person_id"] in names]
        return rows, next_after

    def prepare(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            record = row.pop("record", None) or {}
            row["when"] = record.get("occurred_at") or row.get("occurred_at")
            row["people"] = len(record.get("participants") or [])
        return rows

    def reload_on_kinds(self) -> tuple[str, ...]:
        return (self.kind_name, "people")  # a renamed person is renamed in the list


class DocumentsModel(PagedTableModel):
    kind_name = "documents"
    default_descending = True

    def make_columns(self) -> list[Column]:
        return [
            Column(lambda: translate("DocumentsModel", "Title"), lambda r: r.get("title") or "", "title"),
            Column(lambda: translate("DocumentsModel", "Kind"), enum_cell("document_kind", "kind"), "kind"),
            Column(lambda: translate("DocumentsModel", "Date"), lambda r: fmt.fmt_date(r.get("document_date")), "date"),
            Column(lambda: translate("DocumentsModel", "Type"), lambda r: r.get("media_type") or ""),
            Column(lambda: translate("DocumentsModel", "Size"), lambda r: fmt.fmt_size(r.get("size")),
                   align_right=True),
        ]


def foia_is_overdue(row: dict[str, Any]) -> bool:
    """Late and unanswered: an answer, determination, appeal or suit recorded closes the clock
    whatever the status says (``response_done``)."""
    if row.get("response_done"):
        return False
    due = fmt.parse_iso_date(row.get("response_due"))
    return foia_overdue(due, row.get("status") or "", today())


class FoiaModel(PagedTableModel):
    kind_name = "foia_requests"
    name_links = (("subject_person_id", "people"),)

    def make_columns(self) -> list[Column]:
        verify = translate("FoiaModel", "computed — verify")
        return [
            Column(lambda: translate("FoiaModel", "Agency"), lambda r: labels.label("foia_agency", r.get("agency")),
                   "agency"),
            Column(lambda: translate("FoiaModel", "Tracking number"), lambda r: r.get("tracking_number") or ""),
            Column(lambda: translate("FoiaModel", "Subject"),
                   lambda r: self.name_of("people", r.get("subject_person_id"))),
            Column(lambda: translate("FoiaModel", "Status"), enum_cell("foia_status", "status"),
                   "status"),
            Column(lambda: translate("FoiaModel", "Received"), lambda r: fmt.fmt_date(r.get("received_on")),
                   "received"),
            Column(lambda: translate("FoiaModel", "Response due"), self._due_text, "due",
                   tooltip=lambda r: verify if r.get("response_due") else "",
                   decoration=lambda r: warning_icon() if foia_is_overdue(r) else None),
            Column(lambda: translate("FoiaModel", "Appeal due"), lambda r: fmt.fmt_date(r.get("appeal_due")),
                   tooltip=lambda r: verify if r.get("appeal_due") else ""),
        ]

    @staticmethod
    def _due_text(row: dict[str, Any]) -> str:
        text = fmt.fmt_date(row.get("response_due"))
        if text and foia_is_overdue(row):
            return translate("FoiaModel", "{date} — OVERDUE").format(date=text)
        return text

    def reload_on_kinds(self) -> tuple[str, ...]:
        return ("foia_requests", "people")


class NotesModel(PagedTableModel):
    """Notes on one person, encounter or FOIA request (set with :meth:`set_filter`)."""

    kind_name = "notes"
    default_descending = True
    include_data = True

    def make_columns(self) -> list[Column]:
        return [
            Column(lambda: translate("NotesModel", "Written"), lambda r: fmt.fmt_timestamp(r.get("created_at")),
                   "created"),
            Column(lambda: translate("NotesModel", "Author"), lambda r: r.get("author") or ""),
            Column(lambda: translate("NotesModel", "Note"), lambda r: fmt.one_line(r.get("text")),
                   tooltip=lambda r: fmt.one_line(r.get("text"), 600)),
        ]

    def query(self, vault: Any, after: Any, limit: int) -> tuple[list[dict[str, Any]], Any]:
        if not self._filters:
            return [], None  # notes are always shown for one record, never all at once
        return super().query(vault, after, limit)

    def prepare(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            record = row.pop("record", None) or {}
            row["text"] = fmt.one_line(record.get("text"), 600)
        return rows

    def set_owner(self, field: str, record_id: str | None) -> None:
        """Show the notes of one record (``person_id``, ``encounter_id`` or ``foia_id``)."""
        self._filters = {field: record_id} if record_id else {}
        self.reload()


class StoredDeadlinesModel(PagedTableModel):
    """Stored deadlines, paged (the Deadlines section's "done" view)."""

    kind_name = "deadlines"
    name_links = (("person_id", "people"),)

    def make_columns(self) -> list[Column]:
        return [
            Column(lambda: translate("DeadlinesModel", "Due"), lambda r: fmt.fmt_due(r.get("due")), "due"),
            Column(lambda: translate("DeadlinesModel", "Kind"), lambda r: labels.label("deadline_kind", r.get("kind")),
                   "kind"),
            Column(lambda: translate("DeadlinesModel", "Title"), lambda r: r.get("title") or ""),
            Column(lambda: translate("DeadlinesModel", "Person"), lambda r: self.name_of("people", r.get("person_id"))),
            Column(lambda: translate("DeadlinesModel", "Done"), lambda r: yes_blank(r.get("done"))),
        ]

"""Table models over short lists already in memory: trash, history, custody log, deadlines,
and the rows of a record's own sub-lists (participants, biometrics, officers, account points).

These lists are bounded by what one record or one screen holds, so they are loaded whole (the
deadlines and trash lists by a worker); anything that grows with the vault pages instead
(:mod:`ui.models.paged`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ui import labels
from ui.context import AppContext
from ui.models import fmt
from ui.models.paged import Column, ColumnsMixin, Index
from ui.models.records import warning_icon

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


class ListTableModel(ColumnsMixin, QAbstractTableModel):
    """Rows (dicts) set as a whole. With a context, locking the vault empties it."""

    def __init__(self, ctx: AppContext | None = None, parent: Any = None,
                 columns: list[Column] | None = None) -> None:
        super().__init__(parent)
        self.columns = columns if columns is not None else self.make_columns()
        self._rows: list[dict[str, Any]] = []
        if ctx is not None:
            ctx.vault_locked.connect(self.clear)
            ctx.language_changed.connect(self._on_language_changed)

    def make_columns(self) -> list[Column]:
        return []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._cell(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._header(section, orientation, role)

    @property
    def rowsLoaded(self) -> int:
        return len(self._rows)

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_of(self, record_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.get("id") == record_id:
                return i
        return -1

    def _on_language_changed(self, _language: str) -> None:
        self.columns = self.make_columns() or self.columns
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))


class RowsModel(ListTableModel):
    """The editable rows of a sub-list; the editor replaces or appends whole rows."""

    def set_row(self, row: int, value: dict[str, Any]) -> None:
        if 0 <= row < len(self._rows):
            self._rows[row] = value
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def append(self, value: dict[str, Any]) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(value)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        self.beginResetModel()
        self._rows[row], self._rows[target] = self._rows[target], self._rows[row]
        self.endResetModel()
        return target


class TrashModel(ListTableModel):
    """``casefile.services.records.trash``: type, title, when deleted."""

    def make_columns(self) -> list[Column]:
        return [
            Column(lambda: translate("TrashModel", "Type"), lambda r: labels.label("record_type", r.get("type"))),
            Column(lambda: translate("TrashModel", "Deleted"), lambda r: fmt.fmt_timestamp(r.get("deleted_at"))),
            Column(lambda: translate("TrashModel", "Title"), lambda r: fmt.one_line(r.get("title"))),
        ]


class HistoryModel(ListTableModel):
    """``casefile.services.records.history``: when, who, what was done, which fields changed."""

    def __init__(self, ctx: AppContext | None = None, parent: Any = None,
                 field_label: Callable[[str], str] | None = None) -> None:
        self._field_label = field_label or (lambda name: name)
        super().__init__(ctx, parent)

    def make_columns(self) -> list[Column]:
        return [
            Column(lambda: translate("HistoryModel", "Replaced on"), lambda r: fmt.fmt_timestamp(r.get("changed_at"))),
            Column(lambda: translate("HistoryModel", "By"), lambda r: r.get("changed_by") or ""),
            Column(lambda: translate("HistoryModel", "What happened"),
                   lambda r: labels.label("history_action", r.get("action"))),
            Column(lambda: translate("HistoryModel", "Fields changed"),
                   lambda r: ", ".join(self._field_label(f) for f in r.get("changed_fields") or [])),
        ]


class CustodyLogModel(ListTableModel):
    """``casefile.services.documents.custody_log``: what was done with the file, who, when."""

    def make_columns(self) -> list[Column]:
        return [
            Column(lambda: translate("CustodyLogModel", "When"), lambda r: fmt.fmt_timestamp(r.get("at"))),
            Column(lambda: translate("CustodyLogModel", "Action"), lambda r: labels.label("custody_action",
                                                                                         r.get("action"))),
            Column(lambda: translate("CustodyLogModel", "By"), lambda r: r.get("user") or ""),
            Column(lambda: translate("CustodyLogModel", "Detail"), lambda r: r.get("detail") or ""),
        ]


def deadline_status(row: dict[str, Any]) -> str:
    parts = []
    if row.get("overdue"):
        parts.append(translate("DeadlineListModel", "OVERDUE"))
    if row.get("awaiting_outcome"):
        parts.append(translate("DeadlineListModel", "Past: held or adjourned?"))
    elif row.get("open_now"):
        parts.append(translate("DeadlineListModel", "May act now"))
    if row.get("done"):
        parts.append(translate("DeadlineListModel", "Done"))
    if row.get("computed"):
        parts.append(translate("DeadlineListModel", "computed — verify"))
    return "; ".join(parts)


class DeadlineListModel(ListTableModel):
    """Stored and computed deadlines (``casefile.services.deadlines``); rows carry their names."""

    def make_columns(self) -> list[Column]:
        return [
            Column(lambda: translate("DeadlineListModel", "Due"), lambda r: fmt.fmt_due(r.get("due")),
                   decoration=lambda r: warning_icon() if r.get("overdue") else None, tooltip=fmt.deadline_rule),
            Column(lambda: translate("DeadlineListModel", "Status"), deadline_status, tooltip=fmt.deadline_rule),
            Column(lambda: translate("DeadlineListModel", "Kind"), lambda r: labels.label("deadline_kind",
                                                                                         r.get("kind"))),
            Column(lambda: translate("DeadlineListModel", "Title"), fmt.deadline_detail),
            Column(lambda: translate("DeadlineListModel", "Person"), lambda r: r.get("person_name") or ""),
        ]

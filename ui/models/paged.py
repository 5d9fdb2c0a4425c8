"""Table models that page from the vault: keyset pages, sorting and filtering in SQL.

A list never holds more than the pages the view asked for: ``canFetchMore``/``fetchMore`` load
the next page with ``after=next_after``; ``sort()`` and new filters reload from the first page.
The models follow the vault's life through :class:`ui.context.AppContext`: locked → every row
dropped; unlocked → first page again; a record of this kind saved → reload, keeping as many rows
as were shown so the view keeps its place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from casefile import read
from casefile.errors import CasefileError
from casefile.logs import log_unexpected
from ui.context import AppContext
from ui.models.titles import title_text

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record id of a row
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row dict itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # the sort name of a column (header data)
KEEP_AT_MOST = 2000  # rows re-fetched after a save, so a view scrolled far keeps its place
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE_TEXT = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_CELL_ROLES = frozenset({_DISPLAY, _ACCESSIBLE_TEXT, _TOOLTIP, _DECORATION, _ALIGNMENT, int(ID_ROLE), int(ROW_ROLE)})
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    """One column: a translated header, how a row reads in it, and the SQL sort behind it."""

    header: Callable[[], str]
    text: Callable[[dict[str, Any]], str]
    sort: str | None = None  # the kind's sort name; None when the column cannot be sorted
    tooltip: Callable[[dict[str, Any]], str] | None = None
    decoration: Callable[[dict[str, Any]], Any] | None = None
    align_right: bool = False


def enum_cell(field: str, key: str) -> Callable[[dict[str, Any]], str]:
    """A cell showing the label of a machine value (blank when unset)."""
    from ui import labels

    def text(row: dict[str, Any]) -> str:
        shown = labels.label(field, row.get(key))
        return "" if shown == labels.EMPTY else shown

    return text


class ColumnsMixin:
    """``data``/``headerData`` for models whose rows are dicts shown through :class:`Column`."""

    columns: list[Column]
    _rows: list[dict[str, Any]]

    def row_dict(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _append_rows(self, rows: list[dict[str, Any]]) -> None:
        """Add ``rows`` at the end of the list, telling the views (a further page came in)."""
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)  # type: ignore[attr-defined]
            self._rows.extend(rows)
            self.endInsertRows()  # type: ignore[attr-defined]

    def _cell(self, index: Index, role: int) -> Any:
        # Called for every cell painted or measured, once per role (eight roles a cell), most
        # of them roles no column serves: those leave at once, and roles are compared as plain
        # ints (an enum member lookup costs more than the rest of the call).
        if role not in _CELL_ROLES or not index.isValid():
            return None
        row_number, column_number = index.row(), index.column()
        if row_number >= len(self._rows) or column_number >= len(self.columns):
            return None
        row = self._rows[row_number]
        column = self.columns[column_number]
        if role in (_DISPLAY, _ACCESSIBLE_TEXT):
            return column.text(row)
        if role == _TOOLTIP:
            return column.tooltip(row) if column.tooltip else column.text(row) or None
        if role == _DECORATION:
            return column.decoration(row) if column.decoration is not None else None
        if role == _ALIGNMENT:
            return _ALIGN_RIGHT if column.align_right else None
        if role == ID_ROLE:
            return row.get("id")
        return row  # ROW_ROLE

    def _header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header()
        if role == SORT_ROLE:
            return self.columns[section].sort
        return None


class PagedTableModel(ColumnsMixin, QAbstractTableModel):
    """A list of one record kind, fetched page by page. Subclasses set ``kind_name`` and columns."""

    kind_name = ""
    page_size = 200
    default_descending = False
    include_data = False  # ask for the stored record too (for fields the list columns lack)
    # Linked records a column names: (row key, kind list name). Their names are read for a whole
    # page in one query as the page comes in, never one per row as cells are painted.
    name_links: tuple[tuple[str, str], ...] = ()

    loadFailed = Signal(str)  # a message a person can act on; the list stops loading

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.columns = self.make_columns()
        self._rows: list[dict[str, Any]] = []
        self._next_after: Any = None
        self._exhausted = True
        self._sort = self.default_sort()
        self._descending = self.default_descending
        self._filters: dict[str, Any] = {}
        self._text = ""
        self._names: dict[tuple[str, str], str] = {}
        ctx.vault_locked.connect(self.clear)
        ctx.vault_unlocked.connect(self.reload)
        ctx.record_saved.connect(self._on_record_saved)
        ctx.language_changed.connect(self._on_language_changed)
        if ctx.unlocked:
            self.reload()

    # ----- what subclasses describe -----
    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def default_sort(self) -> str:
        return read.default_sort(self.kind_name)

    def query(self, vault: Any, after: Any, limit: int) -> tuple[list[dict[str, Any]], Any]:
        """One page: ``(rows, next_after)``; ``next_after`` None when there is no more."""
        page = read.page(vault, self.kind_name, sort=self._sort, descending=self._descending, after=after,
                         limit=limit, filters=dict(self._filters), text=self._text, include_data=self.include_data)
        return page.rows, page.next_after

    def prepare(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Trim or decorate freshly fetched rows (e.g. keep only what columns need)."""
        return rows

    # ----- Qt model interface -----
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._cell(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._header(section, orientation, role)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and self.ctx.unlocked

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self.canFetchMore(parent):
            return
        self._fetch_page()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        sort, descending = self.columns[column].sort or "", order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._sort, self._descending):
            return  # already so: the view asks once when sorting is switched on, and the page is here
        self._sort, self._descending = sort, descending
        self.reload()

    # ----- state -----
    @property
    def rowsLoaded(self) -> int:
        return len(self._rows)

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def sort_column(self) -> int:
        """The column showing the current sort, or -1."""
        for i, column in enumerate(self.columns):
            if column.sort == self._sort:
                return i
        return -1

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def set_filter(self, name: str, value: Any) -> None:
        """Narrow the list to ``name == value``; ``value`` None removes that filter."""
        if value is None:
            if self._filters.pop(name, None) is None:
                return
        elif self._filters.get(name) == value:
            return
        else:
            self._filters[name] = value
        self.reload()

    def set_text(self, text: str) -> None:
        text = text.strip()
        if text != self._text:
            self._text = text
            self.reload()

    def filters(self) -> dict[str, Any]:
        return dict(self._filters)

    def text(self) -> str:
        return self._text

    def row_of(self, record_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.get("id") == record_id:
                return i
        return -1

    def id_at(self, row: int) -> str | None:
        item = self.row_dict(row)
        return item.get("id") if item else None

    # ----- loading -----
    def clear(self) -> None:
        """Drop every row (the vault was locked)."""
        self.beginResetModel()
        self._rows = []
        self._next_after = None
        self._exhausted = True
        self._names.clear()
        self.endResetModel()

    def reload(self, keep: int = 0) -> None:
        """Start again from the first page; fetch until ``keep`` rows are back (capped)."""
        self.beginResetModel()
        self._rows = []
        self._next_after = None
        self._exhausted = not self.ctx.unlocked
        self._names.clear()
        self.endResetModel()
        if self._exhausted:
            return
        self._fetch_page()
        target = min(keep, KEEP_AT_MOST)
        while len(self._rows) < target and not self._exhausted:
            self._fetch_page()

    def _fetch_page(self) -> None:
        vault = self.ctx.vault
        if vault is None or vault.closed:
            self._exhausted = True
            return
        # A keyset page costs the same wherever it is (casefile.queries.paging): it is read here,
        # on the UI thread, as Qt's fetchMore expects; counts and searches go to the workers.
        try:
            rows, next_after = self.query(vault, self._next_after, self.page_size)
            rows = self.prepare(rows)
            self._read_names(vault, rows)
        except CasefileError as exc:
            self._exhausted = True
            self.loadFailed.emit(exc.message)
            return
        except Exception as exc:  # a bug: log it without case data, never a traceback on screen
            self._exhausted = True
            log_unexpected(exc, f"list {self.kind_name}")
            self.loadFailed.emit(QCoreApplication.translate(
                "PagedTableModel", "The list could not be loaded. A report without case data was saved."))
            return
        self._next_after = next_after
        self._exhausted = next_after is None
        self._append_rows(rows)

    def _on_record_saved(self, kind_name: str, _record_id: str) -> None:
        if kind_name in self.reload_on_kinds() and self.ctx.unlocked:
            self.reload(keep=len(self._rows))

    def reload_on_kinds(self) -> tuple[str, ...]:
        return (self.kind_name,)

    def _on_language_changed(self, _language: str) -> None:
        self.columns = self.make_columns()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    # ----- helpers for subclasses -----
    def _read_names(self, vault: Any, rows: list[dict[str, Any]]) -> None:
        """The titles of the records this page links to (``name_links``), one query per kind."""
        for key, kind_name in self.name_links:
            wanted = {str(r[key]) for r in rows if r.get(key)} - {i for k, i in self._names if k == kind_name}
            if wanted:
                self._read_titles(vault, kind_name, wanted)

    def _read_titles(self, vault: Any, kind_name: str, ids: set[str]) -> None:
        found = read.titles(vault, kind_name, ids)
        for record_id in ids:
            self._names[(kind_name, record_id)] = title_text(found.get(record_id)) or record_id

    def name_of(self, kind_name: str, record_id: str | None) -> str:
        """A linked record's display name, read with its page (``name_links``); its id when the
        record is gone."""
        if not record_id:
            return ""
        key = (kind_name, record_id)
        vault = self.ctx.vault
        if key not in self._names and vault is not None and not vault.closed:
            self._read_titles(vault, kind_name, {record_id})  # a column not in name_links: read it once
        return self._names.get(key, record_id)


def display_name(kind_name: str, record: dict[str, Any] | None) -> str:
    """How a record is named in pickers, links and titles (``casefile.read.title``, as text)."""
    if not record:
        return ""
    return title_text(read.title(kind_name, record))

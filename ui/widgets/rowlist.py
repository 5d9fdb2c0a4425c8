"""Sub-lists inside a record (participants, biometrics, officers, account points, versions).

A short table shows one line per row; the form under it edits the selected row, and every change
goes straight into the table, so what is saved is always what is shown. Errors the core reports
for ``participants[2].arrest.bond_amount`` select row 2 and appear at the bond field.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.lists import RowsModel
from ui.models.paged import Column
from ui.widgets.errors import FieldError
from ui.widgets.forms import Form, clean
from ui.widgets.pickers import strip_field

_INDEXED = re.compile(r"^\[(\d+)\]\.?(.*)$")


def fit_widths(widths: list[int], floors: list[int], room: int) -> list[int]:
    """Column widths that fit ``room``: the widest columns are narrowed to one common width (never
    below their floor), so short columns such as dates stay whole and only long text is cut."""
    low, high = 0, max(widths, default=0)
    while low < high:  # the largest common cap that still fits
        cap = (low + high + 1) // 2
        if sum(max(min(w, cap), f) for w, f in zip(widths, floors, strict=True)) <= room:
            low = cap
        else:
            high = cap - 1
    return [max(min(w, low), f) for w, f in zip(widths, floors, strict=True)]


class RowForm(QWidget):
    """The form for one row. Subclasses build ``self.form`` and implement ``read``/``write``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Form(self)
        self.form.layout.setContentsMargins(0, 6, 0, 0)  # already inside the list's group box
        self._original: dict[str, Any] = {}
        self.loading = False

    def blank(self) -> dict[str, Any]:
        return {}

    def blank_for(self, _rows: list[dict[str, Any]]) -> dict[str, Any]:
        """A new row, knowing the rows already there (e.g. the first participant is the target)."""
        return self.blank()

    def read(self, row: dict[str, Any]) -> None:
        raise NotImplementedError

    def write(self) -> dict[str, Any]:
        raise NotImplementedError

    def load(self, row: dict[str, Any] | None) -> None:
        self.loading = True
        try:
            self._original = dict(row or {})
            self.form.clear_errors()
            self.read(self._original)
        finally:
            self.loading = False

    def dump(self) -> dict[str, Any]:
        """The row as the form shows it; keys the form does not edit are kept."""
        return clean({**self._original, **self.write()})

    def notify(self, *_args: Any) -> None:
        if not self.loading:
            self.changed.emit()

    def show_error(self, path: str, reason: str) -> bool:
        entry = self.form.fields.get(path)
        if entry is None:
            return False
        entry[1].show_error(strip_field(reason, path))
        entry[0].setFocus()
        return True

    def focus_first(self) -> None:
        for widget, _error in self.form.fields.values():
            getattr(widget, "focus_widget", lambda w=widget: w)().setFocus(Qt.FocusReason.OtherFocusReason)
            return

    def retranslate(self) -> None:
        """Refresh combo labels after a language change (subclasses with combos override)."""


class RowListEditor(QWidget):
    changed = Signal()
    currentRowChanged = Signal(int)

    def __init__(self, columns: list[Column], detail: RowForm, *, add_text: str, remove_text: str,
                 parent: QWidget | None = None, rows_visible: int = 4) -> None:
        super().__init__(parent)
        self.model = RowsModel(columns=columns, parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(False)  # _fit_columns fills the width
        self._viewport = self.view.viewport()
        self._viewport.installEventFilter(self)  # columns follow the table's width
        self.view.setTabKeyNavigation(False)
        row_height = self.view.verticalHeader().defaultSectionSize()
        header_height = self.view.horizontalHeader().sizeHint().height()
        self.view.setMinimumHeight(header_height + row_height * rows_visible + 4)
        self.view.setMaximumHeight(header_height + row_height * (rows_visible + 2) + 4)
        self.detail = detail
        self.detail.setEnabled(False)
        self.detail.changed.connect(self._detail_changed)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.remove_button = QPushButton(remove_text, self)
        self.remove_button.setAccessibleName(remove_text.replace("&", ""))
        self.remove_button.setEnabled(False)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        # Said inside the empty table, not in the row above it: adding the first row then moves
        # nothing under the pointer that pressed Add (issue 13, finding 9).
        self.empty_label = QLabel(self._viewport)
        self.empty_label.setEnabled(False)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.error = FieldError(self.view, self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        layout.addWidget(self.error)
        layout.addWidget(self.detail)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged):
            signal.connect(lambda *_a: self._fit_columns())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            self.empty_label.setGeometry(self._viewport.rect().adjusted(8, 4, -8, -4))
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Each column as wide as its text where the table allows; where it does not, the first
        column (what names the row) keeps up to 45 % of the width and the longest of the others
        are cut first."""
        count = self.model.columnCount()
        room = self.view.viewport().width()
        if count == 0 or room < 50:
            return
        header = self.view.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)  # headings are drawn in bold: measured so, they are never cut
        metrics = QFontMetrics(bold)
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 8
        floors = [metrics.horizontalAdvance(str(self.model.headerData(c, Qt.Orientation.Horizontal))) + margin
                  for c in range(count)]
        wants = [max(self.view.sizeHintForColumn(c) + 8, floors[c]) for c in range(count)]
        if sum(wants) <= room:
            spare = (room - sum(wants)) // count
            widths = [w + spare for w in wants]
        elif sum(floors) > room and count > 1:
            # Not even the headings fit (a narrow window, long Spanish headings): the columns that
            # fit share the width and the others wait whole beyond the edge, never cut in half.
            shown = count
            while shown > 1 and sum(floors[:shown]) > room:
                shown -= 1
            widths = fit_widths(wants[:shown], floors[:shown], room) + wants[shown:]
            widths[shown - 1] += max(0, room - sum(widths[:shown]))
            for column in range(count):
                header.resizeSection(column, widths[column])
            return
        elif count > 1:  # the first column names the row: it may take up to 45 % before it is cut
            first = max(floors[0], min(wants[0], room * 45 // 100, room - sum(floors[1:])))
            widths = [first, *fit_widths(wants[1:], floors[1:], room - first)]
        else:
            widths = fit_widths(wants, floors, room)
        widths[-1] = max(widths[-1], room - sum(widths[:-1]))  # the last column takes what is left
        for column in range(count):
            header.resizeSection(column, widths[column])

    def focus_widget(self) -> QWidget:
        return self.view

    def set_empty_text(self, text: str) -> None:
        self.empty_label.setText(text)
        self.empty_label.setVisible(self.model.rowCount() == 0)

    # ----- value -----
    def value(self) -> list[dict[str, Any]]:
        return self.model.rows()

    def setValue(self, rows: list[dict[str, Any]] | None) -> None:
        self.error.clear()
        self.model.set_rows([dict(r) for r in rows or []])
        self.detail.load(None)
        self.detail.setEnabled(False)
        self.remove_button.setEnabled(False)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.select(0)

    def clear(self) -> None:
        self.setValue([])

    def current_row(self) -> int:
        index = self.view.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    # ----- editing -----
    def add(self) -> None:
        row = self.model.append(self.detail.blank_for(self.model.rows()))
        self.empty_label.hide()
        self.select(row)
        self.changed.emit()
        self.detail.focus_first()

    def remove(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove(row)
        self.changed.emit()
        if self.model.rowCount():
            self.select(min(row, self.model.rowCount() - 1))
        else:
            self.detail.load(None)
            self.detail.setEnabled(False)
            self.remove_button.setEnabled(False)
            self.empty_label.show()

    def _current_changed(self, current: Any, _previous: Any) -> None:
        row = current.row() if current.isValid() else -1
        if row >= 0:
            self.detail.load(self.model.row_dict(row))
        self.detail.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.currentRowChanged.emit(row)

    def _detail_changed(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.set_row(row, self.detail.dump())
            self.changed.emit()

    def show_error(self, rest: str, reason: str) -> None:
        """``rest`` is the path after the list's name: ``[2].arrest.bond_amount``."""
        match = _INDEXED.match(rest)
        if match is None:
            self.error.show_error(reason)
            return
        row, inner = int(match.group(1)), match.group(2)
        self.select(row)
        if not inner or not self.detail.show_error(inner, reason):
            self.error.show_error(reason)

    def clear_errors(self) -> None:
        self.error.clear()
        self.detail.form.clear_errors()

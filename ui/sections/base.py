"""A record section: a paged list with filters and "New" beside the editor of the chosen record.

Layout at 1366×768: the list on the left, the editor on the right (a splitter the user can
move). Choosing another row, "New", or leaving the section with unsaved changes asks Save /
Discard / Cancel. ``show_record(id)`` shows any record, loaded or not, and answers
``ctx.open_record`` for this section's kind.

The editor is built the first time something asks for ``editor`` (a record opened, "New"):
building a form costs far more than showing the list (the encounter editor's ten pages took
most of a second), and many visits to a section only read the list. Until then a short hint
holds its place, and nothing can be unsaved.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile import read
from ui.context import AppContext
from ui.messages import MessageLabel
from ui.models.paged import PagedTableModel
from ui.sections.columns import SIZING_ROWS, content_widths, fit_columns, header_floors, setup_table
from ui.sections.filters import ChoiceFilter, FilterCombo
from ui.widgets.guard import run_job
from ui.widgets.words import WordsLabel
from ui.workers import COUNT

if TYPE_CHECKING:  # editor modules load with the first editor, not with the list
    from ui.editors.base import RecordEditor

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls

# The list helpers moved to their own modules stay importable from here, where the sections find them.
__all__ = [
    "HINT_SHARE",
    "SIZING_ROWS",
    "ChoiceFilter",
    "FilterCombo",
    "RecordSection",
    "content_widths",
    "header_floors",
    "plural",
    "setup_table",
]


def plural(count: int, one: str, many: str) -> str:
    """"1 person" / "20,000 people" (English and Spanish both have just these two forms)."""
    return one if count == 1 else many.replace("%1", QLocale().toString(count))


HINT_SHARE = 0.72  # of the width, for the list, while the form beside it is only a hint
MIN_LIST_SHARE = 0.3  # the least the list keeps when a form asks for more room (preferred_width)


class RecordSection(QWidget):
    kind_name = ""
    list_share = 0.4  # of the width, for the list, the first time the section is shown
    important_columns = 3  # the list's first columns, kept readable without scrolling sideways
    whole_columns: tuple[int, ...] = ()  # never cut to show one more column (dates, A-numbers)
    # Hidden while the form is beside the list (it shows them), so the key columns fit (issue 13).
    spare_columns: tuple[int, ...] = ()
    readable_chars = 17  # a column cut to show one more keeps about this many characters
    whole_beside_form: tuple[int, ...] | None = None  # whole_columns while the form is there, if others
    editorChanged = Signal()  # ``editor`` is a new widget (built at last, or rebuilt for a new language)

    def __init__(self, ctx: AppContext, model: PagedTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        model.setParent(self)
        self._guard = False
        self._prompt_pending = False

        self._build_filters()
        self._build_list(model)
        self._editor: RecordEditor | None = None
        # Holds the editor's place until it is built; then the editor replaces it and it is gone.
        hint = QLabel(self)
        hint.setObjectName("placeholder")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.editor_hint: QLabel | None = hint
        self._lay_out(hint)
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(lambda: self.new_record())
        ctx.open_record.connect(self._open_record)
        ctx.language_changed.connect(self._language_changed)
        ctx.vault_locked.connect(self._locked)
        self.retranslate()
        self._size_columns()
        self._refresh_count()

    def _build_filters(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(250)
        self.filter_timer.timeout.connect(lambda: self.model.set_text(self.filter_edit.text()))
        self.filter_edit.textEdited.connect(lambda _t: self.filter_timer.start())
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.new_record())
        self.count_label = WordsLabel(self)
        self.message = MessageLabel(self)
        self.filters_row = QHBoxLayout()
        self.filters_row.setContentsMargins(0, 0, 0, 0)
        self.filters_row.addWidget(self.filter_edit, 2)
        self.combos: dict[str, Any] = {}
        self._filter_names: dict[str, Callable[[], str]] = {}

    def _build_list(self, model: PagedTableModel) -> None:
        self.view = self.make_view()
        self.view.setModel(model)
        setup_table(self.view, self.list_name())
        header = self.view.horizontalHeader()
        if model.sort_column() >= 0:
            header.setSortIndicator(model.sort_column(), model.sort_order())
        self.view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self._sized = False
        self._sizing = False
        self._auto_widths = True
        header.sectionResized.connect(self._column_resized)
        self.view.viewport().installEventFilter(self)
        model.modelReset.connect(self._size_columns)
        model.rowsInserted.connect(lambda *_a: self._size_columns())
        model.modelReset.connect(self._reselect)
        model.modelReset.connect(self._refresh_count)
        model.rowsInserted.connect(lambda *_a: self._refresh_count())
        model.loadFailed.connect(lambda text: self.message.show_message(text, "error"))

    def _lay_out(self, hint: QLabel) -> None:
        """The list and its filters on the left, the editor's place (``hint`` until built) on the right."""
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        top = QHBoxLayout()
        top.addLayout(self.filters_row, 1)
        top.addWidget(self.new_button)
        left_layout.addLayout(top)
        self.extra_filters = QHBoxLayout()
        self.extra_filters.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.extra_filters)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count_label)
        self.list_panel = left
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(hint)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # ----- what subclasses provide -----
    def make_view(self) -> QTableView:
        return QTableView(self)

    def make_editor(self) -> RecordEditor:
        raise NotImplementedError

    def list_name(self) -> str:
        return ""

    def new_text(self) -> str:
        return translate("RecordSection", "&New")

    def filter_placeholder(self) -> str:
        return translate("RecordSection", "Search this list…")

    def count_text(self, count: int) -> str:
        return plural(count, translate("RecordSection", "1 record"), translate("RecordSection", "%1 records"))

    def retranslate(self) -> None:
        self.new_button.setText(self.new_text())
        self.new_button.setAccessibleName(self.new_text().replace("&", ""))
        self.new_button.setToolTip(translate("RecordSection", "%1 (%2)").replace(
            "%1", self.new_text().replace("&", "")).replace(
            "%2", QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)))
        self.filter_edit.setPlaceholderText(self.filter_placeholder())
        self.filter_edit.setAccessibleName(self.filter_placeholder().rstrip("…"))
        if self.editor_hint is not None:
            self.editor_hint.setText(translate("RecordSection", "Choose a row in the list to open it here."))
        self.view.setAccessibleName(self.list_name())
        for name, combo in self.combos.items():
            combo.retranslate()
            combo.setAccessibleName(self._filter_names[name]())
            combo.setToolTip(self._filter_names[name]())

    # ----- filters -----
    def add_filter(self, name: str, combo: Any, accessible: Callable[[], str]) -> Any:
        """Add a filter; ``accessible()`` names it (tooltip and screen reader) in the current language."""
        self._filter_names[name] = accessible
        combo.setAccessibleName(accessible())
        combo.setToolTip(accessible())
        combo.changed.connect(lambda: self.model.set_filter(name, combo.value()))
        self.combos[name] = combo
        self.extra_filters.addWidget(combo)
        return combo

    def finish_filters(self) -> None:
        """Close the filter row; tab order in reading order: search, New, filters, list (the
        editor, once built, follows it)."""
        self.extra_filters.addStretch(1)
        chain = [self.filter_edit, self.new_button, *self.combos.values(), self.view]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ----- the editor -----
    @property
    def editor(self) -> RecordEditor:
        """The record editor, built on first use (see the module docstring)."""
        editor = self._editor
        if editor is None:
            editor = self.make_editor()
            self._install_editor(editor)
        return editor

    @property
    def editor_built(self) -> bool:
        return self._editor is not None

    def _install_editor(self, editor: RecordEditor) -> None:
        """Put ``editor`` in the splitter, in place of the hint or of the editor it replaces."""
        self._editor = editor
        editor.saved.connect(self._editor_saved)
        editor.deleted.connect(lambda _id: self.view.clearSelection())
        first = self.editor_hint is not None
        old = self.splitter.replaceWidget(1, editor)
        if old is not None:
            old.deleteLater()
        if first and getattr(self, "_split_done", False):
            self._split()  # the form takes its share now; the columns fit the narrower list again
        if first and self.spare_columns:
            self._show_columns()
            if self._auto_widths:  # the columns left on show share the list again
                self._sized = False
                QTimer.singleShot(0, self, self._size_columns)
        self.editor_hint = None  # it was the old widget the first time; nothing may touch it again
        self.editorChanged.emit()

    def _editor_dirty(self) -> bool:
        return self._editor is not None and self._editor.is_dirty()

    def _editor_record_id(self) -> str | None:
        return self._editor.record_id if self._editor is not None else None

    def _leave_editor(self, proceed: Callable[[], None], parent: QWidget | None = None) -> str:
        """``editor.maybe_leave`` without building an editor that holds nothing."""
        if self._editor is None:
            proceed()
            return "clean"
        return self._editor.maybe_leave(proceed, parent)

    def _language_changed(self, _language: str) -> None:
        from ui.sections.editor_flows import rebuild_in_new_language

        self.retranslate()
        rebuild_in_new_language(self)

    def _editor_saved(self, record: dict[str, Any]) -> None:
        self._select_id(record.get("id"))

    # ----- rows -----
    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._guard or not current.isValid():
            return
        record_id = self.model.id_at(current.row())
        if record_id is None or record_id == self._editor_record_id():
            return
        if self._editor_dirty():
            # Put the selection back on the record being edited, then ask.
            self._select_row(previous.row() if previous.isValid() else -1)
            QTimer.singleShot(0, self, lambda: self.editor.maybe_leave(
                lambda: self.show_record(record_id, ask=False)))
            return
        self.show_record(record_id, ask=False)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        header = self.view.horizontalHeader()
        by_hand = header.underMouse() and QApplication.mouseButtons() != Qt.MouseButton.NoButton
        if by_hand and not self._sizing and column < header.count() - 1:
            self._auto_widths = False  # the user's widths stay from now on

    def eventFilter(self, watched: Any, event: Any) -> bool:
        # The list narrows when the editor is built beside it (its minimum width) or the splitter
        # moves: fit the columns again, until the user sets a width by hand.
        if (watched is self.view.viewport() and event.type() == QEvent.Type.Resize and self._sized
                and self._auto_widths and event.oldSize().width() != event.size().width()):
            self._sized = False
            QTimer.singleShot(0, self, self._size_columns)
        return super().eventFilter(watched, event)

    def _size_columns(self) -> None:
        """Fit the columns to the first rows, so as many as fit are whole on screen; the user's
        widths stay once they set one."""
        room = self.view.viewport().width()
        if self._sized or self.model.rowCount() == 0 or not self.view.isVisible() or room < 100:
            return  # sized once the list is on screen, with its real width
        self._sized = True
        header = self.view.horizontalHeader()
        rows = [self.model.row_dict(r) or {} for r in range(min(self.model.rowCount(), SIZING_ROWS))]
        shown = self._show_columns()
        keep = self.whole_columns if self._editor is None or self.whole_beside_form is None else self.whole_beside_form
        whole = tuple(shown.index(c) for c in keep if c in shown)
        widths = fit_columns(self.view, [self.model.columns[c] for c in shown], rows, room,
                             important=self.important_columns, whole=whole, readable_chars=self.readable_chars)
        self._sizing = True
        try:
            for column, width in zip(shown, widths, strict=True):  # the last one too: it stretches from there
                header.resizeSection(column, width)
        finally:
            self._sizing = False

    def _show_columns(self) -> list[int]:
        """Hide the spare columns while the form is beside the list, show them otherwise; the
        columns on show."""
        header = self.view.horizontalHeader()
        spare = set(self.spare_columns) if self._editor is not None else set()
        for column in range(header.count()):
            header.setSectionHidden(column, column in spare)
        return [c for c in range(header.count()) if c not in spare]

    def _select_row(self, row: int) -> None:
        self._guard = True
        try:
            selection = self.view.selectionModel()
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
                self.view.scrollTo(index)
        finally:
            self._guard = False

    def _select_id(self, record_id: str | None) -> None:
        self._select_row(self.model.row_of(record_id) if record_id else -1)

    def _reselect(self) -> None:
        QTimer.singleShot(0, self, lambda: self._select_id(self._editor_record_id()))

    def _sort_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if 0 <= column < len(self.model.columns) and self.model.columns[column].sort is None:
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
            header.blockSignals(False)

    def _refresh_count(self) -> None:
        vault = self.ctx.vault
        if vault is None or vault.closed or not read.is_kind(self.kind_name):
            self.count_label.clear()
            return
        if not self.model.exhausted:
            kind, filters, text = self.kind_name, self.model.filters(), self.model.text()
            run_job(self, self.ctx, lambda _c: read.count(vault, kind, filters, text), priority=COUNT,
                                    on_success=lambda n: self.count_label.set_words(lambda: self.count_text(int(n))))
        else:
            loaded = self.model.rowsLoaded
            self.count_label.set_words(lambda: self.count_text(loaded))

    # ----- public -----
    def new_record(self, defaults: dict[str, Any] | None = None) -> None:
        """A new record in the editor; ``defaults`` (e.g. the client, from a case page) preset it."""
        if not self.ctx.unlocked:
            return
        self._leave_editor(lambda: self._new_now(defaults))

    def _new_now(self, defaults: dict[str, Any] | None = None) -> None:
        self._select_row(-1)
        self.editor.new(defaults)
        first = next(iter(self.editor.fields.values()), None)
        if first is not None:
            getattr(first[0], "focus_widget", lambda: first[0])().setFocus()

    def show_record(self, record_id: str, *, ask: bool = True) -> bool:
        """Show a record in the editor (asking first about unsaved changes when ``ask``)."""
        if self._editor_dirty():
            if record_id == self._editor_record_id():
                self._select_id(record_id)  # already here, with changes being made: keep them
                return True
            if ask:
                self.editor.maybe_leave(lambda: self.show_record(record_id, ask=False))
                return False
        vault = self.ctx.vault
        if vault is None or vault.closed:
            return False
        record = read.get(vault, self.kind_name, record_id)  # one read by id: the editor has it on return
        if record is None:
            self.message.show_message(translate("RecordSection", "That record is no longer here (it may be in "
                                                "the trash)."), "warning")
            return False
        self.message.clear_message()
        self.editor.load(record)
        self._select_id(record_id)
        return True

    def has_unsaved_changes(self) -> bool:
        return self._editor_dirty()

    def maybe_leave(self, proceed: Callable[[], None]) -> None:
        """For the window: run ``proceed`` once the user saved or discarded (never on Cancel)."""
        self._leave_editor(proceed, self)

    def _open_record(self, kind_name: str, record_id: str) -> None:
        if kind_name == self.kind_name and record_id:
            self.show_record(record_id)

    def _split(self) -> None:
        """Share the width between the list and the form. Until a record is opened the right side
        holds only a one-line hint, so the list takes most of the width and shows every column
        whole (at 1366×768 the Spanish deadlines list was cut to "VENCIDO; calcula…" beside an
        empty half of the screen)."""
        share = self.list_share if self._editor is not None else max(self.list_share, HINT_SHARE)
        left = int(self.width() * share)
        wanted = self._editor.preferred_width() if self._editor is not None else 0
        total = self.width() - self.splitter.handleWidth()
        if total - left < wanted:  # the form's best layout needs more (the encounter's one-line steps)
            left = max(int(self.width() * MIN_LIST_SHARE), total - wanted)
            self.splitter.setSizes([left, total - left])
            return
        self.splitter.setSizes([left, self.width() - left])

    def _locked(self) -> None:
        self.message.clear_message()
        self.count_label.clear()
        self.filter_timer.stop()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not getattr(self, "_split_done", False) and self.width() > 200:
            self._split_done = True
            self._split()
        if not self._sized:
            QTimer.singleShot(0, self, self._size_columns)  # once the splitter has laid the list out

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if not getattr(self, "_split_done", False) and self.isVisible() and self.width() > 200:
            self._split_done = True
            self._split()
        if not self._sized and self.isVisible():
            QTimer.singleShot(0, self, self._size_columns)

    # Leaving the section (another sidebar entry) with unsaved changes: ask once it is hidden;
    # Cancel brings the section back through ctx.open_record.
    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        if not event.spontaneous() and self.ctx.unlocked and self._editor_dirty() and not self._prompt_pending:
            self._prompt_pending = True
            QTimer.singleShot(0, self, self._prompt_after_leaving)

    def _prompt_after_leaving(self) -> None:
        from ui.sections.editor_flows import ask_after_leaving

        self._prompt_pending = False
        ask_after_leaving(self)

"""The global search box: results as you type, grouped by kind, in a popup under the box.

Typing restarts a 150 ms timer; when it fires the query runs in a worker (the core's FTS5 search,
accent- and case-insensitive). Each query carries a number and only the newest one's results are
shown, so a slow early query never overwrites a later one. Enter or a click emits
``ctx.open_record(kind list name, id)``. Titles and snippets are case data: they are painted as
plain text, the snippet's ``[match]`` marks in bold. Each hit comes with its record's structured
title (``casefile.read.Title``): machine values in it (an encounter's setting, a FOIA request's
agency) are shown as their labels in the user's language, dates as the ISO day.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from casefile import read
from casefile.read import SearchHit, Title
from ui.context import AppContext
from ui.messages import message_for
from ui.models.titles import title_text
from ui.workers import SHOWN, JobControl

DEBOUNCE_MS = 150
PER_GROUP = 6
# Result groups in the order they are shown (kind list names).
GROUPS: tuple[str, ...] = ("people", "encounters", "documents", "notes", "foia_requests", "officers", "vehicles")
HIT_ROLE = Qt.ItemDataRole.UserRole  # (kind list name, id) on result rows
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1
HEADER_ROLE = Qt.ItemDataRole.UserRole + 2
_MARK = re.compile(r"\[([^\[\]]*)\]")


def display_title(title: Title) -> str:
    """A hit's title in the user's language, compact: an encounter reads "2026-08-04 · Lugar de
    trabajo · Houston, TX" in Spanish (the ISO day, the setting's label, the place as written);
    the facts that only tell records apart (a person's A-number) stay out of the popup."""
    return title_text(title, facts=False, dates="iso")


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split the core's snippet into (text, is_match) runs."""
    parts: list[tuple[str, bool]] = []
    pos = 0
    for m in _MARK.finditer(snippet):
        if m.start() > pos:
            parts.append((snippet[pos : m.start()], False))
        parts.append((m.group(1), True))
        pos = m.end()
    if pos < len(snippet):
        parts.append((snippet[pos:], False))
    return parts


class ResultDelegate(QStyledItemDelegate):
    """Title on one line, snippet below with the matched words bold; never interprets markup."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        metrics = QFontMetrics(option.font)
        if index.data(HEADER_ROLE):
            return QSize(200, metrics.height() + 10)
        return QSize(200, metrics.height() * 2 + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        color = palette.highlightedText().color() if selected else palette.text().color()
        rect = option.rect.adjusted(10, 4, -10, -4)
        bold = QFont(option.font)
        bold.setBold(True)
        if index.data(HEADER_ROLE):
            small = QFont(bold)
            painter.setFont(small)
            painter.setPen(palette.placeholderText().color() if not selected else color)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                QFontMetrics(small).elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
            )
            painter.restore()
            return
        painter.setPen(color)
        line = QFontMetrics(option.font).height()
        painter.setFont(bold)
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(bold).elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
        )
        x, y = rect.left(), rect.top() + line + 2
        right = rect.right()
        for chunk, is_match in snippet_parts(index.data(SNIPPET_ROLE) or ""):
            font = bold if is_match else option.font
            metrics = QFontMetrics(font)
            room = right - x
            if room <= metrics.horizontalAdvance("…"):
                break
            shown = metrics.elidedText(chunk, Qt.TextElideMode.ElideRight, room)
            painter.setFont(font)
            painter.drawText(QPoint(x, y + metrics.ascent()), shown)
            x += metrics.horizontalAdvance(shown)
            if shown != chunk:
                break
        painter.restore()


class SearchBox(QLineEdit):
    """The toolbar's search field. ``results_shown`` fires after each set of results is shown."""

    results_shown = Signal(int)  # number of hits shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self.setMaxLength(400)
        self.setMinimumWidth(240)
        self._sequence = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run)
        self.popup = QListWidget(self)
        self.popup.setObjectName("searchPopup")
        self.popup.setWindowFlags(Qt.WindowType.Popup)
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.setFocusProxy(self)
        self.popup.setMouseTracking(True)
        self.popup.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.popup.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.popup.setItemDelegate(ResultDelegate(self.popup))
        self.popup.installEventFilter(self)
        self.popup.itemClicked.connect(self._open_item)
        self.textEdited.connect(self._edited)
        self.returnPressed.connect(self._enter)
        ctx.vault_locked.connect(self.reset)
        self._retranslate()

    def _retranslate(self) -> None:
        shortcuts = " / ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in ("Ctrl+K", "Ctrl+F")
        )
        self.setPlaceholderText(self.tr("Search everything (%1)").replace("%1", shortcuts))
        self.setToolTip(
            self.tr("Search people, encounters, documents, notes and FOIA requests (%1)").replace("%1", shortcuts)
        )
        self.setAccessibleName(self.tr("Search the vault"))
        self.popup.setAccessibleName(self.tr("Search results"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # ----- querying -----
    def _edited(self, text: str) -> None:
        self._sequence += 1  # whatever is in flight is now stale
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.popup.hide()

    def _run(self) -> None:
        if not self.ctx.unlocked:
            return
        vault = self.ctx.require_vault()
        query = self.text()
        self._sequence += 1
        sequence = self._sequence

        def job(_control: JobControl) -> list[SearchHit]:
            return read.search(vault, query, limit=60, per_kind=PER_GROUP)

        self.ctx.workers.submit(
            job,
            priority=SHOWN,
            on_success=lambda hits: self._show(sequence, hits),
            on_failure=lambda key, msg: self._failed(sequence, key, msg),
        )

    def _failed(self, sequence: int, key: str, message: str) -> None:
        if sequence != self._sequence or key in ("cancelled", "vault_closed"):
            return
        self.popup.clear()
        item = QListWidgetItem(message_for(key, message))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setData(HEADER_ROLE, True)
        self.popup.addItem(item)
        self._place_popup()

    def _show(self, sequence: int, hits: list[SearchHit]) -> None:
        if sequence != self._sequence or not self.ctx.unlocked:
            return  # a newer query is coming, or the vault locked meanwhile
        names = {
            "people": self.tr("People"),
            "encounters": self.tr("Encounters"),
            "documents": self.tr("Documents"),
            "notes": self.tr("Notes"),
            "foia_requests": self.tr("FOIA requests"),
            "officers": self.tr("Officers"),
            "vehicles": self.tr("Vehicles"),
        }
        self.popup.clear()
        shown = 0
        for list_name in GROUPS:
            group = [h for h in hits if h.kind == list_name][:PER_GROUP]
            if not group:
                continue
            header = QListWidgetItem(names[list_name])
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setData(HEADER_ROLE, True)
            self.popup.addItem(header)
            for hit in group:
                title = display_title(hit.title)
                item = QListWidgetItem(title or "—")
                item.setData(HIT_ROLE, (list_name, hit.id))
                item.setData(SNIPPET_ROLE, hit.snippet)
                item.setToolTip(title)
                self.popup.addItem(item)
                shown += 1
        if getattr(hits, "capped", False):
            # More matched than search ranks (casefile.queries.search.RANK_WINDOW): say so.
            window = QLocale().toString(read.rank_window())
            many = QListWidgetItem(self.tr("Many matches: the best of the newest %1. Add a word to narrow "
                                           "the search.").replace("%1", window))
            many.setToolTip(self.tr("More records match than search ranks: these are the best of the %1 "
                                    "most recently added that match. Add a word to find the others.").replace(
                "%1", window))
            many.setFlags(Qt.ItemFlag.NoItemFlags)
            many.setData(HEADER_ROLE, True)
            self.popup.addItem(many)
        if shown == 0:
            empty = QListWidgetItem(self.tr("Nothing found for this search."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setData(HEADER_ROLE, True)
            self.popup.addItem(empty)
        else:
            self._select(self._result_rows()[0])
        self._place_popup()
        self.results_shown.emit(shown)

    def _place_popup(self) -> None:
        if not self.hasFocus() and not self.popup.isVisible() and not self.isVisible():
            return
        width = max(self.width(), 440)
        rows = sum(self.popup.sizeHintForRow(i) for i in range(self.popup.count()))
        height = min(rows + 6, 460)
        origin = self.mapToGlobal(QPoint(self.width() - width, self.height()))
        self.popup.setGeometry(origin.x(), origin.y(), width, height)
        self.popup.show()

    # ----- choosing -----
    def _result_rows(self) -> list[int]:
        return [i for i in range(self.popup.count()) if self.popup.item(i).data(HIT_ROLE)]

    def _select(self, row: int) -> None:
        self.popup.setCurrentRow(row)

    def _move(self, step: int) -> None:
        rows = self._result_rows()
        if not rows:
            return
        current = self.popup.currentRow()
        later = [r for r in rows if (r > current if step > 0 else r < current)]
        if later:
            self._select(later[0] if step > 0 else later[-1])

    def _enter(self) -> None:
        if self.popup.isVisible() and self.popup.currentItem() is not None:
            self._open_item(self.popup.currentItem())
        elif self.text().strip():
            self._timer.stop()
            self._run()

    def _open_item(self, item: QListWidgetItem) -> None:
        target = item.data(HIT_ROLE)
        if not target:
            return
        self.popup.hide()
        self.ctx.open_record.emit(target[0], target[1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # As QCompleter does: the popup has the keyboard grab, so typing is forwarded to the box.
        if watched is self.popup and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            key = key_event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter()
                return True
            if key == Qt.Key.Key_Escape:
                self.popup.hide()
                self.setFocus()
                return True
            self.event(event)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.popup.count():
            self._place_popup()
            self._move(1)
            return
        if event.key() == Qt.Key.Key_Escape:
            if self.popup.isVisible():
                self.popup.hide()
            else:
                self.clear()
            return
        super().keyPressEvent(event)

    def reset(self) -> None:
        """The vault locked: no query, no results remain."""
        self._sequence += 1
        self._timer.stop()
        self.popup.hide()
        self.popup.clear()
        self.clear()

    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

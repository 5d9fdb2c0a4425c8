"""Collateral arrests: people arrested, detained or removed when agents came for someone else.

One row per person, newest first; opening a row shows its encounter in the Encounters section.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from casefile import read
from ui.context import AppContext
from ui.messages import MessageLabel
from ui.models.collateral import CollateralArrestsModel
from ui.sections.base import SIZING_ROWS, content_widths, plural, setup_table
from ui.widgets.guard import run_job
from ui.widgets.words import WordsLabel
from ui.workers import COUNT

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


class CollateralSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CollateralArrestsModel(ctx, self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        setup_table(self.view, "")
        self.view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.view.doubleClicked.connect(self.open_index)
        self.view.activated.connect(self.open_index)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(lambda: self.open_index(self.view.currentIndex()))
        self.count_label = WordsLabel(self)
        self.message = MessageLabel(self)
        self.model.loadFailed.connect(lambda text: self.message.show_message(text, "error"))
        self.model.modelReset.connect(self._refresh_count)
        row = QHBoxLayout()
        row.addWidget(self.intro, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        ctx.language_changed.connect(self._language_changed)
        ctx.vault_locked.connect(self.count_label.clear)
        self.retranslate()
        self._sized = False
        self._size_columns()
        self.model.modelReset.connect(self._size_columns)
        self._refresh_count()

    def _language_changed(self, _language: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(translate("CollateralSection", "People arrested, detained or removed who were not the "
                                     "ones agents came for. Open a row to see its encounter."))
        self.open_button.setText(translate("CollateralSection", "&Open encounter"))
        self.view.setAccessibleName(translate("CollateralSection", "Collateral arrests"))

    def _size_columns(self) -> None:
        if self._sized or self.model.rowCount() == 0:
            return
        self._sized = True
        rows = [self.model.row_dict(r) or {} for r in range(min(self.model.rowCount(), SIZING_ROWS))]
        widths = content_widths(self.view, self.model.columns, rows)
        header = self.view.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(widths[column] + 8, 260))

    def _sort_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column != 1:
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(1, self.model.sort_order())
            header.blockSignals(False)

    def _refresh_count(self) -> None:
        vault = self.ctx.vault
        if vault is None or vault.closed:
            self.count_label.clear()
            return
        run_job(self, self.ctx, lambda _c: read.collateral_count(vault), priority=COUNT,
                                on_success=lambda n: self.count_label.set_words(lambda: plural(
                                    int(n), translate("CollateralSection", "1 collateral arrest"),
                                    translate("CollateralSection", "%1 collateral arrests"))))

    def open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        encounter_id = self.model.encounter_at(index.row())
        if encounter_id:
            self.ctx.open_record.emit("encounters", encounter_id)


def make(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return CollateralSection(ctx, parent)

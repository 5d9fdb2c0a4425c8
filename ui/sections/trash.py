"""Trash: deleted records, restorable; "Delete for good" removes one for ever."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget

from casefile import read
from casefile.services import records
from ui.context import AppContext
from ui.messages import MessageLabel, message_for
from ui.models.lists import TrashModel
from ui.sections.base import setup_table
from ui.widgets.guard import run_job

translate = QCoreApplication.translate  # named so pyside6-lupdate reads the calls


class TrashSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = TrashModel(ctx, self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        setup_table(self.view, "")
        self.restore_button = QPushButton(self)
        self.purge_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.view.activated.connect(lambda _i: self.restore_selected())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.message = MessageLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        ctx.vault_unlocked.connect(self.reload)
        ctx.record_saved.connect(self._record_saved)
        ctx.vault_locked.connect(self.message.clear_message)
        ctx.language_changed.connect(self._language_changed)
        self.model.modelReset.connect(self._update_buttons)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.intro.setText(translate("TrashSection", "Records moved to the trash are hidden from lists and search "
                                     "but kept, with their history, until you delete them for good."))
        self.restore_button.setText(translate("TrashSection", "&Restore"))
        self.purge_button.setText(translate("TrashSection", "&Delete for good…"))
        self.view.setAccessibleName(translate("TrashSection", "Trash"))

    def _record_saved(self, _kind_name: str, _record_id: str) -> None:
        self.reload()

    def _language_changed(self, _language: str) -> None:
        self.retranslate()

    def reload(self) -> None:
        vault = self.ctx.vault
        if vault is None or vault.closed:
            return
        run_job(self, self.ctx, lambda _c: records.trash(vault), on_success=self._loaded,
                                on_failure=lambda key, text: self.message.show_message(message_for(key, text)))

    def _loaded(self, rows: Any) -> None:
        if self.ctx.unlocked:
            self.model.set_rows(list(rows))
            self.view.resizeColumnsToContents()

    def _update_buttons(self) -> None:
        has = self.view.currentIndex().isValid()
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)

    def selected(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.row_dict(index.row()) if index.isValid() else None

    def restore_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.restore(row)

    def restore(self, row: dict[str, Any]) -> None:
        vault = self.ctx.require_vault()
        kind_name = read.list_name(row["type"])

        def done(_result: Any) -> None:
            self.message.show_message(translate("TrashSection", "Restored “%1”.").replace("%1", row["title"]), "info")
            self.ctx.record_saved.emit(kind_name, row["id"])

        run_job(self, self.ctx, lambda _c: records.restore(vault, kind_name, row["id"]), on_success=done,
                                on_failure=lambda key, text: self.message.show_message(message_for(key, text)))

    def purge_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, translate("TrashSection", "Delete for good"),
                          translate("TrashSection", "Delete “%1” for good? It and its history cannot be brought "
                                    "back, not even from the trash.").replace("%1", row["title"]),
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        purge = box.addButton(translate("TrashSection", "Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is purge:
            self.purge(row)

    def purge(self, row: dict[str, Any]) -> None:
        vault = self.ctx.require_vault()
        kind_name = read.list_name(row["type"])

        def done(_result: Any) -> None:
            self.message.show_message(translate("TrashSection", "Deleted “%1” for good.").replace("%1", row["title"]),
                                      "info")
            self.ctx.record_saved.emit(kind_name, row["id"])

        run_job(self, self.ctx, lambda _c: records.purge(vault, kind_name, row["id"]), on_success=done,
                                on_failure=lambda key, text: self.message.show_message(message_for(key, text)))


def make(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return TrashSection(ctx, parent)

"""A record's earlier versions: when each was replaced, by whom, what changed, and its values."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.domain.validate import format_a_number
from casefile.read import META_FIELDS
from casefile.services import records
from ui import labels
from ui.context import AppContext
from ui.messages import message_for
from ui.models.lists import HistoryModel
from ui.widgets.guard import run_job

# Which ``ui.labels`` table names the values of a top-level field, for showing old values.
VALUE_FIELDS = {
    "custody_status": "custody_status", "setting": "setting", "program": "program", "entry": "entry",
    "kind": None, "status": "foia_status", "agency": None, "agencies": "agency",
}


def describe_value(kind_name: str, field: str, value: Any) -> str:
    """An old value as a person reads it: labels for machine values, lists one per line."""
    table = VALUE_FIELDS.get(field)
    if field == "kind":
        table = "document_kind" if kind_name == "documents" else "deadline_kind"
    if field == "agency" and kind_name == "foia_requests":
        table = "foia_agency"
    if isinstance(value, bool):
        return labels.label("tristate", value)
    if field == "a_number" and isinstance(value, str):
        return format_a_number(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(labels.label(table, v) if table else v for v in value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, indent=2)
    if table and isinstance(value, str):
        return labels.label(table, value)
    return str(value)


class HistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, kind_name: str, record_id: str, field_labels: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind_name = kind_name
        self.record_id = record_id
        self.field_labels = field_labels
        self.resize(860, 560)
        self.model = HistoryModel(ctx, self, field_label=lambda name: field_labels.get(name, name))
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(self.tr("Earlier versions"))
        self.values = QPlainTextEdit(self)
        self.values.setReadOnly(True)
        self.values.setAccessibleName(self.tr("Values of the selected version"))
        self.intro = QLabel(self.tr("Each row is an earlier version, kept when it was replaced or moved to the "
                                    "trash. Select one to see what it held."), self)
        self.intro.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.values)
        splitter.setSizes([220, 300])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._show_version)
        ctx.vault_locked.connect(self.reject)
        self.load()

    def load(self) -> None:
        vault = self.ctx.require_vault()
        kind_name, record_id = self.kind_name, self.record_id
        self.empty.setText(self.tr("Loading…"))
        run_job(self, self.ctx, lambda _c: records.history(vault, kind_name, record_id),
                                on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, versions: Any) -> None:
        if not self.ctx.unlocked:
            return
        self.model.set_rows(list(versions))
        self.view.resizeColumnsToContents()
        self.empty.setText("" if versions else self.tr("No earlier versions: this record has not been "
                                                        "changed since it was created."))
        self.empty.setVisible(not versions)
        if versions:
            self.view.selectRow(0)

    def _failed(self, key: str, message: str) -> None:
        self.empty.setText(message_for(key, message))

    def _show_version(self, current: Any, _previous: Any) -> None:
        row = self.model.row_dict(current.row()) if current.isValid() else None
        if row is None:
            self.values.clear()
            return
        self.values.setPlainText(self.describe(row))

    def describe(self, version: dict[str, Any]) -> str:
        record = version.get("record") or {}
        changed = set(version.get("changed_fields") or [])
        lines = []
        if changed:
            names = ", ".join(self.field_labels.get(f, f) for f in sorted(changed))
            lines.append(self.tr("Changed in the next version: %1").replace("%1", names))
            lines.append("")
        order = [f for f in self.field_labels if f in record] + sorted(f for f in record if f not in self.field_labels)
        for field in order:
            value = record[field]
            if field in META_FIELDS or field == "id":
                continue
            mark = "▶ " if field in changed else "   "
            text = describe_value(self.kind_name, field, value)
            name = self.field_labels.get(field, field)
            if "\n" in text:
                lines.append(f"{mark}{name}:")
                lines.extend("      " + line for line in text.splitlines())
            else:
                lines.append(f"{mark}{name}: {text}")
        gone = sorted(changed - set(record))
        for field in gone:
            lines.append(self.tr("▶ %1: (empty)").replace("%1", self.field_labels.get(field, field)))
        return "\n".join(lines)

"""A FOIA request's status history in the app: every change of its status and dates (who, when),
its productions received, corrected or removed, OGIS mediation, and the clocks the deadline rules
give it now, with what mediation does (and does not do) to the appeal deadline.

Read on the worker by ``casefile.foia.history.status_history`` (the CLI's ``foia history``); the
changes arrive as fields and values, worded here in the app's language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.labels import label
from ui.messages import MessageLabel, message_for
from ui.models import fmt
from ui.widgets.guard import run_job


class StatusHistoryDialog(QDialog):
    """The history of request ``foia_id``; ``loads`` counts the times it was shown (tests wait on it)."""

    def __init__(self, ctx: AppContext, foia_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.foia_id = foia_id
        self.loads = 0
        self.setWindowTitle(self.tr("FOIA status history"))
        self.events = QTreeWidget()
        self.events.setRootIsDecorated(False)
        self.events.setWordWrap(True)
        self.events.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)  # read, not chosen from
        self.events.setHeaderLabels([self.tr("When"), self.tr("By"), self.tr("What")])
        self.clocks = QTreeWidget()
        self.clocks.setRootIsDecorated(False)
        self.clocks.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.clocks.setHeaderLabels([self.tr("Last day"), self.tr("Time limit"), self.tr("State"), self.tr("Rule")])
        self.clocks.setMaximumHeight(130)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.message = MessageLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.events, 1)
        clocks = QLabel(self.tr("Clocks (computed — verify)"))
        clocks.setStyleSheet("font-weight: bold")
        layout.addWidget(clocks)
        layout.addWidget(self.clocks)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(820, 560)
        from casefile.foia.history import status_history

        vault = ctx.require_vault()
        run_job(self, ctx, lambda _c: status_history(vault, foia_id), on_success=self._show,
                on_failure=self._failed)  # fmt: skip

    # ----- wording -----
    def _field_names(self) -> dict[str, str]:
        return {
            "status": self.tr("Status"),
            "tracking_number": self.tr("Tracking number"),
            "submitted_on": self.tr("Submitted"),
            "received_on": self.tr("Received by the agency"),
            "extension_days": self.tr("Extension (working days)"),
            "expedited_decided_on": self.tr("Expedited processing decided"),
            "tolled_on": self.tr("Clock stopped"),
            "tolling_ended_on": self.tr("Clock running again"),
            "response_received_on": self.tr("Response received"),
            "adverse_determination_on": self.tr("Adverse determination"),
            "appeal_filed_on": self.tr("Appeal filed"),
            "appeal_received_on": self.tr("Appeal received by the agency"),
            "appeal_decided_on": self.tr("Appeal decided"),
            "ogis_requested_on": self.tr("OGIS mediation requested"),
            "ogis_case_number": self.tr("OGIS case number"),
            "ogis_closed_on": self.tr("OGIS closed its case"),
            "ogis_outcome": self.tr("OGIS outcome"),
            "litigation_filed_on": self.tr("Lawsuit filed"),
        }

    @staticmethod
    def _value(field: str, value: Any) -> str:
        if field == "status":
            return label("foia_status", value)
        if field == "ogis_outcome":
            return label("foia_ogis_outcome", value)
        if field.endswith("_on"):
            return fmt.fmt_date(value)
        return str(value)

    def change_text(self, change: dict[str, Any]) -> str:
        name = self._field_names().get(change["field"], change["field"])
        old, new = change["old"], change["new"]
        if new in (None, ""):
            return self.tr("%1 cleared").replace("%1", name)
        if old in (None, ""):
            return self.tr("%1: %2").replace("%1", name).replace("%2", self._value(change["field"], new))
        return (self.tr("%1: %2 → %3").replace("%1", name).replace("%2", self._value(change["field"], old))
                .replace("%3", self._value(change["field"], new)))  # fmt: skip

    def event_text(self, event: dict[str, Any]) -> str:
        kind = event.get("kind")
        day, pages = fmt.fmt_date(event.get("received_on") or ""), str(event.get("pages") or 0)
        if kind == "production-received":
            return self.tr("Production received on %1: %2 pages").replace("%1", day).replace("%2", pages)
        if kind == "production-corrected":
            return self.tr("Production received on %1 corrected (see the production log)").replace("%1", day)
        if kind == "production-removed":
            return (self.tr("Production received on %1 removed to the Trash (%2 pages no longer counted)")
                    .replace("%1", day).replace("%2", pages))  # fmt: skip
        parts = [self.change_text(c) for c in event.get("changes") or []]
        if kind == "recorded":
            parts.insert(0, self.tr("Recorded"))
        return "\n".join(parts) or str(event.get("what") or "")  # one change a line: the rows grow, never cut

    def _note_text(self, ogis: dict[str, str] | None) -> str:
        if ogis is None:
            return ""
        text = self.tr("OGIS mediation does not toll the appeal deadline (%1).").replace("%1", ogis["rule"])
        if ogis["filed"]:
            return text + " " + self.tr("The appeal was filed on %1.").replace("%1", fmt.fmt_date(ogis["filed"]))
        if ogis["due"]:
            return text + " " + self.tr("The appeal is due by %1, computed without tolling — verify.").replace(
                "%1", fmt.fmt_date(ogis["due"]))
        return text

    # ----- showing -----
    def _show(self, found: dict[str, Any]) -> None:
        self.events.clear()
        for event in found["events"]:
            when = fmt.fmt_datetime(event["at"]) if event.get("at") else ""
            item = QTreeWidgetItem([when, str(event.get("by") or ""), self.event_text(event)])
            for column in (0, 1):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.events.addTopLevelItem(item)
        for column in (0, 1):
            self.events.resizeColumnToContents(column)
        self.clocks.clear()
        for clock in found["clocks"]:
            state = self.tr("answered or done") if clock["done"] else self.tr("running")
            shown = [fmt.fmt_date(clock["due"]), label("deadline_kind", clock["kind"]), state, clock["citation"]]
            item = QTreeWidgetItem(shown)
            item.setToolTip(3, clock["citation"])  # the rule's full citation when the column cuts it
            self.clocks.addTopLevelItem(item)
        for column in range(3):
            self.clocks.resizeColumnToContents(column)
        self.note.setText(self._note_text(found.get("ogis_appeal")))
        self.note.setVisible(bool(self.note.text()))
        self.loads += 1

    def _failed(self, key: str, message: str) -> None:
        if key not in ("cancelled", "vault_closed"):
            self.message.show_message(message_for(key, message))

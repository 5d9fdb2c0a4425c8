"""A client's case page: identity and custody, next deadlines, and a timeline of their case.

Opened from a person's form ("Case page…"). The data comes from
``casefile.services.case_page.case_overview`` on the worker pool; a row of the timeline opens
its record in its own section (``ctx.open_record``, the path the search box uses), and the
buttons start the next step for this client: a new encounter, documents, the summary report.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefile.services.case_page import CaseOverview, Event, NextDeadline, case_overview
from ui import labels
from ui.context import AppContext
from ui.messages import MessageLabel, message_for, set_heading
from ui.models.fmt import deadline_detail, fmt_a_number, fmt_date, fmt_due, fmt_timestamp
from ui.widgets.choices import country_items, language_items
from ui.widgets.guard import run_job

RECORD_ROLE = Qt.ItemDataRole.UserRole


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)  # names, places and titles are case data
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CasePage(QDialog):
    """One client's case, read-only; stays in step with saves until closed."""

    def __init__(self, ctx: AppContext, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.overview: CaseOverview | None = None
        self.loads = 0  # finished loads (tests wait on it)
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.heading = _plain(QLabel(self))
        set_heading(self.heading, 1.3)
        self.message = MessageLabel(self)
        self.identity_box = QGroupBox(self)
        form = QFormLayout(self.identity_box)
        self.a_number_label, self.a_number = QLabel(), _plain(QLabel())
        self.born_label, self.born = QLabel(), _plain(QLabel())
        self.custody_label, self.custody = QLabel(), _plain(QLabel())
        self.origin_label, self.origin = QLabel(), _plain(QLabel())
        for name, value in ((self.a_number_label, self.a_number), (self.born_label, self.born),
                            (self.custody_label, self.custody), (self.origin_label, self.origin)):
            form.addRow(name, value)
        self.deadlines_box = QGroupBox(self)
        self.deadlines = _plain(QLabel(self.deadlines_box))
        QVBoxLayout(self.deadlines_box).addWidget(self.deadlines)
        self.timeline_box = QGroupBox(self)
        self.timeline = QTableWidget(0, 3, self.timeline_box)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.verticalHeader().hide()
        self.timeline.setWordWrap(False)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # ``activated``: Enter on a row, or a double-click (the platform's way of opening an item).
        self.timeline.activated.connect(self._open_row)
        self.timeline_hint = QLabel(self.timeline_box)
        box = QVBoxLayout(self.timeline_box)
        box.addWidget(self.timeline, 1)
        box.addWidget(self.timeline_hint)

        self.new_encounter_button = QPushButton(self)
        self.add_documents_button = QPushButton(self)
        self.report_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.new_encounter_button.clicked.connect(self._new_encounter)
        self.add_documents_button.clicked.connect(self._add_documents)
        self.report_button.clicked.connect(self._report)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.new_encounter_button, self.add_documents_button, self.report_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        top = QHBoxLayout()
        top.addWidget(self.identity_box, 1)
        top.addWidget(self.deadlines_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addWidget(self.timeline_box, 1)
        layout.addLayout(buttons)

        ctx.record_saved.connect(self._record_saved)
        ctx.vault_locked.connect(self.close)
        self.retranslate()
        self.reload()

    # ----- loading -----
    def reload(self) -> None:
        vault = self.ctx.vault
        if vault is None or vault.closed:
            return
        person_id = self.person_id
        run_job(self, self.ctx, lambda _control: case_overview(vault, person_id),
                on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, overview: CaseOverview) -> None:
        self.overview = overview
        self.message.clear_message()
        self._show()
        self.loads += 1

    def _failed(self, key: str, message: str) -> None:
        self.message.show_message(message_for(key, message), "error")
        self.loads += 1

    def _record_saved(self, _kind: str, _record_id: str) -> None:
        self.reload()

    # ----- showing -----
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.identity_box.setTitle(self.tr("Identity and custody"))
        self.a_number_label.setText(self.tr("A-number:"))
        self.born_label.setText(self.tr("Date of birth:"))
        self.custody_label.setText(self.tr("Custody:"))
        self.origin_label.setText(self.tr("Country and language:"))
        self.deadlines_box.setTitle(self.tr("Next deadlines"))
        self.timeline_box.setTitle(self.tr("Timeline"))
        self.timeline.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Details")])
        self.timeline_hint.setText(self.tr("Double-click a row, or press Enter, to open its record."))
        self.new_encounter_button.setText(self.tr("New &encounter for this client"))
        self.add_documents_button.setText(self.tr("Add &documents…"))
        self.report_button.setText(self.tr("Case &summary report"))
        self.close_button.setText(self.tr("&Close"))
        self._show()

    def _show(self) -> None:
        overview = self.overview
        if overview is None:
            self.setWindowTitle(self.tr("Case page"))
            self.heading.setText(self.tr("Loading the case…"))
            return
        who = overview.identity
        self.setWindowTitle(self.tr("Case page — %1").replace("%1", who.full_name))
        self.heading.setText(who.full_name)
        self.a_number.setText(fmt_a_number(who.a_number) if who.a_number else labels.EMPTY)
        self.born.setText(fmt_date(who.date_of_birth) if who.date_of_birth else labels.EMPTY)
        custody = labels.label("custody_status", who.custody_status) if who.custody_status else labels.EMPTY
        self.custody.setText(f"{custody} — {who.custody_facility}" if who.custody_facility else custody)
        country = dict(country_items()).get(who.country_of_birth or "", who.country_of_birth)
        language = dict(language_items()).get(who.preferred_language or "", who.preferred_language)
        origin = " · ".join(x for x in (country, language) if x)
        self.origin.setText(origin or labels.EMPTY)
        lines = [self._deadline_line(d) for d in overview.deadlines[:6]]
        if len(overview.deadlines) > 6:
            lines.append(self.tr("…and %1 more in the Deadlines section.").replace(
                "%1", str(len(overview.deadlines) - 6)))
        self.deadlines.setText("\n".join(lines) if lines else self.tr("No open deadlines."))
        self._fill_timeline(overview.timeline)

    def _deadline_line(self, deadline: NextDeadline) -> str:
        kind = labels.label("deadline_kind", deadline.kind)
        text = f"{fmt_due(deadline.due)} — {kind}"
        detail = deadline_detail(deadline.record) if deadline.record else deadline.title
        if detail and detail != kind:
            text += f": {detail}"
        if deadline.overdue:
            text += " — " + self.tr("OVERDUE")
        elif deadline.awaiting_outcome:
            text += " — " + self.tr("awaiting its outcome")
        if deadline.computed:
            # Computed dates are the earlier reading of their rule; the attorney checks them.
            rule = f"; {deadline.citation}" if deadline.citation else ""
            text += " (" + self.tr("computed — verify") + rule + ")"
        return text

    def _event_text(self, kind: str) -> str:
        return {
            "encounter": self.tr("Encounter"),
            "arrest": self.tr("Arrested (custody)"),
            "nta": self.tr("Notice to Appear served"),
            "released": self.tr("Released from custody"),
            "hearing": self.tr("Hearing"),
            "ij-decision": self.tr("Immigration judge's decision"),
            "bond-decision": self.tr("Bond decision"),
            "final-order": self.tr("Final order of removal"),
            "document": self.tr("Document"),
            "foia-submitted": self.tr("FOIA request submitted"),
            "foia-received": self.tr("FOIA request received by the agency"),
            "foia-response": self.tr("FOIA response received"),
            "foia-appeal": self.tr("FOIA appeal filed"),
            "foia-litigation": self.tr("FOIA lawsuit filed"),
            "note": self.tr("Note"),
        }.get(kind, kind)

    def _fill_timeline(self, events: tuple[Event, ...]) -> None:
        current = self.timeline.currentRow()
        self.timeline.setRowCount(len(events))
        for row, event in enumerate(events):
            when = fmt_timestamp(event.when) if event.kind == "note" else fmt_due(event.when)
            cells = (when, self._event_text(event.kind), " ".join(event.text.split()))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(RECORD_ROLE, (event.kind_name, event.record_id))
                item.setToolTip(text)
                self.timeline.setItem(row, column, item)
        if events:
            self.timeline.setCurrentCell(min(max(current, 0), len(events) - 1), 0)

    # ----- actions -----
    def _open_row(self, index: Any) -> None:
        target = self.timeline.item(index.row(), 0).data(RECORD_ROLE) if index.isValid() else None
        if target:
            self.ctx.open_record.emit(target[0], target[1])
            self.close()

    def _section(self, key: str) -> Any:
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        show = getattr(window, "show_section", None)
        return show(key) if show is not None else None

    def _new_encounter(self) -> None:
        section = self._section("encounters")
        if section is not None:
            self.close()
            # "Other" until someone says otherwise: whether agents came for the client or took them
            # collaterally matters in law (domain.md), so the page does not guess.
            section.new_record({"participants": [{"person_id": self.person_id, "role": "other"}]})

    def _add_documents(self) -> None:
        section = self._section("documents")
        if section is not None:
            self.close()
            section.new_record({"person_ids": [self.person_id]})

    def _report(self) -> None:
        section = self._section("reports")
        if section is not None:
            self.close()
            section.select("summary", self.person_id)

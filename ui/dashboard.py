"""The first thing after unlocking: what is late, what is coming, who is detained, how old the backup is.

Loaded in a worker whenever the vault opens, a record is saved, or the dashboard is shown again
after a change; emptied when the vault locks. Computed deadlines are marked "computed — verify"
because a person must check them against the court's or agency's own papers.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefile import settings as settings_mod
from casefile.clock import today
from casefile.domain.dates import parse_date
from casefile.errors import CasefileError
from casefile.services import dashboard as dashboard_service
from casefile.services.dashboard import DashboardData
from casefile.vault.db import Vault
from ui.context import AppContext
from ui.messages import MessageLabel, message_for, set_heading
from ui.workers import SHOWN, JobControl

UPCOMING_DAYS = 30
MAX_ROWS = 100
SHOWN_EXHAUSTED = 3  # requests named in the FOIA notice; the rest are counted
ID_ROLE = Qt.ItemDataRole.UserRole


def load(vault: Vault, day: date | None = None) -> DashboardData:
    """Everything the dashboard shows, read in one go (runs in a worker)."""
    return dashboard_service.load(vault, day or today(), within_days=UPCOMING_DAYS, limit=MAX_ROWS)


def backup_age_days(last_backup_at: str | None, now: datetime | None = None) -> int | None:
    if not last_backup_at:
        return None
    try:
        when = datetime.fromisoformat(last_backup_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    now = now or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0, (now - when).days)


def _table(columns: int, stretch: int | None = None) -> QTreeWidget:
    """A read-only list; one column (the last unless ``stretch``) takes the room left and elides,
    so nothing scrolls sideways."""
    tree = QTreeWidget()
    tree.setColumnCount(columns)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch if stretch is not None else columns - 1, QHeaderView.ResizeMode.Stretch)
    # Its preferred height is ignored: the four lists share what the window has, and the page
    # scrolls only when even their minimum does not fit (small screens, 125 % scaling).
    tree.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    tree.setMinimumHeight(110)
    return tree


class Dashboard(QWidget):
    backup_requested = Signal()  # "Back up now…" was pressed; the main window runs the backup

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.ctx = ctx
        self.data: DashboardData | None = None
        self._stale = True
        self._loading = 0  # sequence number of the newest load; older results are dropped
        self.loaded_count = 0  # loads delivered (tests wait on it)

        self.heading = QLabel()
        set_heading(self.heading, 1.5)
        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        self.backup_label.setObjectName("backupStatus")
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.backup_requested)
        self.message = MessageLabel()
        banner = QHBoxLayout()
        banner.addWidget(self.backup_label, 1)
        banner.addWidget(self.backup_button)

        # Deadlines matter most: full width, so their descriptions are readable on a laptop.
        self.overdue_box, self.overdue_tree = QGroupBox(), _table(4, stretch=2)
        self.upcoming_box, self.upcoming_tree = QGroupBox(), _table(4, stretch=2)
        self.foia_box, self.foia_tree = QGroupBox(), _table(3)
        # Name, A-number and the next hearing (issue 15): what a detained client's attorney plans around.
        self.detained_box, self.detained_tree = QGroupBox(), _table(3)
        # The litigation trigger: a FOIA time limit ran, so suit may be filed (5 U.S.C. 552(a)(6)(C)(i)).
        self.foia_notice = QLabel()
        self.foia_notice.setObjectName("foiaExhaustion")
        self.foia_notice.setProperty("kind", "warning")
        self.foia_notice.setWordWrap(True)
        self.foia_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.foia_notice.hide()
        grid = QGridLayout()
        grid.setSpacing(12)
        for (box, tree), (row, col, span) in zip(
            (
                (self.overdue_box, self.overdue_tree),
                (self.upcoming_box, self.upcoming_tree),
                (self.foia_box, self.foia_tree),
                (self.detained_box, self.detained_tree),
            ),
            ((0, 0, 2), (1, 0, 2), (2, 0, 1), (2, 1, 1)),
            strict=True,
        ):
            inner = QVBoxLayout(box)
            inner.addWidget(tree)
            grid.addWidget(box, row, col, 1, span)
            tree.itemActivated.connect(self._activated)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addLayout(banner)
        layout.addWidget(self.foia_notice)  # full width, under the backup banner: the litigation trigger
        layout.addWidget(self.message)
        layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        ctx.vault_unlocked.connect(self.reload)
        ctx.vault_locked.connect(self.clear)
        ctx.record_saved.connect(self._record_saved)
        self._retranslate()
        if ctx.unlocked:
            self.reload()

    # ----- texts -----
    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Dashboard"))
        self.backup_button.setText(self.tr("&Back up now…"))
        self.backup_button.setToolTip(self.tr("Make an encrypted backup of the whole vault"))
        due, what, who = self.tr("Due"), self.tr("What"), self.tr("Whose case")
        note = self.tr("Note")
        self.overdue_tree.setHeaderLabels([due, who, what, note])
        self.upcoming_tree.setHeaderLabels([due, who, what, note])
        self.foia_tree.setHeaderLabels(
            [self.tr("Response due"), self.tr("Whose records"), self.tr("Agency and tracking no.")]
        )
        self.detained_tree.setHeaderLabels([self.tr("Name"), self.tr("A-number"), self.tr("Next hearing")])
        for tree, name in (
            (self.overdue_tree, self.tr("Overdue deadlines")),
            (self.upcoming_tree, self.tr("Deadlines in the next 30 days")),
            (self.foia_tree, self.tr("Overdue FOIA requests")),
            (self.detained_tree, self.tr("Detained clients")),
        ):
            tree.setAccessibleName(name)
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # ----- loading -----
    def reload(self) -> None:
        if not self.ctx.unlocked:
            return
        vault = self.ctx.require_vault()
        self._loading += 1
        sequence = self._loading
        self._stale = False

        def job(_control: JobControl) -> DashboardData:
            return load(vault)

        self.ctx.workers.submit(
            job,
            priority=SHOWN,
            on_success=lambda data: self._loaded(sequence, data),
            on_failure=lambda key, msg: self._failed(sequence, key, msg),
        )

    def _loaded(self, sequence: int, data: DashboardData) -> None:
        if sequence != self._loading or not self.ctx.unlocked:
            return
        self.data = data
        self.message.clear_message()
        self._render()
        self.loaded_count += 1

    def _failed(self, sequence: int, key: str, message: str) -> None:
        if sequence != self._loading or key in ("cancelled", "vault_closed"):
            return
        self.message.show_message(message_for(key, message))

    def _record_saved(self, _kind: str, _record_id: str) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale and self.ctx.unlocked:
            self.reload()

    def clear(self) -> None:
        """The vault locked: forget every row."""
        self._loading += 1
        self.data = None
        self._stale = True
        self._render()

    # ----- showing -----
    def _date(self, text: str) -> str:
        try:
            day = parse_date(str(text)[:10])
        except CasefileError:
            return str(text)
        return QLocale().toString(QDate(day.year, day.month, day.day), self.tr("MMM d, yyyy"))

    def _render(self) -> None:
        from ui.models.fmt import deadline_rule

        data = self.data or DashboardData()
        self._render_backup(data)
        computed = self.tr("computed — verify")
        for tree, rows in ((self.overdue_tree, data.overdue), (self.upcoming_tree, data.upcoming)):
            tree.clear()
            for d in rows:
                title = _deadline_text(d)
                who = data.names.get(d.get("person_id") or "", "")
                mark = computed if d.get("computed") else ""
                if d.get("awaiting_outcome"):
                    mark = self.tr("past: held or adjourned?")
                elif d.get("open_now"):
                    mark = self.tr("may act now") + (f"; {computed}" if mark else "")
                item = QTreeWidgetItem([self._date(d.get("due") or ""), who, title, mark])
                item.setData(0, ID_ROLE, _target_of_deadline(d))
                # The rule and its citation beside the date (issue 12).
                rule = deadline_rule(d)
                item.setToolTip(2, f"{title}\n{rule}" if rule else title)
                if rule:
                    item.setToolTip(0, rule)
                if d.get("computed"):
                    font = item.font(3)
                    font.setItalic(True)
                    item.setFont(3, font)
                    item.setToolTip(
                        3,
                        self.tr(
                            "Calculated by Casefile from other records. Check it against the notice "
                            "or the rule before relying on it."
                        ),
                    )
                tree.addTopLevelItem(item)
        self.foia_tree.clear()
        for r in data.foia_overdue:
            what = " ".join(p for p in (r.get("agency") or "", r.get("tracking_number") or "") if p)
            item = QTreeWidgetItem(
                [self._date(r.get("response_due") or ""), data.names.get(r.get("subject_person_id") or "", ""), what]
            )
            item.setData(0, ID_ROLE, ("foia_requests", r["id"]))
            self.foia_tree.addTopLevelItem(item)
        self._render_exhaustion(data)
        self.detained_tree.clear()
        from casefile.domain.validate import format_a_number

        for r in data.detained:
            a_number = format_a_number(r["a_number"]) if r.get("a_number") else ""
            hearing = data.next_hearings.get(r["id"])
            nxt = self.tr("none recorded")
            if hearing:  # the date and kind fit the narrow box; the court is in the tooltip
                from ui.labels import label

                nxt = f"{self._date(hearing['due'])} — {label('deadline_kind', hearing.get('kind'))}"
            item = QTreeWidgetItem([r.get("full_name") or "", a_number, nxt])
            if hearing:
                item.setToolTip(2, f"{self._date(hearing['due'])} — {_deadline_text(hearing)}")
            item.setData(0, ID_ROLE, ("people", r["id"]))
            self.detained_tree.addTopLevelItem(item)
        # Past dates: overdue ones, hearings awaiting their outcome, dates from which to act.
        self.overdue_box.setTitle(self.tr("Overdue or past (%1)").replace("%1", str(len(data.overdue))))
        self.upcoming_box.setTitle(self.tr("Deadlines in the next 30 days (%1)").replace("%1", str(len(data.upcoming))))
        self.foia_box.setTitle(self.tr("Overdue FOIA requests (%1)").replace("%1", str(len(data.foia_overdue))))
        self.detained_box.setTitle(self.tr("Detained clients (%1)").replace("%1", str(data.detained_total)))
        for tree, empty in (
            (self.overdue_tree, self.tr("Nothing overdue.")),
            (self.upcoming_tree, self.tr("Nothing due in the next 30 days.")),
            (self.foia_tree, self.tr("No FOIA request is overdue.")),
            (self.detained_tree, self.tr("No client is recorded as detained.")),
        ):
            if tree.topLevelItemCount() == 0 and self.data is not None:
                placeholder = QTreeWidgetItem([empty])
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                placeholder.setFirstColumnSpanned(True)
                tree.addTopLevelItem(placeholder)
                placeholder.setFirstColumnSpanned(True)

    def _render_exhaustion(self, data: DashboardData) -> None:
        gone = data.foia_exhausted
        if not gone:
            self.foia_notice.hide()
            self.foia_notice.setText("")
            return
        lines = [self.tr("⚠ Suit possible on %n FOIA request(s) (5 U.S.C. 552(a)(6)(C)(i)):", "", len(gone))]
        for e in gone[:SHOWN_EXHAUSTED]:
            who = data.names.get(e.subject_person_id, "")
            what = " ".join(x for x in (e.agency, e.tracking_number) if x)
            missed = (
                self.tr("no determination by %1") if e.clock == "response" else self.tr("no appeal decision by %1")
            ).replace("%1", self._date(e.missed.isoformat()))
            lines.append(f"• {' — '.join(x for x in (who, what) if x)}: {missed}")
        if len(gone) > SHOWN_EXHAUSTED:
            lines.append(self.tr("…and %n more.", "", len(gone) - SHOWN_EXHAUSTED))
        self.foia_notice.setText("\n".join(lines))
        self.foia_notice.setToolTip(
            self.tr(
                "The agency missed its time limit, so administrative remedies are deemed exhausted and suit may "
                "be filed under 5 U.S.C. 552(a)(4)(B). An answer from the agency before suit is filed can still "
                "require an administrative appeal first. Computed — verify."
            )
        )
        self.foia_notice.show()

    def _render_backup(self, data: DashboardData) -> None:
        if self.data is None:
            self.backup_label.setText("")
            self.backup_label.setProperty("kind", "")
            self.backup_button.setEnabled(False)
            return
        self.backup_button.setEnabled(True)
        reminder = settings_mod.load().backup_reminder_days
        age = backup_age_days(data.last_backup_at)
        if age is None:
            text, kind = (
                self.tr("⚠ This vault has never been backed up. Make a backup to an external drive now."),
                "warning",
            )
        elif age >= reminder:
            text = self.tr("⚠ The last backup is %n day(s) old. Make a new one to an external drive.", "", age)
            kind = "warning"
        elif age == 0:
            text, kind = self.tr("Last backup: today."), "ok"
        else:
            text, kind = self.tr("Last backup: %n day(s) ago.", "", age), "ok"
        self.backup_label.setText(text)
        self.backup_label.setProperty("kind", kind)
        self.backup_label.style().unpolish(self.backup_label)
        self.backup_label.style().polish(self.backup_label)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, ID_ROLE)
        if target:
            self.ctx.open_record.emit(target[0], target[1])


def _deadline_text(d: dict[str, Any]) -> str:
    """What is due: a stored deadline's own title; a computed one's kind and what it is about
    (the FOIA request, the judge's decision, the encounter), and a hearing record's type and
    court, in the user's language."""
    from ui.labels import label
    from ui.models.fmt import deadline_detail

    if d.get("hearing_id"):
        kind, detail = label("deadline_kind", d.get("kind")), deadline_detail(d)
        return f"{kind} — {detail}" if detail else kind
    if not d.get("computed") or not d.get("kind"):
        return str(d.get("title") or "")

    kind, detail = label("deadline_kind", d["kind"]), deadline_detail(d)
    return f"{kind} — {detail}" if detail else kind


def _target_of_deadline(d: dict[str, Any]) -> tuple[str, str] | None:
    if d.get("hearing_id"):  # a hearing record's row opens the hearing
        return ("hearings", d["hearing_id"])
    if not d.get("computed") and d.get("id"):
        return ("deadlines", d["id"])
    for key, kind in (("foia_id", "foia_requests"), ("encounter_id", "encounters"), ("person_id", "people")):
        if d.get(key):
            return (kind, d[key])
    return None


def make(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return Dashboard(ctx, parent)

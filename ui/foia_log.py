"""The production log in the FOIA form: receive a production PDF, see its totals and index, correct
any production (its pages, its facts, or remove it), mark the proposals checked. The work is
``casefile.foia.receive``, ``casefile.foia.corrections`` and ``casefile.foia.log``, run in a worker.

The index lists each production with its segments under it; a correction applies to the
production selected there (the latest until another is chosen).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefile.clock import today
from ui import file_dialogs
from ui.context import AppContext
from ui.messages import MessageLabel, message_for
from ui.widgets.guard import run_job

STATUSES = ("full", "part", "withheld", "referred")
ID_ROLE = Qt.ItemDataRole.UserRole


class ProductionLogPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.foia_id: str | None = None
        self.log: Any = None
        self.loads = 0  # logs shown (tests wait on it)
        self.receive_button = QPushButton(self.tr("&Receive production…"))
        self.receive_button.setToolTip(
            self.tr("Add a production PDF: it is kept encrypted, numbered (Bates) and its exemptions are proposed")
        )
        self.receive_button.clicked.connect(self._receive)
        self.checked_button = QPushButton(self.tr("Mar&k as checked"))
        self.checked_button.clicked.connect(self._confirm)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setMinimumHeight(120)
        self.pages = QLineEdit()
        self.pages.setPlaceholderText(self.tr("pages, e.g. 3-7"))
        self.status = QComboBox()
        self.exemptions = QLineEdit()
        self.exemptions.setPlaceholderText("(b)(6), (b)(7)(C)")
        self.set_button = QPushButton(self.tr("&Set pages"))
        self.set_button.clicked.connect(self._mark)
        self.edit_button = QPushButton(self.tr("Ed&it production…"))
        self.edit_button.setToolTip(self.tr("Correct the selected production's received date, Bates numbers or notes"))
        self.edit_button.clicked.connect(self._edit)
        self.remove_button = QPushButton(self.tr("Remove production…"))
        self.remove_button.setToolTip(
            self.tr("Move the selected production to the Trash: its pages leave the totals, its PDF stays in Documents")
        )
        self.remove_button.clicked.connect(self._ask_remove)
        self.target = QLabel()  # which production a correction applies to
        self.target.setWordWrap(True)
        self.tree.currentItemChanged.connect(lambda *_a: self._show_target())
        self.dialog: Any = None
        self.remove_box: QMessageBox | None = None
        self._want: str | None = None  # the production to select once the log is shown again
        self.message = MessageLabel()
        top = QHBoxLayout()
        top.addWidget(self.receive_button)
        top.addWidget(self.checked_button)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.remove_button)
        edit = QHBoxLayout()
        for widget in (self.pages, self.status, self.exemptions, self.set_button):
            edit.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addWidget(self.tree)
        layout.addWidget(self.target)
        layout.addLayout(edit)
        layout.addWidget(self.message)
        self._retranslate()
        header = self.tree.header()  # after the labels made the columns
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.set_request(None)

    def _retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("Received"), self.tr("Bates"), self.tr("Pages"), self.tr("Status"), self.tr("Exemptions")]
        )
        self.status.clear()
        words = {
            "full": self.tr("released in full"),
            "part": self.tr("released in part"),
            "withheld": self.tr("withheld in full"),
            "referred": self.tr("referred"),
        }
        for value in STATUSES:
            self.status.addItem(words[value], value)

    def set_request(self, foia_id: str | None) -> None:
        self.foia_id = foia_id
        self.log = None
        self.tree.clear()
        self.totals.setText("")
        self.message.clear_message()
        self.receive_button.setEnabled(foia_id is not None)
        self._show_target()
        if foia_id is not None:
            self.reload()

    def reload(self) -> None:
        if self.foia_id is None or not self.ctx.unlocked:
            return
        from casefile.foia.log import production_log

        vault, foia_id = self.ctx.require_vault(), self.foia_id
        run_job(self, self.ctx, lambda _c: production_log(vault, foia_id), on_success=self._show,
                on_failure=self._failed)  # fmt: skip

    def _show(self, log: Any) -> None:
        if log.foia_id != self.foia_id:
            return
        self.log = log
        t = log.totals
        if not log.productions:
            self.totals.setText(self.tr("No production received yet."))
        else:
            text = self.tr("%1 pages: %2 released in full, %3 in part, %4 withheld in full, %5 referred.")
            for n, value in enumerate(
                (t.pages, t.by_status["full"], t.by_status["part"], t.by_status["withheld"], t.by_status["referred"]), 1
            ):
                text = text.replace(f"%{n}", str(value))
            if t.by_exemption:
                text += " " + self.tr("Exemptions (pages): %1.").replace(
                    "%1", ", ".join(f"{e} {n}" for e, n in sorted(t.by_exemption.items()))
                )
            if any(p.get("proposed") for p in log.productions):
                text += " " + self.tr("Read from the text: check them.")
            self.totals.setText(text)
        self._fill_tree(log)
        self.checked_button.setEnabled(any(p.get("proposed") for p in log.productions))
        self.loads += 1

    def _receive(self) -> None:
        if self.foia_id is None:
            return
        name = file_dialogs.open_file_name(
            self, self.tr("Receive a production"), file_dialogs.neutral_folder(), "PDF (*.pdf)"
        )
        if not name:
            return
        from casefile.foia.receive import receive

        vault, foia_id, path = self.ctx.require_vault(), self.foia_id, Path(name)
        self.message.show_message(self.tr("Reading %1…").replace("%1", path.name), "info")
        run_job(
            self,
            self.ctx,
            lambda _c: receive(vault, foia_id, path, received_on=today()),
            on_success=lambda made: self._received(str(made["id"])),
            on_failure=self._failed,
        )

    def _fill_tree(self, log: Any) -> None:
        """One row per production (its Bates range, pages, counts), its segments under it; the
        production selected before stays selected, else the latest."""
        from casefile.foia.exemptions import EXEMPTIONS
        from casefile.foia.production import bates_range, index_rows, totals

        keep, self._want = self._want or self.selected_id(), None
        self.tree.clear()
        words = {self.status.itemData(i): self.status.itemText(i) for i in range(self.status.count())}
        reverse = {"released in full": "full", "released in part": "part", "withheld in full": "withheld",
                   "referred to another agency": "referred"}  # fmt: skip
        chosen = last = None
        for production in log.productions:
            t = totals([production])
            claimed = ", ".join(e for e in EXEMPTIONS if t.by_exemption[e]) or "—"
            span = " – ".join(x for x in bates_range(production) if x)
            pages = f"1-{t.pages}" if t.pages > 1 else "1"
            # The production's counts are in the line under the index (it names the selected one).
            top = QTreeWidgetItem([str(production.get("received_on") or ""), span, pages, "", claimed])
            top.setToolTip(4, claimed)
            font = top.font(0)
            font.setBold(True)
            for column in range(5):
                top.setFont(column, font)
            top.setData(0, ID_ROLE, str(production["id"]))
            for row in index_rows([production]):
                shown = ["", row[1], row[2], words.get(reverse.get(row[3], ""), row[3]), row[4]]
                child = QTreeWidgetItem(shown)
                child.setData(0, ID_ROLE, str(production["id"]))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            if str(production["id"]) == keep:
                chosen = top
            last = top
        self.tree.expandAll()
        if last is not None:
            self.tree.setCurrentItem(chosen or last)
        self._show_target()

    def selected_id(self) -> str | None:
        """The production a correction applies to: the one selected in the index."""
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return str(value) if value else None

    def _selected(self) -> dict[str, Any] | None:
        wanted = self.selected_id()
        found = [p for p in (self.log.productions if self.log else []) if str(p["id"]) == wanted]
        return found[0] if found else None

    def _show_target(self) -> None:
        production = self._selected()
        for widget in (self.set_button, self.pages, self.exemptions, self.status, self.edit_button, self.remove_button):
            widget.setEnabled(production is not None)
        self.checked_button.setEnabled(bool(self.log and any(p.get("proposed") for p in self.log.productions)))
        if production is None:
            self.target.setText("")
            return
        from casefile.foia.production import bates_range, totals

        text = self.tr("Corrections apply to the production received on %1 (%2 pages%3): %4.")
        span = " – ".join(x for x in bates_range(production) if x)
        t = totals([production])
        short = {"full": self.tr("%1 full"), "part": self.tr("%1 in part"), "withheld": self.tr("%1 withheld"),
                 "referred": self.tr("%1 referred")}  # fmt: skip
        counts = ", ".join(short[s].replace("%1", str(t.by_status[s])) for s in STATUSES if t.by_status[s])
        self.target.setText(text.replace("%1", str(production.get("received_on") or ""))
                            .replace("%2", str(production.get("page_count") or 0))
                            .replace("%3", f", {span}" if span else "").replace("%4", counts))  # fmt: skip

    def _edit(self) -> None:
        production = self._selected()
        if production is None:
            return
        from ui.foia_production import ProductionDialog

        self.dialog = ProductionDialog(production, self)
        self.dialog.accepted.connect(self._edited)
        self.dialog.open()

    def _edited(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        changes = dialog.changes()
        if not changes:
            return
        from casefile.foia.corrections import edit_production

        vault, production_id = self.ctx.require_vault(), str(dialog.production["id"])
        run_job(self, self.ctx, lambda _c: edit_production(vault, production_id, changes),
                on_success=lambda _r: self._changed(self.tr("Production corrected.")),
                on_failure=self._failed)  # fmt: skip

    def _ask_remove(self) -> None:
        production = self._selected()
        if production is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove production"),
            self.tr("Remove the production received on %1 (%2 pages) from the log? Its pages leave the totals; "
                    "it can be restored from the Trash, and its PDF stays in Documents.")
            .replace("%1", str(production.get("received_on") or "")).replace("%2", str(production.get("page_count"))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        production_id = str(production["id"])
        box.finished.connect(lambda result: self._remove(production_id) if box.clickedButton() is box.button(
            QMessageBox.StandardButton.Yes) else None)  # fmt: skip
        self.remove_box = box
        box.open()

    def _remove(self, production_id: str) -> None:
        from casefile.foia.corrections import remove_production

        vault = self.ctx.require_vault()
        run_job(self, self.ctx, lambda _c: remove_production(vault, production_id),
                on_success=lambda _r: self._changed(self.tr("Production removed to the Trash.")),
                on_failure=self._failed)  # fmt: skip

    def _mark(self) -> None:
        production_id = self.selected_id()
        if production_id is None:
            return
        from casefile.foia.receive import mark_pages

        text = self.pages.text().replace(" ", "")
        try:
            first, _, last = text.partition("-")
            pages = (int(first), int(last or first))
        except ValueError:
            self.message.show_message(self.tr("Write the pages as one number (7) or a range (3-12)."))
            return
        claimed = tuple(e.strip() for e in self.exemptions.text().split(",") if e.strip())
        status = str(self.status.currentData())
        vault = self.ctx.require_vault()
        run_job(
            self,
            self.ctx,
            lambda _c: mark_pages(
                vault, production_id, first=pages[0], last=pages[1], status=status, exemptions=claimed
            ),
            on_success=lambda _r: self._changed(self.tr("Pages set.")),
            on_failure=self._failed,
        )

    def _confirm(self) -> None:
        if self.log is None:
            return
        from casefile.foia.receive import confirm

        vault = self.ctx.require_vault()
        ids = [str(p["id"]) for p in self.log.productions if p.get("proposed")]
        run_job(
            self,
            self.ctx,
            lambda _c: [confirm(vault, i) for i in ids],
            on_success=lambda _r: self._changed(self.tr("Marked as checked.")),
            on_failure=self._failed,
        )

    def _received(self, production_id: str) -> None:
        self._want = production_id
        self._changed(self.tr("Production received; its exemptions are proposed."))

    def _changed(self, text: str) -> None:
        self.message.show_message(text, "info")
        self.reload()

    def _failed(self, key: str, message: str) -> None:
        if key not in ("cancelled", "vault_closed"):
            self.message.show_message(message_for(key, message))

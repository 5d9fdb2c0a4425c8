"""The production log in the FOIA form: receive a production PDF, see its totals and index, correct
pages, mark the proposals checked. The work is ``casefile.foia.receive`` and ``casefile.foia.log``,
run in a worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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
        self.message = MessageLabel()
        top = QHBoxLayout()
        top.addWidget(self.receive_button)
        top.addWidget(self.checked_button)
        top.addStretch(1)
        edit = QHBoxLayout()
        for widget in (self.pages, self.status, self.exemptions, self.set_button):
            edit.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addWidget(self.tree)
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
        for widget in (self.receive_button, self.checked_button, self.set_button, self.pages, self.exemptions):
            widget.setEnabled(foia_id is not None)
        self.checked_button.setEnabled(False)
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
        self.tree.clear()
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
        words = {self.status.itemData(i): self.status.itemText(i) for i in range(self.status.count())}
        reverse = {"released in full": "full", "released in part": "part", "withheld in full": "withheld",
                   "referred to another agency": "referred"}  # fmt: skip
        for row in log.rows():
            shown = [row[0], row[1], row[2], words.get(reverse.get(row[3], ""), row[3]), row[4]]
            self.tree.addTopLevelItem(QTreeWidgetItem(shown))
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
            on_success=lambda _made: self._changed(self.tr("Production received; its exemptions are proposed.")),
            on_failure=self._failed,
        )

    def _latest_id(self) -> str | None:
        return str(self.log.productions[-1]["id"]) if self.log and self.log.productions else None

    def _mark(self) -> None:
        production_id = self._latest_id()
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

    def _changed(self, text: str) -> None:
        self.message.show_message(text, "info")
        self.reload()

    def _failed(self, key: str, message: str) -> None:
        if key not in ("cancelled", "vault_closed"):
            self.message.show_message(message_for(key, message))

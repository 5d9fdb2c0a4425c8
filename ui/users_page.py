"""Settings → Users: the vault's users, adding a colleague, removing one, changing your passphrase.

Every change is made by the core (``casefile.vault.users``) on the app's workers; removing a user
re-encrypts the database under a new key, which takes a while on a large vault, so the page shows
its progress and waits for the app's other jobs to finish first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefile.domain.enums import USER_ROLE
from ui.messages import MessageLabel, message_for
from ui.workers import JobControl

if TYPE_CHECKING:
    from casefile.vault.users import UserInfo
    from ui.context import AppContext


class UsersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self.ctx = ctx
        self._users: list[UserInfo] = []
        self._busy = False
        self.confirm_box: QMessageBox | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._ask_remove)

        self.add_box = QGroupBox()
        self.name_label, self.name_edit = QLabel(), QLineEdit()
        self.role_label, self.role_combo = QLabel(), QComboBox()
        for role in USER_ROLE:
            self.role_combo.addItem(role, role)
        self.role_combo.setCurrentIndex(self.role_combo.findData("paralegal"))
        self.new_label, self.new_edit = QLabel(), _secret_edit()
        self.again_label, self.again_edit = QLabel(), _secret_edit()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        form = QFormLayout(self.add_box)
        for label, field in (
            (self.name_label, self.name_edit),
            (self.role_label, self.role_combo),
            (self.new_label, self.new_edit),
            (self.again_label, self.again_edit),
        ):
            form.addRow(label, field)
            label.setBuddy(field)
        form.addRow("", self.add_button)

        self.mine_box = QGroupBox()
        self.mine_label, self.mine_edit = QLabel(), _secret_edit()
        self.mine_again_label, self.mine_again_edit = QLabel(), _secret_edit()
        self.rotate_check = QCheckBox()
        self.change_button = QPushButton()
        self.change_button.clicked.connect(self._change_mine)
        mine = QFormLayout(self.mine_box)
        for label, field in ((self.mine_label, self.mine_edit), (self.mine_again_label, self.mine_again_edit)):
            mine.addRow(label, field)
            label.setBuddy(field)
        mine.addRow("", self.rotate_check)
        mine.addRow("", self.change_button)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.message = MessageLabel()

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.add_box)
        layout.addWidget(self.mine_box)
        self._retranslate()
        self.reload()

    # ----- texts -----
    def _retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Each colleague unlocks this vault with a passphrase of their own, and the audit log "
                "records who did what. Removing someone changes the vault's key, so nothing they kept "
                "opens it again."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Status")])
        self.remove_button.setText(self.tr("&Remove selected user…"))
        self.add_box.setTitle(self.tr("Add a colleague"))
        self.name_label.setText(self.tr("&Name:"))
        self.role_label.setText(self.tr("R&ole:"))
        self.new_label.setText(self.tr("Their &passphrase:"))
        self.again_label.setText(self.tr("T&ype it again:"))
        self.add_button.setText(self.tr("&Add user"))
        self.mine_box.setTitle(self.tr("Change your passphrase"))
        self.mine_label.setText(self.tr("New pa&ssphrase:"))
        self.mine_again_label.setText(self.tr("Type it a&gain:"))
        self.rotate_check.setText(
            self.tr("Also change the vault's key (use this if someone may know the old passphrase)")
        )
        self.change_button.setText(self.tr("&Change passphrase"))
        labels = self._role_labels()
        for i in range(self.role_combo.count()):
            self.role_combo.setItemText(i, labels[self.role_combo.itemData(i)])
        self.name_edit.setAccessibleName(self.tr("New user's name"))
        self.table.setAccessibleName(self.tr("Users of this vault"))
        self._fill()

    def _role_labels(self) -> dict[str, str]:
        return {
            "attorney": self.tr("Attorney"),
            "paralegal": self.tr("Paralegal"),
            "volunteer": self.tr("Volunteer"),
            "admin": self.tr("Administrator"),
        }

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # ----- the list -----
    def reload(self) -> None:
        if not self.ctx.unlocked:
            return
        vault = self.ctx.require_vault()

        def job(_control: JobControl) -> list[UserInfo]:
            from casefile.vault import users

            return users.list_users(vault)

        self.ctx.workers.submit(job, on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, found: list[UserInfo]) -> None:
        self._users = found
        self._fill()

    def _fill(self) -> None:
        roles = self._role_labels()
        me = self.ctx.vault.user if self.ctx.vault is not None else ""
        self.table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            if not user.active:
                status = self.tr("Removed %1").replace("%1", (user.removed_at or "")[:10])
            elif user.name == me:
                status = self.tr("Active (you)")
            elif not user.has_slot:
                status = self.tr("Active, but has no key: cannot unlock")
            else:
                status = self.tr("Active")
            for column, text in enumerate((user.name, roles.get(user.role, user.role), status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.name)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def selected_user(self) -> UserInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        return self._users[rows.pop()]

    def _update_buttons(self) -> None:
        user = self.selected_user()
        me = self.ctx.vault.user if self.ctx.vault is not None else ""
        self.remove_button.setEnabled(not self._busy and user is not None and user.active and user.name != me)
        self.add_button.setEnabled(not self._busy)
        self.change_button.setEnabled(not self._busy and me != "recovery")

    # ----- changes -----
    def _add(self) -> None:
        name, role = self.name_edit.text().strip(), self.role_combo.currentData()
        first, again = self.new_edit.text(), self.again_edit.text()
        if not name:
            self._say(self.tr("Type the new user's name."))
            self.name_edit.setFocus()
            return
        if first != again:
            self._say(self.tr("The two passphrases differ. Type them again."))
            self.again_edit.clear()
            self.again_edit.setFocus()
            return
        vault = self.ctx.require_vault()

        def job(_control: JobControl) -> str:
            from casefile.vault import users

            users.add_user(vault, name, first, role)
            return name

        def added(who: str) -> None:
            for edit in (self.name_edit, self.new_edit, self.again_edit):
                edit.clear()
            self._say(
                self.tr("%1 was added. They unlock the vault with their own passphrase.").replace("%1", who), "info"
            )

        self._run(job, added, rekey=False)

    def _ask_remove(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove user"),
            self.tr(
                "Remove %1? Their passphrase will no longer open this vault. Casefile re-encrypts the "
                "vault under a new key, which can take a minute or two on a large vault. Backups made "
                "before now still open with their old passphrase."
            ).replace("%1", user.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove %1").replace("%1", user.name))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._removal_answered(result, user.name))
        self.confirm_box = box
        box.open()

    def _removal_answered(self, result: int, name: str) -> None:
        self.confirm_box = None
        if result != QMessageBox.StandardButton.Yes:
            return
        vault = self.ctx.require_vault()

        def job(control: JobControl) -> str:
            from casefile.vault import users

            users.remove_user(vault, name, progress=control.bytes_progress)
            return name

        def removed(who: str) -> None:
            self._say(
                self.tr("%1 was removed and the vault's key was changed.").replace("%1", who),
                "info",
            )

        self._run(job, removed, rekey=True)

    def _change_mine(self) -> None:
        first, again = self.mine_edit.text(), self.mine_again_edit.text()
        if not first or first != again:
            self._say(self.tr("The two passphrases differ. Type them again."))
            self.mine_again_edit.clear()
            self.mine_again_edit.setFocus()
            return
        rotate = self.rotate_check.isChecked()
        vault = self.ctx.require_vault()

        def job(control: JobControl) -> None:
            from casefile.vault import users

            users.change_passphrase(vault, first, rotate=rotate, progress=control.bytes_progress)

        def changed(_result: Any) -> None:
            self.mine_edit.clear()
            self.mine_again_edit.clear()
            self.rotate_check.setChecked(False)
            self._say(self.tr("Your passphrase was changed. Use the new one from now on."), "info")

        self._run(job, changed, rekey=rotate)

    def _run(self, job: Any, on_done: Any, *, rekey: bool) -> None:
        if rekey:
            # The database file is swapped under every connection: no other job may be using it.
            self.ctx.workers.drain()
            self.progress.setValue(0)
            self.progress.show()
        self._set_busy(True)
        self.message.clear_message()

        def succeeded(result: Any) -> None:
            self._finish()
            on_done(result)
            self.reload()

        self.ctx.workers.submit(
            job,
            on_success=succeeded,
            on_failure=self._failed,
            on_progress=lambda percent, _msg: self.progress.setValue(max(0, min(100, percent))),
        )

    def _finish(self) -> None:
        self._set_busy(False)
        self.progress.hide()

    def _failed(self, key: str, message: str) -> None:
        self._finish()
        self._say(message_for(key, message))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _say(self, text: str, kind: str = "error") -> None:
        self.message.show_message(text, kind)

    @property
    def busy(self) -> bool:
        return self._busy


def _secret_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit

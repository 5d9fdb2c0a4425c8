"""The wizard's first two pages: where the vault lives (and the language), and who the first user is.

Moved out of ``ui/wizard.py`` (issue 14, item 5); the pages keep their class names, so their
translation contexts did not change.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from casefile.domain.enums import USER_ROLE
from casefile.paths import default_vault_path
from ui import file_dialogs
from ui.i18n import current_language, language_names
from ui.messages import MessageLabel


def folder_problem(path: Path) -> str:
    """Why a vault cannot be created at ``path`` ('' when it can); English, for tr() by callers."""
    if not str(path).strip():
        return "empty"
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        return "not-empty"
    return ""


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in the environment or the password database
        return ""


class LocationPage(QWizardPage):
    def __init__(self, on_language: Callable[[str], None] | None, default_path: Path | None = None) -> None:
        super().__init__()
        self._on_language = on_language
        self.language_label = QLabel("Language / Idioma:")
        self.language_combo = QComboBox()
        for code, name in language_names():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current_language())))
        self.language_combo.setAccessibleName("Language / Idioma")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path_label = QLabel()
        self.path_edit = QLineEdit(str(default_path or default_vault_path()))
        self.choose_button = QPushButton()
        self.message = MessageLabel()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.path_label, row)
        form.addRow("", self.message)
        self.path_label.setBuddy(self.path_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        # Not a mandatory ("path*") field: Qt counts one filled only once it differs from its
        # initial value, so the proposed default folder would keep Next disabled (issue 13,
        # finding 3). isComplete() below asks for a non-empty path instead.
        self.registerField("path", self.path_edit)
        self.choose_button.clicked.connect(self._choose)
        self.path_edit.textChanged.connect(lambda _t: self.message.clear_message())
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where to keep your case files"))
        self.setSubTitle(self.tr("Casefile keeps everything in one encrypted vault folder on this computer."))
        self.intro.setText(
            self.tr(
                "The vault is a new, empty folder. Keep it on this laptop's own disk; make backups "
                "to an external drive from the File menu."
            )
        )
        self.path_label.setText(self.tr("Vault &folder:"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.path_edit.setAccessibleName(self.tr("Vault folder"))

    def _language_chosen(self, _index: int) -> None:
        if self._on_language is not None:
            self._on_language(self.language_combo.currentData())

    def _choose(self) -> None:
        start = str(Path(self.path_edit.text()).parent)
        folder = file_dialogs.existing_directory(self, self.tr("Choose a folder for the vault"), start)
        if folder:
            chosen = Path(folder)
            if chosen.exists() and any(chosen.iterdir()):
                chosen = chosen / "Casefile vault"
            self.path_edit.setText(str(chosen))

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        problem = folder_problem(Path(self.path_edit.text().strip()))
        if problem == "not-empty":
            self.message.show_message(
                self.tr(
                    "That folder already holds files. Choose a new or empty folder; Casefile never "
                    "writes over existing files."
                )
            )
            return False
        return not problem


class UserPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.name_label = QLabel()
        # The login name, as `casefile init` uses: a default the user may keep.
        self.name_edit = QLineEdit(_login_name())
        self.name_edit.setMaxLength(100)
        self.role_label = QLabel()
        self.role_combo = QComboBox()
        for role in USER_ROLE:
            self.role_combo.addItem(role, role)
        # The first user administers the vault (adds colleagues later); set before the field is
        # registered, so it is also the value Back restores.
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData("admin")))
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.role_label, self.role_combo)
        form.addRow("", self.note)
        self.name_label.setBuddy(self.name_edit)
        self.role_label.setBuddy(self.role_combo)
        # Not mandatory ("user*") for the same reason as the folder: a kept default counts.
        self.registerField("user", self.name_edit)
        self.registerField("role", self.role_combo, "currentData")
        self.name_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.retranslate()

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who you are"))
        self.setSubTitle(self.tr("Every change in the vault is recorded with the name of the person who made it."))
        self.name_label.setText(self.tr("Your &name:"))
        self.name_edit.setPlaceholderText(self.tr("e.g. maria or Maria Lopez"))
        self.role_label.setText(self.tr("&Role:"))
        labels = {
            "attorney": self.tr("Attorney"),
            "paralegal": self.tr("Paralegal"),
            "volunteer": self.tr("Volunteer"),
            "admin": self.tr("Administrator"),
        }
        for i in range(self.role_combo.count()):
            self.role_combo.setItemText(i, labels.get(self.role_combo.itemData(i), self.role_combo.itemData(i)))
        self.note.setText(self.tr("You can add colleagues with their own passphrases later, in Settings → Users."))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.role_combo.setAccessibleName(self.tr("Role"))

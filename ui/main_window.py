"""The main window: sidebar of sections, the section stack, menus, toolbar, status bar.

Sections are built the first time they are shown (``ui.sections.make_section``). The window is
hidden, not destroyed, when the app locks, so unlocking brings back the same section at the same
size; the sections themselves drop their rows on ``ctx.vault_locked``.

A record section with unsaved changes is asked first (Save / Discard / Cancel, through its
``maybe_leave``) before another section replaces it, and every such section before the window
closes or the app quits; Cancel stays where the user was. Locking does not ask: it drops edits on
purpose, so a walked-away laptop never waits on a question.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from casefile import __version__
from ui.context import AppContext
from ui.flows import backup as backup_flow
from ui.flows import transfer
from ui.search_box import SearchBox
from ui.sections import SECTION_FOR_KIND, SECTION_KEYS, SECTIONS, make_section

SECTION_TITLES: dict[str, str] = {
    "dashboard": QT_TRANSLATE_NOOP("Sections", "Dashboard"),
    "people": QT_TRANSLATE_NOOP("Sections", "People"),
    "encounters": QT_TRANSLATE_NOOP("Sections", "Encounters"),
    "collateral": QT_TRANSLATE_NOOP("Sections", "Collateral arrests"),
    "documents": QT_TRANSLATE_NOOP("Sections", "Documents"),
    "foia": QT_TRANSLATE_NOOP("Sections", "FOIA"),
    "hearings": QT_TRANSLATE_NOOP("Sections", "Hearings"),
    "officers": QT_TRANSLATE_NOOP("Sections", "Officers and vehicles"),
    "deadlines": QT_TRANSLATE_NOOP("Sections", "Deadlines"),
    "reports": QT_TRANSLATE_NOOP("Sections", "Reports"),
    "trash": QT_TRANSLATE_NOOP("Sections", "Trash"),
}
KEY_ROLE = Qt.ItemDataRole.UserRole
LAPTOP_WIDTH = 1920  # screens up to this wide start with the window maximised


def section_title(key: str) -> str:
    return QCoreApplication.translate("Sections", SECTION_TITLES.get(key, key))


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.sections: dict[str, QWidget] = {}
        self._shown = ""  # the section on screen (the sidebar follows it, except while asking)
        self._asking = False  # a Save / Discard / Cancel question about leaving is pending
        self.progress: QProgressDialog | None = None  # the running import/export/backup, if any
        self.export_review_box: QMessageBox | None = None  # words a redacted export left to check

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        for key, _ in SECTIONS:
            item = QListWidgetItem()
            item.setData(KEY_ROLE, key)
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        for key, _ in SECTIONS:
            holder = QWidget()
            self._pages[key] = holder
            self.stack.addWidget(holder)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.search = SearchBox(ctx)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status()

        self.sidebar.currentRowChanged.connect(self._row_changed)
        ctx.open_record.connect(self._open_record)
        ctx.workers.busy_changed.connect(self._busy_changed)
        self._retranslate()
        self.show_section("dashboard")
        self.fit_to_screen()

    # ----- construction -----
    def _action(self, shortcuts: list[str] | None = None, slot: Any = None) -> QAction:
        action = QAction(self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(["Ctrl+I"], self.import_file)
        self.export_action = self._action(["Ctrl+E"], self.export_file)
        self.backup_action = self._action(["Ctrl+B"], self.backup)
        self.calendar_action = self._action(None, self.export_calendar)
        self.guide_action = self._action(["F1"], self.show_guide)
        self.settings_action = self._action(["Ctrl+,"], self.settings_requested)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.lock_action = self._action(["Ctrl+L"], self.lock_requested)
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action = self._action(["Ctrl+Q"], self.request_quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.search_action = self._action(["Ctrl+K", "Ctrl+F"], self.search.focus_search)
        self.crosscase_action = self._action(["Ctrl+Shift+K"], self.show_crosscase)
        self.about_action = self._action(None, self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.section_actions: dict[str, QAction] = {}
        for number, (key, _) in enumerate(SECTIONS, start=1):
            action = self._action([f"Ctrl+{number}"], lambda _c=False, k=key: self.show_section(k))
            self.section_actions[key] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.file_menu.addActions([self.import_action, self.export_action, self.calendar_action, self.backup_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.lock_action, self.quit_action])
        self.edit_menu = QMenu(self)
        self.edit_menu.addActions([self.search_action, self.crosscase_action])
        self.view_menu = QMenu(self)
        self.view_menu.addActions(list(self.section_actions.values()))
        self.help_menu = QMenu(self)
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.about_action)
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.toggleViewAction().setVisible(False)  # the Lock button must never be hidden
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setIconSize(QSize(20, 20))
        self.vault_title = QLabel()
        self.vault_title.setObjectName("toolbarTitle")
        self.vault_title.setTextFormat(Qt.TextFormat.PlainText)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(self.vault_title)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.lock_action)
        lock_button = self.toolbar.widgetForAction(self.lock_action)
        if lock_button is not None:
            lock_button.setObjectName("lockButton")
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_status(self) -> None:
        self.vault_status = QLabel()
        self.vault_status.setTextFormat(Qt.TextFormat.PlainText)
        self.user_status = QLabel()
        self.user_status.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedSize(90, 10)
        self.busy_label.hide()
        self.busy_bar.hide()
        status = self.statusBar()
        status.addWidget(self.vault_status)
        status.addWidget(self.user_status)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.busy_bar)

    def createPopupMenu(self) -> QMenu | None:
        return None  # no "hide toolbar" menu: Lock stays visible

    def fit_to_screen(self) -> None:
        """Take the screen's whole available area (less the panels and dock): at 1366×768, the
        clinics' usual laptop, every pixel of width is needed for the list and the form side by
        side. Laptop-sized screens start maximised, so the window manager keeps it that way."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        area = screen.availableGeometry()
        self.setGeometry(area)  # without a window manager (kiosks, Xvfb) this is what fills it
        if area.width() <= LAPTOP_WIDTH:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    # ----- texts -----
    def _retranslate(self) -> None:
        self._update_title()
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.import_action.setText(self.tr("&Import…"))
        self.export_action.setText(self.tr("&Export…"))
        self.backup_action.setText(self.tr("&Backup…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.search_action.setText(self.tr("&Search…"))
        self.crosscase_action.setText(self.tr("&Cross-case search (badge, plate, address)…"))
        self.about_action.setText(self.tr("&About Casefile"))
        self.calendar_action.setText(self.tr("Export &calendar (.ics)…"))
        self.calendar_action.setToolTip(
            self.tr("Open deadlines, overdue and upcoming, as calendar events (computed ones marked “verify”)")
        )
        self.guide_action.setText(self.tr("&User guide"))
        for action in (
            self.lock_action,
            self.search_action,
            self.import_action,
            self.export_action,
            self.backup_action,
        ):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text().replace('&', '')} ({shortcut})")
        self.lock_action.setToolTip(
            self.tr("Lock Casefile now (%1)").replace(
                "%1", self.lock_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            key = item.data(KEY_ROLE)
            item.setText(section_title(key))
            action = self.section_actions[key]
            action.setText(section_title(key))
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.busy_label.setText(self.tr("Working…"))
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self._fit_sidebar()
        self._update_status()

    def _fit_sidebar(self) -> None:
        metrics = self.sidebar.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.sidebar.item(i).text()) for i in range(self.sidebar.count())), default=100
        )
        self.sidebar.setFixedWidth(max(170, widest + 56))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        vault = self.ctx.vault
        name = vault.path.name if vault is not None else ""
        self.setWindowTitle(f"{name} — Casefile" if name else "Casefile")
        self.vault_title.setText(name)

    def _update_status(self) -> None:
        vault = self.ctx.vault
        if vault is None:
            self.vault_status.setText(self.tr("Locked"))
            self.user_status.setText("")
            return
        self.vault_status.setText(self.tr("Vault: %1").replace("%1", vault.path.name))
        self.vault_status.setToolTip(str(vault.path))
        self.user_status.setText(self.tr("User: %1").replace("%1", vault.user))

    def vault_changed(self) -> None:
        """Called by the app after unlocking (or locking) to refresh title and status."""
        self._update_title()
        self._update_status()

    # ----- sections -----
    def current_section(self) -> str:
        return self._shown or "dashboard"

    def show_section(self, key: str) -> QWidget:
        """Bring section ``key`` up (built if need be) and return it. If the section on screen has
        unsaved changes the user is asked first, so the switch may come later, or not at all."""
        self._ensure_section(key)
        row = list(SECTION_KEYS).index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)  # _row_changed asks, if need be, and switches
        elif self._shown != key:
            self._switch(key)
        return self.sections[key]

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.sidebar.item(row).data(KEY_ROLE)
        leaving = self.sections.get(self._shown)
        if key == self._shown or leaving is None or not _has_unsaved_changes(leaving):
            self._switch(key)
            return
        self._set_sidebar(self._shown)  # stay put while the user decides
        if self._asking:
            return
        self._asking = True

        def ask() -> None:
            self._asking = False
            if self.ctx.unlocked and self._shown and self.sections.get(self._shown) is leaving:
                leaving.maybe_leave(lambda: self._switch(key))  # type: ignore[attr-defined]

        QTimer.singleShot(0, self, ask)  # not inside the sidebar's own mouse or key handling

    def _switch(self, key: str) -> None:
        """Show section ``key`` now, without asking."""
        self._ensure_section(key)
        self._shown = key
        self._set_sidebar(key)
        self.stack.setCurrentWidget(self._pages[key])

    def _set_sidebar(self, key: str) -> None:
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(list(SECTION_KEYS).index(key))
        self.sidebar.blockSignals(False)

    def sections_with_unsaved_changes(self) -> list[str]:
        """Keys of the sections whose editor holds unsaved changes, the one on screen first."""
        keys = sorted(self.sections, key=lambda k: k != self._shown)
        return [k for k in keys if _has_unsaved_changes(self.sections[k])]

    def leave_all(self, proceed: Callable[[], None]) -> None:
        """Run ``proceed`` once no section holds unsaved changes: each section that does is shown
        and asked Save / Discard / Cancel in turn; Cancel (or a refused save) stops there."""
        pending = self.sections_with_unsaved_changes() if self.ctx.unlocked else []
        if not pending:
            proceed()
            return
        key = pending[0]
        self._switch(key)
        self.sections[key].maybe_leave(lambda: self.leave_all(proceed))  # type: ignore[attr-defined]

    def request_quit(self) -> None:
        """File > Quit and closing the window: ask about unsaved changes, then quit."""
        self.leave_all(self.quit_requested.emit)

    def _ensure_section(self, key: str) -> None:
        if key in self.sections:
            return
        holder = self._pages[key]
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        widget = make_section(key, self.ctx, holder)
        layout.addWidget(widget)
        self.sections[key] = widget
        if hasattr(widget, "backup_requested"):
            widget.backup_requested.connect(self.backup)

    def _open_record(self, kind: str, record_id: str) -> None:
        section = SECTION_FOR_KIND.get(kind)
        if not section:
            return
        new = section not in self.sections
        self.show_section(section)
        if new:
            # A section built just now connected to ctx.open_record during this very emission,
            # so Qt will not deliver it there: ask again once the emission is over.
            QTimer.singleShot(0, lambda: self.ctx.open_record.emit(kind, record_id))

    def _busy_changed(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)

    # ----- long operations (ui/flows/) -----
    def import_file(self) -> None:
        transfer.choose_import(self)

    def start_import(self, path: Path) -> None:
        transfer.start_import(self, path)

    def export_file(self) -> None:
        transfer.choose_export(self)

    def start_export(self, path: Path, redact: bool) -> None:
        transfer.start_export(self, path, redact)

    def backup(self) -> None:
        backup_flow.choose_backup(self)

    def start_backup(self, path: Path) -> None:
        backup_flow.start_backup(self, path)

    def export_calendar(self) -> None:
        backup_flow.choose_calendar_export(self)

    def start_calendar_export(self, path: Path) -> None:
        backup_flow.start_calendar_export(self, path)

    def calendar_written(self, path: Path, count: int) -> None:
        self.statusBar().showMessage(
            self.tr("Wrote %n deadline(s) to %1. The file is not encrypted.", "", count).replace("%1", str(path)),
            15000,
        )

    def show_crosscase(self) -> None:
        """Edit → Cross-case search (ui/crosscase_dialog.py); a result opens its encounter here."""
        from ui.crosscase_dialog import CrossCaseDialog

        if getattr(self, "crosscase_dialog", None) is None:
            self.crosscase_dialog = CrossCaseDialog(self.ctx, self)
            # Through ctx.open_record, so the section also shows the record, not only itself.
            self.crosscase_dialog.open_record.connect(self.ctx.open_record)
        self.crosscase_dialog.show()

    def show_guide(self) -> None:
        """Help → User guide: the offline guide in the current language (ui/guide.py)."""
        from ui.guide import GuideDialog

        dialog = getattr(self, "guide_dialog", None)
        if dialog is None:
            dialog = GuideDialog(self)
            self.guide_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def about(self) -> None:
        text = self.tr(
            "Casefile %1\n\nOffline, encrypted case files for immigration legal aid. Everything "
            "stays on this computer, in an encrypted vault; Casefile never connects to the "
            "network.\n\nFree software under the GNU GPL, version 3 or later."
        ).replace("%1", __version__)
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Casefile"), text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctx.unlocked and self.sections_with_unsaved_changes():
            event.ignore()  # asked first; quitting follows unless the user cancels
            QTimer.singleShot(0, self, self.request_quit)
            return
        event.accept()
        self.quit_requested.emit()


def _has_unsaved_changes(section: QWidget) -> bool:
    check = getattr(section, "has_unsaved_changes", None)
    return bool(check()) if check is not None else False

"""Starting the desktop app, and the one object that knows which window is showing.

:class:`Shell` owns the context, the workers, the idle and session watchers and the three
top-level windows (first-run wizard, unlock window, main window). It locks and unlocks:
locking drains the workers, closes the vault, tells every model (``ctx.vault_locked``), clears the
clipboard if we filled it, closes open dialogs, hides the main window and shows the unlock
window; unlocking shows the same main window again, in the same section and size.

The modules that run before the unlock window is on screen (this one, ``ui.unlock``,
``ui.messages``, ``ui.idle``) do not touch ``Qt`` (the namespace) until after it shows, and refer
to it as ``QtCore.Qt`` where they must: PySide6 creates the whole namespace, some hundred enums,
on first access (14 ms here, a tenth of a bare window's start). ``tests/ui/test_warm_up.py``
checks it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from casefile import settings as settings_mod
from casefile.logs import disable_core_dumps, log_unexpected
from casefile.paths import default_vault_path
from casefile.resources import resource_path
from casefile.settings import Settings
from ui import clipboard, file_dialogs, i18n
from ui.context import AppContext
from ui.idle import IdleWatcher, SessionWatcher
from ui.messages import message_for
from ui.unlock import UnlockWindow
from ui.warmup import start_warm_up
from ui.workers import Workers

if TYPE_CHECKING:  # built after unlock: not imported before the unlock window shows
    from casefile.vault.db import Vault
    from ui.main_window import MainWindow
    from ui.wizard import FirstRunWizard

APP_NAME = "Casefile"
WARM_UP_AFTER_MS = 300


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 48, 256):
        png = resource_path("icons", f"casefile-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    svg = resource_path("icons", "casefile.svg")
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


def is_dark(app: QGuiApplication) -> bool:
    """Whether windows are drawn dark: the message colours must contrast with the background
    actually painted, which the palette gives even where a style ignores the system's scheme."""
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def stylesheet(dark: bool) -> str:
    """The app's stylesheet: spacing and emphasis only; colours come from the system palette,
    except the few message colours, picked for the light or dark scheme."""
    path = resource_path("styles", "casefile.qss")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    colours = {
        "@error@": "#ff8a80" if dark else "#b00020",
        "@warning@": "#ffcc80" if dark else "#8a4b00",
        "@ok@": "#a5d6a7" if dark else "#1b5e20",
        "@accent@": "#80cbc4" if dark else "#1f5f6b",
    }
    for name, value in colours.items():
        text = text.replace(name, value)
    return text


def apply_style(app: QApplication) -> None:
    app.setStyleSheet(stylesheet(is_dark(app)))


def ensure_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        # Fractional scale factors are passed through as they are: Qt 6's default, which
        # QT_SCALE_FACTOR_ROUNDING_POLICY can still change.
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    file_dialogs.keep_no_history()  # before any file dialog: Qt would save visited folders' names to disk
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("")
    app.setDesktopFileName("casefile")
    app.setWindowIcon(app_icon())
    return app


def build_main_window(ctx: AppContext) -> MainWindow:
    """The main window over ``ctx`` (tests build it with an unlocked vault in the context)."""
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.vault_changed()
    return window


class Shell(QObject):
    def __init__(
        self, vault_path: Path | None = None, settings: Settings | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings or settings_mod.load()
        self.vault_path = Path(vault_path) if vault_path else None
        self.workers = Workers(self)
        self.ctx = AppContext(self.workers, self)
        self.idle = IdleWatcher(self.settings.auto_lock_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.idle.lock_requested.connect(self._lock_soon)
        self.session = SessionWatcher(self)
        self.session.session_locked.connect(self.lock)
        self.main_window: MainWindow | None = None
        self.unlock_window: UnlockWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self._was_maximized = False
        self._quitting = False
        self.notice_box: QMessageBox | None = None  # what the last unlock had to say, if anything
        i18n.set_language(self.settings.language)

    # ----- start -----
    def needs_wizard(self) -> bool:
        if self.vault_path is not None:
            return not self.vault_path.exists() and not self.settings.recent_vaults
        return not self.settings.recent_vaults and not default_vault_path().exists()

    def start(self) -> QWidget:
        if self.needs_wizard():
            return self.show_wizard()
        return self.show_unlock()

    def show_wizard(self) -> FirstRunWizard:
        if self.wizard is None:
            from ui.wizard import FirstRunWizard

            self.wizard = FirstRunWizard(self.workers, on_language=self.set_language, default_path=self.vault_path)
            self.wizard.vault_created.connect(self._created)
            self.wizard.rejected.connect(self._wizard_closed)
        if self.unlock_window is not None:
            self.unlock_window.hide()
        self.wizard.show()
        return self.wizard

    def _wizard_closed(self) -> None:
        if self.wizard is not None and self.wizard.vault is None:
            if self.settings.recent_vaults or default_vault_path().exists():
                self.show_unlock()
            else:
                self.quit()

    def _created(self, vault: Vault) -> None:
        self.settings.remember_vault(vault.path, vault.user)
        self.settings.last_user = vault.user
        self.settings.language = i18n.current_language()  # as chosen on the wizard's first page
        try:
            settings_mod.save(self.settings)
        except OSError as exc:
            log_unexpected(exc, "save settings")
        wizard, self.wizard = self.wizard, None
        self.unlocked(vault)
        if wizard is not None:
            wizard.hide()
            wizard.deleteLater()

    def show_unlock(self) -> UnlockWindow:
        if self.unlock_window is None:
            self.unlock_window = UnlockWindow(self.workers, self.settings, self.vault_path)
            self.unlock_window.unlocked.connect(self.unlocked)
            self.unlock_window.create_requested.connect(self.show_wizard)
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()
        # Once the window is on screen, load what comes after it while the passphrase is typed.
        QTimer.singleShot(WARM_UP_AFTER_MS, start_warm_up)
        return self.unlock_window

    # ----- lock / unlock -----
    def unlocked(self, vault: Vault) -> None:
        self.vault_path = vault.path
        if self.main_window is None:
            # Built before the vault is in the context: what the window holds (the dashboard)
            # then loads once, on vault_unlocked below, rather than also when it is built, a
            # second full load on the workers whose result would only be thrown away.
            self.main_window = build_main_window(self.ctx)
            self.main_window.lock_requested.connect(self.lock)
            self.main_window.settings_requested.connect(self.open_settings)
            self.main_window.quit_requested.connect(self.quit)
        self.ctx.vault = vault
        self.main_window.vault_changed()
        self.idle.timeout_ms = self.settings.auto_lock_minutes * 60_000
        self.ctx.unlocked_at = time.monotonic()
        self.ctx.vault_unlocked.emit()
        if self._was_maximized:
            self.main_window.showMaximized()
        else:
            self.main_window.show()
        self.main_window.raise_()
        self.main_window.activateWindow()
        # Hidden only now: there is always a visible window, so Qt never thinks the app is done.
        if self.unlock_window is not None:
            self.unlock_window.hide()
        self.idle.start()
        self.session.watch()
        self._show_notices(vault)

    def _show_notices(self, vault: Vault) -> None:
        """What the unlock found but did not stop for (a damaged key slot, a full disk, a vault
        older than last seen): said once, over the main window, in the user's language."""
        notices = getattr(vault, "notices", [])
        if not notices or self.main_window is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Shell", "The vault is open: please read"),
            "\n\n".join(dict.fromkeys(message_for(n.key, n.message) for n in notices)),
            QMessageBox.StandardButton.Ok,
            self.main_window,
        )
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setDetailedText("\n\n".join(n.message for n in notices))  # the core's details, in English
        self.notice_box = box
        box.open()

    def _lock_soon(self) -> None:
        # Ctrl+L arrives inside an event filter: lock once that event is done with, not while
        # the windows it is being delivered to are torn down.
        QTimer.singleShot(0, self, self.lock)

    def lock(self) -> None:
        """Lock now: nothing decrypted stays in a window, a model or the clipboard."""
        if not self.ctx.unlocked:
            return
        self.idle.stop()
        vault = self.ctx.require_vault()
        self.workers.drain()
        self._close_dialogs()
        try:
            vault.close()
        except Exception as exc:  # closing must finish locking whatever happens
            log_unexpected(exc, "lock")
        self.ctx.vault = None
        self.ctx.vault_locked.emit()
        clipboard.clear_if_ours()
        if not self._quitting:
            window = self.show_unlock()
            window.reset(vault.path, vault.user if vault.user != "recovery" else None)
        if self.main_window is not None:
            self._was_maximized = self.main_window.isMaximized()
            # Hidden before it is retitled: a window titled plain "Casefile" on screen, even for
            # a moment, is what an error box looks like (and the desktop smoke test said so).
            self.main_window.hide()
            self.main_window.vault_changed()

    def _close_dialogs(self) -> None:
        # Editors, message boxes and the settings dialog may show case data; close them all.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not self.wizard:
                widget.reject()  # also ends a dialog's exec() loop, and message boxes

    def open_settings(self) -> None:
        old_language = self.settings.language
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.set_language, self.main_window, ctx=self.ctx)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            self.idle.timeout_ms = self.settings.auto_lock_minutes * 60_000
            if self.settings.language != old_language:
                self.set_language(self.settings.language)
            dashboard = self.main_window.sections.get("dashboard") if self.main_window else None
            if dashboard is not None and hasattr(dashboard, "reload"):
                dashboard.reload()

        dialog.accepted.connect(accepted)
        dialog.open()
        self.settings_dialog = dialog

    def set_language(self, language: str) -> None:
        if language == i18n.current_language():
            return
        if not i18n.set_language(language):
            log_unexpected(FileNotFoundError(str(i18n.qm_path(language).name)), "translations")
        self.ctx.language_changed.emit(language)

    # ----- quit -----
    def quit(self) -> None:
        self._quitting = True
        self.lock()
        self.workers.drain()
        clipboard.clear_if_ours()
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()

    def shutdown(self) -> None:
        """Tear down without quitting the event loop (tests)."""
        self._quitting = True
        self.lock()
        self.workers.drain()
        for window in (self.main_window, self.unlock_window, self.wizard):
            if window is not None:
                window.hide()
                window.deleteLater()
        self.main_window = self.unlock_window = self.wizard = None


_open_boxes: list[QMessageBox] = []


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A bug in a slot: log it without case data and say so in words, never a traceback."""
    where = log_unexpected(exc.with_traceback(tb), "ui")
    app = QApplication.instance()
    if app is None:
        return
    text = message_for("internal", "")
    if where:
        text += "\n\n" + str(where)
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok)
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    # No parent window to own it, so keep a reference until it is closed.
    _open_boxes.append(box)
    box.finished.connect(lambda _r: _open_boxes.remove(box) if box in _open_boxes else None)
    box.open()


def run_app(vault: Path | None = None, self_test: bool = False) -> int:
    """Start the desktop app; returns the exit code. ``self_test`` shows the unlock window, quits."""
    disable_core_dumps()
    app = ensure_application()
    sys.excepthook = _excepthook
    apply_style(app)
    app.styleHints().colorSchemeChanged.connect(lambda _s: apply_style(app))
    shell = Shell(vault)
    app.aboutToQuit.connect(shell.shutdown)
    if self_test:
        window = shell.show_unlock()
        tries = 0

        def check() -> None:
            # Every millisecond: the moment the window is on screen is what start-up is timed
            # to (the benchmark's bare window is checked the same way).
            nonlocal tries
            tries += 1
            handle = window.windowHandle()
            if window.isVisible() and handle is not None and handle.isExposed():
                app.exit(0)
            elif tries >= 10_000:  # some ten seconds without a window on screen
                app.exit(1)
            else:
                QTimer.singleShot(1, check)

        QTimer.singleShot(0, check)
    else:
        shell.start()
    return app.exec()

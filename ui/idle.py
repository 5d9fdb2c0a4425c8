"""When to lock by itself: after a stretch without input, and when the session locks.

:class:`IdleWatcher` filters the events of Casefile's windows: every key press, click, wheel turn
or mouse move restarts one timer; when it runs out, ``idle`` fires. ``timeout_ms`` is settable
(tests use a few hundred milliseconds). It watches each top-level ``QWindow`` (the main window,
the unlock window, every dialog once it takes the focus), where the window system's input
arrives, rather than the whole application: an application-wide filter in Python is called for
every event of every widget (thousands while a list is built and painted, each one converted to
Python), which made opening the main window's six lists about 45 ms slower. A popup (an open
drop-down list, a menu) is a window of its own that takes the focus as it opens, so it is watched
too.

:class:`SessionWatcher` fires ``session_locked`` when the system tells Qt the session is going
away: ``QGuiApplication.applicationStateChanged`` to ``ApplicationSuspended`` (mobile-style
platforms and some macOS cases), and on Linux desktops the freedesktop / GNOME screensaver's
``ActiveChanged(true)`` D-Bus signal, through QtDBus (part of PySide6-Essentials, so no new
dependency). Limits: Windows and macOS screen locks do not reach Qt Widgets apps as an event, so
there the idle timer is what locks; a Linux desktop without a session bus or a screensaver service
on it is covered only by the idle timer too.
"""

from __future__ import annotations

import contextlib
import functools

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QInputEvent, QKeyEvent, QKeySequence, QWindow


@functools.cache
def _input_events() -> frozenset[QEvent.Type]:
    # Built at the first unlock, not at import: QEvent.Type is an enum of some 180 members that
    # PySide6 creates on first use (about 2 ms), and nothing needs it before the unlock window shows.
    return frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
            QEvent.Type.TabletPress,
            QEvent.Type.ShortcutOverride,
        }
    )


class IdleWatcher(QObject):
    idle = Signal()  # no input for ``timeout_ms`` while running
    # Ctrl+L pressed in any Casefile window while running. The main window's Lock action has the
    # same shortcut, but Qt does not deliver a window's shortcuts while a modal dialog (an editor,
    # a message box) blocks it; this filter sees the key press wherever it lands.
    lock_requested = Signal()

    def __init__(self, timeout_ms: int = 5 * 60_000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.timeout.connect(self.idle)
        self._installed = False
        self.lock_key = QKeySequence("Ctrl+L")

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    @timeout_ms.setter
    def timeout_ms(self, value: int) -> None:
        self._timer.setInterval(max(1, int(value)))
        if self._timer.isActive():
            self._timer.start()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        # Set here, at the first unlock, rather than when built (ui.app says why).
        self._timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)  # remainingTime() is exact (tests)
        _input_events()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self._installed:
            app.focusWindowChanged.connect(self._watch)
            for window in app.topLevelWindows():
                self._watch(window)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self._installed:
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusWindowChanged.disconnect(self._watch)
            for window in app.allWindows():
                window.removeEventFilter(self)
            self._installed = False

    def _watch(self, window: QWindow | None) -> None:
        # Installing the same filter again only moves it to the front: no bookkeeping needed.
        if window is not None:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every input event arrives as a QInputEvent subclass; the type check weeds out the rest
        # (expose, resize, focus) before event.type(), whose enum conversion costs more.
        if not isinstance(event, QInputEvent):
            return False
        kind = event.type()
        if kind in _input_events() and self._timer.isActive():
            self._timer.start()
            if kind == QEvent.Type.KeyPress and self._is_lock_key(event):  # type: ignore[arg-type]
                self.lock_requested.emit()
                return True
        return False

    def _is_lock_key(self, event: QKeyEvent) -> bool:
        if self.lock_key.isEmpty():
            return False
        return event.keyCombination() == self.lock_key[0]


class SessionWatcher(QObject):
    session_locked = Signal()  # the screensaver started, the session locked or the app suspended

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dbus_connected = False
        self.watching = False

    def watch(self) -> None:
        """Start listening (once). Called at the first unlock, not at start-up: there is nothing
        to lock before, and the session bus (3-4 ms with no bus to find, more with one) would
        otherwise delay the unlock window."""
        if self.watching:
            return
        self.watching = True
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
        self._connect_dbus()

    def _state_changed(self, state: QtCore.Qt.ApplicationState) -> None:
        if state == QtCore.Qt.ApplicationState.ApplicationSuspended:
            self.session_locked.emit()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        with contextlib.suppress(Exception):
            bus = QDBusConnection.sessionBus()
            if not bus.isConnected():
                return
            for service, path in (
                ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
            ):
                if bus.connect("", path, service, "ActiveChanged", self, SLOT("screensaver_changed(bool)")):
                    self.dbus_connected = True

    @Slot(bool)
    def screensaver_changed(self, active: bool) -> None:
        if active:
            self.session_locked.emit()

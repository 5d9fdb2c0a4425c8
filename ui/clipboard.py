"""Copying case data to the clipboard without leaving it there.

``copy_sensitive(text)`` puts plain text on the clipboard with the hint clipboard managers
(KDE Klipper, GNOME extensions, several Windows tools) read as "do not keep in history", and
clears it after 30 seconds. ``clear_if_ours()`` runs when the app locks or quits: it empties the
clipboard only if what is there is still what Casefile put there, so a user's own later copy is
never thrown away.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
SECRET_HINT = "x-kde-passwordManagerHint"  # noqa: S105 - a MIME type name, not a secret


class SensitiveClipboard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._digest: bytes | None = None  # a hash, so the copied text itself is not kept here
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)
        self.clear_after_ms = CLEAR_AFTER_MS

    @staticmethod
    def _hash(text: str) -> bytes:
        import hashlib  # on first copy: OpenSSL's hash library is not needed to show a window

        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        mime.setData(SECRET_HINT, b"secret")
        clipboard = QGuiApplication.clipboard()
        clipboard.setMimeData(mime, QClipboard.Mode.Clipboard)
        self._digest = self._hash(text)
        self._timer.start(self.clear_after_ms)

    def holds_ours(self) -> bool:
        if self._digest is None:
            return False
        return self._hash(QGuiApplication.clipboard().text()) == self._digest

    def clear_if_ours(self) -> bool:
        """Empty the clipboard if it still holds what we copied; True if it did."""
        self._timer.stop()
        ours = self.holds_ours()
        if ours:
            QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
        self._digest = None
        return ours


_instance: SensitiveClipboard | None = None


def _clipboard() -> SensitiveClipboard:
    global _instance
    if _instance is None:
        _instance = SensitiveClipboard(QGuiApplication.instance())
    return _instance


def copy_sensitive(text: str) -> None:
    """Copy case data: marked secret for clipboard managers, cleared after 30 seconds."""
    _clipboard().copy(text)


def clear_if_ours() -> bool:
    """Called on lock and quit. Leaves a clipboard alone that the user has since replaced."""
    if _instance is None:
        return False
    return _instance.clear_if_ours()


def sensitive_clipboard() -> SensitiveClipboard:
    """The app's instance (tests shorten ``clear_after_ms``)."""
    return _clipboard()

"""Poster frames for video documents, grabbed from the encrypted file in memory (issue 16).

The core cannot decode video; QtMultimedia can. :class:`PosterGrabber` plays a video document
through :class:`ui.media_device.BlobDevice` (chunks decrypted on demand, nothing written to disk)
into a ``QVideoSink`` without any output, takes the first frame at or after one second (or a
tenth of a short clip: a phone's first frame is often black), scales it to a thumbnail and
encodes it as JPEG into a ``QBuffer`` in memory. :class:`PosterQueue` feeds it the videos the
vault says still need one (new imports, and older documents described lazily) one at a time and
stores each frame through ``casefile.services.media.store_poster``, where it lives only in the
encrypted database. QMediaPlayer decodes on its own threads: the UI never waits for it; the
vault's reads and writes go through the worker helper. Grabbing a poster is the app's own work,
not a person viewing the evidence, so it is not entered in the custody log.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

from casefile.services import media
from casefile.vault.blob_reader import BlobReader
from ui.context import AppContext
from ui.media_device import BlobDevice
from ui.widgets.guard import run_job
from ui.workers import CHORE

GIVE_UP_MS = 20_000  # a file QtMultimedia cannot decode never sends a frame: stop waiting
POSTER_AT_MS = 1_000


class PosterGrabber(QObject):
    """One frame of one video at a time; ``finished(jpeg or None, duration_ms)``."""

    finished = Signal(object, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player: QMediaPlayer | None = None
        self.device: BlobDevice | None = None
        self._target = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._finish(None))

    @property
    def busy(self) -> bool:
        return self.player is not None

    def grab(self, reader: BlobReader) -> None:
        self.device = BlobDevice(reader, self)
        self.device.open(QIODevice.OpenModeFlag.ReadOnly)
        self.player = QMediaPlayer(self)
        sink = QVideoSink(self.player)
        self.player.setVideoSink(sink)  # no audio output, no window: nothing is heard or shown
        sink.videoFrameChanged.connect(self._frame)
        self.player.mediaStatusChanged.connect(self._status)
        self.player.errorOccurred.connect(lambda *_args: self._finish(None))
        self.device.damaged.connect(lambda: self._finish(None))
        self._timer.start(GIVE_UP_MS)
        self.player.setSourceDevice(self.device, QUrl("casefile-poster"))

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.LoadedMedia and self.player is not None:
            if not self.player.hasVideo():  # an MP4 of sound only: nothing to show, no need to wait
                self._finish(None)
                return
            duration = self.player.duration()
            self._target = min(POSTER_AT_MS, duration // 10) if duration > 0 else 0
            self.player.setPosition(self._target)
            self.player.pause()  # decodes the frame at the position and shows it to the sink
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._finish(None)

    def _frame(self, frame: QVideoFrame) -> None:
        if self.player is None or not frame.isValid() or frame.startTime() // 1000 < self._target - 100:
            return
        image = frame.toImage()
        if image.isNull():
            return
        small = image.scaled(media.THUMB_EDGE, media.THUMB_EDGE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)  # in memory: the frame never reaches a file
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        ok = small.save(buffer, "JPEG", 80)
        buffer.close()
        self._finish(bytes(data.data()) if ok else None)

    def _finish(self, jpeg: bytes | None) -> None:
        player, device = self.player, self.device
        if player is None:
            return
        duration = player.duration()
        self.player = self.device = None
        self._timer.stop()
        player.stop()
        player.setSource(QUrl())
        player.deleteLater()
        if device is not None:
            device.close()
            device.deleteLater()
        self.finished.emit(jpeg, max(0, duration))

    def abort(self) -> None:
        if self.player is not None:
            self._finish(None)


class PosterQueue(QObject):
    """The videos still without a poster frame, done one after another while the vault is open."""

    posterStored = Signal(str)  # a document id
    described = Signal(int)  # how many older documents were just described (thumbnails, times)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.grabber = PosterGrabber(self)
        self.grabber.finished.connect(self._grabbed)
        self._queue: list[str] = []
        self._current: str | None = None
        self._refreshing = self._again = self._more = False
        self._tried: set[str] = set()
        ctx.vault_locked.connect(self.stop)

    @property
    def idle(self) -> bool:
        return self._current is None and not self._queue and not self._refreshing

    def refresh(self) -> None:
        """Describe documents not yet described, then queue every video still without a poster."""
        vault = self.ctx.vault
        if vault is None or vault.closed:
            return
        if self._refreshing:
            self._again = True  # a document added meanwhile: look once more when this look ends
            return
        self._refreshing, self._again = True, False

        def job(control: Any) -> Any:
            return media.prepare_pending(vault, cancel=control.cancelled), media.posters_to_grab(vault)

        def done(result: Any) -> None:
            self._refreshing = False
            count, ids = result
            if count:
                self.described.emit(count)
            if count >= media.PENDING_BATCH:
                self._again = True  # more older documents to describe: another pass, after other jobs
            # Each video is tried once a session: one whose frame could not be stored (a vault
            # opened read-only on a full disk) is not grabbed again and again.
            fresh = [i for i in ids if i not in self._tried and i not in self._queue and i != self._current]
            self._more = len(ids) >= media.POSTER_BATCH and bool(fresh)  # more videos than one look lists
            self._queue.extend(fresh)
            self._next()
            if self._again:
                self.refresh()

        def failed(_key: str, _message: str) -> None:
            self._refreshing = False

        run_job(self, self.ctx, job, priority=CHORE, on_success=done, on_failure=failed,
                on_cancelled=lambda: failed("", ""))

    def stop(self) -> None:
        self._more = False
        self._tried.clear()
        self._queue.clear()
        self._current = None
        self.grabber.abort()

    def _next(self) -> None:
        vault = self.ctx.vault
        if not self._queue and self._current is None and self._more:
            self._more = False
            self.refresh()  # the next videos still without a poster
            return
        if self._current is not None or self.grabber.busy or not self._queue or vault is None or vault.closed:
            return
        document_id = self._current = self._queue.pop(0)
        self._tried.add(document_id)

        def opened(reader: BlobReader) -> None:
            if self._current != document_id or not self.ctx.unlocked:
                reader.close()
                return
            self.grabber.grab(reader)

        run_job(self, self.ctx, lambda _c: media.open_reader(vault, document_id), priority=CHORE, on_success=opened,
                on_failure=lambda _k, _m: self._stored(document_id, None, 0))

    def _grabbed(self, jpeg: bytes | None, duration_ms: int) -> None:
        document_id = self._current
        if document_id is not None:
            self._stored(document_id, jpeg, duration_ms)

    def _stored(self, document_id: str, jpeg: bytes | None, duration_ms: int) -> None:
        vault = self.ctx.vault
        if vault is None or vault.closed or self._current != document_id:
            return

        def finished(_result: Any = None) -> None:
            if self._current == document_id:
                self._current = None
            self.posterStored.emit(document_id)
            self._next()

        # None records that no frame could be had, so the app does not try again at every start.
        run_job(self, self.ctx, lambda _c: media.store_poster(vault, document_id, jpeg, duration_ms), priority=CHORE,
                on_success=finished, on_failure=lambda _k, _m: finished())

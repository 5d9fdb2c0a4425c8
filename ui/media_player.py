"""Playing a video or audio document inside Casefile, from the encrypted store (issue 16).

The player reads through :class:`ui.media_device.BlobDevice`: chunks are decrypted in memory as
QtMultimedia asks for them, nothing decrypted is written to disk. What is verified, and shown under
the video: every 1 MiB chunk's AES-GCM tag before a byte of it is played (it is this document's,
at this place, unaltered: a failure stops playback), and the document's recorded SHA-256 over the
whole file, computed as it is read in order from the start; after a seek skipped chunks, "Check
the whole file" reads those (in a worker) so the SHA-256 check completes. What the file says
about its capture (device, creation time, place: the container's metadata as QtMultimedia reads
it) is shown as evidence, never changed.

Keyboard: Space plays or pauses; on the position bar, the arrow keys step 5 seconds and Page
Up / Page Down 30 seconds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaMetaData, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from casefile.errors import DocumentDamaged
from casefile.vault.blob_reader import MISMATCH, VERIFIED
from ui.context import AppContext
from ui.media_device import BlobDevice
from ui.media_list import clock_text
from ui.widgets.guard import run_job

STEP_MS = 5_000
PAGE_MS = 30_000
# What a phone or camera records about the capture, in the order shown.
CAPTURE_KEYS = (
    QMediaMetaData.Key.Date,
    QMediaMetaData.Key.Title,
    QMediaMetaData.Key.Comment,
    QMediaMetaData.Key.Description,
    QMediaMetaData.Key.Author,
    QMediaMetaData.Key.Resolution,
    QMediaMetaData.Key.VideoCodec,
    QMediaMetaData.Key.AudioCodec,
    QMediaMetaData.Key.FileFormat,
)


class MediaPlayerView(QWidget):
    """One document played at a time; ``load`` starts it, ``clear`` stops and forgets it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.device: BlobDevice | None = None
        self._capture = ""
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.video = QVideoWidget(self)
        self.video.setAccessibleName(self.tr("Video"))
        self.player.setVideoOutput(self.video)
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setShortcut(Qt.Key.Key_Space)
        self.play_button.clicked.connect(self.toggle)
        self.position = QSlider(Qt.Orientation.Horizontal, self)
        self.position.setAccessibleName(self.tr("Position"))
        self.position.setSingleStep(STEP_MS)
        self.position.setPageStep(PAGE_MS)
        self.position.setRange(0, 0)
        self.position.actionTriggered.connect(lambda _action: self.seek(self.position.sliderPosition()))
        self.position.sliderMoved.connect(self.seek)
        self.time = QLabel(clock_text(0), self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check = QLabel(self)
        self.check.setTextFormat(Qt.TextFormat.PlainText)
        self.check.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check the whole file"), self)
        self.check_button.setToolTip(self.tr("Read the parts not played yet and compare the whole file with its "
                                             "recorded SHA-256"))
        self.check_button.clicked.connect(self.check_whole_file)
        bar = QHBoxLayout()
        bar.addWidget(self.play_button)
        bar.addWidget(self.position, 1)
        bar.addWidget(self.time)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.video, 1)
        layout.addLayout(bar)
        layout.addWidget(self.details)
        checks = QHBoxLayout()
        checks.addWidget(self.check, 1)
        checks.addWidget(self.check_button)
        layout.addLayout(checks)
        self.player.durationChanged.connect(self._duration)
        self.player.positionChanged.connect(self._position)
        self.player.playbackStateChanged.connect(self._state)
        self.player.metaDataChanged.connect(self._metadata)
        self.player.errorOccurred.connect(self._error)
        self._hash_timer = QTimer(self)
        self._hash_timer.setInterval(500)
        self._hash_timer.timeout.connect(self._show_check)

    def load(self, device: BlobDevice, audio_only: bool = False, capture: str = "") -> None:
        """Play ``device``; ``capture`` is what the vault read from the file's headers (device,
        time, GPS: casefile.services.av_capture), shown above what QtMultimedia reports."""
        self.clear()
        self._capture = capture
        self.details.setText(self._capture_line())
        self.device = device
        device.damaged.connect(self._damaged)
        self.video.setVisible(not audio_only)
        # The URL only names the stream for Qt (no file, no network): the bytes come from the device.
        self.player.setSourceDevice(device, QUrl("casefile-document"))
        self.check.setText(self.tr("Each part is authenticated (AES-GCM) before it plays; the whole file is "
                                   "compared with its recorded SHA-256 as it plays from the start…"))
        self.check_button.setEnabled(True)
        self._hash_timer.start()

    def clear(self) -> None:
        self._hash_timer.stop()
        self.player.stop()
        self.player.setSource(QUrl())
        if self.device is not None:
            self.device.close()
            self.device.deleteLater()
            self.device = None
        self.details.clear()
        self.check.clear()
        self.check_button.setEnabled(False)
        self.position.setRange(0, 0)
        self.time.setText(clock_text(0))

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def seek(self, ms: int) -> None:
        self.player.setPosition(max(0, min(ms, self.player.duration())))

    def _duration(self, ms: int) -> None:
        self.position.setRange(0, max(0, ms))
        self._position(self.player.position())

    def _position(self, ms: int) -> None:
        if not self.position.isSliderDown():
            self.position.blockSignals(True)
            self.position.setValue(ms)
            self.position.blockSignals(False)
        self.time.setText(f"{clock_text(ms)} / {clock_text(self.player.duration())}")

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _capture_line(self) -> str:
        return self.tr("Captured: %1").replace("%1", self._capture) if self._capture else ""

    def _metadata(self) -> None:
        data = self.player.metaData()
        lines = [self._capture_line()] if self._capture else []
        for key in CAPTURE_KEYS:
            value = data.stringValue(key)
            if value:
                lines.append(f"{QMediaMetaData.metaDataKeyToString(key)}: {value}")
        self.details.setText("\n".join(lines))

    def _show_check(self) -> None:
        if self.device is None:
            return
        state = self.device.reader.hash_state
        if state == VERIFIED:
            self.check.setText(self.tr("The whole file matches its recorded SHA-256."))
            self.check_button.setEnabled(False)
            self._hash_timer.stop()
        elif state == MISMATCH:
            self._damaged()

    def check_whole_file(self) -> None:
        """Complete the SHA-256 check in a worker: read, in order, the chunks the player skipped."""
        device = self.device
        if device is None:
            return
        self.check_button.setEnabled(False)
        self.check.setText(self.tr("Checking the whole file against its recorded SHA-256…"))
        reader = device.reader

        def failed(_key: str, _message: str) -> None:
            if self.device is device:
                self._damaged()

        def job(control: Any) -> Any:
            try:
                return reader.finish_hash(control.cancelled)
            except DocumentDamaged:
                return MISMATCH

        run_job(self, self.ctx, job, on_success=lambda _state: self._show_check() if self.device is device else None,
                on_failure=failed)

    def _damaged(self) -> None:
        self._hash_timer.stop()
        self.check_button.setEnabled(False)
        self.player.stop()
        self.check.setText(
            self.tr("This document's file is damaged or was altered; playback stopped. Run Verify, and restore it "
                    "from a backup.")
        )

    def _error(self, _error: QMediaPlayer.Error, message: str) -> None:
        if self.device is not None and self.device.failed:
            return  # _damaged said it
        self.check.setText(self.tr("This file cannot be played inside Casefile (%1). Export it to open it in "
                                   "another program.").replace("%1", message or "?"))

"""Playing a video or audio document inside Casefile, from the encrypted store (issue 16).

The player reads through :class:`ui.media_device.BlobDevice`: chunks are decrypted in memory as
QtMultimedia asks for them, nothing decrypted is written to disk, and the document's recorded
SHA-256 is checked as it is read from the start (shown under the video once the whole file was
read in order). What the file says about its capture (device, creation time, place: the
container's metadata as QtMultimedia reads it) is shown as evidence, never changed.

Keyboard: Space plays or pauses; on the position bar, the arrow keys step 5 seconds and Page
Up / Page Down 30 seconds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaMetaData, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from casefile.vault.blob_reader import MISMATCH, VERIFIED
from ui.media_device import BlobDevice

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


def clock_text(ms: int) -> str:
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class MediaPlayerView(QWidget):
    """One document played at a time; ``load`` starts it, ``clear`` stops and forgets it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.device: BlobDevice | None = None
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
        bar = QHBoxLayout()
        bar.addWidget(self.play_button)
        bar.addWidget(self.position, 1)
        bar.addWidget(self.time)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.video, 1)
        layout.addLayout(bar)
        layout.addWidget(self.details)
        layout.addWidget(self.check)
        self.player.durationChanged.connect(self._duration)
        self.player.positionChanged.connect(self._position)
        self.player.playbackStateChanged.connect(self._state)
        self.player.metaDataChanged.connect(self._metadata)
        self.player.errorOccurred.connect(self._error)
        self._hash_timer = QTimer(self)
        self._hash_timer.setInterval(500)
        self._hash_timer.timeout.connect(self._show_check)

    def load(self, device: BlobDevice, audio_only: bool = False) -> None:
        self.clear()
        self.device = device
        device.damaged.connect(self._damaged)
        self.video.setVisible(not audio_only)
        # The URL only names the stream for Qt (no file, no network): the bytes come from the device.
        self.player.setSourceDevice(device, QUrl("casefile-document"))
        self.check.setText(self.tr("Checking the file against its recorded hash as it plays…"))
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

    def _metadata(self) -> None:
        data = self.player.metaData()
        lines = []
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
            self._hash_timer.stop()
        elif state == MISMATCH:
            self._damaged()

    def _damaged(self) -> None:
        self._hash_timer.stop()
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

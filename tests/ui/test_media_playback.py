"""Issue 16: a video document plays inside Casefile from the encrypted store, seeks, shows its
capture metadata, and confirms its recorded hash once read through.

The video is made here (tests/media_samples.py: a Motion-JPEG AVI written by hand, frames encoded
by Qt; no ffmpeg needed), added to a real vault, and driven with real clicks and key presses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer
from test_records_support import ctx, lock, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from tests.media_samples import mjpeg_avi
from ui.sections import documents

MARKER = "Quibblefrost Lantern 5521"


def add(qtbot, section, path: Path) -> str:
    with qtbot.waitSignal(section.documentAdded, timeout=15000) as added:
        section.add_files([path])
    return added.args[0]


def open_player(qtbot, section):
    editor = section.editor
    qtbot.mouseClick(editor.view_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.viewer is not None and editor.viewer.isVisible(), timeout=10000)
    viewer = editor.viewer
    assert viewer.kind == "media"
    return viewer


def test_a_video_plays_and_seeks_from_the_encrypted_store(qtbot, ctx, tmp_path):  # noqa: F811
    # 100 frames at 10 frames a second: 10 s, so a 5 s step lands well inside it.
    source = mjpeg_avi(tmp_path / "checkpoint.avi", frames=100, fps=10, comment=MARKER)
    section = documents.make(ctx, None)
    qtbot.addWidget(section)
    add(qtbot, section, source)
    assert section.editor.media_type.text() == "video/x-msvideo"
    viewer = open_player(qtbot, section)
    media = viewer.media
    qtbot.waitUntil(lambda: media.player.duration() > 0, timeout=15000)
    assert abs(media.player.duration() - 10_000) <= 100
    qtbot.waitUntil(lambda: MARKER in media.details.text(), timeout=5000)  # the file's comment, shown

    qtbot.mouseClick(media.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: media.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState, timeout=5000)
    qtbot.mouseClick(media.play_button, Qt.MouseButton.LeftButton)  # pause, so the position holds
    qtbot.waitUntil(lambda: media.player.playbackState() == QMediaPlayer.PlaybackState.PausedState, timeout=5000)
    before = media.player.position()
    assert before < 5_000
    # One step on the position bar with the keyboard: +5 s (STEP_MS), from wherever it was.
    media.position.setFocus()
    qtbot.keyClick(media.position, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: media.player.position() >= before + 4_900, timeout=10000)
    assert media.player.position() <= before + 5_600
    assert media.time.text().endswith("/ 0:10")
    custody = [row["action"] for row in section.editor.custody.rows()]
    assert custody[-1] == "view"

    viewer.close()  # the device and its reader go with the window
    assert media.device is None


def test_the_recorded_hash_is_confirmed_once_played_through(qtbot, ctx, tmp_path):  # noqa: F811
    source = mjpeg_avi(tmp_path / "statement.avi", frames=10, fps=10)
    section = documents.make(ctx, None)
    qtbot.addWidget(section)
    add(qtbot, section, source)
    media = open_player(qtbot, section).media
    qtbot.waitUntil(lambda: media.player.duration() > 0, timeout=15000)
    qtbot.mouseClick(media.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "matches its recorded SHA-256" in media.check.text(), timeout=15000)
    assert media.device.reader.hash_state == "verified"


def test_after_a_seek_the_whole_file_is_checked_on_request(qtbot, ctx, tmp_path):  # noqa: F811
    # 24 noise frames of 640x480 (~250 KB each): about 6 MiB, six 1 MiB chunks. Loading reads the
    # header (chunk 0) and the index at the end (idx1, the last chunk); the middle is skipped.
    source = mjpeg_avi(tmp_path / "long.avi", frames=24, fps=4, width=640, height=480, noise_seed=3)
    assert source.stat().st_size > 5 * 1024 * 1024
    section = documents.make(ctx, None)
    qtbot.addWidget(section)
    add(qtbot, section, source)
    media = open_player(qtbot, section).media
    qtbot.waitUntil(lambda: media.player.duration() > 0, timeout=15000)
    media.position.setFocus()
    qtbot.keyClick(media.position, Qt.Key.Key_End)  # to the end: the chunks between are skipped
    qtbot.waitUntil(lambda: media.player.position() >= 5_000, timeout=10000)
    assert media.device.reader.hash_state == "pending"
    assert "authenticated (AES-GCM)" in media.check.text()
    qtbot.mouseClick(media.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "matches its recorded SHA-256" in media.check.text(), timeout=15000)
    assert media.device.reader.hash_state == "verified" and not media.check_button.isEnabled()


def test_an_audio_statement_plays_in_the_same_player(qtbot, ctx, tmp_path):  # noqa: F811
    from tests.media_samples import wav_statement

    source = wav_statement(tmp_path / "statement.wav", seconds=3.0)  # 24 000 samples at 8 000 a second
    section = documents.make(ctx, None)
    qtbot.addWidget(section)
    add(qtbot, section, source)
    qtbot.waitUntil(lambda: "runs 0:03" in section.editor.captured.text(), timeout=10000)
    viewer = open_player(qtbot, section)
    media = viewer.media
    assert not media.video.isVisibleTo(viewer)  # audio only: no picture area
    qtbot.waitUntil(lambda: media.player.duration() > 0, timeout=15000)
    assert abs(media.player.duration() - 3_000) <= 50
    assert media.details.text().startswith("Captured: runs 0:03 · PCM")
    qtbot.mouseClick(media.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: media.player.position() > 0, timeout=10000)  # it plays
    qtbot.mouseClick(media.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: media.player.playbackState() == QMediaPlayer.PlaybackState.PausedState, timeout=5000)
    media.position.setFocus()
    qtbot.keyClick(media.position, Qt.Key.Key_Right)  # +5 s is past the end: held at 3 s
    qtbot.waitUntil(lambda: media.player.position() >= 2_900, timeout=10000)
    assert media.time.text().endswith("/ 0:03")
    viewer.close()

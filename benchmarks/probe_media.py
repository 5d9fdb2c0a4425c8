"""Child process for the media-playback figure (issue 16): a large video played from the vault.

``python -m benchmarks.probe_media SIZE_MIB WORKDIR`` makes a Motion-JPEG AVI of about SIZE_MIB
(noise frames, 1280x720, casefile/demo/video.py), encrypts it into a new vault, then plays it
through the app's own path (``documents.open_for_playback`` → ``BlobDevice`` → ``QMediaPlayer``
with a video sink, offscreen), seeks to 25 %, 50 % and 90 % of it and waits each time for the
position to arrive. Prints one JSON line: resident memory just before playback and the peak
during it, the duration, the positions reached, the chunks decrypted and the file's size.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.timing import MIB, clock, reset_peak, rss_now, rss_peak

FRAME_BYTES = 730_000  # a 1280x720 noise JPEG at quality 90, about (measured: 727 KB)


def _wait(app: object, condition: object, timeout_s: float = 60.0) -> bool:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    start = clock()
    while not condition():  # type: ignore[operator]
        if clock() - start > timeout_s:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return True


def main(argv: list[str]) -> int:
    size_mib, work = int(argv[0]), Path(argv[1])
    work.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QIODevice, QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink
    from PySide6.QtWidgets import QApplication

    from casefile.demo.generator import DEMO_PASSPHRASE
    from casefile.demo.video import mjpeg_avi
    from casefile.services.documents import add_document, open_for_playback
    from casefile.vault.db import Vault
    from ui.media_device import BlobDevice

    source = mjpeg_avi(work / "raid.avi", frames=max(10, size_mib * MIB // FRAME_BYTES), fps=25, width=1280,
                       height=720, noise_seed=16)
    warm = mjpeg_avi(work / "warm.avi", frames=50, fps=25, width=1280, height=720, noise_seed=17)
    vault, _ = Vault.create(work / "vault", "bench", DEMO_PASSPHRASE)
    try:
        record = add_document(vault, source, {"title": "Benchmark video", "kind": "video"})
        warm_record = add_document(vault, warm, {"title": "Warm-up clip", "kind": "video"})
        size = source.stat().st_size
        source.unlink()
        app = QApplication([])
        player = QMediaPlayer()
        sink = QVideoSink()
        player.setVideoSink(sink)
        frames = [0]
        sink.videoFrameChanged.connect(lambda _frame: frames.__setitem__(0, frames[0] + 1))

        def load(document_id: str) -> tuple[object, BlobDevice]:
            reader, _media_type = open_for_playback(vault, document_id)
            device = BlobDevice(reader)
            device.open(QIODevice.OpenModeFlag.ReadOnly)
            player.setSourceDevice(device, QUrl("casefile-document"))
            _wait(app, lambda: player.duration() > 0)
            return reader, device

        # A short clip first, so QtMultimedia's libraries and decoder threads are loaded before the
        # measurement: the figure is what playing a large file adds, not what starting Qt's costs.
        _reader, warm_device = load(warm_record["id"])
        player.play()
        _wait(app, lambda: player.position() > 500)
        player.stop()
        player.setSource(QUrl())
        warm_device.close()
        reset_peak()
        before = rss_now()
        start = clock()
        reader, device = load(record["id"])
        duration = player.duration()
        player.play()
        # A second of playing, or a quarter of a clip shorter than four seconds (the tiny scale's
        # 8 MiB is eleven frames): waiting for 1000 ms there only ran into the 60 s timeout.
        _wait(app, lambda: player.position() > min(1000, duration // 4))
        reached = []
        for share in (0.25, 0.5, 0.9):
            target = int(duration * share)
            player.setPosition(target)
            _wait(app, lambda target=target: player.position() >= target)
            reached.append(player.position())
        seconds = clock() - start
        player.stop()
        peak = rss_peak()
        device.close()
        chunks = reader.decrypted_chunks  # type: ignore[attr-defined]
        print(json.dumps({"rss_before": before, "rss_peak": peak, "duration_ms": duration, "reached_ms": reached,
                          "frames_shown": frames[0], "chunks_decrypted": chunks, "bytes": size, "seconds": seconds}))
    finally:
        vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

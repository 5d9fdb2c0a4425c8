"""Small media files made by the tests themselves, offline and without ffmpeg.

``mjpeg_avi`` writes a Motion-JPEG AVI (RIFF: ``hdrl`` with one video stream, an ``INFO`` list
carrying a comment, ``movi`` with one JPEG per frame, ``idx1``), the simplest container the
FFmpeg backend of QtMultimedia plays. Frames are JPEGs encoded by Qt, each a flat colour. The
comment (``ICMT``) is where a marker string goes, so a test can look for it in every file the app
writes.
"""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage


def _chunk(fourcc: bytes, data: bytes) -> bytes:
    return fourcc + struct.pack("<I", len(data)) + data + (b"\0" if len(data) % 2 else b"")


def _list(kind: bytes, body: bytes) -> bytes:
    return _chunk(b"LIST", kind + body)


def _jpeg(number: int, width: int, height: int) -> bytes:
    # A flat colour per frame; no text drawn, so no QGuiApplication (fonts) is needed.
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor.fromHsv((number * 37) % 360, 180, 220))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG", 80)
    buffer.close()
    return bytes(data.data())


def mjpeg_avi(path: Path, *, frames: int = 20, fps: int = 10, width: int = 160, height: int = 120,
              comment: str = "") -> Path:
    """A ``frames / fps`` second video at ``path``; returns ``path``."""
    jpegs = [_jpeg(i, width, height) for i in range(frames)]
    biggest = max(len(j) for j in jpegs)
    avih = struct.pack("<14I", 1_000_000 // fps, biggest * fps, 0, 0x10, frames, 0, 1, biggest, width, height,
                       0, 0, 0, 0)
    strh = b"vidsMJPG" + struct.pack("<IHHIIIIIIiI4h", 0, 0, 0, 0, 1, fps, 0, frames, biggest, -1, 0, 0, 0,
                                     width, height)
    strf = struct.pack("<IiiHH4sIiiII", 40, width, height, 1, 24, b"MJPG", width * height * 3, 0, 0, 0, 0)
    hdrl = _list(b"hdrl", _chunk(b"avih", avih) + _list(b"strl", _chunk(b"strh", strh) + _chunk(b"strf", strf)))
    info = _list(b"INFO", _chunk(b"ICMT", comment.encode() + b"\0")) if comment else b""
    movi_body, index, offset = b"", b"", 4  # offsets count from the 'movi' fourcc
    for jpeg in jpegs:
        chunk = _chunk(b"00dc", jpeg)
        index += b"00dc" + struct.pack("<III", 0x10, offset, len(jpeg))
        movi_body += chunk
        offset += len(chunk)
    body = b"AVI " + hdrl + info + _list(b"movi", movi_body) + _chunk(b"idx1", index)
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    return path

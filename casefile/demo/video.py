"""Playable demo and test video, made offline without ffmpeg: a Motion-JPEG AVI.

RIFF ``AVI `` with ``hdrl`` (one video stream, ``MJPG``), an ``INFO`` list carrying a comment
(``ICMT``: where a test puts a marker string, so it can look for it in every file the app
writes), ``movi`` with one JPEG per frame and ``idx1``: the simplest container QtMultimedia's
FFmpeg backend plays and seeks. Frames are encoded by Pillow (ReportLab's own dependency), each a
flat colour, or noise when ``noise`` is set (big frames, for a file of hundreds of MiB). The file
is written as it is made, so its size costs no memory.
"""

from __future__ import annotations

import io
import random
import struct
from pathlib import Path

from PIL import Image


def _header(fourcc: bytes, size: int) -> bytes:
    return fourcc + struct.pack("<I", size)


def _chunk(fourcc: bytes, data: bytes) -> bytes:
    return _header(fourcc, len(data)) + data + (b"\0" if len(data) % 2 else b"")


def _list(kind: bytes, body: bytes) -> bytes:
    return _chunk(b"LIST", kind + body)


def _frame(number: int, width: int, height: int, noise: random.Random | None) -> bytes:
    if noise is None:
        hue = (number * 37) % 256
        image = Image.new("HSV", (width, height), (hue, 180, 220)).convert("RGB")
    else:
        image = Image.frombytes("L", (width, height), noise.randbytes(width * height)).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90 if noise is not None else 80)
    return out.getvalue()


def mjpeg_avi(
    path: Path,
    *,
    frames: int = 20,
    fps: int = 10,
    width: int = 160,
    height: int = 120,
    comment: str = "",
    noise_seed: int | None = None,
) -> Path:
    """A ``frames / fps`` second video at ``path``; returns ``path``. With ``noise_seed`` the
    frames are random grey noise (about 0.8 byte per pixel: a 1280x720 frame is ~730 KB), and
    only a few distinct frames are encoded and repeated, so a large file is quick to make."""
    rng = random.Random(noise_seed) if noise_seed is not None else None  # noqa: S311 - test pictures
    distinct = [_frame(i, width, height, rng) for i in range(min(frames, 8 if rng else frames))]
    jpegs = [distinct[i % len(distinct)] for i in range(frames)]
    biggest = max(len(j) for j in distinct)
    avih = struct.pack(
        "<14I", 1_000_000 // fps, biggest * fps, 0, 0x10, frames, 0, 1, biggest, width, height, 0, 0, 0, 0
    )
    strh = b"vidsMJPG" + struct.pack(
        "<IHHIIIIIIiI4h", 0, 0, 0, 0, 1, fps, 0, frames, biggest, -1, 0, 0, 0, width, height
    )
    strf = struct.pack("<IiiHH4sIiiII", 40, width, height, 1, 24, b"MJPG", width * height * 3, 0, 0, 0, 0)
    hdrl = _list(b"hdrl", _chunk(b"avih", avih) + _list(b"strl", _chunk(b"strh", strh) + _chunk(b"strf", strf)))
    info = _list(b"INFO", _chunk(b"ICMT", comment.encode() + b"\0")) if comment else b""
    movi_size = 4 + sum(8 + len(j) + len(j) % 2 for j in jpegs)
    index_size = 16 * frames
    riff_size = 4 + len(hdrl) + len(info) + 8 + movi_size + 8 + index_size
    index = bytearray()
    with path.open("wb") as out:
        out.write(_header(b"RIFF", riff_size) + b"AVI " + hdrl + info + _header(b"LIST", movi_size) + b"movi")
        offset = 4  # idx1 offsets count from the 'movi' fourcc
        for jpeg in jpegs:
            out.write(_chunk(b"00dc", jpeg))
            index += b"00dc" + struct.pack("<III", 0x10, offset, len(jpeg))
            offset += 8 + len(jpeg) + len(jpeg) % 2
        out.write(_chunk(b"idx1", bytes(index)))
    return path

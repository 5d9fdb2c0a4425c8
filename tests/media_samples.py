"""Small media files made by the tests themselves, offline and without ffmpeg: the demo's
Motion-JPEG AVI writer (casefile/demo/video.py), whose ``comment`` carries a marker string, and
a phone's photo with the EXIF an iPhone writes (Pillow)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from casefile.demo.video import mjpeg_avi

__all__ = ["mjpeg_avi", "phone_photo"]


def phone_photo(path: Path, taken: str = "2026:09:15 05:48:12", offset: str | None = "-05:00") -> Path:
    """A JPEG with what an iPhone writes: make, model, DateTimeOriginal (+ offset) and GPS."""
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Apple", "iPhone 13"
    exif.get_ifd(0x8769)[0x9003] = taken
    if offset:
        exif.get_ifd(0x8769)[0x9011] = offset
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (29.0, 45.0, 37.44), "W", (95.0, 22.0, 11.28)
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(out, "JPEG", exif=exif)
    path.write_bytes(out.getvalue())
    return path

"""Small media files made by the tests themselves, offline and without ffmpeg: the demo's
Motion-JPEG AVI writer (casefile/demo/video.py), whose ``comment`` carries a marker string."""

from __future__ import annotations

from casefile.demo.video import mjpeg_avi

__all__ = ["mjpeg_avi"]

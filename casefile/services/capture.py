"""What a photo says about its own capture, and the encounter it probably belongs to (issue 16).

(Videos and audio recordings: :mod:`casefile.services.av_capture`; both kinds of facts are kept
per document by :mod:`casefile.services.media` and read back here as a :class:`Capture`.)

Phones write EXIF into every photo: when it was taken (``DateTimeOriginal``, with
``OffsetTimeOriginal`` when the phone records it), the device (``Make``, ``Model``) and often
where (the GPS block). That is evidence: it is kept in the stored original (documents are
encrypted as they are, never rewritten), shown in the app, and the time suggests which encounter
the photo shows. Read with Pillow (ReportLab's own dependency) from the file's first MiB, where
JPEG and TIFF keep it; a file without EXIF, or that Pillow cannot open, has no capture facts.
"""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

HEAD_BYTES = 1024 * 1024
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_MAKE, _MODEL, _DATETIME = 0x010F, 0x0110, 0x0132
_ORIGINAL, _OFFSET_ORIGINAL = 0x9003, 0x9011


@dataclass(frozen=True)
class Capture:
    """``taken_at`` is the camera's local time as ISO 8601 (with its offset when recorded); the
    fields after ``longitude`` are a recording's (:mod:`casefile.services.av_capture`)."""

    taken_at: str | None = None
    device: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    duration_ms: int | None = None
    width: int | None = None
    height: int | None = None
    video_codec: str | None = None
    audio_codec: str | None = None
    software: str | None = None

    @property
    def empty(self) -> bool:
        return self == Capture()

    def as_facts(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_facts(cls, facts: dict[str, Any]) -> Capture:
        return cls(**{f.name: facts[f.name] for f in fields(cls) if facts.get(f.name) is not None})


def photo_capture(head: bytes) -> Capture:
    """The capture facts in an image's first bytes (empty when it has none)."""
    try:
        with Image.open(io.BytesIO(head)) as image:
            exif = image.getexif()
            details = exif.get_ifd(_EXIF_IFD)
            gps = exif.get_ifd(_GPS_IFD)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return Capture()
    taken = _exif_time(details.get(_ORIGINAL) or exif.get(_DATETIME), details.get(_OFFSET_ORIGINAL))
    device = " ".join(str(v).strip("\0 ") for v in (exif.get(_MAKE), exif.get(_MODEL)) if v) or None
    return Capture(taken, device, _degrees(gps.get(2), gps.get(1), "S"), _degrees(gps.get(4), gps.get(3), "W"))


def file_capture(path: Path) -> Capture:
    with open(path, "rb") as fh:
        return photo_capture(fh.read(HEAD_BYTES))


def _exif_time(value: Any, offset: Any) -> str | None:
    # EXIF writes "2026:09:15 05:48:12"; an offset, when present, "-05:00".
    try:
        when = datetime.strptime(str(value).strip("\0 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    text = when.isoformat()
    offset = str(offset or "").strip("\0 ")
    return text + offset if len(offset) == 6 and offset[0] in "+-" else text


def _degrees(value: Any, ref: Any, negative: str) -> float | None:
    try:
        degrees, minutes, seconds = (float(part) for part in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    result = degrees + minutes / 60 + seconds / 3600
    return round(-result if str(ref or "").strip("\0 ").upper() == negative else result, 6)


def encounters_near(conn: Any, taken_at: str, hours: int = 12) -> list[dict[str, Any]]:
    """Encounters within ``hours`` of a photo's capture time, nearest first.

    The vault keeps encounter times in UTC. A photo whose EXIF has its offset is compared
    exactly; one without (older phones, many cameras) could have been taken in any zone, so the
    window widens by 14 hours each way (the largest UTC offsets) and ``gap_minutes`` is measured
    as if the camera's clock were UTC (``zone_known`` False)."""
    try:
        taken = datetime.fromisoformat(taken_at)
    except ValueError:
        return []
    zone_known = taken.tzinfo is not None
    taken = taken.astimezone(UTC) if zone_known else taken.replace(tzinfo=UTC)
    window = timedelta(hours=hours if zone_known else hours + 14)
    first, last = (taken - window).date().isoformat(), (taken + window).date().isoformat()
    rows = conn.execute(
        "SELECT id, occurred_at, place FROM encounters WHERE deleted_at IS NULL "
        "AND substr(occurred_at, 1, 10) BETWEEN ? AND ? ORDER BY occurred_at",
        (first, last),
    ).fetchall()
    found = []
    for enc_id, occurred_at, place in rows:
        try:
            when = datetime.fromisoformat(str(occurred_at))
        except ValueError:
            continue
        gap = abs((when if when.tzinfo else when.replace(tzinfo=UTC)) - taken)
        if gap <= window:
            found.append(
                {
                    "id": enc_id,
                    "occurred_at": occurred_at,
                    "place": place or "",
                    "gap_minutes": int(gap.total_seconds() // 60),
                    "zone_known": zone_known,
                }
            )
    found.sort(key=lambda e: e["gap_minutes"])
    return found

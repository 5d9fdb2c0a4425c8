"""Small media files made by the tests themselves, offline and without ffmpeg: the demo's
Motion-JPEG AVI writer (casefile/demo/video.py), whose ``comment`` carries a marker string, and
a phone's photo with the EXIF an iPhone writes (Pillow)."""

from __future__ import annotations

import io
import struct
from pathlib import Path

from PIL import Image

from casefile.demo.video import mjpeg_avi

__all__ = ["iphone_movie", "mjpeg_avi", "phone_photo", "quicktime_movie", "silent_mp3", "wav_statement"]


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


# ----- QuickTime / MP4 with a phone's capture metadata (issue 16) -----
def _box(kind: bytes, *parts: bytes) -> bytes:
    body = b"".join(parts)
    return struct.pack(">I4s", 8 + len(body), kind) + body


def _full(kind: bytes, *parts: bytes, version: int = 0, flags: int = 0) -> bytes:
    return _box(kind, struct.pack(">I", (version << 24) | flags), *parts)


_MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)


def _qt_text(text: str) -> bytes:
    raw = text.encode()
    return struct.pack(">HH", len(raw), 0x15C7) + raw  # QuickTime international text, language 'en'


def _jpeg_frame(number: int, width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("HSV", (width, height), ((number * 37) % 256, 180, 220)).convert("RGB").save(out, "JPEG", quality=80)
    return out.getvalue()


def quicktime_movie(
    path: Path,
    *,
    brand: bytes = b"qt  ",
    frames: int = 20,
    fps: int = 10,
    width: int = 160,
    height: int = 120,
    apple: dict[str, str] | None = None,
    udta: dict[bytes, str] | None = None,
    created: int = 0,
    moov_last: bool = False,
) -> Path:
    """A playable QuickTime movie of Motion-JPEG frames ('jpeg' sample entry, which FFmpeg and
    QuickTime play), with ``apple`` keys (``moov/meta`` 'mdta': ``{"make": "Apple", ...}``,
    written as ``com.apple.quicktime.<key>``), ``udta`` items (``{b"\\xa9xyz": "+29.76-095.36/"}``)
    and ``created`` (``mvhd``: seconds since 1904). ``brand`` b"mp42" makes it an MP4. Written by
    hand here because no encoder is installed; each frame is a flat colour encoded by Pillow."""
    jpegs = [_jpeg_frame(i, width, height) for i in range(frames)]
    scale, delta = 1000, 1000 // fps
    duration = delta * frames

    def moov(data_offset: int) -> bytes:
        mvhd = _full(
            b"mvhd",
            struct.pack(">IIII", created, created, scale, duration),
            struct.pack(">IH", 0x10000, 0x100),
            bytes(10),
            _MATRIX,
            bytes(24),
            struct.pack(">I", 2),
        )
        tkhd = _full(
            b"tkhd",
            struct.pack(">IIIII", created, created, 1, 0, duration),
            bytes(8),
            struct.pack(">HHHH", 0, 0, 0, 0),
            _MATRIX,
            struct.pack(">II", width << 16, height << 16),
            flags=3,
        )
        entry = _box(
            b"jpeg",
            bytes(6),
            struct.pack(">H", 1),
            struct.pack(">HHIII", 0, 0, 0, 0, 512),
            struct.pack(">HHIIIH", width, height, 0x480000, 0x480000, 0, 1),
            bytes([4]) + b"JPEG".ljust(31, b"\0"),
            struct.pack(">Hh", 24, -1),
        )
        stbl = _box(
            b"stbl",
            _full(b"stsd", struct.pack(">I", 1), entry),
            _full(b"stts", struct.pack(">III", 1, frames, delta)),
            _full(b"stsc", struct.pack(">IIII", 1, 1, frames, 1)),
            _full(b"stsz", struct.pack(">II", 0, frames), b"".join(struct.pack(">I", len(j)) for j in jpegs)),
            _full(b"stco", struct.pack(">II", 1, data_offset)),
        )
        minf = _box(
            b"minf",
            _full(b"vmhd", bytes(8), flags=1),
            _box(b"dinf", _full(b"dref", struct.pack(">I", 1), _full(b"url ", flags=1))),
            stbl,
        )
        mdia = _box(
            b"mdia",
            _full(b"mdhd", struct.pack(">IIIIHH", created, created, scale, duration, 0x55C4, 0)),
            _full(b"hdlr", bytes(4), b"vide", bytes(12), b"VideoHandler\0"),
            minf,
        )
        parts = [mvhd, _box(b"trak", tkhd, mdia)]
        if udta:
            parts.append(_box(b"udta", *(_box(k, _qt_text(v)) for k, v in udta.items())))
        if apple:
            keys = b"".join(
                struct.pack(">I4s", 8 + len(k) + 20, b"mdta") + b"com.apple.quicktime." + k.encode() for k in apple
            )
            items = b"".join(
                _box(struct.pack(">I", i + 1), _box(b"data", struct.pack(">II", 1, 0), v.encode()))
                for i, v in enumerate(apple.values())
            )
            parts.append(
                _box(
                    b"meta",
                    _full(b"hdlr", bytes(4), b"mdta", bytes(12), b"\0"),
                    _full(b"keys", struct.pack(">I", len(apple)), keys),
                    _box(b"ilst", items),
                )
            )
        return _box(b"moov", *parts)

    ftyp = _box(b"ftyp", brand, struct.pack(">I", 0), brand, b"isom" if brand != b"qt  " else b"")
    mdat_payload = b"".join(jpegs)
    if moov_last:
        data = ftyp + _box(b"mdat", mdat_payload)
        data += moov(len(ftyp) + 8)
    else:
        size = len(moov(0))
        data = ftyp + moov(len(ftyp) + size + 8) + _box(b"mdat", mdat_payload)
    path.write_bytes(data)
    return path


def iphone_movie(path: Path, **kw: object) -> Path:
    """A MOV as an iPhone writes its metadata: make, model, creation date with offset, and GPS."""
    apple = {
        "location.ISO6709": "+29.7604-095.3698+012.000/",
        "make": "Apple",
        "model": "iPhone 13",
        "creationdate": "2026-09-15T05:48:12-0500",
        "software": "17.6.1",
    }
    return quicktime_movie(path, apple=apple, created=3_872_314_092, **kw)  # 2026-09-15T10:48:12Z  # type: ignore[arg-type]


def wav_statement(path: Path, seconds: float = 2.0, rate: int = 8000) -> Path:
    """A mono 16-bit WAV of a quiet 440 Hz tone (the standard library's ``wave``)."""
    import math
    import wave

    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(
            b"".join(
                struct.pack("<h", int(3000 * math.sin(2 * math.pi * 440 * i / rate)))
                for i in range(int(seconds * rate))
            )
        )
    return path


def silent_mp3(path: Path, frames: int = 77, recorded: str = "2026-09-15T05:48:12") -> Path:
    """An MP3 of silence with an ID3 recording time: MPEG-1 Layer III frames at 128 kbit/s,
    44.1 kHz, whose side information and main data are all zero (which decodes as silence; no
    encoder needed), 1152 samples each: 77 frames are 77 x 1152 / 44100 = 2.011 s."""
    from mutagen.id3 import ID3, TDRC, TSSE

    frame = b"\xff\xfb\x90\x64" + bytes(417 - 4)  # 144 * 128000 / 44100 = 417 bytes, no padding
    path.write_bytes(frame * frames)
    tags = ID3()
    tags.add(TDRC(encoding=3, text=[recorded]))
    tags.add(TSSE(encoding=3, text=["Voice Recorder 2.1"]))
    tags.save(str(path))
    return path

"""What a video or audio recording says about its capture and its length (issue 16), without Qt.

A phone's video or a recorder's statement carries evidence in its container: when it was made,
with what device, sometimes where (GPS), how long it runs and how it is encoded. That is read
here from the stored original through a random-access reader (the vault's decrypting
:class:`casefile.vault.blob_reader.BlobReader` in the app: only the chunks holding the headers are
decrypted, in memory), and kept as the document's capture facts; the original is never rewritten.

* QuickTime / MP4 (MOV, MP4, M4V, M4A): :mod:`casefile.services.quicktime`'s box reader;
* MP3, WAV, FLAC, Ogg and other audio: ``mutagen`` (duration and codec; the ID3 recording time);
* AVI (older cameras, the demo's video): the ``avih`` header and the ``INFO`` list, read here.

Facts are a plain dict (stored as JSON): ``duration_ms``, ``taken_at`` (ISO 8601, with the offset
when the file records one), ``device``, ``latitude``/``longitude``, ``width``/``height``,
``video_codec``, ``audio_codec``, ``software``, ``comment``; only those the file records.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Callable
from typing import Any

from casefile.services import quicktime

ReadAt = Callable[[int, int], bytes]
ISO_MEDIA = frozenset({"video/mp4", "video/quicktime", "video/x-m4v", "audio/mp4", "audio/x-m4a", "video/3gpp"})
AVI = "video/x-msvideo"
_AVI_HEAD = 256 * 1024  # hdrl and INFO come before the frames


def is_av(media_type: str | None) -> bool:
    return str(media_type or "").startswith(("video/", "audio/"))


def av_facts(read_at: ReadAt, size: int, media_type: str) -> dict[str, Any]:
    """The capture facts of a video or audio file of ``size`` bytes; ``{}`` when none are readable."""
    try:
        if media_type in ISO_MEDIA:
            return quicktime.movie_facts(read_at, size)
        if media_type == AVI:
            return avi_facts(read_at(0, min(size, _AVI_HEAD)))
        if media_type.startswith("audio/"):
            return audio_facts(RangeFile(read_at, size))
    except (struct.error, ValueError, IndexError, OSError):
        return {}  # a damaged or unusual header is no capture fact; the file itself is kept as is
    return {}


class RangeFile(io.RawIOBase):
    """A read-only, seekable file object over ``read_at`` (for libraries that want a file)."""

    def __init__(self, read_at: ReadAt, size: int) -> None:
        super().__init__()
        self._read_at, self._size, self._pos = read_at, size, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer: Any) -> int:
        data = self._read_at(self._pos, len(buffer)) if self._pos < self._size else b""
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)


def audio_facts(fileobj: io.RawIOBase) -> dict[str, Any]:
    """Duration, codec and recording time of an audio file, as ``mutagen`` reads them."""
    import mutagen  # imported when an audio file is read: the app's start does not need it

    try:
        audio = mutagen.File(io.BufferedReader(fileobj, 64 * 1024))
    except mutagen.MutagenError:
        return {}
    if audio is None:
        return {}
    facts: dict[str, Any] = {}
    length = getattr(audio.info, "length", 0) or 0
    if length > 0:
        facts["duration_ms"] = round(length * 1000)
    codec = getattr(audio.info, "codec", None) or _audio_codec(audio)
    if codec:
        facts["audio_codec"] = codec
    tags = audio.tags
    if tags is not None and hasattr(tags, "getall"):  # ID3 (MP3, and WAV/AIFF with an ID3 chunk)
        for frame_id in ("TDRC", "TDOR", "TDEN"):
            frames = tags.getall(frame_id)
            if frames and frames[0].text:
                facts["taken_at"] = str(frames[0].text[0]).replace(" ", "T")
                break
        software = tags.getall("TSSE")
        if software and software[0].text:
            facts["software"] = str(software[0].text[0])
    return facts


def _audio_codec(audio: Any) -> str:
    name = type(audio).__name__.upper()
    return {"WAVE": "PCM", "MP3": "MP3", "EASYMP3": "MP3"}.get(name, name)


def avi_facts(head: bytes) -> dict[str, Any]:
    """An AVI's duration, picture size and codec (``avih``, ``strh``) and its ``INFO`` text."""
    if head[:4] != b"RIFF" or head[8:12] != b"AVI ":
        return {}
    facts: dict[str, Any] = {}
    info: dict[bytes, str] = {}
    _riff_walk(head, 12, len(head), facts, info)
    if info.get(b"ICRD"):
        facts["taken_at"] = info[b"ICRD"]
    if info.get(b"ISFT"):
        facts["software"] = info[b"ISFT"]
    if info.get(b"ICMT"):
        facts["comment"] = info[b"ICMT"]
    return facts


def _riff_walk(data: bytes, pos: int, end: int, facts: dict[str, Any], info: dict[bytes, str]) -> None:
    while pos + 8 <= end:
        kind, size = struct.unpack_from("<4sI", data, pos)
        body = pos + 8
        if kind == b"LIST" and body + 4 <= end:
            if data[body : body + 4] == b"movi":
                return  # the frames: nothing after them is a header we need
            _riff_walk(data, body + 4, min(end, body + size), facts, info)
        elif kind == b"avih" and size >= 40 and body + 40 <= end:
            per_frame, _rate, _pad, _flags, frames = struct.unpack_from("<5I", data, body)
            width, height = struct.unpack_from("<II", data, body + 32)
            if per_frame and frames:
                facts["duration_ms"] = per_frame * frames // 1000
            if width and height:
                facts["width"], facts["height"] = width, height
        elif kind == b"strh" and size >= 8 and body + 8 <= end and data[body : body + 4] == b"vids":
            facts.setdefault("video_codec", data[body + 4 : body + 8].decode("latin-1").strip("\0 "))
        elif kind in (b"ICRD", b"ISFT", b"ICMT") and body + size <= end:
            info[kind] = data[body : body + size].decode("utf-8", errors="replace").strip("\0 ")
        pos = body + size + (size & 1)

"""What a QuickTime / MP4 file (MOV, MP4, M4A, M4V) says about its own capture: a small box reader.

Phones record the capture in the container's header boxes (ISO/IEC 14496-12 and Apple's QuickTime
File Format): ``moov/mvhd`` has the creation time (seconds since 1904-01-01 UTC) and the duration;
each ``trak`` has its picture size (``tkhd``), its handler (``mdia/hdlr``: video or sound) and its
codec (the first sample entry's four-character code in ``stsd``). Where and with what:

* Apple writes ``moov/meta`` (QuickTime metadata: ``hdlr`` 'mdta', ``keys``, ``ilst``) with
  ``com.apple.quicktime.location.ISO6709``, ``.make``, ``.model``, ``.creationdate``;
* QuickTime user data ``moov/udta`` has ``©xyz`` (ISO 6709 place, Android and older iPhones),
  ``©mak``, ``©mod``, ``©day`` as international text;
* iTunes-style ``udta/meta/ilst`` (M4A voice memos) has ``©day``, ``©xyz`` and ``©too`` in
  ``data`` boxes.

No library installable here reads all three (mutagen reads only the iTunes list and no picture
size), so this reads them itself. It walks the top-level boxes by their sizes, skipping ``mdat``
(the media) without reading it, then reads ``moov`` alone (capped at :data:`MOOV_LIMIT`): a
multi-GiB video costs a few small reads whichever end its ``moov`` is at. ``read_at(offset,
length)`` is any random-access reader, e.g. :class:`casefile.vault.blob_reader.BlobReader`'s
``read``, which decrypts only the chunks asked for.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

ReadAt = Callable[[int, int], bytes]
MOOV_LIMIT = 32 << 20  # a two-hour phone video's moov is a few MiB; larger is not a header
_EPOCH_1904 = datetime(1904, 1, 1, tzinfo=UTC)
_CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"stbl", b"udta", b"edts"}
_TEXT_ITEMS = {
    b"\xa9xyz": "location",
    b"\xa9mak": "make",
    b"\xa9mod": "model",
    b"\xa9day": "creationdate",
    b"\xa9too": "software",
    b"\xa9swr": "software",
}
_APPLE = "com.apple.quicktime."
# ISO 6709 as phones write it: +DD.DDDD-DDD.DDDD[+AAA.AAA]/ ; also ±DDMM.MM and ±DDMMSS.S forms.
_ISO6709 = re.compile(r"^([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)")


def boxes(data: bytes, start: int = 0, end: int | None = None) -> Iterator[tuple[bytes, int, int]]:
    """``(type, payload start, payload end)`` of each box in ``data[start:end]``; stops at a bad size."""
    end = len(data) if end is None else end
    pos = start
    while pos + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1 and pos + 16 <= end:
            size, header = struct.unpack_from(">Q", data, pos + 8)[0], 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            return
        yield kind, pos + header, pos + size
        pos += size


def read_moov(read_at: ReadAt, size: int) -> bytes | None:
    """The ``moov`` box's payload, found by walking the top-level boxes; None if there is none."""
    pos = 0
    while pos + 8 <= size:
        head = read_at(pos, 16)
        if len(head) < 8:
            return None
        box_size, kind = struct.unpack_from(">I4s", head)
        header = 8
        if box_size == 1:
            if len(head) < 16:
                return None
            box_size, header = struct.unpack_from(">Q", head, 8)[0], 16
        elif box_size == 0:
            box_size = size - pos
        if box_size < header:
            return None
        if kind == b"moov":
            length = min(box_size, size - pos) - header
            return read_at(pos + header, length) if length <= MOOV_LIMIT else None
        pos += box_size
    return None


def movie_facts(read_at: ReadAt, size: int) -> dict[str, Any]:
    """What the header boxes say: ``duration_ms``, ``taken_at``, ``device``, ``latitude``,
    ``longitude``, ``width``, ``height``, ``video_codec``, ``audio_codec``, ``software`` (each
    only when recorded). An unreadable or foreign file gives ``{}``."""
    moov = read_moov(read_at, size)
    if not moov:
        return {}
    facts: dict[str, Any] = {}
    items: dict[str, str] = {}
    for kind, start, end in boxes(moov):
        if kind == b"mvhd":
            facts.update(_mvhd(moov[start:end]))
        elif kind == b"trak":
            _trak(moov, start, end, facts)
        elif kind == b"udta":
            _udta(moov, start, end, items)
        elif kind == b"meta":
            items.update(_mdta(moov, start, end))
    _capture_items(items, facts)
    return facts


def _mvhd(payload: bytes) -> dict[str, Any]:
    if len(payload) < 20:
        return {}
    if payload[0] == 1 and len(payload) >= 32:
        created, _modified, scale, duration = struct.unpack_from(">QQIQ", payload, 4)
    else:
        created, _modified, scale, duration = struct.unpack_from(">IIII", payload, 4)
    out: dict[str, Any] = {}
    if scale and duration and duration != 0xFFFFFFFF:
        out["duration_ms"] = duration * 1000 // scale
    if created:
        # A camera without a clock writes 0 (1904); the container's time is UTC by definition.
        out["created_utc"] = (_EPOCH_1904 + timedelta(seconds=created)).isoformat().replace("+00:00", "Z")
    return out


def _trak(moov: bytes, start: int, end: int, facts: dict[str, Any]) -> None:
    handler, codec, width, height = b"", "", 0, 0
    stack = [(start, end)]
    while stack:
        s, e = stack.pop()
        for kind, ps, pe in boxes(moov, s, e):
            if kind in _CONTAINERS:
                stack.append((ps, pe))
            elif kind == b"tkhd" and pe - ps >= 84:
                offset = 76 if moov[ps] == 0 else 88
                if ps + offset + 8 <= pe:
                    width, height = (v >> 16 for v in struct.unpack_from(">II", moov, ps + offset))
            elif kind == b"hdlr" and pe - ps >= 12:
                handler = moov[ps + 8 : ps + 12]
            elif kind == b"stsd" and pe - ps >= 16:
                codec = moov[ps + 12 : ps + 16].decode("latin-1").strip()
    if handler == b"vide" and "video_codec" not in facts:
        facts["video_codec"] = codec
        if width and height:
            facts["width"], facts["height"] = width, height
    elif handler == b"soun" and "audio_codec" not in facts:
        facts["audio_codec"] = codec


def _udta(moov: bytes, start: int, end: int, items: dict[str, str]) -> None:
    for kind, ps, pe in boxes(moov, start, end):
        if kind in _TEXT_ITEMS and pe - ps >= 4:
            # QuickTime international text: u16 length, u16 language, then the text.
            length = struct.unpack_from(">H", moov, ps)[0]
            items.setdefault(_TEXT_ITEMS[kind], _text(moov[ps + 4 : min(pe, ps + 4 + length)]))
        elif kind == b"meta":
            items.update({k: v for k, v in _ilst_items(moov, ps, pe).items() if k not in items})


def _meta_start(moov: bytes, start: int, end: int) -> int:
    # ISO's meta is a full box (4 bytes of version and flags); QuickTime's is not.
    return start if moov[start + 4 : start + 8] == b"hdlr" else start + 4


def _mdta(moov: bytes, start: int, end: int) -> dict[str, str]:
    """Apple's QuickTime metadata: ``keys`` names, ``ilst`` items numbered from 1."""
    names: list[str] = []
    values: dict[int, str] = {}
    for kind, ps, pe in boxes(moov, _meta_start(moov, start, end), end):
        if kind == b"keys" and pe - ps >= 8:
            pos = ps + 8
            while pos + 8 <= pe:
                size = struct.unpack_from(">I", moov, pos)[0]
                if size < 8:
                    break
                names.append(_text(moov[pos + 8 : pos + size]))
                pos += size
        elif kind == b"ilst":
            for item, is_, ie in boxes(moov, ps, pe):
                value = _data_value(moov, is_, ie)
                if value is not None:
                    values[struct.unpack(">I", item)[0]] = value
    found: dict[str, str] = {}
    for number, value in values.items():
        if 1 <= number <= len(names) and names[number - 1].startswith(_APPLE):
            found[names[number - 1][len(_APPLE) :].replace("location.ISO6709", "location")] = value
    if not names:  # an iTunes-style list at the top level
        found.update(_ilst_items(moov, start, end))
    return found


def _ilst_items(moov: bytes, start: int, end: int) -> dict[str, str]:
    found: dict[str, str] = {}
    for kind, ps, pe in boxes(moov, _meta_start(moov, start, end), end):
        if kind != b"ilst":
            continue
        for item, is_, ie in boxes(moov, ps, pe):
            value = _data_value(moov, is_, ie)
            if item in _TEXT_ITEMS and value is not None:
                found.setdefault(_TEXT_ITEMS[item], value)
    return found


def _data_value(moov: bytes, start: int, end: int) -> str | None:
    for kind, ps, pe in boxes(moov, start, end):
        # 'data': u32 type (1 = UTF-8), u32 locale, the value.
        if kind == b"data" and pe - ps >= 8 and struct.unpack_from(">I", moov, ps)[0] in (1, 4, 0):
            return _text(moov[ps + 8 : pe])
    return None


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace").strip("\0 ").strip()


def _capture_items(items: dict[str, str], facts: dict[str, Any]) -> None:
    device = " ".join(v for v in (items.get("make"), items.get("model")) if v)
    if device:
        facts["device"] = device
    if items.get("software"):
        facts["software"] = items["software"]
    taken = _iso_time(items.get("creationdate", ""))
    if taken:
        facts["taken_at"] = taken
    elif facts.get("created_utc"):
        facts["taken_at"] = facts["created_utc"]
    place = iso6709(items.get("location", ""))
    if place:
        facts["latitude"], facts["longitude"] = place


def _iso_time(text: str) -> str | None:
    """Apple's ``2026-09-15T05:48:12-0500`` (or ISO 8601 with a colon) as ISO 8601."""
    text = text.strip()
    for pattern in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            when = datetime.strptime(text, pattern)
        except ValueError:
            continue
        return when.replace(microsecond=0).isoformat()
    return None


def iso6709(text: str) -> tuple[float, float] | None:
    """Latitude and longitude in degrees from an ISO 6709 string, or None."""
    match = _ISO6709.match(text.strip())
    if not match:
        return None
    try:
        lat, lon = _angle(match.group(1), 2), _angle(match.group(2), 3)
    except ValueError:
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return round(lat, 6), round(lon, 6)


def _angle(text: str, degree_digits: int) -> float:
    # The integer part's length says the form: degrees, degrees+minutes, or +seconds.
    sign = -1.0 if text[0] == "-" else 1.0
    whole, _, fraction = text[1:].partition(".")
    value = float(f"{whole}.{fraction or 0}")
    if len(whole) == degree_digits:
        return sign * value
    if len(whole) == degree_digits + 2:
        return sign * (int(whole[:degree_digits]) + float(f"{whole[degree_digits:]}.{fraction or 0}") / 60)
    if len(whole) == degree_digits + 4:
        minutes = int(whole[degree_digits : degree_digits + 2])
        seconds = float(f"{whole[degree_digits + 2 :]}.{fraction or 0}")
        return sign * (int(whole[:degree_digits]) + minutes / 60 + seconds / 3600)
    raise ValueError(text)

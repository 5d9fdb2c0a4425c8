"""Reading an interchange file as a stream, bounded by bytes and nesting, never by a list's length.

A FOIA release of 10 962 I-213s, or a clinic's 100 000 encounters, must import; a hostile file must
not exhaust memory or the interpreter's stack. So the file is never read whole (``ijson`` with its
C backend, yajl, parses it incrementally) and the bounds are on what costs memory:

- the whole file: :data:`MAX_FILE_BYTES` (refused before a byte is parsed);
- any one record, or any one top-level value: :data:`MAX_RECORD_BYTES` of the file (a counting
  reader refuses the file as soon as that many bytes pass without a record ending, so no record
  bigger than that is ever built in memory);
- nesting: ``jsonlimits.MAX_DEPTH`` levels, counted event by event.

:func:`scan` makes one pass over the events to enforce those and to learn the file's outline (its
top-level fields and how many records each list holds); :func:`records` then streams one list's
records, one at a time, for the importer to check and write in chunks.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from casefile.domain import record_types
from casefile.domain.jsonlimits import MAX_DEPTH
from casefile.errors import Cancelled, CasefileError, ValidationError

MAX_FILE_BYTES = 4 * 1024**3
# The largest record the schema allows is a few long texts (200 000 characters each, up to six
# bytes a character once escaped in JSON) and some lists: far under this.
MAX_RECORD_BYTES = 16 * 1024**2
READ_BYTES = 64 * 1024
SCAN_PERCENT = 10  # of an import's progress: the pass that checks the bounds


class RecordTooLarge(ValueError):
    """More than MAX_RECORD_BYTES of the file passed inside one record or top-level value."""


class _CountingReader:
    """A binary file that counts what the parser reads and refuses an over-long record."""

    def __init__(self, fh: BinaryIO, limit: int) -> None:
        self.fh = fh
        self.limit = limit
        self.read_bytes = 0
        self.mark = 0  # bytes read when the current record (or top-level value) began

    def read(self, size: int = -1) -> bytes:
        # The parser asks for more only once it has handed over every event of what it has, so
        # everything read since the mark belongs to the current record: past the limit, the
        # record is bigger than that (it may be up to one read bigger before this notices).
        if self.read_bytes - self.mark > self.limit:
            raise RecordTooLarge
        data = self.fh.read(READ_BYTES if size is None or size < 0 else size)
        self.read_bytes += len(data)
        return data


@dataclass
class Outline:
    """What :func:`scan` learned: the top-level fields (record lists as ``[]``) and record counts."""

    header: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _stand_in(event: str, value: Any) -> Any:
    # A top-level value as far as the schema check of the header needs it: its JSON type.
    return {"start_map": {}, "start_array": []}.get(event, value)


def _fail(path: Path, exc: BaseException) -> ValidationError:
    """The clear error for a file that the parser or a bound refused."""
    if isinstance(exc, RecordTooLarge):
        return ValidationError(
            f"{path.name} holds a record (or value) of more than {MAX_RECORD_BYTES // 1024**2} MiB; no record of an "
            "interchange file is that large, so the file is damaged or not an interchange file",
            where="the file",
        )
    text = str(exc)
    if "invalid bytes in UTF8" in text:
        return ValidationError(f"{path.name} is not UTF-8 text, so it is not an interchange file", where="the file")
    first = text.strip().splitlines()[0] if text.strip() else "it ends too early"
    # yajl's message goes on with a copy of the text around the fault: case data, never shown.
    first = first.removeprefix("b'").split("\\n")[0]
    return ValidationError(f"{path.name} is not valid JSON ({first})", where="the file")


def _too_deep(path: Path) -> ValidationError:
    return ValidationError(
        f"{path.name} nests lists or objects more than {MAX_DEPTH} levels deep; an interchange file never does, "
        "so it is damaged or not an interchange file",
        where="the file",
    )


def check_size(path: Path) -> int:
    try:
        size = path.stat().st_size
    except OSError:
        raise CasefileError(f"Cannot read {path}: the file does not exist or is not accessible.") from None
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            f"{path.name} is {size:,} bytes; interchange files are limited to {MAX_FILE_BYTES // 1024**3} GiB",
            where="the file",
        )
    return size


def scan(
    path: Path, cancel: Callable[[], bool] | None = None, progress: Callable[[int, str], None] | None = None
) -> Outline:
    """One pass over the file's events: the bounds, the top-level fields and the record counts.

    ``progress(percent, message)`` follows the bytes read, as 0 to :data:`SCAN_PERCENT` percent
    of the whole import (the records' checks and writes take the rest).
    """
    import ijson  # only an import needs the parser

    size = check_size(path) or 1
    lists = set(record_types.list_names())
    outline = Outline()
    depth, key = 0, ""
    try:
        with open(path, "rb") as raw:
            reader = _CountingReader(raw, MAX_RECORD_BYTES)
            for n, (event, value) in enumerate(ijson.basic_parse(reader, use_float=True)):
                if n == 0 and event != "start_map":
                    raise ValidationError(
                        "the file is not a Casefile interchange document (expected a JSON object)", where="the file"
                    )
                if event in ("start_map", "start_array"):
                    depth += 1
                    if depth > MAX_DEPTH:
                        raise _too_deep(path)
                    if depth == 2:  # a top-level value that is a list or an object
                        outline.header[key] = _stand_in(event, value)
                    elif depth == 3 and key in lists:  # a record begins
                        reader.mark = reader.read_bytes
                        outline.counts[key] += 1
                elif event in ("end_map", "end_array"):
                    depth -= 1
                elif depth == 1 and event == "map_key":
                    if value in outline.header:
                        raise ValidationError(
                            f"{value}: the file gives this field twice", where="the file", field=value
                        )
                    key = value
                    reader.mark = reader.read_bytes
                    if key in lists:
                        outline.counts[key] = 0
                elif depth == 1:  # a top-level value that is text, a number, true, false or null
                    outline.header[key] = value
                if n % 65_536 == 0:
                    if cancel is not None and cancel():
                        raise Cancelled("The import was cancelled; nothing was saved.")
                    if progress is not None:
                        mib = f"{reader.read_bytes / 1024**2:,.0f} of {size / 1024**2:,.0f} MiB"
                        progress(reader.read_bytes * SCAN_PERCENT // size, f"Reading {path.name}: {mib}")
    except (RecordTooLarge, ijson.JSONError) as exc:
        raise _fail(path, exc) from None
    except OSError as exc:
        raise CasefileError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    return outline


def records(path: Path, list_name: str) -> Iterator[Any]:
    """The records of one list, in file order, one at a time (after :func:`scan` passed)."""
    import ijson

    with open(path, "rb") as fh:
        items = ijson.items(fh, f"{list_name}.item", use_float=True)
        try:
            yield from items
        finally:
            with contextlib.suppress(Exception):
                items.close()

"""Writing a backup's tar: each member hashed on a second core while it is written.

The format is plain POSIX tar, read back by the standard ``tarfile`` module (restore, verify).
Writing goes around ``tarfile.TarFile.addfile`` because, for the 30 000 small document blobs of
a large vault, its per-member work (copying the TarInfo, 64 KiB copy loops, a PAX header) cost
more than reading and writing the files themselves; the headers still come from ``TarInfo``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import tarfile
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

CHUNK = 4 * 1024 * 1024
BLOCK = tarfile.BLOCKSIZE
RECORD = tarfile.RECORDSIZE


class _Hasher:
    """SHA-256 on a thread of its own, which also reads each block back from the file it was
    written to and compares it with the bytes given: hashlib releases the GIL, so hashing one
    chunk overlaps reading and writing the next. At most ``QUEUE_CHUNKS`` chunks wait in memory.

    The comparison is what makes a second reading of the finished backup unnecessary: the
    recorded hash is of the bytes given, and the file is shown to hold those bytes (a memory
    comparison costs a fraction of hashing them again; issue 16's profile of the first backup).
    """

    QUEUE_CHUNKS = 6

    def __init__(self, path: Path) -> None:
        self._queue: queue.Queue[list[tuple[Any, bytes, int]] | None] = queue.Queue(maxsize=self.QUEUE_CHUNKS)
        self._path = path
        self._differs: int | None = None
        self._error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="casefile-backup-hash", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        with open(self._path, "rb", buffering=0) as fh:
            while (batch := self._queue.get()) is not None:
                for digest, data, offset in batch:
                    digest.update(data)
                    if self._differs is None and self._error is None:
                        try:
                            if os.pread(fh.fileno(), len(data), offset) != data:
                                self._differs = offset
                        except OSError as exc:
                            self._error = exc

    def put(self, batch: list[tuple[Any, bytes, int]]) -> None:
        """Hash each ``(digest, data, offset)``'s data, written (and flushed) at ``offset`` of the
        file, and compare it with the file. Small members come in batches: handing each of 30 000
        documents to the thread alone cost more than hashing them."""
        self._queue.put(batch)

    def finish(self) -> None:
        """Wait until every queued chunk is hashed and compared; OSError if the file does not hold
        what was written to it."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        if self._error is not None:
            raise self._error
        if self._differs is not None:
            raise OSError(f"reading the backup back at byte {self._differs} did not give what was written to it")


def _tarinfo_header(arcname: str, size: int) -> bytes:
    info = tarfile.TarInfo(arcname)
    info.size = size
    info.mode = 0o600
    return info.tobuf(tarfile.GNU_FORMAT, "utf-8", "surrogateescape")


_TEMPLATE = _tarinfo_header("", 0)
_SHORT_SIZE = 8**11  # sizes written as 11 octal digits; larger ones take tarfile's base-256 field


def header_bytes(arcname: str, size: int) -> bytes:
    """The member's tar header, byte for byte what ``tarfile`` writes (tests/vault/test_backup_pack.py
    holds the two together). For an ASCII name under 100 bytes it is the template with the name,
    size and checksum filled in: ``TarInfo.tobuf`` took 30-40 us a member, a second of a backup
    of 30 000 documents."""
    name = arcname.encode("ascii", "replace")
    if len(name) >= 100 or not arcname.isascii() or size >= _SHORT_SIZE:
        return _tarinfo_header(arcname, size)
    header = bytearray(_TEMPLATE)
    header[0 : len(name)] = name
    header[124:136] = b"%011o\0" % size
    header[148:156] = b"        "
    header[148:156] = b"%06o\0 " % sum(header)
    return bytes(header)


class Packer:
    """Members appended to an open binary file; ``entries()`` gives each one's size and SHA-256."""

    def __init__(self, out: BinaryIO, path: Path) -> None:
        self._out = out
        self.path = path  # the file ``out`` writes, for a reader beside the writer
        self._hasher = _Hasher(path)
        self._digests: dict[str, tuple[int, Any]] = {}

    def _header(self, arcname: str, size: int) -> None:
        self._out.write(header_bytes(arcname, size))

    def _pad(self, size: int) -> None:
        if size % BLOCK:
            self._out.write(bytes(BLOCK - size % BLOCK))

    def add_file(self, arcname: str, path: Path) -> int:
        """Append the file at ``path``; returns its size. A file that shrinks meanwhile is an error."""
        with open(path, "rb", buffering=0) as fh:
            size = os.fstat(fh.fileno()).st_size

            def chunks() -> Iterator[bytes]:
                left = size  # what the file held when opened, even if it grows meanwhile
                while left and (data := fh.read(min(left, CHUNK))):
                    left -= len(data)
                    yield data

            return self.add_stream(arcname, size, chunks())

    def add_stream(
        self, arcname: str, size: int, blocks: Iterable[bytes], written: Callable[[int, int, int], None] | None = None
    ) -> int:
        """Append a member of ``size`` bytes given as ``blocks`` (new bytes objects, each kept
        until hashed); returns its size. Blocks adding up to another size are an error.
        ``written(offset in the file, offset in the member, length)`` follows each block, flushed."""
        digest = hashlib.sha256()
        self._header(arcname, size)
        start = self._out.tell()
        left = size
        for data in blocks:
            if len(data) > left:
                raise OSError(f"{arcname} grew while it was being copied")
            at = start + size - left
            self._out.write(data)
            self._out.flush()  # the hashing thread reads it back from the file
            self._hasher.put([(digest, data, at)])
            if written is not None:
                written(at, size - left, len(data))
            left -= len(data)
            if not left:
                break
        if left:
            raise OSError(f"{arcname} became shorter while it was being copied")
        self._pad(size)
        self._digests[arcname] = (size, digest)
        return size

    def add_small(self, members: Iterable[tuple[str, bytes]], batch_bytes: int = CHUNK) -> int:
        """Append small members given whole as (arcname, bytes); returns their total size.

        Members are gathered, with their headers and padding, into one write of about
        ``batch_bytes`` and handed to the hashing thread together: a write, a ``tell`` and a
        hand-over for each of 30 000 documents each gave the GIL away and waited to get it back
        from the reading and hashing threads."""
        total = 0
        batch: list[tuple[Any, bytes, int]] = []
        buffer = bytearray()
        base = self._out.tell()
        for arcname, data in members:
            size = len(data)
            digest = hashlib.sha256()
            buffer += header_bytes(arcname, size)
            batch.append((digest, data, base + len(buffer)))
            buffer += data
            buffer += bytes(-size % BLOCK)
            self._digests[arcname] = (size, digest)
            total += size
            if len(buffer) >= batch_bytes:
                self._write_batch(buffer, batch)
                base += len(buffer)
                batch, buffer = [], bytearray()
        if batch:
            self._write_batch(buffer, batch)
        return total

    def _write_batch(self, buffer: bytearray, batch: list[tuple[Any, bytes, int]]) -> None:
        self._out.write(buffer)
        self._out.flush()
        self._hasher.put(batch)

    def add_bytes(self, arcname: str, data: bytes) -> None:
        """Append ``data`` (small: the manifest); not listed in ``entries()``."""
        self._header(arcname, len(data))
        self._out.write(data)
        self._pad(len(data))

    def entries(self) -> dict[str, dict[str, Any]]:
        """Every file member's size and SHA-256, once all of them have been hashed."""
        self._hasher.finish()
        return {name: {"size": size, "sha256": digest.hexdigest()} for name, (size, digest) in self._digests.items()}

    def close(self) -> None:
        """End the archive (two empty blocks, padded to a whole record) and stop the hashing thread."""
        self._hasher.finish()
        end = self._out.tell() + 2 * BLOCK
        self._out.write(bytes(2 * BLOCK + (-end) % RECORD))

    def abandon(self) -> None:
        """Stop the hashing thread after an error; the file is discarded by the caller."""
        with contextlib.suppress(OSError):
            self._hasher.finish()

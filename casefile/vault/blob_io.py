"""Streaming helpers of the document store (casefile/vault/blobs.py): hashing and writing on
threads of their own while the next chunk is read and sealed, early writeback, and reading a
source in whole buffers. Split out of blobs.py, which keeps the format and its operations.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import stat
from concurrent.futures import Future, ThreadPoolExecutor
from typing import IO, BinaryIO


class _Hasher:
    """SHA-256 of each chunk on the second core while this one encrypts and writes.

    hashlib lets go of the GIL for large buffers, and hashing is the biggest single cost of an
    import (about 1.1 s of 3.7 s per GiB here), so overlapping it is most of the way to a raw
    copy's speed. Small chunks are hashed inline: a thread would cost more than it saves.
    """

    _PARALLEL_MIN = 256 << 10

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self._pool: ThreadPoolExecutor | None = None
        self._pending: Future[None] | None = None

    def start(self, data: memoryview) -> None:
        """Hash ``data``, which must stay unchanged until :meth:`wait` returns."""
        if len(data) < self._PARALLEL_MIN:
            self._digest.update(data)
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casefile-hash")
        self._pending = self._pool.submit(self._digest.update, data)

    def wait(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def hexdigest(self) -> str:
        self.close()
        return self._digest.hexdigest()

    def close(self) -> None:
        """Finish any pending work and stop the thread; safe to call more than once."""
        with contextlib.suppress(Exception):
            self.wait()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


class _Writer:
    """Writes sealed chunks on a thread of its own while the next chunk is read and sealed.

    With hashing already on a second thread, writing was what the import loop waited for most:
    copying each chunk into the page cache, and the kernel holding the writer back while the disk
    catches up. A chunk passed to :meth:`write` must stay unchanged until the next ``write``
    returns (it waits for the one before), so two sealed buffers in turn are enough. A failed
    write (a full disk) is raised by the next ``write`` or by :meth:`close`.
    """

    _PARALLEL_MIN = 256 << 10

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._flusher = _Writeback(out)
        self._pool: ThreadPoolExecutor | None = None
        self._pending: Future[None] | None = None

    def write(self, data: memoryview) -> None:
        self._wait()
        if len(data) < self._PARALLEL_MIN:
            self._write(data)
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casefile-write")
        self._pending = self._pool.submit(self._write, data)

    def _write(self, data: memoryview) -> None:
        self._out.write(data)
        self._flusher.written(len(data))

    def _wait(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        """Wait for the last write and stop the thread. After a failure elsewhere the write in
        flight is let finish and its outcome ignored; otherwise its error is raised here."""
        try:
            if kind is None:
                self._wait()
            else:
                with contextlib.suppress(Exception):
                    self._wait()
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True)
                self._pool = None


class _Writeback:
    """Starts the kernel writing a big file to disk while we are still producing it.

    Linux keeps gigabytes dirty in memory before writing any back, so the closing fsync would
    otherwise do all the disk work after all the encryption work. Asking for writeback every
    few MiB overlaps the two (measured: the final fsync of a 1 GiB import fell from about 1.7 s
    to under 0.5 s). Where posix_fadvise is missing (macOS, Windows) this does nothing.
    """

    _WINDOW = 16 << 20

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._pending = 0
        self._start = 0
        self._enabled = hasattr(os, "posix_fadvise")

    def written(self, count: int) -> None:
        self._pending += count
        if not self._enabled or self._pending < self._WINDOW:
            return
        self._out.flush()
        # DONTNEED on dirty pages starts asynchronous writeback and does not wait for it; it
        # also keeps a large import from pushing the rest of the system out of the page cache.
        with contextlib.suppress(OSError):
            os.posix_fadvise(self._out.fileno(), self._start, 0, os.POSIX_FADV_DONTNEED)
        self._start += self._pending
        self._pending = 0


def _fill(f: BinaryIO, buffer: bytearray) -> int:
    """Fill ``buffer`` from ``f``; fewer bytes only at end of file. Returns the count.

    Loops because pipes, sockets and unbuffered files return short reads.
    """
    view = memoryview(buffer)
    readinto = getattr(f, "readinto", None)
    got = 0
    while got < len(buffer):
        if readinto is not None:
            n = readinto(view[got:])
        else:
            data = f.read(len(buffer) - got)
            n = len(data)
            view[got : got + n] = data
        if not n:
            break
        got += n
    return got


def _remaining_size(source: BinaryIO) -> int:
    # Sources without a file descriptor (BytesIO, generators wrapped as readers) have no size.
    try:
        st = os.fstat(source.fileno())
        # A pipe or device has no size to report.
        return max(0, st.st_size - source.tell()) if stat.S_ISREG(st.st_mode) else 0
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return 0

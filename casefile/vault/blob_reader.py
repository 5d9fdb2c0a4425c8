"""Random access to an encrypted document: read any range of its plaintext, decrypting only the
chunks it covers, each after its tag is checked (issue 16: video played from the vault, never
decrypted to disk).

The blob format (casefile/vault/blobs.py) seals each 1 MiB chunk on its own, with its index and a
last-chunk flag in the nonce, so chunk ``i`` lies at a computed offset and can be opened alone; a
truncated file fails on what is then its last chunk, a chunk moved elsewhere fails on its index.
Nothing unauthenticated is ever returned. A few decrypted chunks are kept (``cache_chunks``, 4 MiB
by default) so that a player's small reads and short seeks back do not decrypt a chunk again:
memory stays bounded whatever the file's size.

The SHA-256 recorded for the document is checked as the chunks are read in order from the start
(a player does, apart from seeks): ``hash_state`` is ``"verified"`` once the whole file was read
in order and matched, ``"mismatch"`` if it did not (every later read then fails), ``"pending"``
otherwise; :meth:`BlobReader.finish_hash` reads the chunks a seek skipped, so the check can be
completed on request. A chunk's GCM tag already proves it is this blob's (its key, its place, not
altered); the hash proves the whole is the document recorded, as export and the viewer check.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from cryptography.exceptions import InvalidTag

from casefile.errors import DocumentDamaged
from casefile.vault.blobs import _DAMAGED, _HEADER, _MISSING, _TAG_SIZE, _aead, _blob_path, _nonce, _parse_header

PENDING, VERIFIED, MISMATCH = "pending", "verified", "mismatch"


class BlobReader:
    """A seekable, read-only view of one blob's plaintext; safe to call from several threads."""

    def __init__(
        self, blobs_dir: Path, name: str, key: bytes, *, expected_sha256: str | None = None, cache_chunks: int = 4
    ) -> None:
        path = _blob_path(Path(blobs_dir), name)
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:
            raise DocumentDamaged(_MISSING, key="document_missing", reason="missing file") from None
        self._fd = fd
        try:
            header = os.pread(fd, _HEADER.size, 0)
            self.chunk_size = _parse_header(header)
            body = os.fstat(fd).st_size - _HEADER.size
        except BaseException:
            os.close(fd)
            raise
        self._aad = header + name.encode("ascii")
        self._aead = _aead(key)
        self._record = self.chunk_size + _TAG_SIZE
        self._chunks = max(1, -(-body // self._record))
        self.size = max(0, body - self._chunks * _TAG_SIZE)
        self._cache: OrderedDict[int, bytes] = OrderedDict()
        self._cache_chunks = max(1, cache_chunks)
        self._lock = threading.Lock()
        self._expected = expected_sha256
        self._digest = hashlib.sha256()
        self._hashed = 0  # chunks fed to the digest, in order from the first
        self.hash_state = PENDING if expected_sha256 else VERIFIED
        self.decrypted_chunks = 0  # for tests and the benchmark: work done

    def read(self, offset: int, length: int) -> bytes:
        """Up to ``length`` plaintext bytes from ``offset`` (fewer at the end, none past it)."""
        if offset < 0 or length < 0:
            raise ValueError("offset and length must not be negative")
        end = min(self.size, offset + length)
        parts = []
        with self._lock:
            if self.hash_state == MISMATCH:
                raise DocumentDamaged(_DAMAGED, reason="sha256 mismatch")
            while offset < end:
                index, skip = divmod(offset, self.chunk_size)
                plain = self._chunk(index)
                take = plain[skip : skip + end - offset]
                parts.append(take)
                offset += len(take)
        return b"".join(parts)

    def _chunk(self, index: int) -> bytes:
        cached = self._cache.get(index)
        if cached is not None:
            self._cache.move_to_end(index)
            return cached
        last = index == self._chunks - 1
        sealed = os.pread(self._fd, self._record, _HEADER.size + index * self._record)
        if len(sealed) < _TAG_SIZE:
            raise DocumentDamaged(_DAMAGED, reason=f"truncated at chunk {index}")
        try:
            plain = self._aead.decrypt(_nonce(index, last), sealed, self._aad)
        except InvalidTag:
            raise DocumentDamaged(_DAMAGED, reason=f"chunk {index} failed") from None
        self.decrypted_chunks += 1
        self._hash(index, plain)
        self._cache[index] = plain
        if len(self._cache) > self._cache_chunks:
            self._cache.popitem(last=False)
        return plain

    def _hash(self, index: int, plain: bytes) -> None:
        # Only the next chunk in order feeds the digest; the lock is held by the caller.
        if index == self._hashed and self.hash_state == PENDING:
            self._digest.update(plain)
            self._hashed += 1
            if self._hashed == self._chunks:
                matched = self._digest.hexdigest() == self._expected
                self.hash_state = VERIFIED if matched else MISMATCH
                if not matched:
                    raise DocumentDamaged(_DAMAGED, reason="sha256 mismatch")

    def finish_hash(self, cancel: Callable[[], bool] | None = None) -> str:
        """Read, in order, every chunk the digest has not seen yet, so the whole file is checked
        against its recorded SHA-256 even after seeks (a player skips chunks); returns
        ``hash_state``. Takes the lock chunk by chunk, so a player reading meanwhile is not held
        up; a mismatch raises :class:`DocumentDamaged`, as any read then does."""
        while True:
            if cancel is not None and cancel():
                return self.hash_state
            with self._lock:
                if self.hash_state != PENDING or self._fd < 0:
                    return self.hash_state
                index = self._hashed
                cached = self._cache.get(index)
                if cached is not None:
                    self._hash(index, cached)
                else:
                    self._chunk(index)

    def close(self) -> None:
        with self._lock:
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1
            self._cache.clear()

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

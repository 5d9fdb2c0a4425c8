"""The encrypted document store: one file per document in the vault's ``blobs/`` folder.

Why files and not BLOBs in SQLCipher: measured on the target machines, whole-BLOB reads from
SQLCipher take about three times the document's size in memory and incremental blob I/O runs at a
tenth of a raw copy, while streaming AES-256-GCM over 1 MiB chunks into a plain file runs at most of
a raw copy's speed with a few MiB of memory (see docs and shared/spec/performance.md).

Each document gets a random name (``<32 hex>.blob``, revealing nothing) and its own random
256-bit key, which the caller keeps in the encrypted database next to the SHA-256 of the
plaintext. The file format (all integers big-endian)::

    header   magic b"CFBLOB1\\0" (8 bytes) | chunk size in plaintext bytes (u32)
    chunk i  AES-256-GCM(key, nonce_i, plaintext_i, aad) = ciphertext_i || 16-byte tag

    nonce_i  i as u64 || 0x00000001 for the last chunk, 0x00000000 for every other
    aad      the 12 header bytes || the blob's file name in ASCII

Every chunk but the last holds exactly ``chunk size`` bytes of plaintext; the last holds 0 to
``chunk size`` (an empty document is a single empty last chunk). Because the index and the
last-chunk flag are in the nonce and the header and name are in the associated data, reordering,
truncation at a chunk boundary or inside a chunk, appended data, chunks moved between blobs (even
under the same key), a renamed file and any flipped bit all fail authentication. Each chunk is
decrypted in one call that checks its tag first, so no unauthenticated plaintext is ever returned
(incremental GCM in ``cryptography`` would release it early; shared/PITFALLS.md).

All-or-nothing for the caller's service: write the blob first, then insert its row; delete the row
first (commit), then the blob. A crash in between leaves an orphan file that
:func:`collect_orphans` moves to the vault's ``quarantine/`` folder at the next vault open.
Deleting the key row is what destroys a document: without its key the file is noise
(overwriting files in place does nothing on SSDs).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casefile.domain.media import PDF, TextCollector, pdf_text
from casefile.errors import Cancelled, DiskFull, DocumentDamaged, ValidationError
from casefile.vault.blob_io import _fill, _Hasher, _remaining_size, _Writeback, _Writer
from casefile.vault.fsutil import disk_full_error, fsync_dir, is_disk_full, make_private_dir, private_output

MAGIC = b"CFBLOB1\0"
CHUNK_SIZE = 1 << 20
KEY_SIZE = 32
HEAD_SIZE = 8192
# pypdf needs the whole file in memory; past this size search text is not worth the memory.
PDF_TEXT_MAX_BYTES = 50 << 20

_HEADER = struct.Struct(">8sI")
_TAG_SIZE = 16
# The reader sizes its buffers from the header's chunk size before the first tag has vouched for
# it, so a damaged header may cost at most three buffers of this size.
_MAX_CHUNK_SIZE = 4 << 20
_NAME_RE = re.compile(r"[0-9a-f]{32}\.blob")
_TMP_PREFIX = ".tmp-"
_TMP_RE = re.compile(r"\.tmp-[0-9a-f]+")
# Open flags: binary on Windows (text mode would translate bytes), never through a symlink.
_O_EXTRA = getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)

_DAMAGED = (
    "This document failed its integrity check: it may have been tampered with or damaged. Restore it from a backup."
)
_MISSING = "This document's encrypted file is missing from the vault's folder. Restore the vault from a backup."

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class StoredBlob:
    """A document just written to the vault; the caller stores all of it in the database.

    ``key``, ``sha256``, ``head`` and ``text`` are left out of ``repr`` so that logging one of
    these never writes a key or case content to a log.
    """

    name: str
    key: bytes = field(repr=False)
    size: int
    sha256: str = field(repr=False)
    head: bytes = field(repr=False)
    text: str | None = field(repr=False)


def write_blob(
    blobs_dir: Path,
    source: BinaryIO,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    total: int | None = None,
    text_limit: int = 2_000_000,
) -> StoredBlob:
    """Encrypt everything readable from ``source`` into a new blob in ``blobs_dir``.

    The blob appears under its final name only once it is complete and fsynced; on cancel
    (:class:`Cancelled`), a full disk (:class:`DiskFull`) or any other error nothing is left
    behind. ``progress(done, total)`` is called after each chunk; ``total`` defaults to what is
    left of ``source`` when it is a regular file, else 0 (unknown: a busy indicator in Qt).
    ``text`` is search text for plain-text documents (first ``text_limit`` characters); for PDFs
    use :func:`extract_text` afterwards. Memory stays at a few MiB whatever the size.
    """
    blobs_dir.mkdir(mode=0o700, exist_ok=True)
    name = secrets.token_hex(16) + ".blob"
    key = AESGCM.generate_key(bit_length=256)
    aead = AESGCM(key)
    header = _HEADER.pack(MAGIC, CHUNK_SIZE)
    aad = header + name.encode("ascii")
    total_bytes = total if total is not None else _remaining_size(source)
    hasher = _Hasher()
    text = TextCollector(text_limit)
    tmp = blobs_dir / f"{_TMP_PREFIX}{secrets.token_hex(16)}"
    final_path = blobs_dir / name
    placed = False
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_EXTRA, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(header)
            done, head = _seal_chunks(source, out, aead, aad, hasher, text, progress, cancel, total_bytes)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, final_path)
        placed = True
        fsync_dir(blobs_dir)
    except BaseException as exc:
        hasher.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
        if placed:
            with contextlib.suppress(OSError):
                final_path.unlink()
        if isinstance(exc, OSError) and is_disk_full(exc):
            raise _disk_error(exc, "the document") from None
        raise
    return StoredBlob(name=name, key=key, size=done, sha256=hasher.hexdigest(), head=head, text=text.result())


def _seal_chunks(
    source: BinaryIO,
    out: BinaryIO,
    aead: AESGCM,
    aad: bytes,
    hasher: _Hasher,
    text: TextCollector,
    progress: Progress | None,
    cancel: CancelCheck | None,
    total_bytes: int,
) -> tuple[int, bytes]:
    """Seal ``source`` into ``out`` chunk by chunk, feeding the hash and search text; returns (size, head)."""
    # Two plaintext buffers (this chunk and the one read ahead) and two for sealed chunks
    # (one being written while the next is sealed), reused throughout: a fresh 1 MiB
    # object per chunk makes glibc return the memory and fault it back in each time,
    # which measured at less than half the speed.
    buffers = (bytearray(CHUNK_SIZE), bytearray(CHUNK_SIZE))
    sealed_buffers = (
        memoryview(bytearray(CHUNK_SIZE + _TAG_SIZE)),
        memoryview(bytearray(CHUNK_SIZE + _TAG_SIZE)),
    )
    head = b""
    done = 0
    current, length = 0, _fill(source, buffers[0])
    with _Writer(out) as writer:
        index = 0
        while True:
            _check_cancel(cancel, "The import was cancelled; nothing was saved.")
            # Read one chunk ahead: only then do we know whether this one is the last.
            following = _fill(source, buffers[1 - current]) if length == CHUNK_SIZE else 0
            last = following == 0
            plain = memoryview(buffers[current])[:length]
            hasher.start(plain)
            if text.active:
                text.feed(bytes(plain))
            if index == 0:
                head = bytes(plain[:HEAD_SIZE])
            # The writer is done with this sealed buffer: it finished the chunk before last
            # before it took the last one.
            sealed = sealed_buffers[index % 2]
            out_len = aead.encrypt_into(_nonce(index, last), plain, aad, sealed[: length + _TAG_SIZE])
            writer.write(sealed[:out_len])
            hasher.wait()  # before this buffer is refilled
            done += length
            if progress is not None:
                progress(done, total_bytes)
            if last:
                return done, head
            current, length = 1 - current, following
            index += 1


def open_blob(blobs_dir: Path, name: str, key: bytes) -> Iterator[bytes]:
    """Yield the document's plaintext chunk by chunk, each only after its tag has been checked.

    Raises :class:`DocumentDamaged` on a missing file, a bad header or any chunk that fails
    authentication (tampering, truncation, reordering, a renamed file). Chunks already yielded
    were authentic, but the document is only known to be complete when the iteration ends; code
    that shows or saves the content uses :func:`read_blob` or :func:`export_blob`.
    """
    for view in _chunks(blobs_dir, name, key):
        yield bytes(view)


def _chunks(blobs_dir: Path, name: str, key: bytes) -> Iterator[memoryview]:
    """Authenticated plaintext chunks as views of one reused buffer.

    Each view is valid only until the next one is requested: ``decrypt_into`` writes plaintext
    into the buffer before it finds a bad tag, so a view kept past its turn could show
    unauthenticated bytes. Only this module's own loops, which use each view at once, call this.
    """
    path = _blob_path(blobs_dir, name)
    aead = _aead(key)
    try:
        f = open(path, "rb", buffering=0)  # noqa: SIM115 - closed by the with below
    except FileNotFoundError:
        raise DocumentDamaged(_MISSING, key="document_missing", reason="missing file") from None
    with f:
        header = _read_header(f)
        chunk_size = _parse_header(header)
        aad = header + name.encode("ascii")
        record = chunk_size + _TAG_SIZE
        # Reused buffers, as in write_blob: this record, the one read ahead, the plaintext.
        buffers = (bytearray(record), bytearray(record))
        plain = memoryview(bytearray(chunk_size))
        current, length = 0, _fill(f, buffers[0])
        index = 0
        while True:
            if length < _TAG_SIZE:
                raise DocumentDamaged(_DAMAGED, reason=f"truncated at chunk {index}")
            following = _fill(f, buffers[1 - current]) if length == record else 0
            last = following == 0
            sealed = memoryview(buffers[current])[:length]
            try:
                size = aead.decrypt_into(_nonce(index, last), sealed, aad, plain[: length - _TAG_SIZE])
            except InvalidTag:
                raise DocumentDamaged(_DAMAGED, reason=f"chunk {index} failed") from None
            yield plain[:size]
            if last:
                return
            current, length = 1 - current, following
            index += 1


def read_blob(
    blobs_dir: Path,
    name: str,
    key: bytes,
    *,
    expected_sha256: str,
    max_bytes: int | None = None,
) -> bytes:
    """Return the whole document (for the in-app viewer), checked against ``expected_sha256``.

    A document larger than ``max_bytes`` raises :class:`ValidationError` before it is all read.
    """
    data = _read_all(blobs_dir, name, key, max_bytes)
    if data is None:
        raise ValidationError(
            "This document is too large to show inside Casefile. Export it to open it in another program.",
            key="document_too_large",
        )
    _check_hash(hashlib.sha256(data).hexdigest(), expected_sha256)
    return data


def export_blob(
    blobs_dir: Path,
    name: str,
    key: bytes,
    dest: Path,
    *,
    expected_sha256: str,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> None:
    """Decrypt the document to ``dest`` (replacing it), only once it has been fully verified.

    The plaintext goes to a hidden temp file beside ``dest`` that is renamed into place after the
    hash matches; on damage, cancel or a full disk the temp file is removed and ``dest`` is
    untouched. ``progress(done, total)`` counts plaintext bytes.
    """
    path = _blob_path(blobs_dir, name)
    total = _plaintext_size(path)
    hasher = _Hasher()
    done = 0
    try:
        # Plaintext: a private, exclusive, no-follow temp file renamed over ``dest`` (fsutil).
        with private_output(dest) as out:
            flusher = _Writeback(out)
            for chunk in _chunks(blobs_dir, name, key):
                _check_cancel(cancel, "The export was cancelled; no file was saved.")
                hasher.start(chunk)
                out.write(chunk)
                flusher.written(len(chunk))
                hasher.wait()  # the view is only valid until the next chunk is decrypted
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            _check_hash(hasher.hexdigest(), expected_sha256)
    except BaseException as exc:
        hasher.close()
        if isinstance(exc, OSError) and is_disk_full(exc):
            raise _disk_error(exc, "the exported file") from None
        raise


def verify_blob(blobs_dir: Path, name: str, key: bytes, expected_sha256: str) -> None:
    """Check a document end to end without keeping it; raises :class:`DocumentDamaged`."""
    digest = hashlib.sha256()
    for chunk in _chunks(blobs_dir, name, key):
        digest.update(chunk)
    _check_hash(digest.hexdigest(), expected_sha256)


def delete_blob(blobs_dir: Path, name: str) -> None:
    """Remove a document's file; a file that is already gone is not an error."""
    with contextlib.suppress(FileNotFoundError):
        _blob_path(blobs_dir, name).unlink()
    fsync_dir(blobs_dir)


def collect_orphans(blobs_dir: Path, known_names: set[str], quarantine_dir: Path) -> list[str]:
    """Move blobs the database does not know, and temp files left by a crash, into quarantine.

    Call at vault open, holding the writer lock and before any import starts (every temp file is
    stale then). Nothing is deleted: an orphan is usually a crash's leftover, but when the
    database itself was replaced by an older or empty copy every document looks orphaned, and
    deleting them lost the vault (finding 1 of issue 11). A moved file keeps its name, so putting
    it back in ``blobs/`` undoes the move. Only names this module creates are touched; anything
    else in the folder is left alone. Returns the moved names.
    """
    moved: list[str] = []
    try:
        entries = list(os.scandir(blobs_dir))
    except FileNotFoundError:
        return moved
    for entry in entries:
        ours = _NAME_RE.fullmatch(entry.name) or _TMP_RE.fullmatch(entry.name)
        if not ours or entry.name in known_names:
            continue
        if not entry.is_file(follow_symlinks=False):
            continue
        if not moved:
            make_private_dir(quarantine_dir)
        target = quarantine_dir / entry.name
        if target.exists():  # the same name quarantined before: keep both
            target = quarantine_dir / f"{entry.name}.{secrets.token_hex(4)}"
        with contextlib.suppress(FileNotFoundError):
            os.rename(entry.path, target)
            moved.append(entry.name)
    if moved:
        fsync_dir(quarantine_dir)
        fsync_dir(blobs_dir)
    return sorted(moved)


def quarantined(quarantine_dir: Path) -> tuple[int, int]:
    """How many files the quarantine folder holds and their total size in bytes."""
    count = size = 0
    with contextlib.suppress(FileNotFoundError):
        for entry in os.scandir(quarantine_dir):
            if entry.is_file(follow_symlinks=False):
                count += 1
                size += entry.stat(follow_symlinks=False).st_size
    return count, size


def extract_text(blobs_dir: Path, name: str, key: bytes, media_type: str, limit: int = 2_000_000) -> str | None:
    """Return up to ``limit`` characters of search text from a stored document, or ``None``.

    Plain text is decoded while streaming. PDFs under :data:`PDF_TEXT_MAX_BYTES` are read into
    memory and handed to pypdf (which needs random access); bigger ones, scanned PDFs without a
    text layer, encrypted or malformed PDFs and other types give ``None``. The chunks are
    authenticated, so no hash is needed here: a damaged blob raises :class:`DocumentDamaged`.
    """
    if media_type.startswith("text/"):
        collector = TextCollector(limit)
        for chunk in _chunks(blobs_dir, name, key):
            if not collector.active:
                break
            collector.feed(bytes(chunk))
        return collector.result()
    if media_type != PDF:
        return None
    data = _read_all(blobs_dir, name, key, PDF_TEXT_MAX_BYTES)
    if data is None:
        return None
    return pdf_text(data, limit)


def _read_all(blobs_dir: Path, name: str, key: bytes, max_bytes: int | None) -> bytes | None:
    """The whole plaintext, or ``None`` as soon as it exceeds ``max_bytes``."""
    if max_bytes is not None:
        # Fail before decrypting anything when the file's size already says it is too big.
        with contextlib.suppress(OSError):
            if _plaintext_size(_blob_path(blobs_dir, name)) > max_bytes:
                return None
    parts: list[bytes] = []
    size = 0
    for chunk in _chunks(blobs_dir, name, key):
        size += len(chunk)
        if max_bytes is not None and size > max_bytes:
            return None
        parts.append(bytes(chunk))
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _blob_path(blobs_dir: Path, name: str) -> Path:
    # Names come from the database (and, through imports, from outside): never let one point
    # anywhere but a blob in this folder.
    if not _NAME_RE.fullmatch(name):
        raise DocumentDamaged(_DAMAGED, reason="invalid blob name")
    return blobs_dir / name


def _aead(key: bytes) -> AESGCM:
    if len(key) != KEY_SIZE:
        raise DocumentDamaged(_DAMAGED, reason="invalid key length")
    return AESGCM(key)


def _parse_header(header: bytes) -> int:
    if len(header) != _HEADER.size:
        raise DocumentDamaged(_DAMAGED, reason="truncated header")
    magic, chunk_size = _HEADER.unpack(header)
    if magic != MAGIC or not 0 < chunk_size <= _MAX_CHUNK_SIZE:
        raise DocumentDamaged(_DAMAGED, reason="bad header")
    return int(chunk_size)


def _nonce(index: int, last: bool) -> bytes:
    return struct.pack(">QI", index, 1 if last else 0)


def _plaintext_size(path: Path) -> int:
    """The plaintext size implied by the file's size (for progress and early size checks)."""
    try:
        with open(path, "rb") as f:
            header = f.read(_HEADER.size)
            size = os.fstat(f.fileno()).st_size
    except FileNotFoundError:
        raise DocumentDamaged(_MISSING, key="document_missing", reason="missing file") from None
    record = _parse_header(header) + _TAG_SIZE
    body = size - _HEADER.size
    chunks = max(1, -(-body // record))
    return max(0, body - chunks * _TAG_SIZE)


def _read_header(f: BinaryIO) -> bytes:
    header = bytearray(_HEADER.size)
    return bytes(header[: _fill(f, header)])


def _check_cancel(cancel: CancelCheck | None, message: str) -> None:
    if cancel is not None and cancel():
        raise Cancelled(message)


def _check_hash(actual: str, expected: str) -> None:
    if actual != expected.lower():
        raise DocumentDamaged(_DAMAGED, reason="sha256 mismatch")


def _disk_error(exc: OSError, what: str) -> DiskFull:
    return disk_full_error(exc, what)

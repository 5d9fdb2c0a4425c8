"""Issue 16: random access into an encrypted document (what video playback reads through).

Real blobs written by the vault's own writer; every read compared with the original bytes."""

from __future__ import annotations

import hashlib
import io
import os
import random
from pathlib import Path

import pytest

from casefile.errors import DocumentDamaged
from casefile.vault.blob_reader import MISMATCH, PENDING, VERIFIED, BlobReader
from casefile.vault.blobs import CHUNK_SIZE, write_blob

HEADER = 12  # magic (8) + chunk size (4)
RECORD = CHUNK_SIZE + 16  # a sealed chunk: plaintext + GCM tag


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Path, object, bytes]:
    # 3.5 chunks: three full ones and a half one, so the last-chunk rule is exercised.
    data = random.Random(16).randbytes(3 * CHUNK_SIZE + CHUNK_SIZE // 2)
    blobs = tmp_path / "blobs"
    blob = write_blob(blobs, io.BytesIO(data))
    return blobs, blob, data


def test_any_range_reads_back_the_original(stored: tuple) -> None:
    blobs, blob, data = stored
    rng = random.Random(7)
    with BlobReader(blobs, blob.name, blob.key, expected_sha256=blob.sha256) as reader:
        assert reader.size == len(data)
        for _ in range(200):
            offset = rng.randrange(0, len(data) + 10)
            length = rng.randrange(0, 3 * CHUNK_SIZE)
            assert reader.read(offset, length) == data[offset : offset + length]
        # A range across a chunk boundary, and the very end.
        assert reader.read(CHUNK_SIZE - 5, 10) == data[CHUNK_SIZE - 5 : CHUNK_SIZE + 5]
        assert reader.read(len(data) - 3, 100) == data[-3:]
        assert reader.read(len(data), 10) == b""


def test_reading_in_order_verifies_the_hash_with_bounded_work(stored: tuple) -> None:
    blobs, blob, data = stored
    with BlobReader(blobs, blob.name, blob.key, expected_sha256=blob.sha256) as reader:
        got = bytearray()
        while len(got) < len(data):
            # Pending until the read that reaches the last chunk decrypts it.
            assert reader.hash_state == (PENDING if len(got) <= 3 * CHUNK_SIZE else VERIFIED)
            got += reader.read(len(got), 64 * 1024)  # a player's small reads
        assert bytes(got) == data and reader.hash_state == VERIFIED
        assert reader.decrypted_chunks == 4  # each chunk decrypted once, not once per read


def test_a_wrong_recorded_hash_stops_reading(stored: tuple) -> None:
    blobs, blob, _data = stored
    reader = BlobReader(blobs, blob.name, blob.key, expected_sha256=hashlib.sha256(b"other").hexdigest())
    reader.read(0, 3 * CHUNK_SIZE)
    with pytest.raises(DocumentDamaged):
        reader.read(3 * CHUNK_SIZE, CHUNK_SIZE)
    assert reader.hash_state == MISMATCH
    with pytest.raises(DocumentDamaged):
        reader.read(0, 10)
    reader.close()


def test_damage_is_refused_where_it_is(stored: tuple) -> None:
    blobs, blob, data = stored
    path = blobs / blob.name
    raw = bytearray(path.read_bytes())
    raw[HEADER + 2 * RECORD + 100] ^= 0x01  # inside chunk 2
    path.write_bytes(bytes(raw))
    with BlobReader(blobs, blob.name, blob.key) as reader:
        assert reader.read(0, 100) == data[:100]  # chunk 0 is sound and readable
        with pytest.raises(DocumentDamaged):
            reader.read(2 * CHUNK_SIZE + 5, 10)


def test_truncation_at_a_chunk_boundary_is_refused(stored: tuple) -> None:
    blobs, blob, _data = stored
    path = blobs / blob.name
    os.truncate(path, HEADER + 3 * RECORD)  # the half chunk gone: chunk 2 now looks like the last
    with BlobReader(blobs, blob.name, blob.key) as reader, pytest.raises(DocumentDamaged):
        reader.read(2 * CHUNK_SIZE, 10)


def test_a_missing_blob_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentDamaged, match="missing"):
        BlobReader(tmp_path, "0" * 32 + ".blob", bytes(32))


def test_after_a_seek_the_hash_check_can_be_completed(stored: tuple) -> None:
    blobs, blob, data = stored
    with BlobReader(blobs, blob.name, blob.key, expected_sha256=blob.sha256) as reader:
        reader.read(0, 100)  # chunk 0: hashed
        reader.read(3 * CHUNK_SIZE, 100)  # a seek to the last chunk: skipped 1 and 2, not hashed
        reader.read(CHUNK_SIZE, 100)  # chunk 1, in order again: hashed; 2 still not
        assert reader.hash_state == PENDING
        before = reader.decrypted_chunks
        assert reader.finish_hash() == VERIFIED
        # Chunk 2 decrypted; chunk 3 was still in the cache (4 chunks kept): one more decryption.
        assert reader.decrypted_chunks == before + 1
        assert reader.read(0, len(data)) == data
    with BlobReader(blobs, blob.name, blob.key, expected_sha256="0" * 64) as reader:
        reader.read(2 * CHUNK_SIZE, 10)
        with pytest.raises(DocumentDamaged):
            reader.finish_hash()
        assert reader.hash_state == MISMATCH
    with BlobReader(blobs, blob.name, blob.key, expected_sha256=blob.sha256) as reader:
        assert reader.finish_hash(cancel=lambda: True) == PENDING

"""The encrypted document store, on real files: round trips, tampering, cleanup and memory."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import stat
import subprocess
import sys
import tempfile
import textwrap
import threading
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen import canvas

from casefile.errors import Cancelled, DocumentDamaged, ValidationError
from casefile.vault.blobs import (
    CHUNK_SIZE,
    PDF_TEXT_MAX_BYTES,
    StoredBlob,
    collect_orphans,
    delete_blob,
    export_blob,
    extract_text,
    open_blob,
    read_blob,
    verify_blob,
    write_blob,
)

MiB = 1 << 20
HEADER = 12
TAG = 16
RECORD = CHUNK_SIZE + TAG
REPO = Path(__file__).resolve().parents[2]
FIXTURE_SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def random_bytes(size: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(size)


def store(blobs: Path, data: bytes, **kwargs: object) -> StoredBlob:
    return write_blob(blobs, io.BytesIO(data), **kwargs)  # type: ignore[arg-type]


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def encode_blob(name: str, key: bytes, data: bytes, chunk: int = CHUNK_SIZE) -> bytes:
    """The documented format, written independently of the module under test."""
    header = b"CFBLOB1\0" + chunk.to_bytes(4, "big")
    pieces = [data[i : i + chunk] for i in range(0, len(data), chunk)] or [b""]
    out = [header]
    for index, piece in enumerate(pieces):
        last = index == len(pieces) - 1
        nonce = index.to_bytes(8, "big") + (1 if last else 0).to_bytes(4, "big")
        out.append(AESGCM(key).encrypt(nonce, piece, header + name.encode("ascii")))
    return b"".join(out)


def assert_round_trip(blobs: Path, blob: StoredBlob, data: bytes) -> None:
    assert blob.size == len(data)
    assert blob.sha256 == hashlib.sha256(data).hexdigest()
    assert blob.head == data[:8192]
    assert b"".join(open_blob(blobs, blob.name, blob.key)) == data
    assert read_blob(blobs, blob.name, blob.key, expected_sha256=blob.sha256) == data
    verify_blob(blobs, blob.name, blob.key, blob.sha256)
    chunks = max(1, -(-len(data) // CHUNK_SIZE))
    assert (blobs / blob.name).stat().st_size == HEADER + chunks * TAG + len(data)
    assert files_in(blobs) == [blob.name]  # no temp file left behind


@pytest.mark.parametrize(
    "size",
    [0, 1, 8191, 8193, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 3 * MiB + 5],
)
def test_round_trip_at_chunk_boundaries(tmp_path: Path, size: int) -> None:
    blobs = tmp_path / "blobs"
    data = random_bytes(size, seed=size)
    blob = store(blobs, data)
    assert_round_trip(blobs, blob, data)
    out = tmp_path / "out.bin"
    export_blob(blobs, blob.name, blob.key, out, expected_sha256=blob.sha256)
    assert out.read_bytes() == data


def test_exact_layout_of_empty_and_one_chunk_documents(tmp_path: Path) -> None:
    empty = store(tmp_path, b"")
    assert (tmp_path / empty.name).stat().st_size == HEADER + TAG  # one empty last chunk
    full = store(tmp_path, random_bytes(CHUNK_SIZE))
    assert (tmp_path / full.name).stat().st_size == HEADER + RECORD  # no extra empty chunk


@FIXTURE_SETTINGS
@given(data=st.binary(max_size=5000))
def test_round_trip_small_contents(tmp_path: Path, data: bytes) -> None:
    blobs = Path(tempfile.mkdtemp(dir=tmp_path))
    assert_round_trip(blobs, store(blobs, data), data)


@FIXTURE_SETTINGS
@given(size=st.integers(min_value=0, max_value=3 * CHUNK_SIZE + 3), seed=st.integers(0, 2**32))
def test_round_trip_multi_chunk(tmp_path: Path, size: int, seed: int) -> None:
    blobs = Path(tempfile.mkdtemp(dir=tmp_path))
    data = random_bytes(size, seed)
    assert_round_trip(blobs, store(blobs, data), data)


def test_format_matches_the_documented_layout(tmp_path: Path) -> None:
    data = random_bytes(2 * CHUNK_SIZE + 77)
    blob = store(tmp_path, data)
    assert (tmp_path / blob.name).read_bytes()[HEADER:] == encode_blob(blob.name, blob.key, data)[
        HEADER:
    ]
    # And the reader takes any chunk size the header declares (authenticated with the rest).
    key, name = AESGCM.generate_key(bit_length=256), "ab" * 16 + ".blob"
    (tmp_path / name).write_bytes(encode_blob(name, key, data, chunk=4096))
    assert b"".join(open_blob(tmp_path, name, key)) == data


def test_names_keys_and_modes(tmp_path: Path) -> None:
    blobs = tmp_path / "blobs"
    first, second = store(blobs, b"a"), store(blobs, b"a")
    assert first.name != second.name
    assert first.key != second.key
    for blob in (first, second):
        assert len(blob.name) == 37
        assert blob.name.endswith(".blob")
        assert len(blob.key) == 32
        assert stat.S_IMODE((blobs / blob.name).stat().st_mode) == 0o600
    assert stat.S_IMODE(blobs.stat().st_mode) == 0o700
    out = tmp_path / "exported.txt"
    export_blob(blobs, first.name, first.key, out, expected_sha256=first.sha256)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_plaintext_never_reaches_the_disk(tmp_path: Path) -> None:
    marker = b"A-NUMBER 212-555-0199 JUANA MARKER"
    data = marker * 40000 + random_bytes(3000) + marker  # spans chunks and ends with the marker
    blob = store(tmp_path, data)
    raw = (tmp_path / blob.name).read_bytes()
    assert marker not in raw
    assert marker[:12] not in raw
    assert blob.key not in raw


def test_repr_leaks_neither_key_nor_content(tmp_path: Path) -> None:
    blob = store(tmp_path, b"Confidential narrative")
    shown = repr(blob)
    assert blob.name in shown
    assert blob.key.hex() not in shown
    assert repr(blob.key) not in shown
    assert "Confidential" not in shown
    assert blob.sha256 not in shown


# --- tampering ------------------------------------------------------------------------------------

THREE_CHUNKS = random_bytes(2 * CHUNK_SIZE + 1000, seed=99)


def genuine_chunks(data: bytes) -> list[bytes]:
    return [data[i : i + CHUNK_SIZE] for i in range(0, len(data), CHUNK_SIZE)] or [b""]


def assert_damaged(
    blobs: Path, name: str, key: bytes, data: bytes, sha: str, *, yields: int
) -> None:
    """Every way of reading refuses; before that only the ``yields`` genuine chunks came out."""
    yielded: list[bytes] = []
    with pytest.raises(DocumentDamaged) as info:
        yielded.extend(open_blob(blobs, name, key))
    assert info.value.message.startswith("This document failed its integrity check")
    assert "Restore it from a backup" in info.value.message
    assert yielded == genuine_chunks(data)[:yields]
    with pytest.raises(DocumentDamaged):
        read_blob(blobs, name, key, expected_sha256=sha)
    with pytest.raises(DocumentDamaged):
        verify_blob(blobs, name, key, sha)
    dest = blobs.parent / "export" / "out.bin"
    dest.parent.mkdir(exist_ok=True)
    with pytest.raises(DocumentDamaged):
        export_blob(blobs, name, key, dest, expected_sha256=sha)
    assert files_in(dest.parent) == []


@pytest.fixture
def three_chunk_blob(tmp_path: Path) -> tuple[Path, StoredBlob]:
    blobs = tmp_path / "blobs"
    return blobs, store(blobs, THREE_CHUNKS)


def rewrite(path: Path, change: Callable[[bytearray], bytes | bytearray]) -> None:
    path.write_bytes(bytes(change(bytearray(path.read_bytes()))))


@pytest.mark.parametrize(
    ("offset", "yields"),
    [
        (0, 0),  # magic
        (8, 0),  # chunk size, high byte: an implausible size
        (11, 0),  # chunk size, low byte: plausible, but bound into every chunk's tag
        (HEADER + 5, 0),  # first chunk's ciphertext
        (HEADER + RECORD - 1, 0),  # first chunk's tag
        (HEADER + RECORD + 500_000, 1),  # middle chunk
        (HEADER + 2 * RECORD + 10, 2),  # last chunk's ciphertext
        (-1, 2),  # last chunk's tag
    ],
    ids=["magic", "size-high", "size-low", "body0", "tag0", "body1", "body2", "tag2"],
)
def test_flipped_byte_anywhere_is_detected(
    three_chunk_blob: tuple[Path, StoredBlob], offset: int, yields: int
) -> None:
    blobs, blob = three_chunk_blob

    def flip(raw: bytearray) -> bytearray:
        raw[offset] ^= 0x01
        return raw

    rewrite(blobs / blob.name, flip)
    assert_damaged(blobs, blob.name, blob.key, THREE_CHUNKS, blob.sha256, yields=yields)


@pytest.mark.parametrize(
    ("cut", "yields"),
    [
        (HEADER + 2 * RECORD, 1),  # at a chunk boundary: the last chunk is gone
        (HEADER + RECORD, 0),  # at the first boundary
        (HEADER + 2 * RECORD + 500, 2),  # inside the last chunk
        (HEADER + RECORD + 4096, 1),  # inside the middle chunk
        (HEADER + 2 * RECORD + 7, 2),  # fewer bytes than a tag left over
        (HEADER, 0),  # header only
        (5, 0),  # inside the header
        (0, 0),  # empty file
    ],
)
def test_truncation_is_detected(
    three_chunk_blob: tuple[Path, StoredBlob], cut: int, yields: int
) -> None:
    blobs, blob = three_chunk_blob
    rewrite(blobs / blob.name, lambda raw: raw[:cut])
    assert_damaged(blobs, blob.name, blob.key, THREE_CHUNKS, blob.sha256, yields=yields)


def test_dropping_the_only_chunk_of_a_small_document_is_detected(tmp_path: Path) -> None:
    blob = store(tmp_path, b"")
    rewrite(tmp_path / blob.name, lambda raw: raw[:HEADER])
    assert_damaged(tmp_path, blob.name, blob.key, b"", blob.sha256, yields=0)


def test_appended_data_is_detected(three_chunk_blob: tuple[Path, StoredBlob]) -> None:
    blobs, blob = three_chunk_blob
    rewrite(blobs / blob.name, lambda raw: raw + bytes(RECORD))
    assert_damaged(blobs, blob.name, blob.key, THREE_CHUNKS, blob.sha256, yields=2)


def test_swapped_chunks_are_detected(three_chunk_blob: tuple[Path, StoredBlob]) -> None:
    blobs, blob = three_chunk_blob

    def swap(raw: bytearray) -> bytes:
        first, second = raw[HEADER : HEADER + RECORD], raw[HEADER + RECORD : HEADER + 2 * RECORD]
        return raw[:HEADER] + second + first + raw[HEADER + 2 * RECORD :]

    rewrite(blobs / blob.name, swap)
    assert_damaged(blobs, blob.name, blob.key, THREE_CHUNKS, blob.sha256, yields=0)


def test_chunk_from_another_blob_with_the_same_key_is_detected(
    three_chunk_blob: tuple[Path, StoredBlob],
) -> None:
    blobs, blob = three_chunk_blob
    # Same key, same chunk index, same header: only the name in the associated data differs.
    other = encode_blob("cd" * 16 + ".blob", blob.key, random_bytes(len(THREE_CHUNKS), seed=5))
    middle = slice(HEADER + RECORD, HEADER + 2 * RECORD)

    def transplant(raw: bytearray) -> bytearray:
        raw[middle] = other[middle]
        return raw

    rewrite(blobs / blob.name, transplant)
    assert_damaged(blobs, blob.name, blob.key, THREE_CHUNKS, blob.sha256, yields=1)


def test_renamed_blob_is_detected(three_chunk_blob: tuple[Path, StoredBlob]) -> None:
    blobs, blob = three_chunk_blob
    renamed = "0" * 32 + ".blob"
    (blobs / blob.name).rename(blobs / renamed)
    assert_damaged(blobs, renamed, blob.key, THREE_CHUNKS, blob.sha256, yields=0)


def test_wrong_key_is_detected(three_chunk_blob: tuple[Path, StoredBlob]) -> None:
    blobs, blob = three_chunk_blob
    wrong = AESGCM.generate_key(bit_length=256)
    assert_damaged(blobs, blob.name, wrong, THREE_CHUNKS, blob.sha256, yields=0)
    assert_damaged(blobs, blob.name, b"short", THREE_CHUNKS, blob.sha256, yields=0)


@settings(max_examples=150, deadline=None)
@given(
    data=st.binary(max_size=700),
    position=st.floats(min_value=0, max_value=1, exclude_max=True),
    bit=st.integers(0, 7),
)
def test_any_single_bit_flip_is_detected(data: bytes, position: float, bit: int) -> None:
    # Small chunks (the header says 64) give many chunks per file cheaply.
    with tempfile.TemporaryDirectory() as folder:
        blobs, key, name = Path(folder), AESGCM.generate_key(bit_length=256), "ef" * 16 + ".blob"
        raw = bytearray(encode_blob(name, key, data, chunk=64))
        raw[int(position * len(raw))] ^= 1 << bit
        (blobs / name).write_bytes(raw)
        yielded: list[bytes] = []
        with pytest.raises(DocumentDamaged):
            yielded.extend(open_blob(blobs, name, key))
        assert data.startswith(b"".join(yielded))


def test_missing_file_has_its_own_message(tmp_path: Path) -> None:
    blob = store(tmp_path, b"x")
    delete_blob(tmp_path, blob.name)
    for attempt in (
        lambda: list(open_blob(tmp_path, blob.name, blob.key)),
        lambda: read_blob(tmp_path, blob.name, blob.key, expected_sha256=blob.sha256),
        lambda: export_blob(
            tmp_path, blob.name, blob.key, tmp_path / "o", expected_sha256=blob.sha256
        ),
    ):
        with pytest.raises(DocumentDamaged) as info:
            attempt()
        assert info.value.key == "document_missing"
        assert "missing from the vault's folder" in info.value.message


@pytest.mark.parametrize("name", ["../escape.blob", "a" * 32 + ".blob/..", "A" * 32 + ".blob", ""])
def test_names_that_could_escape_the_folder_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(DocumentDamaged):
        list(open_blob(tmp_path / "blobs", name, bytes(32)))
    with pytest.raises(DocumentDamaged):
        delete_blob(tmp_path / "blobs", name)


# --- hashes, limits, export -----------------------------------------------------------------------


def test_hash_mismatch_on_read_and_export(tmp_path: Path) -> None:
    blobs = tmp_path / "blobs"
    blob = store(blobs, b"the right document")
    wrong = hashlib.sha256(b"another document").hexdigest()
    with pytest.raises(DocumentDamaged, match="integrity check"):
        read_blob(blobs, blob.name, blob.key, expected_sha256=wrong)
    with pytest.raises(DocumentDamaged):
        verify_blob(blobs, blob.name, blob.key, wrong)
    dest = tmp_path / "out" / "doc.txt"
    dest.parent.mkdir()
    dest.write_bytes(b"what was there before")
    with pytest.raises(DocumentDamaged):
        export_blob(blobs, blob.name, blob.key, dest, expected_sha256=wrong)
    assert dest.read_bytes() == b"what was there before"
    assert files_in(dest.parent) == ["doc.txt"]
    # Upper-case hex from elsewhere is the same hash.
    assert read_blob(blobs, blob.name, blob.key, expected_sha256=blob.sha256.upper())


def test_read_blob_refuses_documents_over_the_limit(tmp_path: Path) -> None:
    data = random_bytes(CHUNK_SIZE + 10)
    blob = store(tmp_path, data)
    with pytest.raises(ValidationError) as info:
        read_blob(
            tmp_path, blob.name, blob.key, expected_sha256=blob.sha256, max_bytes=len(data) - 1
        )
    assert info.value.key == "document_too_large"
    assert (
        read_blob(tmp_path, blob.name, blob.key, expected_sha256=blob.sha256, max_bytes=len(data))
        == data
    )


def test_export_replaces_dest_and_reports_progress(tmp_path: Path) -> None:
    data = random_bytes(2 * CHUNK_SIZE + 3)
    blob = store(tmp_path / "blobs", data)
    dest = tmp_path / "doc.bin"
    dest.write_bytes(b"old")
    seen: list[tuple[int, int]] = []
    export_blob(
        tmp_path / "blobs",
        blob.name,
        blob.key,
        dest,
        expected_sha256=blob.sha256,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert dest.read_bytes() == data
    assert seen == [(CHUNK_SIZE, len(data)), (2 * CHUNK_SIZE, len(data)), (len(data), len(data))]
    assert files_in(tmp_path) == ["blobs", "doc.bin"]


# --- writing: progress, cancel, odd sources, full disk --------------------------------------------


def test_write_progress_uses_the_file_size_or_the_given_total(tmp_path: Path) -> None:
    data = random_bytes(2 * CHUNK_SIZE + 1)
    source = tmp_path / "source.bin"
    source.write_bytes(data)
    seen: list[tuple[int, int]] = []
    with source.open("rb") as f:
        write_blob(tmp_path / "b", f, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(CHUNK_SIZE, len(data)), (2 * CHUNK_SIZE, len(data)), (len(data), len(data))]
    seen.clear()
    store(tmp_path / "b", data, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (len(data), 0)  # BytesIO has no file size: 0 means unknown
    seen.clear()
    store(tmp_path / "b", data, progress=lambda d, t: seen.append((d, t)), total=123)
    assert {t for _, t in seen} == {123}


def test_cancel_leaves_nothing_behind(tmp_path: Path) -> None:
    blobs = tmp_path / "blobs"
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        store(blobs, random_bytes(5 * CHUNK_SIZE), cancel=lambda: next(calls) >= 2)
    assert files_in(blobs) == []
    blob = store(blobs, random_bytes(3 * CHUNK_SIZE))
    dest = tmp_path / "out.bin"
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        export_blob(
            blobs,
            blob.name,
            blob.key,
            dest,
            expected_sha256=blob.sha256,
            cancel=lambda: next(calls) >= 1,
        )
    assert files_in(tmp_path) == ["blobs"]


def test_error_from_the_source_leaves_nothing_behind(tmp_path: Path) -> None:
    class FailingSource(io.RawIOBase):
        def __init__(self) -> None:
            self.reads = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            self.reads += 1
            if self.reads > 3:
                raise OSError("the USB stick was removed")
            buffer[:] = bytes(len(buffer))
            return len(buffer)

    with pytest.raises(OSError, match="USB stick"):
        write_blob(tmp_path, io.BufferedReader(FailingSource(), buffer_size=CHUNK_SIZE))
    assert files_in(tmp_path) == []


def test_short_reads_from_a_pipe(tmp_path: Path) -> None:
    data = random_bytes(2 * CHUNK_SIZE + 12345)
    read_end, write_end = os.pipe()

    def feed() -> None:
        with os.fdopen(write_end, "wb", buffering=0) as out:
            for i in range(0, len(data), 10_000):  # small writes: the reader sees short reads
                out.write(data[i : i + 10_000])

    writer = threading.Thread(target=feed)
    writer.start()
    with os.fdopen(read_end, "rb", buffering=0) as source:
        blob = write_blob(tmp_path, source)
    writer.join()
    assert_round_trip(tmp_path, blob, data)


def test_file_too_large_for_the_disk_reports_disk_full(tmp_path: Path) -> None:
    # A real write error from the kernel, without root: a file size limit makes write() fail
    # with EFBIG, as a FAT32 stick does at 4 GiB. ENOSPC takes the same path (fsutil.is_disk_full).
    script = textwrap.dedent(
        """
        import io, json, resource, signal, sys
        from pathlib import Path
        from casefile.errors import DiskFull
        from casefile.vault.blobs import write_blob, export_blob
        folder = Path(sys.argv[1])
        ok = write_blob(folder / "blobs", io.BytesIO(bytes(4 << 20)))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (3 << 20, resource.RLIM_INFINITY))
        result = {}
        for what, action in (
            ("write", lambda: write_blob(folder / "blobs", io.BytesIO(bytes(8 << 20)))),
            ("export", lambda: export_blob(
                folder / "blobs", ok.name, ok.key, folder / "out.bin", expected_sha256=ok.sha256)),
        ):
            try:
                action()
                result[what] = "saved"
            except DiskFull as exc:
                result[what] = [exc.key, exc.message]
        result["blobs"] = sorted(p.name for p in (folder / "blobs").iterdir())
        result["folder"] = sorted(p.name for p in folder.iterdir())
        result["kept"] = ok.name
        print(json.dumps(result))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout)
    assert result["write"][0] == "file_too_large"
    assert "nothing was saved" in result["write"][1]
    assert result["export"][0] == "file_too_large"
    assert result["blobs"] == [result["kept"]]
    assert result["folder"] == ["blobs"]


# --- orphans and deletion -------------------------------------------------------------------------


def test_collect_orphans(tmp_path: Path) -> None:
    blobs = tmp_path / "blobs"
    kept, lost_a, lost_b = (store(blobs, bytes([i])) for i in range(3))
    (blobs / ".tmp-0123abcd").write_bytes(b"half written")
    (blobs / "notes.txt").write_bytes(b"not ours")
    (blobs / ("9" * 32 + ".blob")).mkdir()  # a folder, whatever its name, is not ours to remove
    quarantine = tmp_path / "quarantine"
    moved = collect_orphans(blobs, {kept.name}, quarantine)
    assert moved == sorted([lost_a.name, lost_b.name, ".tmp-0123abcd"])
    assert files_in(blobs) == sorted([kept.name, "9" * 32 + ".blob", "notes.txt"])
    # Moved, never deleted (issue 11, finding 1): the bytes are all still there.
    assert files_in(quarantine) == moved
    assert (quarantine / ".tmp-0123abcd").read_bytes() == b"half written"
    assert oct(quarantine.stat().st_mode & 0o777) == "0o700"
    assert collect_orphans(blobs, {kept.name}, quarantine) == []
    assert collect_orphans(tmp_path / "nowhere", set(), quarantine) == []


def test_delete_blob(tmp_path: Path) -> None:
    blob = store(tmp_path, b"to be removed")
    delete_blob(tmp_path, blob.name)
    assert files_in(tmp_path) == []
    delete_blob(tmp_path, blob.name)  # already gone is fine


# --- search text ----------------------------------------------------------------------------------


def test_plain_text_gets_search_text_and_binary_does_not(tmp_path: Path) -> None:
    text = "Declaración jurada de la señora Pérez.\n" * 100_000  # ~3.9 MiB over four chunks
    blob = store(tmp_path, text.encode("utf-8"))
    assert blob.text == text[:2_000_000]  # the default limit, in characters
    assert extract_text(tmp_path, blob.name, blob.key, "text/plain") == text[:2_000_000]
    limited = store(tmp_path, text.encode("utf-8"), text_limit=50)
    assert limited.text == text[:50]
    assert store(tmp_path, random_bytes(20_000)).text is None
    binary = store(tmp_path, b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert binary.text is None
    assert extract_text(tmp_path, binary.name, binary.key, "image/png") is None


def test_pdf_search_text(tmp_path: Path) -> None:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    for page in range(3):
        pdf.drawString(72, 720, f"Page {page}: Notice to Appear for Juana Marker")
        pdf.showPage()
    pdf.save()
    blob = store(tmp_path, buf.getvalue())
    assert blob.text is None  # PDFs are extracted after the write, from the stored blob
    text = extract_text(tmp_path, blob.name, blob.key, "application/pdf")
    assert text is not None
    assert "Page 2: Notice to Appear for Juana Marker" in text
    short = extract_text(tmp_path, blob.name, blob.key, "application/pdf", limit=10)
    assert short == text[:10]


def test_pdf_search_text_gives_up_on_malformed_and_huge_pdfs(tmp_path: Path) -> None:
    broken = store(tmp_path, b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> trailer")
    assert extract_text(tmp_path, broken.name, broken.key, "application/pdf") is None

    class Zeros(io.RawIOBase):
        def __init__(self, size: int) -> None:
            self.left = size

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            n = min(len(buffer), self.left)
            buffer[:n] = bytes(n)
            self.left -= n
            return n

    huge = write_blob(tmp_path, io.BufferedReader(Zeros(PDF_TEXT_MAX_BYTES + 1)))
    assert extract_text(tmp_path, huge.name, huge.key, "application/pdf") is None


# --- memory ---------------------------------------------------------------------------------------


class GeneratedSource:
    """200 MiB of reproducible bytes made on the fly, never held whole in memory."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.rng = random.Random(2024)
        self.digest = hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        n = self.left if n < 0 else min(n, self.left)
        data = self.rng.randbytes(n)
        self.left -= n
        self.digest.update(data)
        return data


def test_memory_stays_bounded_for_a_200_mib_document(tmp_path: Path) -> None:
    size = 200 * MiB
    source = GeneratedSource(size)
    tracemalloc.start()
    try:
        blob = write_blob(tmp_path / "blobs", source)  # type: ignore[arg-type]
        _, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        digest, read = hashlib.sha256(), 0
        for chunk in open_blob(tmp_path / "blobs", blob.name, blob.key):
            digest.update(chunk)
            read += len(chunk)
        _, read_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        export_blob(
            tmp_path / "blobs", blob.name, blob.key, tmp_path / "out", expected_sha256=blob.sha256
        )
        _, export_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert blob.size == read == size
    assert blob.sha256 == digest.hexdigest() == source.digest.hexdigest()
    assert (tmp_path / "out").stat().st_size == size
    assert write_peak < 16 * MiB, write_peak
    assert read_peak < 16 * MiB, read_peak
    assert export_peak < 16 * MiB, export_peak

"""The backup's packer records each member's SHA-256 of the bytes it was given and shows, by
reading every block back from the file as soon as it is written, that the file holds those bytes:
the finished backup is then not hashed a second time (issue 16)."""

from __future__ import annotations

import hashlib
import os
import tarfile
from pathlib import Path

import pytest

from casefile.services.backup_pack import Packer, header_bytes


class _FlippingFile:
    """A file whose write of the block at ``flip_at`` lands with one bit changed, as a failing
    disk or controller might; everything else is the real file."""

    def __init__(self, path: Path, flip_at: int) -> None:
        self._fh = open(path, "wb")  # noqa: SIM115 (closed by the test)
        self._flip_at = flip_at

    def write(self, data: bytes) -> int:
        at = self._fh.tell()
        if at <= self._flip_at < at + len(data):
            changed = bytearray(data)
            changed[self._flip_at - at] ^= 0x01
            data = bytes(changed)
        return self._fh.write(data)

    def __getattr__(self, name: str):
        return getattr(self._fh, name)


def _blocks(data: bytes, size: int = 1 << 20):
    for i in range(0, len(data), size):
        yield data[i : i + size]


def test_members_are_hashed_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "b.tar"
    data = os.urandom(3 << 20)
    with open(path, "wb") as out:
        packer = Packer(out, path)
        packer.add_stream("blobs/a.blob", len(data), _blocks(data))
        packer.add_bytes("manifest.json", b"{}")
        entries = packer.entries()
        packer.close()
    assert entries == {"blobs/a.blob": {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}}
    with tarfile.open(path) as tar:
        assert tar.extractfile("blobs/a.blob").read() == data


def test_a_block_the_file_does_not_hold_as_written_stops_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "b.tar"
    data = os.urandom(3 << 20)
    out = _FlippingFile(path, flip_at=512 + (2 << 20) + 5)  # inside the third block, after the header
    try:
        packer = Packer(out, path)
        packer.add_stream("blobs/a.blob", len(data), _blocks(data))
        with pytest.raises(OSError, match="did not give what was written"):
            packer.entries()
    finally:
        out.close()


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("blobs/" + "0123456789abcdef" * 2 + ".blob", 35_172),
        ("blobs/" + "f" * 32 + ".blob", 0),
        ("vault.db", 1_503_272_960),
        ("keys/1a2b3c4d5e6f7a8b.slot", 611),
        ("blobs/" + "a" * 32 + ".blob", 8**11 - 1),  # the largest size in octal digits
        ("blobs/" + "a" * 32 + ".blob", 8**11),  # tarfile's base-256 size
        ("x" * 99, 5),
        ("x" * 100, 5),  # tarfile's long name
        ("blobs/ñ.blob", 5),
    ],
)
def test_headers_are_those_tarfile_writes(name: str, size: int) -> None:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    assert header_bytes(name, size) == info.tobuf(tarfile.GNU_FORMAT, "utf-8", "surrogateescape")

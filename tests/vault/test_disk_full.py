"""A full disk: a clear error, nothing reported saved that was not, a valid vault, and recovery."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from casefile.errors import DiskFull
from casefile.services import records
from casefile.services.documents import add_document
from casefile.services.interchange import import_file
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER


@pytest.fixture
def small_disk(tmp_path: Path):
    """A real 12 MiB tmpfs (needs root, as on the project's machines and CI)."""
    mount_point = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=12m,mode=0700", "tmpfs", str(mount_point)], capture_output=True, text=True
    )
    assert done.returncode == 0, f"cannot mount a tmpfs for the disk-full test: {done.stderr}"
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(disk: Path, leave: int) -> Path:
    filler = disk / "filler"
    stats = os.statvfs(disk)
    free = stats.f_bavail * stats.f_frsize
    with open(filler, "wb") as fh:
        remaining = max(0, free - leave)
        block = b"\0" * (1024 * 1024)
        while remaining > 0:
            n = min(len(block), remaining)
            try:
                fh.write(block[:n])
                fh.flush()
            except OSError:
                break
            remaining -= n
    return filler


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="mounting a tmpfs needs root")
def test_disk_full_is_reported_and_recoverable(small_disk: Path, example_dir: Path, tmp_path: Path) -> None:
    vault, _ = Vault.create(small_disk / "vault", USER, PASSPHRASE)
    try:
        import_file(vault, example_dir / "example.json")
        big = tmp_path / "photo.bin"
        big.write_bytes(os.urandom(3 * 1024 * 1024))
        filler = _fill(small_disk, leave=256 * 1024)
        blobs_before = sorted(p.name for p in vault.blobs_dir.iterdir())

        with pytest.raises(DiskFull) as caught:
            add_document(vault, big, {"id": "d-photo", "title": "Photo of the door", "kind": "photo"})
        assert "disk is full" in str(caught.value).lower()
        assert records.get(vault, "documents", "d-photo") is None
        assert sorted(p.name for p in vault.blobs_dir.iterdir()) == blobs_before

        long_note = {"id": "n-long", "text": "declaración " * 15_000, "person_id": "p-rosa"}
        def fill_database() -> None:
            for i in range(200):  # keep writing until the database itself hits the wall
                records.save(vault, "notes", {**long_note, "id": f"n-long-{i}"})

        with pytest.raises(DiskFull):
            fill_database()
        saved = [i for i in range(200) if records.get(vault, "notes", f"n-long-{i}") is not None]
        assert saved == list(range(len(saved)))  # every save that returned is there, none half-made

        conn = vault.connection()
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]

        filler.unlink()
        add_document(vault, big, {"id": "d-photo", "title": "Photo of the door", "kind": "photo"})
        records.save(vault, "notes", {**long_note, "text": "works again"})
        assert records.get(vault, "notes", "n-long")["text"] == "works again"
    finally:
        with contextlib.suppress(Exception):
            vault.close()
    reopened = Vault.open(small_disk / "vault", PASSPHRASE)
    try:
        assert records.get(reopened, "documents", "d-photo")["size"] == 3 * 1024 * 1024
    finally:
        reopened.close()
    shutil.rmtree(small_disk / "vault", ignore_errors=True)

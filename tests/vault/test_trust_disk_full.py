"""Issue 11, finding 8: a vault on a full disk still unlocks, read-only, so the user can back it
up and export it to another drive, and is told why nothing can be changed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.errors import DiskFull
from casefile.services import records
from casefile.services.interchange import import_file
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER, run_cli
from tests.vault.test_disk_full import _fill, small_disk  # noqa: F401 - the fixture is used by name

pytestmark = pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="mounting a tmpfs needs root")


def test_a_full_disk_unlocks_read_only_and_backs_up_to_another_drive(
    small_disk: Path,  # noqa: F811 - the imported fixture
    example_dir: Path,
    tmp_path: Path,
) -> None:
    path = small_disk / "vault"
    vault, _ = Vault.create(path, USER, PASSPHRASE)
    import_file(vault, example_dir / "example.json")
    vault.close()
    filler = _fill(small_disk, leave=0)
    assert shutil.disk_usage(small_disk).free == 0

    # Old code: "unexpected internal error (OSError)" for every command.
    out = tmp_path / "export.json"
    done = run_cli("export", "--vault", str(path), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "disk holding the vault is full" in done.stderr and "read-only" in done.stderr
    assert any(p["full_name"].startswith("Rosa") for p in json.loads(out.read_text(encoding="utf-8"))["people"])

    backup = tmp_path / "vault.cfbackup"
    done = run_cli("backup", "--vault", str(path), "--out", str(backup))
    assert done.returncode == 0, done.stderr
    done = run_cli("restore", str(backup), "--vault", str(tmp_path / "restored"))
    assert done.returncode == 0, done.stderr

    # In the app's core: reading works, a change is refused in words, nothing half-written.
    reopened = Vault.open(path, PASSPHRASE)
    try:
        assert reopened.read_only_reason and "full" in reopened.read_only_reason
        assert records.get(reopened, "people", "p-rosa") is not None
        with pytest.raises(DiskFull, match="read-only"):
            records.save(reopened, "notes", {"id": "n-full", "text": "no room", "person_id": "p-rosa"})
    finally:
        reopened.close()

    # Space freed: the next unlock writes again, and the vault is whole.
    filler.unlink()
    with Vault.open(path, PASSPHRASE) as again:
        assert again.read_only_reason is None
        records.save(again, "notes", {"id": "n-full", "text": "room again", "person_id": "p-rosa"})
        assert [r[0] for r in again.connection().execute("PRAGMA integrity_check")] == ["ok"]
    shutil.rmtree(path, ignore_errors=True)


def test_a_full_disk_after_a_crash_still_unlocks_read_only_with_the_last_changes(
    small_disk: Path,  # noqa: F811 - the imported fixture
    example_dir: Path,
    tmp_path: Path,
) -> None:
    # The session before died without locking: its last save is only in vault.db-wal, so the
    # read-only open must replay the log, not read vault.db alone.
    path = small_disk / "vault"
    vault, _ = Vault.create(path, USER, PASSPHRASE)
    import_file(vault, example_dir / "example.json")
    vault.close()
    child = (
        "import os\n"
        "from casefile.vault.db import Vault\n"
        "from casefile.services import records\n"
        f"v = Vault.open({str(path)!r}, {PASSPHRASE!r})\n"
        "records.save(v, 'notes', {'id': 'n-crash', 'text': 'in the log only', 'person_id': 'p-rosa'})\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", child], check=True)
    assert (path / "vault.db-wal").stat().st_size > 0
    _fill(small_disk, leave=0)

    out = tmp_path / "export.json"
    done = run_cli("export", "--vault", str(path), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "read-only" in done.stderr
    assert any(n["id"] == "n-crash" for n in json.loads(out.read_text(encoding="utf-8"))["notes"])
    shutil.rmtree(path, ignore_errors=True)

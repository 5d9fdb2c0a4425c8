"""Issue 11, finding 9 (rollback and lost WAL): a vault older than the copy this computer last
saw is reported at unlock and by ``verify``; the memory holds no case data."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from casefile.paths import config_dir
from casefile.services import records
from casefile.services.interchange import import_file
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER, run_cli


def _env() -> dict[str, str]:
    # The child processes must share this test's settings folder (set by the autouse fixture).
    return {"CASEFILE_CONFIG_DIR": str(config_dir())}


def test_a_vault_folder_put_back_to_an_older_copy_is_reported(tmp_path: Path, example_dir: Path) -> None:
    path = tmp_path / "v"
    vault, _ = Vault.create(path, USER, PASSPHRASE)
    import_file(vault, example_dir / "example.json")
    vault.close()
    older = tmp_path / "older-copy"
    shutil.copytree(path, older)
    with Vault.open(path, PASSPHRASE) as newer:
        records.save(newer, "notes", {"id": "n-later", "text": "work done later", "person_id": "p-rosa"})
    # Someone (or a sync tool) puts the older copy back in place.
    shutil.rmtree(path)
    shutil.copytree(older, path)

    done = run_cli("verify", "--vault", str(path), env=_env())
    # Old code: "Vault OK", exit 0.
    assert done.returncode == 1, done.stdout
    assert "older than the copy this computer last saw" in done.stderr
    assert "warning" in done.stderr  # said at unlock too, before verify's list

    done = run_cli("search", "--vault", str(path), "rosa", env=_env())
    assert done.returncode == 0 and "older than the copy" in done.stderr  # still said

    done = run_cli("verify", "--vault", str(path), "--accept-older", env=_env())
    assert done.returncode == 0, done.stderr
    done = run_cli("verify", "--vault", str(path), env=_env())
    assert done.returncode == 0 and "older" not in done.stderr, done.stderr

    # The memory: ids, numbers, hashes and times; nothing from the case file, no paths.
    from casefile.vault.seen import SEEN_FILE

    memory = (config_dir() / SEEN_FILE).read_text(encoding="utf-8")
    assert "Rosa" not in memory and "n-later" not in memory and str(tmp_path) not in memory
    entry = json.loads(memory)[vault.vault_id]
    assert set(entry) == {"seq", "hash", "at"}
    assert oct((config_dir() / SEEN_FILE).stat().st_mode & 0o777) == "0o600"


def test_a_write_ahead_log_deleted_after_a_crash_is_reported(tmp_path: Path, example_dir: Path) -> None:
    path = tmp_path / "v"
    vault, _ = Vault.create(path, USER, PASSPHRASE)
    import_file(vault, example_dir / "example.json")
    vault.close()  # checkpointed: vault.db alone holds everything so far
    # A session saves a note and dies without locking; its changes are only in vault.db-wal.
    child = (
        "import os, sys\n"
        "from casefile.vault.db import Vault\n"
        "from casefile.services import records\n"
        f"v = Vault.open({str(path)!r}, {PASSPHRASE!r})\n"
        "records.save(v, 'notes', {'id': 'n-lost', 'text': 'saved before the crash', 'person_id': 'p-rosa'})\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", child], check=True, env={**os.environ, **_env()})
    assert (path / "vault.db-wal").stat().st_size > 0
    (path / "vault.db-wal").unlink()
    (path / "vault.db-shm").unlink()

    done = run_cli("verify", "--vault", str(path), env=_env())

    assert done.returncode == 1, done.stdout
    assert "older than the copy this computer last saw" in done.stderr
    assert "vault.db-wal" in done.stderr


def test_a_restored_backup_is_not_reported(tmp_path: Path, example_dir: Path) -> None:
    # Restoring an older backup on purpose is not a rollback to warn about.
    path = tmp_path / "v"
    vault, _ = Vault.create(path, USER, PASSPHRASE)
    import_file(vault, example_dir / "example.json")
    vault.close()
    assert run_cli("backup", "--vault", str(path), "--out", str(tmp_path / "b.cfbackup"), env=_env()).returncode == 0
    with Vault.open(path, PASSPHRASE) as newer:
        records.save(newer, "notes", {"id": "n-later", "text": "after the backup", "person_id": "p-rosa"})
    shutil.rmtree(path)
    done = run_cli("restore", str(tmp_path / "b.cfbackup"), "--vault", str(path), env=_env())
    assert done.returncode == 0, done.stderr
    done = run_cli("verify", "--vault", str(path), env=_env())
    assert done.returncode == 0, done.stderr
    assert "older" not in done.stderr

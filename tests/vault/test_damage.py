"""Damage is reported with its own clear message and exit code 1, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casefile.services.interchange import import_file
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER, run_cli


@pytest.fixture
def filled(tmp_path: Path, example_dir: Path) -> Path:
    path = tmp_path / "v"
    vault, _ = Vault.create(path, USER, PASSPHRASE)
    import_file(vault, example_dir / "example.json")
    # Make the database big enough that a flipped byte lands in a data page, then checkpoint.
    vault.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.close()
    return path


def _flip(path: Path, offset: int) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([byte[0] ^ 0x40]))


def _assert_clean_failure(done, *words: str) -> None:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr.lower(), done.stderr


def test_flipped_byte_in_a_data_page(filled: Path) -> None:
    db = filled / "vault.db"
    size = db.stat().st_size
    _flip(db, size - 4096 + 100)  # inside the last page
    done = run_cli("verify", "--vault", str(filled))
    _assert_clean_failure(done, "damaged")


def test_flipped_byte_in_the_first_page(filled: Path) -> None:
    _flip(filled / "vault.db", 200)
    before = (filled / "vault.db").read_bytes()
    done = run_cli("verify", "--vault", str(filled))
    _assert_clean_failure(done, "damaged")
    assert "passphrase is right" in done.stderr.lower()
    assert (filled / "vault.db").read_bytes() == before  # left untouched for recovery


def test_truncated_database(filled: Path) -> None:
    db = filled / "vault.db"
    with open(db, "r+b") as fh:
        fh.truncate(db.stat().st_size // 2 + 1000)
    done = run_cli("verify", "--vault", str(filled))
    _assert_clean_failure(done)
    assert "damaged" in done.stderr.lower() or "restore" in done.stderr.lower()


def test_missing_key_slot_file(filled: Path) -> None:
    for slot in (filled / "keys").glob("*.slot"):
        if '"kind": "user"' in slot.read_text():
            slot.unlink()
    done = run_cli("verify", "--vault", str(filled), "--user", USER)
    _assert_clean_failure(done, "key slot", "missing")


def test_missing_keys_folder(filled: Path) -> None:
    for slot in (filled / "keys").glob("*.slot"):
        slot.unlink()
    (filled / "keys").rmdir()
    done = run_cli("verify", "--vault", str(filled))
    _assert_clean_failure(done, "key-slot folder")


def test_tampered_audit_row(filled: Path) -> None:
    vault = Vault.open(filled, PASSPHRASE)
    with vault.transaction() as tx:
        tx.execute("UPDATE audit SET user = 'someone-else' WHERE seq = 3")
    vault.close(audit_lock=False)
    done = run_cli("verify", "--vault", str(filled))
    _assert_clean_failure(done, "audit log", "entry 3")


def test_deleted_newest_audit_rows(filled: Path) -> None:
    vault = Vault.open(filled, PASSPHRASE)
    with vault.transaction() as tx:
        top = tx.execute("SELECT max(seq) FROM audit").fetchone()[0]
        tx.execute("DELETE FROM audit WHERE seq >= ?", (top - 1,))
    vault.close(audit_lock=False)
    done = run_cli("verify", "--vault", str(filled))
    _assert_clean_failure(done, "audit log", "entry")
    assert "missing" in done.stderr or "removed" in done.stderr


def test_tampered_document_blob(filled: Path) -> None:
    blob = sorted((filled / "blobs").glob("*.blob"))[0]
    _flip(blob, blob.stat().st_size - 5)
    done = run_cli("verify", "--vault", str(filled))
    _assert_clean_failure(done, "document")


def test_vault_from_a_newer_version(filled: Path) -> None:
    vault = Vault.open(filled, PASSPHRASE)
    vault.connection().execute("PRAGMA user_version = 999")
    vault.close()
    done = run_cli("verify", "--vault", str(filled))
    _assert_clean_failure(done, "newer version")


def test_damaged_marker_file(filled: Path) -> None:
    (filled / "casefile-vault.json").write_text("{not json", encoding="utf-8")
    done = run_cli("verify", "--vault", str(filled))
    _assert_clean_failure(done, "damaged")


def test_files_are_private(filled: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    for path in [filled / "vault.db", *filled.glob("keys/*"), *filled.glob("blobs/*")]:
        assert path.stat().st_mode & 0o077 == 0, path

"""Issue 11, finding 1: an emptied, missing or foreign ``vault.db`` is damage, never a new vault,
and no document file is ever deleted at unlock (orphans go to ``quarantine/``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casefile.errors import VaultDamaged
from casefile.services.documents import add_document
from casefile.services.interchange import import_file
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER, run_cli


@pytest.fixture
def with_documents(tmp_path: Path, example_dir: Path) -> Path:
    """A closed vault holding the example's documents (so blobs/ is not empty)."""
    path = tmp_path / "v"
    vault, _ = Vault.create(path, USER, PASSPHRASE)
    import_file(vault, example_dir / "example.json")
    extra = tmp_path / "letter.txt"
    extra.write_text("Carta del consulado", encoding="utf-8")
    add_document(vault, extra, {"id": "d-letter", "title": "Letter", "kind": "other"})
    vault.close()
    return path


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_verify_on_an_emptied_database_exits_1_and_keeps_every_blob(with_documents: Path) -> None:
    # Must-show 2: `: > vault.db` then `casefile verify`. On the old code this printed
    # "updating this vault…", built an empty schema, deleted every blob and said "Vault OK".
    blobs_before = _files(with_documents / "blobs")
    keys_before = _files(with_documents / "keys")
    assert len(blobs_before) >= 2
    (with_documents / "vault.db").write_bytes(b"")

    done = run_cli("verify", "--vault", str(with_documents))

    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert "empty" in done.stderr and "restore" in done.stderr.lower()
    assert "updating this vault" not in done.stderr
    assert "Vault OK" not in done.stdout
    assert _files(with_documents / "blobs") == blobs_before
    assert _files(with_documents / "keys") == keys_before
    assert (with_documents / "vault.db").stat().st_size == 0  # nothing was written into it
    assert not (with_documents / "quarantine").exists()


def test_a_missing_database_is_damage_and_is_not_created(with_documents: Path) -> None:
    (with_documents / "vault.db").unlink()
    with pytest.raises(VaultDamaged, match="missing"):
        Vault.open(with_documents, PASSPHRASE)
    assert not (with_documents / "vault.db").exists()


def test_a_database_of_another_vault_is_refused_before_anything_is_written(
    with_documents: Path, tmp_path: Path
) -> None:
    # The other vault's database under this vault's key: the identity check, not the key, must
    # catch it. Made by copying this vault, then changing the copy's vault_id inside the database.
    other = tmp_path / "other"
    shutil.copytree(with_documents, other)
    opened = Vault.open(other, PASSPHRASE)
    with opened.transaction() as tx:
        tx.execute("UPDATE meta SET value = 'f' || value WHERE key = 'vault_id'")
    opened.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.close()
    shutil.copy(other / "vault.db", with_documents / "vault.db")
    before = (with_documents / "vault.db").read_bytes()

    with pytest.raises(VaultDamaged, match="different vault"):
        Vault.open(with_documents, PASSPHRASE)

    assert (with_documents / "vault.db").read_bytes() == before
    assert not (with_documents / "vault.db-wal").exists() or (with_documents / "vault.db-wal").stat().st_size == 0


def test_an_orphan_blob_is_quarantined_and_reported_by_verify(with_documents: Path) -> None:
    # A crash between writing a blob and committing its row leaves an orphan. The old code
    # deleted it at the next unlock; now it is moved aside and verify says so.
    orphan = with_documents / "blobs" / ("ab" * 16 + ".blob")
    orphan.write_bytes(b"CFBLOB1\0 left by a crash")
    vault = Vault.open(with_documents, PASSPHRASE)
    vault.set_meta("blobs_clean", "0")  # as a session that did not lock cleanly leaves it
    vault.close(audit_lock=False)

    done = run_cli("verify", "--vault", str(with_documents))

    assert done.returncode == 0, done.stderr
    assert "moved, not deleted" in done.stderr  # the unlock's warning
    assert "kept in" in done.stderr and "quarantine" in done.stderr  # verify's note
    assert not orphan.exists()
    assert (with_documents / "quarantine" / orphan.name).read_bytes() == b"CFBLOB1\0 left by a crash"

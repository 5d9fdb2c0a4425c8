"""Issue 11, finding 5: a backup is trusted only under a seal made with the vault's key.

Every forged backup here is built by hand from a real one: members dropped, changed, emptied,
duplicated or rolled back, the manifest's plain hashes recomputed as an attacker could. Restore
must refuse each before it writes anything: the folder that would receive the vault is checked
to the nanosecond of its modification time, so even a staging folder created and removed again
would show.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casefile.errors import CasefileError, VaultDamaged, WrongPassphrase
from casefile.services import records
from casefile.services.backup import backup, restore
from casefile.vault.db import Vault, _key_pragma
from tests.conftest import PASSPHRASE, run_cli

Members = dict[str, bytes]


def _read(path: Path) -> tuple[list[tuple[str, bytes]], dict]:
    """Every member in order (duplicates kept) and the parsed manifest."""
    items = []
    with tarfile.open(path) as tar:
        for m in tar.getmembers():
            fh = tar.extractfile(m)
            items.append((m.name, fh.read() if fh else b""))
    manifest = json.loads(dict(items)["manifest.json"])
    return [(n, d) for n, d in items if n != "manifest.json"], manifest


def _write(path: Path, items: list[tuple[str, bytes]], manifest: dict) -> None:
    with tarfile.open(path, "w", format=tarfile.GNU_FORMAT) as tar:
        for name, data in [*items, ("manifest.json", json.dumps(manifest).encode())]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def _rehash(items: list[tuple[str, bytes]], manifest: dict) -> dict:
    """What anyone can do: the plain hashes and sizes recomputed over the changed members."""
    manifest = dict(manifest)
    manifest["files"] = {n: {"size": len(d), "sha256": hashlib.sha256(d).hexdigest()} for n, d in items}
    return manifest


def _reseal(manifest: dict, vault_key: bytes) -> dict:
    """What only a holder of the vault key can do, computed from docs/vault-format.md's words:
    HMAC-SHA256 over the canonical JSON of all but `mac`, keyed with HKDF-SHA256 of the key."""
    body = {k: v for k, v in manifest.items() if k != "mac"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
    mac_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"casefile backup manifest v2").derive(
        vault_key
    )
    return {**manifest, "mac": {**manifest["mac"], "value": hmac.new(mac_key, canonical, hashlib.sha256).hexdigest()}}


def _state(folder: Path) -> tuple[int, list[str]]:
    return folder.stat().st_mtime_ns, sorted(p.name for p in folder.iterdir())


def _refused(
    backup_file: Path, target_parent: Path, error: type[Exception], match: str, secret: str = PASSPHRASE
) -> None:
    """Restore is refused with ``error`` and the destination's folder was not touched at all."""
    before = _state(target_parent)
    with pytest.raises(error, match=match):
        restore(backup_file, target_parent / "restored", secret)
    assert _state(target_parent) == before, "restore wrote into the destination folder before refusing"


@pytest.fixture
def made(example_vault: Vault, tmp_path: Path) -> Path:
    out = tmp_path / "b.cfbackup"
    backup(example_vault, out)
    return out


@pytest.fixture
def dest_parent(tmp_path: Path) -> Path:
    folder = tmp_path / "restore-here"
    folder.mkdir()
    return folder


def _blob(items: list[tuple[str, bytes]]) -> str:
    return next(n for n, _ in items if n.startswith("blobs/"))


FORGERIES: dict[str, Callable[[list[tuple[str, bytes]]], list[tuple[str, bytes]]]] = {
    # finding 5's own examples: blobs dropped, vault.db emptied; and one byte of content changed
    "blobs dropped": lambda items: [(n, d) for n, d in items if not n.startswith("blobs/")],
    "vault.db emptied": lambda items: [(n, b"" if n == "vault.db" else d) for n, d in items],
    "a document changed": lambda items: [
        (n, (d[:-1] + bytes([d[-1] ^ 1])) if n == _blob(items) else d) for n, d in items
    ],
}


@pytest.mark.parametrize("forgery", sorted(FORGERIES))
def test_forged_backup_with_recomputed_hashes_is_refused_and_nothing_is_written(
    made: Path, dest_parent: Path, tmp_path: Path, forgery: str
) -> None:
    """Must-show 6. On the code before the seal, each of these said 'Restored'."""
    items, manifest = _read(made)
    changed = FORGERIES[forgery](items)
    forged = tmp_path / "forged.cfbackup"
    _write(forged, changed, _rehash(changed, manifest))
    # An emptied database is refused by name even before the seal is checked.
    _refused(forged, dest_parent, VaultDamaged, "altered after it was made|vault.db is missing or empty")


def test_rolled_back_database_is_refused(example_vault: Vault, made: Path, dest_parent: Path, tmp_path: Path) -> None:
    """The database of an older backup slipped into a newer one, hashes recomputed: refused."""
    records.save(example_vault, "notes", {"text": "written between the two backups", "person_id": "p-rosa"})
    newer = tmp_path / "newer.cfbackup"
    backup(example_vault, newer)
    old_items, _ = _read(made)
    items, manifest = _read(newer)
    old_db = dict(old_items)["vault.db"]
    rolled = [(n, old_db if n == "vault.db" else d) for n, d in items]
    forged = tmp_path / "rolled.cfbackup"
    _write(forged, rolled, _rehash(rolled, manifest))
    _refused(forged, dest_parent, VaultDamaged, "altered after it was made")


def test_rolled_back_database_is_refused_even_under_a_valid_seal(
    example_vault: Vault, made: Path, dest_parent: Path, tmp_path: Path
) -> None:
    """The manifest binds the audit head: a database that ends elsewhere is refused even by
    someone holding the key who resealed the hashes (the database must be unpacked to be read,
    so this one check runs in the staging folder, which is removed again)."""
    records.save(example_vault, "notes", {"text": "written between the two backups", "person_id": "p-rosa"})
    newer = tmp_path / "newer.cfbackup"
    backup(example_vault, newer)
    old_items, _ = _read(made)
    items, manifest = _read(newer)
    rolled = [(n, dict(old_items)["vault.db"] if n == "vault.db" else d) for n, d in items]
    forged = tmp_path / "rolled.cfbackup"
    _write(forged, rolled, _reseal(_rehash(rolled, manifest), example_vault.raw_key_for_backup()))
    with pytest.raises(VaultDamaged, match="audit log ends elsewhere"):
        restore(forged, dest_parent / "restored", PASSPHRASE)
    assert list(dest_parent.iterdir()) == []


def test_backup_with_empty_database_is_refused_even_under_a_valid_seal(
    example_vault: Vault, made: Path, dest_parent: Path, tmp_path: Path
) -> None:
    """Must-show 2, second half: the backup a vault with a zero-byte vault.db would give, built
    by hand and sealed with the right key, is refused before anything is written."""
    items, manifest = _read(made)
    emptied = [(n, b"" if n == "vault.db" else d) for n, d in items]
    forged = tmp_path / "empty-db.cfbackup"
    _write(forged, emptied, _reseal(_rehash(emptied, manifest), example_vault.raw_key_for_backup()))
    _refused(forged, dest_parent, VaultDamaged, "vault.db is missing or empty")
    done = run_cli("restore", str(forged), "--vault", str(dest_parent / "r"))
    assert done.returncode == 1 and "Traceback" not in done.stderr and "empty" in done.stderr


def test_duplicate_member_is_a_clean_error(made: Path, dest_parent: Path, tmp_path: Path) -> None:
    """Finding 9: a member present twice (the second copy would win in tarfile) was an internal
    error; now it is refused by name, in the core and in the CLI (exit 1, no traceback)."""
    items, manifest = _read(made)
    blob = _blob(items)
    doubled = [*items, (blob, b"another body under the same name")]
    forged = tmp_path / "dup.cfbackup"
    _write(forged, doubled, manifest)
    _refused(forged, dest_parent, VaultDamaged, f"holds {blob} twice")
    done = run_cli("restore", str(forged), "--vault", str(dest_parent / "r"))
    assert done.returncode == 1, done.stderr
    assert "twice" in done.stderr and "Traceback" not in done.stderr and "internal" not in done.stderr


def test_extra_and_missing_members_are_refused(made: Path, dest_parent: Path, tmp_path: Path) -> None:
    items, manifest = _read(made)
    extra = tmp_path / "extra.cfbackup"
    _write(extra, [*items, ("blobs/" + "ab" * 16 + ".blob", b"planted")], manifest)
    _refused(extra, dest_parent, VaultDamaged, "not listed in the backup's manifest")
    missing = tmp_path / "missing.cfbackup"
    _write(missing, [(n, d) for n, d in items if n != _blob(items)], manifest)
    _refused(missing, dest_parent, VaultDamaged, "incomplete")


def test_manifest_naming_another_vault_is_refused(
    example_vault: Vault, made: Path, dest_parent: Path, tmp_path: Path
) -> None:
    items, manifest = _read(made)
    other = _reseal({**manifest, "vault_id": "0" * 32}, example_vault.raw_key_for_backup())
    forged = tmp_path / "other.cfbackup"
    _write(forged, items, other)
    _refused(forged, dest_parent, VaultDamaged, "names another vault")


def test_unsealed_version_1_backup_is_refused_with_a_clear_message(
    made: Path, dest_parent: Path, tmp_path: Path
) -> None:
    items, manifest = _read(made)
    old = {k: v for k, v in manifest.items() if k not in ("mac", "audit_head")}
    old["version"] = 1
    forged = tmp_path / "v1.cfbackup"
    _write(forged, items, old)
    _refused(forged, dest_parent, VaultDamaged, "older Casefile whose backups carry no seal")


def test_deeply_nested_manifest_is_a_clean_error(made: Path, dest_parent: Path, tmp_path: Path) -> None:
    items, _ = _read(made)
    forged = tmp_path / "deep.cfbackup"
    with tarfile.open(forged, "w", format=tarfile.GNU_FORMAT) as tar:
        for name, data in [*items, ("manifest.json", b"[" * 200_000 + b"]" * 200_000)]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    _refused(forged, dest_parent, VaultDamaged, "not a Casefile backup")


def test_restore_with_the_recovery_key_and_refusal_of_a_wrong_one(
    new_vault: tuple[Vault, str], tmp_path: Path, dest_parent: Path
) -> None:
    vault, recovery = new_vault
    records.save(vault, "people", {"full_name": "Ana Example", "is_client": True})
    out = tmp_path / "r.cfbackup"
    backup(vault, out)
    _refused(out, dest_parent, WrongPassphrase, "does not open", secret="not-the-passphrase-at-all")
    restore(out, dest_parent / "restored", recovery)
    with Vault.open(dest_parent / "restored", PASSPHRASE) as again:
        assert again.connection().execute("SELECT count(*) FROM people").fetchone()[0] == 1


def test_backup_manifest_carries_seal_vault_id_and_audit_head(example_vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "b.cfbackup"
    manifest = backup(example_vault, out)
    _, on_disk = _read(out)
    assert on_disk == manifest and manifest["version"] == 2
    assert manifest["vault_id"] == example_vault.vault_id
    # The head is the snapshot's: the 'backup' entry written after it is not in it.
    head_seq = int(manifest["audit_head"].split(":")[0])
    last = example_vault.connection().execute("SELECT seq, action FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert last == (head_seq + 1, "backup")
    assert _reseal(manifest, example_vault.raw_key_for_backup())["mac"] == manifest["mac"]
    with pytest.raises(CasefileError):  # and a real one still restores
        restore(out, tmp_path, PASSPHRASE)
    restore(out, tmp_path / "fine", PASSPHRASE)


def test_damaged_or_hostile_slot_in_a_backup_does_not_block_the_recovery_key(
    new_vault: tuple[Vault, str], tmp_path: Path, dest_parent: Path
) -> None:
    """A slot that was already damaged in the vault when the backup was made (so the seal vouches
    for it): the user's slot cut to 100 bytes, or given Argon2id memory of 2**31 KiB, is skipped
    and the recovery key still restores; the damaged slot itself is restored as it was."""
    vault, recovery = new_vault
    records.save(vault, "people", {"full_name": "Ana Example", "is_client": True})
    made = tmp_path / "r.cfbackup"
    backup(vault, made)
    items, manifest = _read(made)
    user_slot = next(n for n, d in items if n.startswith("keys/") and b'"kind": "user"' in d)
    body = json.loads(dict(items)[user_slot])
    body["kdf"]["memory_kib"] = 2**31
    for label, damaged in (("cut", dict(items)[user_slot][:100]), ("hostile", json.dumps(body).encode())):
        changed = [(n, damaged if n == user_slot else d) for n, d in items]
        forged = tmp_path / f"{label}.cfbackup"
        _write(forged, changed, _reseal(_rehash(changed, manifest), vault.raw_key_for_backup()))
        restore(forged, dest_parent / label, recovery)
        assert (dest_parent / label / user_slot).read_bytes() == damaged


def test_database_of_another_vault_id_is_refused_even_under_a_valid_seal(
    example_vault: Vault, made: Path, dest_parent: Path, tmp_path: Path
) -> None:
    """The database's own meta.vault_id must be the marker's (and the manifest's): a database
    relabelled under the same key is refused, and the staging folder is gone again."""
    items, manifest = _read(made)
    copy = tmp_path / "relabelled.db"
    copy.write_bytes(dict(items)["vault.db"])
    conn = sqlcipher3.connect(str(copy), isolation_level=None)
    conn.execute(_key_pragma(example_vault.raw_key_for_backup()))
    conn.execute("UPDATE meta SET value = ? WHERE key = 'vault_id'", ("f" * 32,))
    conn.close()
    relabelled = [(n, copy.read_bytes() if n == "vault.db" else d) for n, d in items]
    forged = tmp_path / "relabelled.cfbackup"
    _write(forged, relabelled, _reseal(_rehash(relabelled, manifest), example_vault.raw_key_for_backup()))
    with pytest.raises(VaultDamaged, match="belongs to a different vault"):
        restore(forged, dest_parent / "restored", PASSPHRASE)
    assert list(dest_parent.iterdir()) == []

"""Issue 11, finding 2: a damaged or hostile key slot is skipped with a warning and never locks
out the recovery key or the other users; absurd Argon2id parameters are refused before any
key derivation runs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from casefile.errors import KeySlotMissing, VaultDamaged
from casefile.vault import keys
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER, run_cli

OTHER = "jorge"
OTHER_PASSPHRASE = "tangerine-violin-harbor-glacier"


@pytest.fixture(scope="module")
def _two_users_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    # Made once: three Argon2id slots cost more than the checks that use them.
    path = tmp_path_factory.mktemp("template") / "v"
    vault, recovery = Vault.create(path, USER, PASSPHRASE)
    vault.add_user(OTHER, OTHER_PASSPHRASE)
    vault.close()
    return path, recovery


@pytest.fixture
def two_users(_two_users_template: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    """A closed vault with two users, a fresh copy for each test."""
    template, recovery = _two_users_template
    path = tmp_path / "v"
    shutil.copytree(template, path)
    return path, recovery


def _slot_of(path: Path, user: str) -> Path:
    for slot in (path / "keys").glob("*.slot"):
        body = json.loads(slot.read_text())
        if body["kind"] == "user" and body["user"] == user:
            return slot
    raise AssertionError(user)


def test_one_truncated_user_slot_leaves_recovery_and_other_users_working(two_users: tuple[Path, str]) -> None:
    # Must-show 3. On the old code every unlock failed with "The key slot file … is damaged".
    path, recovery = two_users
    slot = _slot_of(path, OTHER)
    slot.write_bytes(slot.read_bytes()[:100])

    warned: list[str] = []
    with Vault.open(path, recovery, on_warning=warned.append) as vault:
        assert vault.user == "recovery"
    assert any(slot.name in w and "damaged" in w for w in warned)
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.user == USER
        assert any(slot.name in w for w in vault.warnings)
    with Vault.open(path, PASSPHRASE, user=USER) as vault:
        assert vault.user == USER
    # The damaged user gets a clear message, not a crash.
    with pytest.raises(KeySlotMissing, match="damaged"):
        Vault.open(path, OTHER_PASSPHRASE, user=OTHER)

    # The command line says the same, on stderr, and verify counts the damaged slot as damage.
    done = run_cli("search", "--vault", str(path), "anything", stdin=recovery + "\n")
    assert done.returncode == 0, done.stderr
    assert "warning" in done.stderr and slot.name in done.stderr
    done = run_cli("verify", "--vault", str(path))
    assert done.returncode == 1 and slot.name in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("memory_kib", 2**31),
        ("iterations", 10**9),
        ("lanes", 2**24),
        ("memory_kib", 1024),
        ("lanes", True),
        ("iterations", "3"),
    ],
)
def test_hostile_kdf_parameters_are_skipped_before_any_argon2_work(
    two_users: tuple[Path, str], param: str, value: object
) -> None:
    # The old code ran Argon2id with memory_kib = 2**31 (an internal error, or 2 TiB asked of the
    # allocator) for every unlock without --user. Now the slot is refused on reading, so the
    # unlock costs what it always did and the others open.
    path, recovery = two_users
    slot = _slot_of(path, OTHER)
    body = json.loads(slot.read_text())
    body["kdf"][param] = value
    slot.write_text(json.dumps(body))

    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.user == USER
        assert any(param in w and slot.name in w for w in vault.warnings)
    with Vault.open(path, recovery) as vault:
        assert vault.user == "recovery"
    done = run_cli("search", "--vault", str(path), "--user", OTHER, "x", stdin=OTHER_PASSPHRASE + "\n")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "internal error" not in done.stderr and param in done.stderr


def test_check_kdf_refuses_out_of_bounds_without_deriving() -> None:
    sane = {**keys.DEFAULT_KDF, "salt": "AAAAAAAAAAAAAAAAAAAAAA=="}
    keys.check_kdf(sane, "x.slot")
    for bad in ({**sane, "memory_kib": 2**31}, {**sane, "salt": "!!"}, {**sane, "name": "scrypt"}, [], None):
        with pytest.raises(VaultDamaged):
            keys.check_kdf(bad, "x.slot")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"[" * 100_000 + b"]" * 100_000,
        b'{"format": "casefile-keyslot", "version": 1}',
        b"\xff\xfe\x00garbage",
        b"{" + b" " * 200_000 + b"}",
    ],
)
def test_garbage_slot_files_are_skipped(two_users: tuple[Path, str], content: bytes) -> None:
    path, recovery = two_users
    (path / "keys" / "0000000000000000.slot").write_bytes(content)
    with Vault.open(path, recovery) as vault:
        assert any("0000000000000000.slot" in w for w in vault.warnings)
    with Vault.open(path, OTHER_PASSPHRASE, user=OTHER) as vault:
        assert vault.user == OTHER

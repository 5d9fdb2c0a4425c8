"""Issue 11, finding 3, on real vaults: every passphrase ``init`` accepts unlocks its vault, new
recovery keys are recognised by their check, typos are called typos, and recovery keys made
before the check still open old vaults."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings

from casefile.domain.passphrase import assess
from casefile.errors import WrongPassphrase
from casefile.vault import keys
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER, run_cli
from tests.unit.test_trust_recovery_check import _secrets

ZEBRAS = "Crazy zebras gulp sweet plums at dawns"


def test_the_zebras_passphrase_created_by_init_unlocks(tmp_path: Path) -> None:
    # Finding 3 as reported: init accepts it, every later command refused it with exit 3.
    path = tmp_path / "v"
    done = run_cli("init", "--vault", str(path), "--user", USER, stdin=ZEBRAS + "\n")
    assert done.returncode == 0, done.stderr
    done = run_cli("search", "--vault", str(path), "rosa", stdin=ZEBRAS + "\n")
    assert done.returncode == 0, done.stderr
    assert "No matches" in done.stdout


def test_the_zebras_passphrase_also_changes_and_restores(tmp_path: Path) -> None:
    # The other doors a passphrase goes through: passwd (the current passphrase) and restore.
    path = tmp_path / "v"
    assert run_cli("init", "--vault", str(path), "--user", USER, stdin=ZEBRAS + "\n").returncode == 0
    backup = tmp_path / "v.cfbackup"
    assert run_cli("backup", "--vault", str(path), "--out", str(backup), stdin=ZEBRAS + "\n").returncode == 0
    done = run_cli("restore", str(backup), "--vault", str(tmp_path / "restored"), stdin=ZEBRAS + "\n")
    assert done.returncode == 0, done.stderr
    new = "Quiet otters fold paper lanterns"
    done = run_cli("passwd", "--vault", str(path), stdin=f"{ZEBRAS}\n{new}\n{new}\n")
    assert done.returncode == 0, done.stderr
    assert run_cli("search", "--vault", str(path), "x", stdin=new + "\n").returncode == 0


def test_new_recovery_key_opens_and_a_typo_is_called_a_typo(tmp_path: Path) -> None:
    path = tmp_path / "v"
    done = run_cli("init", "--vault", str(path), "--user", USER)
    assert done.returncode == 0, done.stderr
    recovery = next(w for w in done.stdout.split() if w.count("-") == 7)
    assert keys.recovery_form(recovery).checked

    assert run_cli("search", "--vault", str(path), "x", stdin=recovery.lower() + "\n").returncode == 0
    # One character wrong (the second of the third group): exit 3 and the word "mistyped".
    i = 11
    wrong = recovery[:i] + ("B" if recovery[i] != "B" else "C") + recovery[i + 1 :]
    done = run_cli("search", "--vault", str(path), "x", stdin=wrong + "\n")
    assert done.returncode == 3
    assert "mistyped" in done.stderr and "Traceback" not in done.stderr


def test_recovery_key_of_an_old_vault_without_check_still_opens(tmp_path: Path) -> None:
    # Vaults made before the check have a 32-character key with no check. Rebuilt here by
    # resealing the recovery slot (same slot id) under such a key.
    path = tmp_path / "v"
    vault, _ = Vault.create(path, USER, PASSPHRASE)
    rng = random.Random(7)
    old_key = "".join(rng.choice(keys.RECOVERY_ALPHABET) for _ in range(32))
    assert not keys.recovery_form(old_key).checked  # 1023 in 1024 old keys fail the new check
    slot = next(s for s in keys.list_slots(vault.keys_dir) if s.kind == "recovery")
    keys.seal(
        vault.raw_key_for_backup(),
        keys.normalize_recovery_key(old_key),
        keys_dir=vault.keys_dir,
        kind="recovery",
        user="",
        vault_id=vault.vault_id,
        slot_id=slot.slot_id,
    )
    vault.close()

    with Vault.open(path, old_key.lower()) as reopened:
        assert reopened.user == "recovery"
    with pytest.raises(WrongPassphrase, match="mistyped"):
        Vault.open(path, "B" + old_key[1:])


def _unlocks_its_own_vault(base: Path, counter: itertools.count, secret: str) -> None:
    path = base / f"v{next(counter)}"
    vault, _ = Vault.create(path, USER, secret)
    vault.close()
    with Vault.open(path, secret) as reopened:
        assert reopened.user == USER


_EXAMPLE_SETTINGS = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much, HealthCheck.too_slow],
}


@settings(max_examples=8, **_EXAMPLE_SETTINGS)
@given(secret=_secrets())
def test_passphrases_that_pass_the_strength_check_unlock_their_vault(tmp_path: Path, secret: str) -> None:
    # Must-show 4, the quick run: each example is a real vault (two Argon2id slots written, one
    # or two run to unlock, ~1 s). The KDF is never weakened for tests: no such parameter exists.
    assume(assess(secret, (USER, "v")).acceptable)
    _unlocks_its_own_vault(tmp_path, _COUNTER, secret)


_COUNTER = itertools.count()


@pytest.mark.slow
@settings(max_examples=200, **_EXAMPLE_SETTINGS)
@given(secret=_secrets())
def test_two_hundred_passphrases_that_pass_the_strength_check_unlock_their_vault(tmp_path: Path, secret: str) -> None:
    # Must-show 4 in full: 200 examples (words, upper case, 32-letter strings in the recovery
    # alphabet), a few minutes; `make test-slow`.
    assume(assess(secret, (USER, "v")).acceptable)
    _unlocks_its_own_vault(tmp_path, _COUNTER, secret)

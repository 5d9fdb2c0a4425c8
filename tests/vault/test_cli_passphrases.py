"""Wrong passphrase, recovery key, passwd rewriting one slot only (locked, audited) — through the real CLI."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.conftest import PASSPHRASE, run_cli


def _init(vault: Path) -> str:
    done = run_cli("init", "--vault", str(vault), "--user", "maria")
    assert done.returncode == 0, done.stderr
    lines = [ln.strip() for ln in done.stdout.splitlines() if ln.strip().count("-") == 7]
    assert len(lines) == 1
    return lines[0]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_wrong_passphrase_is_exit_3_with_one_line(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    _init(vault)
    done = run_cli("verify", "--vault", str(vault), stdin="not the passphrase at all\n")
    assert done.returncode == 3
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Wrong passphrase" in done.stderr
    assert "Traceback" not in done.stderr


def test_weak_passphrase_is_refused_with_a_reason(tmp_path: Path) -> None:
    done = run_cli("init", "--vault", str(tmp_path / "v"), "--user", "maria", stdin="password123\n")
    assert done.returncode == 1
    assert "too weak" in done.stderr and "common" in done.stderr
    assert not (tmp_path / "v").exists()


def test_recovery_key_opens_the_vault(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    recovery = _init(vault)
    done = run_cli("verify", "--vault", str(vault), stdin=recovery.lower().replace("-", " ") + "\n")
    assert done.returncode == 0, done.stderr
    assert "Vault OK" in done.stdout


def test_passwd_rewrites_one_slot_and_records_it(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    recovery = _init(vault)
    slots_before = {p.name: _digest(p) for p in (vault / "keys").glob("*.slot")}
    new = "orchid-tractor-velvet-harbor"
    done = run_cli("passwd", "--vault", str(vault), stdin=f"{PASSPHRASE}\n{new}\n")
    assert done.returncode == 0, done.stderr
    slots_after = {p.name: _digest(p) for p in (vault / "keys").glob("*.slot")}
    # The user's slot is replaced by a new one; the recovery key's is untouched.
    assert len(slots_after) == len(slots_before) == 2
    assert len(set(slots_after.items()) & set(slots_before.items())) == 1
    assert run_cli("verify", "--vault", str(vault)).returncode == 3  # old passphrase no longer works
    assert run_cli("verify", "--vault", str(vault), stdin=new + "\n").returncode == 0
    assert run_cli("verify", "--vault", str(vault), stdin=recovery + "\n").returncode == 0
    # Done under the writer lock by the core, and in the audit log (issue 11, finding 4).
    from casefile.vault.db import Vault

    with Vault.open(vault, new) as opened:
        actions = [r[0] for r in opened.connection().execute("SELECT action FROM audit ORDER BY seq")]
    assert "change-passphrase" in actions


def test_passwd_waits_for_the_writer_lock(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    _init(vault)
    from casefile.vault.db import Vault

    with Vault.open(vault, PASSPHRASE):  # e.g. the app has the vault open
        done = run_cli("passwd", "--vault", str(vault), stdin=f"{PASSPHRASE}\norchid-tractor-velvet-harbor\n")
    assert done.returncode == 4, done.stderr
    assert run_cli("verify", "--vault", str(vault)).returncode == 0  # the passphrase is unchanged


def test_passwd_with_wrong_current_passphrase_changes_nothing(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    _init(vault)
    slots_before = {p.name: _digest(p) for p in (vault / "keys").glob("*.slot")}
    done = run_cli("passwd", "--vault", str(vault), stdin="wrong-one-entirely\norchid-tractor-velvet-harbor\n")
    assert done.returncode == 3
    assert {p.name: _digest(p) for p in (vault / "keys").glob("*.slot")} == slots_before


def test_missing_vault_and_usage_errors(tmp_path: Path) -> None:
    done = run_cli("verify", "--vault", str(tmp_path / "nowhere"))
    assert done.returncode == 1
    assert "no vault" in done.stderr.lower()
    assert run_cli("verify").returncode == 2
    version = run_cli("--version", stdin="")
    assert version.returncode == 0 and version.stdout.startswith("Casefile ")

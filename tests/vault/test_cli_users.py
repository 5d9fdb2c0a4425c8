"""``casefile user add / remove / list`` and ``passwd --rotate-key`` through the real command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE, run_cli

CARLOS_PW = "orchid-tractor-velvet-harbor"


def _init(vault: Path) -> str:
    done = run_cli("init", "--vault", str(vault), "--user", "maria")
    assert done.returncode == 0, done.stderr
    (recovery,) = [ln.strip() for ln in done.stdout.splitlines() if ln.strip().count("-") == 7]
    return recovery


def _users(vault: Path) -> dict[str, dict]:
    done = run_cli("user", "list", "--vault", str(vault), "--json")
    assert done.returncode == 0, done.stderr
    return {u["name"]: u for u in json.loads(done.stdout)}


def _slot_of(vault: Path, name: str) -> Path:
    (found,) = [p for p in (vault / "keys").glob("*.slot") if json.loads(p.read_text())["user"] == name]
    return found


def test_add_list_remove_through_the_cli(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    recovery = _init(vault)
    # The acting user's passphrase, then the new user's twice.
    added = run_cli(
        "user",
        "add",
        "--vault",
        str(vault),
        "carlos",
        "--role",
        "attorney",
        stdin=f"{PASSPHRASE}\n{CARLOS_PW}\n{CARLOS_PW}\n",
    )
    assert added.returncode == 0, added.stderr
    assert "Added carlos (attorney)" in added.stdout
    listed = _users(vault)
    assert listed["carlos"]["role"] == "attorney" and listed["carlos"]["active"] and listed["carlos"]["has_key_slot"]
    assert run_cli("verify", "--vault", str(vault), stdin=CARLOS_PW + "\n").returncode == 0
    saved = tmp_path / "carlos.slot"
    shutil.copy(_slot_of(vault, "carlos"), saved)

    removed = run_cli("user", "remove", "--vault", str(vault), "carlos")
    assert removed.returncode == 0, removed.stderr
    assert "changed the vault's key" in removed.stdout
    assert "re-encrypting" in removed.stderr  # progress is said on stderr, not in the output
    listed = _users(vault)
    assert not listed["carlos"]["active"] and listed["carlos"]["removed_at"]

    shutil.copy(saved, vault / "keys" / saved.name)
    refused = run_cli("verify", "--vault", str(vault), "--user", "carlos", stdin=CARLOS_PW + "\n")
    assert refused.returncode == 3
    assert "no longer opens" in refused.stderr and "Traceback" not in refused.stderr
    assert run_cli("verify", "--vault", str(vault), stdin=recovery + "\n").returncode == 0

    plain = run_cli("user", "list", "--vault", str(vault))
    assert plain.returncode == 0
    assert any(ln.startswith("carlos") and "removed" in ln for ln in plain.stdout.splitlines())


def test_bad_requests_are_clear_errors(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    _init(vault)
    differ = run_cli(
        "user", "add", "--vault", str(vault), "carlos", stdin=f"{PASSPHRASE}\n{CARLOS_PW}\nsomething-else-entirely\n"
    )
    assert differ.returncode == 1 and "differ" in differ.stderr
    weak = run_cli("user", "add", "--vault", str(vault), "carlos", stdin=f"{PASSPHRASE}\npassword1\npassword1\n")
    assert weak.returncode == 1 and "too weak" in weak.stderr
    missing = run_cli("user", "remove", "--vault", str(vault), "nobody")
    assert missing.returncode == 1 and "not a user" in missing.stderr
    myself = run_cli("user", "remove", "--vault", str(vault), "maria")
    assert myself.returncode == 1 and "yourself" in myself.stderr
    wrong = run_cli("user", "list", "--vault", str(vault), stdin="not-the-passphrase-at-all\n")
    assert wrong.returncode == 3
    for done in (differ, weak, missing, myself, wrong):
        assert "Traceback" not in done.stderr
    assert set(_users(vault)) == {"maria"}
    assert run_cli("user", "--vault", str(vault)).returncode == 2  # no action: usage error


def test_passwd_rotate_key_makes_an_old_slot_copy_useless(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    recovery = _init(vault)
    old = tmp_path / "maria-old.slot"
    shutil.copy(_slot_of(vault, "maria"), old)
    new = "quiet-lantern-mosaic-pepper"
    done = run_cli("passwd", "--vault", str(vault), "--rotate-key", stdin=f"{PASSPHRASE}\n{new}\n")
    assert done.returncode == 0, done.stderr
    assert "key was changed" in done.stdout
    current = _slot_of(vault, "maria")
    shutil.copy(old, current)  # the stolen copy, with the old passphrase
    assert run_cli("verify", "--vault", str(vault)).returncode == 3
    assert run_cli("verify", "--vault", str(vault), stdin=recovery + "\n").returncode == 0

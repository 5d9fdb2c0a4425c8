"""SIGKILL at random moments loses no committed work; a second process is refused with exit 4."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from casefile.queries import records
from casefile.queries.kinds import KINDS
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER, run_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

WORKER = textwrap.dedent(
    """
    import sys, itertools
    from casefile.vault.db import Vault
    from casefile.services import records
    from casefile.services.interchange import import_document
    vault = Vault.open(sys.argv[1], sys.argv[2])
    tag = sys.argv[3]
    serial = int(tag[1:]) if tag[1:].isdigit() else 999  # one A-number per person: r12 → A012…
    print("open", flush=True)
    for n in itertools.count():
        pid = f"p-{tag}-{n}"
        doc = {"format": "casefile-interchange", "version": 1,
               "people": [{"id": pid, "full_name": f"Persona {tag} {n}", "a_number": "A%03d%06d" % (serial, n)}],
               "notes": [{"id": f"n-{tag}-{n}", "text": "nota " * 50, "person_id": pid}]}
        import_document(vault, doc, base_dir=None)
        print("imported", pid, flush=True)
        records.save(vault, "people", {"id": pid, "full_name": f"Persona {tag} {n} (edited)"})
        print("edited", pid, flush=True)
    """
)


def _open_child(vault: Path, tag: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, str(vault), PASSPHRASE, tag],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_sigkill_twenty_times_loses_nothing_that_returned(tmp_path: Path) -> None:
    _kill_and_check(tmp_path, rounds=20, seed=20261123)


@pytest.mark.slow
def test_sigkill_two_hundred_times_loses_nothing_that_returned(tmp_path: Path) -> None:
    # The soak (make test-slow): ten times the rounds, other moments.
    _kill_and_check(tmp_path, rounds=200, seed=20261205)


def _kill_and_check(tmp_path: Path, *, rounds: int, seed: int) -> None:
    """Kill a writing child ``rounds`` times at random moments; every write it reported is there."""
    path = tmp_path / "v"
    Vault.create(path, USER, PASSPHRASE)[0].close()
    rng = random.Random(seed)
    imported: set[str] = set()
    edited: set[str] = set()
    for round_no in range(rounds):
        child = _open_child(path, f"r{round_no}")
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open", child.stderr.read() if child.stderr else ""
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        # Only whole lines count: the kill can land inside a print ("imported" written, its id
        # not yet), and a line is whole once its newline is there.
        for line in out.split("\n")[:-1]:
            word, _, pid = line.partition(" ")
            assert word in ("imported", "edited") and pid, repr(line)
            (imported if word == "imported" else edited).add(pid)
    assert len(imported) > rounds
    vault = Vault.open(path, PASSPHRASE)
    try:
        conn = vault.connection()
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        for pid in imported:
            person = records.get(conn, KINDS["people"], pid)
            assert person is not None, pid
            assert records.get(conn, KINDS["notes"], pid.replace("p-", "n-", 1)) is not None
        for pid in edited:
            assert records.get(conn, KINDS["people"], pid)["full_name"].endswith("(edited)")
        from casefile.vault.audit import verify_chain

        assert verify_chain(conn).ok
    finally:
        vault.close()


def test_second_process_gets_exit_4_until_the_first_dies(tmp_path: Path) -> None:
    path = tmp_path / "v"
    Vault.create(path, USER, PASSPHRASE)[0].close()
    holder = _open_child(path, "holder")
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        done = run_cli("verify", "--vault", str(path))
        assert done.returncode == 4, done.stderr
        assert "already open" in done.stderr and str(holder.pid) in done.stderr
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=30)
    done = run_cli("verify", "--vault", str(path))
    assert done.returncode == 0, done.stderr


def test_same_process_cannot_open_twice(tmp_path: Path) -> None:
    from casefile.errors import VaultLocked

    path = tmp_path / "v"
    vault, _ = Vault.create(path, USER, PASSPHRASE)
    try:
        with pytest.raises(VaultLocked):
            Vault.open(path, PASSPHRASE)
    finally:
        vault.close()
    Vault.open(path, PASSPHRASE).close()

"""Issue 11, finding 4 and must-show 5: removing a user revokes them; passphrase changes are audited.

Real vault files throughout. A "saved slot file" is the user's keys/<id>.slot copied aside before
the removal and copied back after it, as a removed colleague with a copy of the folder would.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from casefile.errors import CasefileError, WrongPassphrase
from casefile.services.documents import add_document, read_for_view
from casefile.vault import keyring, keys, users
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER

CARLOS, CARLOS_PW = "carlos", "orchid-tractor-velvet-harbor"
ANA, ANA_PW = "ana", "pelican-thimble-saffron-glacier"
ROOT = Path(__file__).resolve().parents[2]


def _slot_of(vault_path: Path, name: str) -> Path:
    (found,) = [p for p in (vault_path / "keys").glob("*.slot") if json.loads(p.read_text())["user"] == name]
    return found


def _actions(vault: Vault) -> list[tuple[str, str]]:
    return [tuple(r) for r in vault.connection().execute("SELECT action, record_id FROM audit ORDER BY seq")]


def _opens(path: Path, secret: str, user: str | None = None) -> str:
    vault = Vault.open(path, secret, user=user)
    try:
        return vault.user
    finally:
        vault.close()


@pytest.fixture
def team(new_vault, vault_path, tmp_path):
    """maria (acting), carlos and ana, and a document; yields (vault, recovery, saved copy of carlos's slot)."""
    vault, recovery = new_vault
    users.add_user(vault, CARLOS, CARLOS_PW, "paralegal")
    users.add_user(vault, ANA, ANA_PW, "attorney")
    saved = tmp_path / "carlos-copy.slot"
    shutil.copy(_slot_of(vault_path, CARLOS), saved)
    return vault, recovery, saved


def test_a_removed_users_saved_slot_no_longer_opens_the_vault(team, vault_path, example_dir):
    vault, recovery, saved = team
    doc_file = example_dir / "files" / sorted(p.name for p in (example_dir / "files").iterdir())[0]
    doc = add_document(vault, doc_file, {"title": "Notice"})
    content = doc_file.read_bytes()
    before_key = vault.raw_key_for_backup()
    steps: list[tuple[int, int]] = []

    users.remove_user(vault, CARLOS, progress=lambda done, total: steps.append((done, total)))

    assert vault.raw_key_for_backup() != before_key
    assert steps and steps[-1][0] == steps[-1][1]  # progress reached the end
    assert [a for a in _actions(vault) if a[0] in ("remove-user", "rekey")] == [("remove-user", CARLOS), ("rekey", "")]
    (carlos,) = [u for u in users.list_users(vault) if u.name == CARLOS]
    assert carlos.removed_at is not None and not carlos.has_slot
    assert read_for_view(vault, doc["id"])[0] == content  # documents keep their own keys: still readable
    vault.close()

    # The removed colleague puts their saved slot back and tries their passphrase.
    shutil.copy(saved, vault_path / "keys" / saved.name.replace("carlos-copy", "restored"))
    with pytest.raises(WrongPassphrase) as refused:
        Vault.open(vault_path, CARLOS_PW, user=CARLOS)
    assert "no longer opens" in refused.value.message
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, CARLOS_PW)
    # Everyone else still gets in, the recovery key too, and the log holds the removal and the rekey.
    assert _opens(vault_path, PASSPHRASE) == USER
    assert _opens(vault_path, ANA_PW) == ANA
    assert _opens(vault_path, recovery) == "recovery"
    with Vault.open(vault_path, PASSPHRASE) as again:
        actions = [a for a, _r in _actions(again)]
        assert actions.index("remove-user") < actions.index("rekey")
        from casefile.vault.audit import verify_chain

        assert verify_chain(again.connection()).ok
        assert read_for_view(again, doc["id"])[0] == content


def test_the_old_key_does_not_open_the_new_database(team, vault_path):
    vault, _recovery, _saved = team
    old_key = vault.raw_key_for_backup()
    users.remove_user(vault, CARLOS)
    vault.close()
    import sqlcipher3

    conn = sqlcipher3.connect(str(vault_path / "vault.db"))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_a_removed_users_name_is_refused_even_with_a_slot_that_opens_the_current_key(team, vault_path):
    # Made with the current key (e.g. by a tool run by someone who can still unlock): the key
    # opens, but removed_at is checked before anything else.
    vault, _recovery, _saved = team
    users.remove_user(vault, CARLOS)
    keyring.seal_slot(
        vault.raw_key_for_backup(),
        CARLOS_PW,
        keys_dir=vault.keys_dir,
        kind="user",
        user=CARLOS,
        vault_id=vault.vault_id,
        gen=1,
        salt=keyring.db_salt(vault.db_path),
    )
    vault.close()
    with pytest.raises(WrongPassphrase) as refused:
        Vault.open(vault_path, CARLOS_PW, user=CARLOS)
    assert "was removed" in refused.value.message
    with Vault.open(vault_path, PASSPHRASE) as again:
        assert ("unlock-refused", CARLOS) in _actions(again)


def test_refusals_change_nothing(team, vault_path):
    vault, _recovery, _saved = team
    before = vault.raw_key_for_backup()
    with pytest.raises(CasefileError, match="yourself"):
        users.remove_user(vault, USER)
    with pytest.raises(CasefileError, match="not a user"):
        users.remove_user(vault, "nobody")
    with pytest.raises(CasefileError, match="already a user"):
        users.add_user(vault, ANA, "another-quite-long-passphrase-here")
    with pytest.raises(CasefileError, match="too weak"):
        users.add_user(vault, "luis", "password123")
    with pytest.raises(CasefileError, match="reserved"):
        users.add_user(vault, "Recovery", "crimson-walrus-banjo-tulip")
    with pytest.raises(CasefileError, match="role"):
        users.add_user(vault, "luis", "crimson-walrus-banjo-tulip", role="boss")
    users.remove_user(vault, CARLOS)
    with pytest.raises(CasefileError, match="already removed"):
        users.remove_user(vault, CARLOS)
    assert vault.raw_key_for_backup() != before
    assert {u.name for u in users.list_users(vault) if u.active} == {USER, ANA}
    assert sorted(p.name for p in vault.path.iterdir() if p.name.startswith(".rekey")) == []


def test_the_last_other_user_cannot_be_removed_by_the_recovery_key(new_vault, vault_path):
    vault, recovery = new_vault
    vault.close()
    with Vault.open(vault_path, recovery) as by_recovery, pytest.raises(CasefileError, match="No other user"):
        users.remove_user(by_recovery, USER)
    assert _opens(vault_path, PASSPHRASE) == USER


def test_a_removed_colleague_can_be_added_again(team, vault_path):
    vault, _recovery, _saved = team
    users.remove_user(vault, CARLOS)
    users.add_user(vault, CARLOS, "marble-otter-kettle-sunrise", "volunteer")
    (carlos,) = [u for u in users.list_users(vault) if u.name == CARLOS]
    assert carlos.active and carlos.role == "volunteer"
    vault.close()
    assert _opens(vault_path, "marble-otter-kettle-sunrise") == CARLOS
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, CARLOS_PW, user=CARLOS)


def test_a_failure_mid_copy_leaves_the_vault_as_it_was(team, vault_path):
    vault, recovery, _saved = team
    before = vault.raw_key_for_backup()
    slots_before = {p.name: p.read_bytes() for p in (vault_path / "keys").glob("*.slot")}

    def fail(done: int, total: int) -> None:
        raise OSError("injected: the drive went away")

    with pytest.raises(OSError, match="injected"):
        users.remove_user(vault, CARLOS, progress=fail)
    assert vault.raw_key_for_backup() == before
    assert {p.name: p.read_bytes() for p in (vault_path / "keys").glob("*.slot")} == slots_before
    assert not [p for p in vault_path.iterdir() if p.name.startswith(".rekey")]
    # The open vault carries on (its connections reopen), and the removal can be done again.
    assert {u.name for u in users.list_users(vault) if u.active} == {USER, ANA, CARLOS}
    users.remove_user(vault, CARLOS)
    vault.close()
    assert _opens(vault_path, ANA_PW) == ANA
    assert _opens(vault_path, recovery) == "recovery"


# A child process removes carlos and is SIGKILLed at one point of the rotation.
_KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from casefile.vault import keyring, users
    from casefile.vault.db import Vault

    path, where = Path(sys.argv[1]), sys.argv[2]
    vault = Vault.open(path, sys.argv[3])

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    real_replace, real_write = os.replace, keyring.write_entries
    writes = []

    def replace(src, dst, *a, **k):
        if where == "before-swap" and str(dst).endswith("vault.db"):
            die()
        real_replace(src, dst, *a, **k)
        if where == "after-swap" and str(dst).endswith("vault.db"):
            die()

    def write_entries(p, entries):
        writes.append(p)
        real_write(p, entries)
        if where == "between-slots" and len(writes) == 2:
            die()

    def progress(done, total):
        if where == "mid-copy":
            die()

    os.replace, keyring.write_entries = replace, write_entries
    users.remove_user(vault, "carlos", progress=progress)
    print("finished")
    """
)


@pytest.mark.parametrize("where", ["mid-copy", "between-slots", "before-swap", "after-swap"])
def test_a_kill_at_any_point_leaves_a_vault_every_remaining_key_opens(team, vault_path, where):
    vault, recovery, saved = team
    vault.close()
    done = subprocess.run(
        [sys.executable, "-c", _KILLER, str(vault_path), where, PASSPHRASE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == -9, done.stderr  # killed, as planned
    assert _opens(vault_path, PASSPHRASE) == USER
    assert _opens(vault_path, ANA_PW) == ANA
    assert _opens(vault_path, recovery) == "recovery"
    swapped = where == "after-swap"
    if swapped:
        # The removal is in force: carlos is refused and a copy of his slot opens nothing.
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_path, CARLOS_PW, user=CARLOS)
        shutil.copy(saved, vault_path / "keys" / "0123456789abcdef.slot")
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_path, CARLOS_PW, user=CARLOS)
    else:
        assert _opens(vault_path, CARLOS_PW, user=CARLOS) == CARLOS  # nothing was changed yet
    # Whatever was left over, removing carlos (again) completes and revokes him.
    with Vault.open(vault_path, PASSPHRASE) as again:
        if not swapped:
            users.remove_user(again, CARLOS)
        assert [a for a, r in _actions(again) if r == CARLOS and a == "remove-user"] == ["remove-user"]
    assert not [p for p in vault_path.iterdir() if p.name.startswith(".rekey")]
    shutil.copy(saved, vault_path / "keys" / "0123456789abcdef.slot")
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, CARLOS_PW, user=CARLOS)
    assert _opens(vault_path, ANA_PW) == ANA
    assert _opens(vault_path, recovery) == "recovery"


def test_change_passphrase_is_audited_and_an_old_slot_copy_opens_until_the_key_rotates(vault, vault_path, tmp_path):
    old_copy = tmp_path / "maria-old.slot"
    shutil.copy(_slot_of(vault_path, USER), old_copy)
    new = "orchid-tractor-velvet-harbor"
    users.change_passphrase(vault, new)
    assert ("change-passphrase", USER) in _actions(vault)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    assert _opens(vault_path, new) == USER

    # As docs/vault-format.md says: the old slot, put back, still opens with the old passphrase...
    current = _slot_of(vault_path, USER)
    kept = current.read_bytes()
    shutil.copy(old_copy, current)
    assert _opens(vault_path, PASSPHRASE) == USER
    current.write_bytes(kept)
    # ...until the key is rotated (passwd --rotate-key), after which it opens nothing.
    with Vault.open(vault_path, new) as again:
        users.change_passphrase(again, "quiet-lantern-mosaic-pepper", rotate=True)
        assert [a for a, _r in _actions(again)][-2:] == ["change-passphrase", "rekey"]
    shutil.copy(old_copy, current)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)


def test_user_changes_need_an_open_vault(vault):
    vault.close()
    with pytest.raises(CasefileError, match="locked"):
        users.add_user(vault, CARLOS, CARLOS_PW)
    with pytest.raises(CasefileError, match="locked"):
        users.remove_user(vault, CARLOS)


def _make_legacy(vault_path: Path, name: str, secret: str, kind: str = "user") -> None:
    """Rewrite a slot as Casefile before this change wrote it: the database key wrapped directly."""
    path = _slot_of(vault_path, name) if kind == "user" else _recovery_slot(vault_path)
    slot = keys.read_slot(path)
    db_key = keys.unseal(slot, secret)
    path.unlink()
    keys.seal(db_key, secret, keys_dir=vault_path / "keys", kind=kind, user=slot.user, vault_id=slot.vault_id)


def _recovery_slot(vault_path: Path) -> Path:
    (found,) = [p for p in (vault_path / "keys").glob("*.slot") if json.loads(p.read_text())["kind"] == "recovery"]
    return found


def test_an_older_vaults_slots_are_upgraded_when_used_and_removal_waits_for_them(team, vault_path):
    vault, recovery, _saved = team
    vault.close()
    for name, secret in ((USER, PASSPHRASE), (ANA, ANA_PW), (CARLOS, CARLOS_PW)):
        _make_legacy(vault_path, name, secret)
    _make_legacy(vault_path, "", recovery, kind="recovery")
    legacy_copy = _slot_of(vault_path, CARLOS).read_bytes()
    # Older slots still open the vault.
    assert _opens(vault_path, ANA_PW) == ANA

    with Vault.open(vault_path, PASSPHRASE) as again:
        assert users.upgrade_slot(again, PASSPHRASE)
        with pytest.raises(CasefileError) as waiting:
            users.remove_user(again, CARLOS)
        assert "ana's passphrase" in waiting.value.message and "the recovery key" in waiting.value.message
        assert "maria" not in waiting.value.message  # upgraded just now
    for secret in (ANA_PW, recovery):
        with Vault.open(vault_path, secret) as used:
            assert users.upgrade_slot(used, secret)
            assert not users.upgrade_slot(used, secret)  # once is enough
    with Vault.open(vault_path, PASSPHRASE) as again:
        users.remove_user(again, CARLOS)  # carlos's own slot need not be upgraded: it is dropped
    # His older-style slot put back yields the old key, and is recognised as left behind.
    (vault_path / "keys" / "0123456789abcdef.slot").write_bytes(legacy_copy)
    with pytest.raises(WrongPassphrase) as refused:
        Vault.open(vault_path, CARLOS_PW, user=CARLOS)
    assert "no longer opens" in refused.value.message
    assert _opens(vault_path, ANA_PW) == ANA
    assert _opens(vault_path, recovery) == "recovery"


def test_a_removal_waits_for_a_read_only_command_and_refuses_removed_readers(team, vault_path):
    vault, _recovery, saved = team
    before = vault.raw_key_for_backup()
    # e.g. `casefile search` running beside the app: it has the database open.
    reader = Vault.open(vault_path, ANA_PW, reader=True)
    try:
        with pytest.raises(CasefileError, match="reading this vault") as busy:
            users.remove_user(vault, CARLOS)
        assert busy.value.exit_code == 4
    finally:
        reader.close()
    assert vault.raw_key_for_backup() == before
    assert {u.name for u in users.list_users(vault) if u.active} == {USER, ANA, CARLOS}
    users.remove_user(vault, CARLOS)
    # The app still holds the vault; a read-only command with the removed user's slot copy is refused too.
    shutil.copy(saved, vault_path / "keys" / "0123456789abcdef.slot")
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, CARLOS_PW, user=CARLOS, reader=True)
    with Vault.open(vault_path, ANA_PW, reader=True) as reading:
        assert reading.user == ANA


def test_a_passphrase_change_cut_short_keeps_one_passphrase_in_force(vault, vault_path, monkeypatch):
    # Before its commit (here the audit write fails): the new slot is gone, the old passphrase works.
    real_append = users.audit.append

    def failing(conn, user, action, *args, **kwargs):
        if action == "change-passphrase":
            raise OSError("injected")
        return real_append(conn, user, action, *args, **kwargs)

    monkeypatch.setattr(users.audit, "append", failing)
    with pytest.raises(OSError, match="injected"):
        users.change_passphrase(vault, "orchid-tractor-velvet-harbor")
    monkeypatch.undo()
    assert len(list((vault_path / "keys").glob("*.slot"))) == 2

    # After its commit, with the old file left behind (the deletion never ran): the next rotation
    # does not carry the old slot, so the old passphrase stops working with it.
    users.add_user(vault, CARLOS, CARLOS_PW)
    monkeypatch.setattr(users.keys, "remove_slot", lambda slot: None)
    users.change_passphrase(vault, "quiet-lantern-mosaic-pepper")
    monkeypatch.undo()
    assert len([p for p in (vault_path / "keys").glob("*.slot") if json.loads(p.read_text())["user"] == USER]) == 2
    users.remove_user(vault, CARLOS)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE, user=USER)
    assert _opens(vault_path, "quiet-lantern-mosaic-pepper") == USER


def test_a_revocable_slot_whose_record_was_lost_is_recorded_when_used(team, vault_path):
    vault, _recovery, _saved = team
    ana_slot = keys.read_slot(_slot_of(vault_path, ANA))
    with vault.transaction() as tx:  # as if the process died between the slot's write and its commit
        tx.execute("DELETE FROM meta WHERE key = ?", (users.SLOT_META + ana_slot.slot_id,))
    with pytest.raises(CasefileError, match="ana's passphrase"):
        users.remove_user(vault, CARLOS)
    vault.close()
    with Vault.open(vault_path, ANA_PW) as as_ana:
        assert users.upgrade_slot(as_ana, ANA_PW)
        users.remove_user(as_ana, CARLOS)
    assert _opens(vault_path, ANA_PW) == ANA


def test_backups_before_and_after_a_removal_restore_with_their_own_keys(team, vault_path, tmp_path):
    from casefile.services.backup import backup, restore

    vault, recovery, _saved = team
    backup(vault, tmp_path / "before.cfbackup")
    users.remove_user(vault, CARLOS)
    backup(vault, tmp_path / "after.cfbackup")
    vault.close()

    restore(tmp_path / "after.cfbackup", tmp_path / "after", ANA_PW)
    assert _opens(tmp_path / "after", ANA_PW) == ANA
    assert _opens(tmp_path / "after", recovery) == "recovery"
    with pytest.raises(CasefileError):
        restore(tmp_path / "after.cfbackup", tmp_path / "after-carlos", CARLOS_PW)
    assert not (tmp_path / "after-carlos").exists()
    # A backup made before the removal is the vault as it was then, carlos included (docs say so).
    restore(tmp_path / "before.cfbackup", tmp_path / "before", CARLOS_PW)
    assert _opens(tmp_path / "before", CARLOS_PW) == CARLOS


def test_a_hostile_slot_file_beside_revocable_ones_blocks_nobody(team, vault_path):
    vault, recovery, _saved = team
    users.remove_user(vault, CARLOS)
    vault.close()
    # Every unlock reads the other slots' keyrings: a planted file must not break that.
    (vault_path / "keys" / "deep.slot").write_text("[" * 200_000)
    (vault_path / "keys" / "huge.slot").write_bytes(b" " * (1 << 20))
    (vault_path / "keys" / "odd.slot").write_text(json.dumps({"keyring": [{"gen": True, "db": 3}, "x"]}))
    assert _opens(vault_path, ANA_PW) == ANA
    assert _opens(vault_path, recovery) == "recovery"


def test_locking_during_a_removal_waits_for_the_swap(team, vault_path):
    # The app locks on its idle timer even while a long re-encryption runs on a worker: the lock
    # must not release the writer lock (or the key) in the middle of the file swap.
    import threading

    vault, recovery, _saved = team
    # Without its audit entry, an unguarded close would not even wait for the database.
    closer = threading.Thread(target=lambda: vault.close(audit_lock=False))
    held_during: list[bool] = []

    def progress(done: int, total: int) -> None:
        if not closer.is_alive() and not held_during:
            closer.start()
            closer.join(timeout=3)  # long enough for an unguarded close to finish
            held_during.append(vault.holds_writer_lock and not vault.closed)

    users.remove_user(vault, CARLOS, progress=progress)
    closer.join()
    assert held_during == [True]
    assert vault.closed
    assert _opens(vault_path, ANA_PW) == ANA
    assert _opens(vault_path, recovery) == "recovery"
    with pytest.raises(CasefileError):
        Vault.open(vault_path, CARLOS_PW, user=CARLOS)

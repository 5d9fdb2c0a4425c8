"""The vault's users: add, remove (which rotates the database key), list, change a passphrase.

Used alike by the command line (``casefile user …``, ``casefile passwd``) and the app's Settings →
Users page, always on an unlocked :class:`~casefile.vault.db.Vault`, which holds the vault's
writer lock for as long as it is open, and every change is in the audit log.

Removing a user must revoke them: they knew the database key, and may have kept a copy of their
key slot. So :func:`remove_user` copies the database into a new file under a fresh random key
(SQLite's backup API, page by page, with progress), marks the user removed and audits it inside
that copy, seals the new key to every remaining slot's public key (casefile/vault/keyring.py),
and swaps the file in with one rename. Until the rename the old file and old keys are in force;
after it the new ones; a crash at any point leaves a vault that every remaining slot opens.
Documents are unaffected: each has its own random key kept inside the database, which the copy
carries over unchanged. The file-level steps of the copy and the swap are in ``rekey.py``.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlcipher3

from casefile.clock import now_iso
from casefile.domain.enums import USER_ROLE
from casefile.errors import CasefileError, VaultDamaged, WrongPassphrase
from casefile.vault import audit, keyring, keys
from casefile.vault.dberrors import translate
from casefile.vault.fsutil import fsync_dir
from casefile.vault.rekey import KEY_GEN, copy_rekeyed, ensure_space, no_journal_left, set_meta, take_alone

if TYPE_CHECKING:
    from casefile.vault.db import Vault

Progress = Callable[[int, int], None]  # (steps done, steps in all)

NAME_MAX = 64
RECOVERY = "recovery"  # what Vault.user is when the recovery key opened the vault without --user
SLOT_META = "slot:"  # meta rows "slot:<slot id>" = {"kind", "user", "public_key"}: whom a rotation seals to
_TEMP_PREFIX = ".rekey-"
_GUARD = threading.Lock()  # one user change at a time in this process


@dataclass(frozen=True)
class UserInfo:
    name: str
    role: str
    created_at: str
    removed_at: str | None
    has_slot: bool  # a key slot file for this user is in keys/
    revocable: bool  # every slot of the user can be carried across a key rotation

    @property
    def active(self) -> bool:
        return self.removed_at is None


def _require_writer(vault: Vault) -> None:
    if vault.closed or not vault.holds_writer_lock:
        raise CasefileError("The vault is locked. Unlock it again to manage its users.", key="vault_closed")


def _slot_rows(conn: Any) -> dict[str, dict[str, str]]:
    rows = conn.execute("SELECT key, value FROM meta WHERE key LIKE 'slot:%'").fetchall()
    out: dict[str, dict[str, str]] = {}
    for key, value in rows:
        with contextlib.suppress(ValueError, TypeError):
            out[key[len(SLOT_META) :]] = json.loads(value)
    return out


def _generation(conn: Any) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (KEY_GEN,)).fetchone()
    return int(row[0]) if row else 0


def record_slot(conn: Any, slot: keys.KeySlot, public_key: bytes) -> None:
    """Remember a revocable slot's public key inside the database (call inside a transaction)."""
    body = {"kind": slot.kind, "user": slot.user, "public_key": public_key.hex()}
    set_meta(conn, SLOT_META + slot.slot_id, json.dumps(body, sort_keys=True))


def _disk_slots(vault: Vault) -> tuple[list[keys.KeySlot], list[str]]:
    """Every readable slot in keys/, and a note for each that could not be read."""
    found, skipped = [], []
    for path in sorted(vault.keys_dir.glob("*.slot")):
        try:
            found.append(keys.read_slot(path))
        except CasefileError:
            skipped.append(path.name)
    return found, skipped


def _current_salt(vault: Vault) -> str:
    return str(vault.connection().execute("PRAGMA cipher_salt").fetchone()[0])


# ----- reading -----
def list_users(vault: Vault) -> list[UserInfo]:
    """Every user the vault has had, active ones first, then by name."""
    conn = vault.connection()
    rows = conn.execute("SELECT name, role, created_at, removed_at FROM users").fetchall()
    recorded = _slot_rows(conn)
    slots, _skipped = _disk_slots(vault)
    by_user: dict[str, list[keys.KeySlot]] = {}
    for slot in slots:
        if slot.kind == "user":
            by_user.setdefault(slot.user, []).append(slot)
    users = [
        UserInfo(
            name=name,
            role=role,
            created_at=created,
            removed_at=removed,
            has_slot=bool(by_user.get(name)),
            revocable=all(s.slot_id in recorded for s in by_user.get(name, [])),
        )
        for name, role, created, removed in rows
    ]
    return sorted(users, key=lambda u: (not u.active, u.name.casefold()))


def check_may_unlock(vault: Vault) -> None:
    """Refuse an unlock as a removed (or never added) user, whatever slot file let them in.

    Called at unlock, before anything else is written. A slot file that reappears for a removed
    user cannot open a rotated vault anyway (casefile/vault/keyring.py); this holds even for one
    made with the current key."""
    if vault.user == RECOVERY:
        return
    row = vault.connection().execute("SELECT removed_at FROM users WHERE name = ?", (vault.user,)).fetchone()
    if row is not None and row[0] is None:
        return
    # Recorded where it can be (not on a full disk, where the vault opens read-only).
    with contextlib.suppress(CasefileError), vault.transaction() as tx:
        audit.append(tx, vault.user, "unlock-refused", "user", vault.user, "removed user" if row else "unknown user")
    if row is not None:
        raise WrongPassphrase(
            f"The user '{vault.user}' was removed from this vault on {row[0][:10]} and can no longer open "
            "it. Ask a current user to add them again if they should have access.",
            key="user_removed",
        )
    raise WrongPassphrase(
        f"'{vault.user}' is not a user of this vault (its key slot was not made by Casefile's user "
        "management). Use a current user's passphrase or the recovery key.",
        key="user_removed",
    )


# ----- adding -----
def _clean_name(name: str) -> str:
    name = unicodedata.normalize("NFC", name.strip())
    if not name:
        raise CasefileError("Give the new user a name.", key="user_name")
    if len(name) > NAME_MAX or any(unicodedata.category(ch).startswith("C") for ch in name):
        raise CasefileError(
            f"A user name is at most {NAME_MAX} characters, without tabs or line breaks.", key="user_name"
        )
    if name.casefold() == RECOVERY:
        raise CasefileError("'recovery' is reserved for the recovery key; choose another name.", key="user_name")
    return name


def add_user(vault: Vault, name: str, passphrase: str, role: str = "paralegal", *, check_strength: bool = True) -> None:
    """Give ``name`` their own passphrase to this vault (again, if they were removed)."""
    _require_writer(vault)
    name = _clean_name(name)
    if role not in USER_ROLE:
        raise CasefileError(f"Unknown role '{role}'. Choose one of: {', '.join(USER_ROLE)}.", key="user_role")
    if check_strength:
        from casefile.domain.passphrase import require_strong  # zxcvbn: 0.2 s to import

        require_strong(passphrase, (name, vault.path.name))
    with _GUARD:
        conn = vault.connection()
        row = conn.execute("SELECT removed_at FROM users WHERE name = ?", (name,)).fetchone()
        if row is not None and row[0] is None:
            raise CasefileError(f"'{name}' is already a user of this vault.", key="user_exists")
        written: keys.KeySlot | None = None
        try:
            with vault.transaction() as tx:
                if row is None:
                    tx.execute("INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)", (name, role, now_iso()))
                else:  # a colleague who comes back: same name, so their history stays theirs
                    tx.execute("UPDATE users SET role = ?, removed_at = NULL WHERE name = ?", (role, name))
                written, public = keyring.seal_slot(
                    vault.raw_key_for_backup(),
                    passphrase,
                    keys_dir=vault.keys_dir,
                    kind="user",
                    user=name,
                    vault_id=vault.vault_id,
                    gen=_generation(tx),
                    salt=_current_salt(vault),
                )
                record_slot(tx, written, public)
                audit.append(tx, vault.user, "add-user", "user", name, f"role={role}")
        except BaseException:
            if written is not None:
                keys.remove_slot(written)
            raise


# ----- passphrases -----
def change_passphrase(
    vault: Vault,
    new_passphrase: str,
    *,
    user: str | None = None,
    check_strength: bool = True,
    rotate: bool = False,
    progress: Progress | None = None,
) -> None:
    """Give ``user`` (default: whoever unlocked) a new passphrase: a new slot under the same id.

    The old slot file is replaced in one rename. A copy of it kept elsewhere still opens the
    vault with the old passphrase until the database key is rotated, which ``rotate=True`` does
    at once (docs/vault-format.md)."""
    _require_writer(vault)
    user = user or vault.user
    if user == RECOVERY:
        raise CasefileError(
            "The vault was unlocked with the recovery key; say whose passphrase to change (--user NAME).",
            key="user_name",
        )
    if check_strength:
        from casefile.domain.passphrase import require_strong

        require_strong(new_passphrase, (user, vault.path.name))
    with _GUARD:
        conn = vault.connection()
        row = conn.execute("SELECT removed_at FROM users WHERE name = ?", (user,)).fetchone()
        if row is None or row[0] is not None:
            raise CasefileError(f"'{user}' is not a current user of this vault.", key="user_unknown")
        slots, _skipped = _disk_slots(vault)
        mine = [s for s in slots if s.kind == "user" and s.user == user]
        # A new slot beside the old one, recorded in the same transaction that forgets the old
        # one; the old file goes after the commit. Cut short anywhere, the database names the
        # slot in force, and a rotation carries only that one.
        written: keys.KeySlot | None = None
        try:
            with vault.transaction() as tx:
                written, public = keyring.seal_slot(
                    vault.raw_key_for_backup(),
                    new_passphrase,
                    keys_dir=vault.keys_dir,
                    kind="user",
                    user=user,
                    vault_id=vault.vault_id,
                    gen=_generation(tx),
                    salt=_current_salt(vault),
                )
                record_slot(tx, written, public)
                for old in mine:
                    tx.execute("DELETE FROM meta WHERE key = ?", (SLOT_META + old.slot_id,))
                audit.append(tx, vault.user, "change-passphrase", "user", user)
        except BaseException:
            if written is not None:
                keys.remove_slot(written)
            raise
        for old in mine:
            keys.remove_slot(old)
    if rotate:
        rotate_key(vault, progress=progress)


def upgrade_slot(vault: Vault, secret: str) -> bool:
    """Rewrite an older slot that ``secret`` opens as a revocable one; True if one was upgraded.

    Called right after an unlock with the secret the person typed (the only time it is known).
    Best left to fail quietly: the vault works as before, and a removal says what is missing."""
    _require_writer(vault)
    conn = vault.connection()
    recorded = _slot_rows(conn)
    slots, _skipped = _disk_slots(vault)
    recovery = keys.normalize_recovery_key(secret)
    if recovery is not None:
        wanted = [s for s in slots if s.kind == "recovery"]
        secret = recovery
    else:
        wanted = [s for s in slots if s.kind == "user" and s.user == vault.user]
    for slot in wanted:
        if slot.slot_id in recorded:
            continue
        try:
            private = keys.unwrap(slot, secret)
            if keyring.database_key(slot, private) != vault.raw_key_for_backup():
                continue
        except (WrongPassphrase, VaultDamaged):
            continue
        revocable = slot.keyring is not None
        if revocable and any(
            info.get("kind") == slot.kind and info.get("user") == slot.user for info in recorded.values()
        ):
            continue  # left by a passphrase change cut short after it was committed: superseded
        with _GUARD, vault.transaction() as tx:
            if revocable:
                # Written, but its record was not committed (a change cut short): record it now,
                # with the public key of the private key it really holds.
                record_slot(tx, slot, keyring.public_of(private))
            else:
                new, public = keyring.seal_slot(
                    vault.raw_key_for_backup(),
                    secret,
                    keys_dir=vault.keys_dir,
                    kind=slot.kind,
                    user=slot.user,
                    vault_id=vault.vault_id,
                    gen=_generation(tx),
                    salt=_current_salt(vault),
                    slot_id=slot.slot_id,
                )
                record_slot(tx, new, public)
            audit.append(tx, vault.user, "upgrade-key-slot", "user" if slot.kind == "user" else "", slot.user)
        return True
    return False


# ----- removing and rotating -----
def remove_user(vault: Vault, name: str, *, progress: Progress | None = None) -> None:
    """Remove ``name`` and rotate the database key, so nothing they kept opens the vault."""
    _require_writer(vault)
    conn = vault.connection()
    row = conn.execute("SELECT removed_at FROM users WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise CasefileError(f"'{name}' is not a user of this vault.", key="user_unknown")
    if row[0] is not None:
        raise CasefileError(f"'{name}' was already removed on {row[0][:10]}.", key="user_unknown")
    if name == vault.user:
        raise CasefileError(
            "You cannot remove yourself while the vault is open as you. Ask another user to do it.",
            key="user_self",
        )
    rotate_key(vault, progress=progress, removing=name)


@dataclass
class _Plan:
    keep: list[tuple[keys.KeySlot, bytes]]  # slots carried across, with their recorded public key
    drop: list[keys.KeySlot]  # the removed user's slots (and superseded ones), deleted after the switch
    legacy: list[keys.KeySlot]  # slots of current users that must be used once before they can be carried


def _plan(vault: Vault, removing: str | None) -> _Plan:
    conn = vault.connection()
    active = {r[0] for r in conn.execute("SELECT name FROM users WHERE removed_at IS NULL")} - {removing}
    recorded = _slot_rows(conn)
    slots, _skipped = _disk_slots(vault)
    plan = _Plan([], [], [])
    for slot in slots:
        if slot.vault_id != vault.vault_id:
            continue
        if slot.kind == "user" and slot.user == removing:
            plan.drop.append(slot)
        elif slot.kind == "recovery" or slot.user in active:
            info = recorded.get(slot.slot_id)
            if info and info.get("kind") == slot.kind and info.get("user") == slot.user:
                plan.keep.append((slot, bytes.fromhex(info["public_key"])))
            elif slot.keyring is not None and any(
                i.get("kind") == slot.kind and i.get("user") == slot.user for i in recorded.values()
            ):
                plan.drop.append(slot)  # superseded by a recorded slot (a passphrase change cut short)
            else:
                plan.legacy.append(slot)
        # Slots of users not in the database (or already removed) are left behind: the new key
        # is never sealed to them.
    return plan


def _legacy_message(legacy: list[keys.KeySlot]) -> str:
    names = [f"{s.user}'s passphrase" if s.kind == "user" else "the recovery key" for s in legacy]
    return (
        "The vault's key cannot be changed yet: these keys were made by an earlier Casefile and can "
        f"only be carried over once they have been used: {', '.join(names)}. Unlock the vault once "
        "with each (in the app or with any casefile command), then try again. Nothing was changed."
    )


def rotate_key(vault: Vault, *, progress: Progress | None = None, removing: str | None = None) -> int:
    """Re-encrypt the database under a new random key; returns the new key generation.

    ``removing`` names a user to remove in the same step (their removal and the rotation commit
    together, with the file swap). ``progress(done, total)`` is called as pages are copied. The
    vault must not be in use by other threads meanwhile (the app waits for its jobs first)."""
    _require_writer(vault)
    with _GUARD, vault.swapping:
        _require_writer(vault)  # it may have been locked while this waited
        return _rotate(vault, progress or (lambda _d, _t: None), removing)


def _rotate(vault: Vault, progress: Progress, removing: str | None) -> int:
    plan = _plan(vault, removing)
    if plan.legacy:
        raise CasefileError(_legacy_message(plan.legacy), key="slots_legacy")
    if not any(slot.kind == "user" for slot, _pub in plan.keep):
        raise CasefileError(
            "No other user could open the vault after this, so nothing was changed. Add a colleague first.",
            key="user_last",
        )
    conn = vault.connection()
    old_gen, old_salt = _generation(conn), _current_salt(vault)
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    ensure_space(vault.path, pages * int(conn.execute("PRAGMA page_size").fetchone()[0]))
    for stale in vault.path.glob(_TEMP_PREFIX + "*"):
        with contextlib.suppress(OSError):
            stale.unlink()  # left by an earlier rotation that was interrupted
    total = pages + 2 * len(plan.keep) + 3
    old_key, new_key, new_gen = vault.raw_key_for_backup(), keys.new_vault_key(), old_gen + 1
    temp = vault.path / f"{_TEMP_PREFIX}{secrets.token_hex(8)}.db"
    vault.drop_connections()
    guard = take_alone(vault.db_path, old_key)
    swapped = False
    try:
        new_salt = copy_rekeyed(vault.user, guard, new_key, temp, removing, new_gen, progress, total)
        done = pages + 1
        # 1. Every remaining slot learns the new key next to the old one: both files open now.
        for slot, public in plan.keep:
            ring = [e for e in keyring.read_entries(slot.path) or [] if e["db"] == old_salt]
            entry = keyring.seal_entry(
                new_key, public, vault_id=vault.vault_id, slot_id=slot.slot_id, gen=new_gen, salt=new_salt
            )
            keyring.write_entries(slot.path, [*ring, entry])
            done += 1
            progress(done, total)
        # 2. The switch: one rename puts the new file, and with it the new key, in force.
        no_journal_left(vault.db_path)
        old_file = os.open(vault.db_path, os.O_RDWR)
        try:
            os.replace(temp, vault.db_path)
            fsync_dir(vault.path)
            swapped = True
            # A command that opened the old file while it waited for our lock finds it empty, and
            # stops, instead of reading a stale copy or writing beside the new file.
            os.ftruncate(old_file, 0)
        finally:
            os.close(old_file)
        vault.replace_key(new_key)
        progress(done + 1, total)
    except sqlcipher3.DatabaseError as exc:
        raise translate(exc) from None
    finally:
        if not swapped:
            with contextlib.suppress(Exception):
                guard.execute("PRAGMA locking_mode = NORMAL")
                guard.execute("PRAGMA journal_mode = WAL")
        guard.close()
        if not swapped:
            for leftover in vault.path.glob(temp.name + "*"):
                with contextlib.suppress(OSError):
                    leftover.unlink()
    # 3. Tidy up: the old entries and the removed user's slots open nothing any more.
    done += 1
    for slot, _public in plan.keep:
        with contextlib.suppress(OSError, ValueError):
            keyring.write_entries(slot.path, [e for e in keyring.read_entries(slot.path) or [] if e["db"] == new_salt])
        done += 1
        progress(min(done, total), total)
    for slot in plan.drop:
        keys.remove_slot(slot)
    progress(total, total)
    return new_gen

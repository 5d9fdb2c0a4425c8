"""Revocable key slots: how one slot reaches the database key, so that a removal can revoke.

A slot's passphrase (or the recovery key) unwraps an X25519 private key of the slot's own, not
the database key. The slot file's ``keyring`` holds the database key sealed to that slot's public
key with HPKE (RFC 9180: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM), one entry per
database file the slot may meet::

    "keyring": [{"gen": 2, "db": "<the database file's SQLCipher salt, 32 hex>", "sealed": "<base64>"}]

Because sealing needs only the public key, rotating the database key (casefile/vault/users.py) can
give every remaining slot the new key without anyone's passphrase, and a removed user's private
key opens none of the new entries. The public keys the rotation seals to are read from the
encrypted database (``meta`` rows ``slot:<slot id>``), never from the slot files, which anyone with
the laptop can edit.

Which entry applies is decided by the database file itself: the entry whose ``db`` is the salt in
the first 16 bytes of ``vault.db`` (SQLCipher picks a random salt for each new database file, and
the rotation writes a new file), so swapping the file is the one atomic switch between keys. A slot
with no entry for the current file while another slot has one was left out of a rotation, and is
refused in so many words.

Slots written before this scheme (no ``keyring``) wrap the database key itself; they keep working
until the first rotation and are upgraded whenever their secret unlocks the vault
(:func:`casefile.vault.users.upgrade_slot`).
"""

from __future__ import annotations

import base64
import json
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from casefile.errors import VaultDamaged, WrongPassphrase
from casefile.vault.fsutil import atomic_write

if TYPE_CHECKING:
    from casefile.vault.keys import KeySlot

_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
SALT_BYTES = 16  # SQLCipher's per-file salt, at the start of the database file
DB_FILE = "vault.db"  # casefile.vault.db.DB_NAME, next to the keys/ folder

STALE = (
    "This key slot no longer opens the vault: its user was removed, or the vault's key was changed "
    "after this copy of the slot was made. Use a current passphrase or the recovery key."
)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def db_salt(db_path: Path) -> str:
    """The SQLCipher salt of the database file at ``db_path`` in hex, or "" if it can't be read."""
    try:
        with open(db_path, "rb") as fh:
            head = fh.read(SALT_BYTES)
    except OSError:
        return ""
    return head.hex() if len(head) == SALT_BYTES else ""


def new_key_pair() -> tuple[bytes, bytes]:
    """(private, public) raw X25519 keys for a new slot."""
    private = X25519PrivateKey.generate()
    raw_private = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return raw_private, private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def public_of(private_key: bytes) -> bytes:
    """The raw public key of a slot's raw private key."""
    return X25519PrivateKey.from_private_bytes(private_key).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _info(vault_id: str, slot_id: str, gen: int, salt: str) -> bytes:
    # Binds an entry to its slot, vault, generation and database file: moved anywhere else it
    # fails to open.
    fields = {"vault_id": vault_id, "slot_id": slot_id, "gen": gen, "db": salt}
    return b"casefile-keyring-v1\x00" + json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()


def seal_entry(db_key: bytes, public_key: bytes, *, vault_id: str, slot_id: str, gen: int, salt: str) -> dict[str, Any]:
    sealed = _SUITE.encrypt(
        db_key, X25519PublicKey.from_public_bytes(public_key), info=_info(vault_id, slot_id, gen, salt)
    )
    return {"gen": gen, "db": salt, "sealed": _b64(sealed)}


def open_entry(entry: dict[str, Any], private_key: bytes, *, vault_id: str, slot_id: str) -> bytes:
    try:
        gen, salt = int(entry["gen"]), str(entry["db"])
        sealed = base64.b64decode(entry["sealed"])
        return _SUITE.decrypt(
            sealed, X25519PrivateKey.from_private_bytes(private_key), info=_info(vault_id, slot_id, gen, salt)
        )
    except (InvalidTag, KeyError, TypeError, ValueError):
        raise VaultDamaged(
            f"The key slot of {slot_id} is damaged (its keyring does not open). Another user's passphrase or "
            "the recovery key may still open the vault; otherwise restore the keys/ folder from a backup."
        ) from None


def read_entries(slot_path: Path) -> list[dict[str, Any]] | None:
    """The slot file's keyring, or None for a slot that wraps the database key itself."""
    from casefile.vault.keys import MAX_SLOT_BYTES

    # Read as hostile input: any slot file may be a planted one (casefile/vault/keys.py).
    try:
        if slot_path.stat().st_size > MAX_SLOT_BYTES:
            return None
        body = json.loads(slot_path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    return _valid(body.get("keyring") if isinstance(body, dict) else None)


def _valid(ring: Any) -> list[dict[str, Any]] | None:
    if not isinstance(ring, list):
        return None
    return [
        e
        for e in ring
        if isinstance(e, dict)
        and isinstance(e.get("db"), str)
        and isinstance(e.get("gen"), int)
        and not isinstance(e.get("gen"), bool)
    ]


def write_entries(slot_path: Path, entries: list[dict[str, Any]]) -> None:
    """Replace the slot file's keyring (one atomic rename; the wrapped private key is kept)."""
    body = json.loads(slot_path.read_text(encoding="utf-8"))
    body["keyring"] = entries
    atomic_write(slot_path, (json.dumps(body, indent=2) + "\n").encode())


def database_key(slot: KeySlot, unwrapped: bytes) -> bytes:
    """The database key this slot gives, from what its secret unwrapped (see the module doc)."""
    keys_dir = slot.path.parent
    # A slot read from a backup is not beside a database file: its newest entry is the one.
    salt = db_salt(keys_dir.parent / DB_FILE) if slot.from_file else ""
    ring = _valid(slot.keyring)
    if ring is None:
        # An older slot: the unwrapped key is the database key, unless a rotation has happened
        # since it was written (then another slot holds a later generation for this file).
        if salt and _current_generation(keys_dir, salt, exclude=slot.path) > 0:
            raise WrongPassphrase(STALE, key="slot_revoked")
        return unwrapped
    matching = [e for e in ring if e["db"] == salt]
    if not matching:
        if salt and _current_generation(keys_dir, salt, exclude=slot.path) >= 0:
            raise WrongPassphrase(STALE, key="slot_revoked")
        if not ring:
            raise VaultDamaged(f"The key slot {slot.path.name} holds no key. Restore keys/ from a backup.")
        # No slot knows this file (e.g. it is missing): the newest key is the best guess, and
        # opening the database will tell.
        matching = [max(ring, key=lambda e: e["gen"])]
    return open_entry(matching[0], unwrapped, vault_id=slot.vault_id, slot_id=slot.slot_id)


def _current_generation(keys_dir: Path, salt: str, *, exclude: Path) -> int:
    """The highest generation any other slot holds for the database file with ``salt``; -1 if none."""
    best = -1
    for path in keys_dir.glob("*.slot"):
        if path == exclude:
            continue
        for entry in read_entries(path) or []:
            if entry["db"] == salt:
                best = max(best, entry["gen"])
    return best


def new_slot_id() -> str:
    return secrets.token_hex(8)


def seal_slot(
    db_key: bytes,
    secret: str,
    *,
    keys_dir: Path,
    kind: str,
    user: str,
    vault_id: str,
    gen: int,
    salt: str,
    slot_id: str | None = None,
) -> tuple[KeySlot, bytes]:
    """Write a revocable slot (one atomic write) opening ``db_key``; returns it and its public key."""
    from casefile.vault import keys

    slot_id = slot_id or new_slot_id()
    private, public = new_key_pair()
    entry = seal_entry(db_key, public, vault_id=vault_id, slot_id=slot_id, gen=gen, salt=salt)
    slot = keys.seal(
        private,
        secret,
        keys_dir=keys_dir,
        kind=kind,
        user=user,
        vault_id=vault_id,
        slot_id=slot_id,
        extra={"keyring": [entry]},
    )
    return slot, public

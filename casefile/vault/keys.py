"""Key slots: the vault's random 256-bit key, wrapped once per user and once for recovery.

A slot is a small JSON file under ``keys/``. It stores Argon2id parameters and salt, and the
vault key sealed with AES-256-GCM under the key Argon2id derives from the passphrase. Everything
in the slot except the ciphertext is bound as associated data, so a slot whose parameters were
altered fails exactly like a wrong passphrase, and a wrong passphrase can never be confused with
a damaged database (the database is only opened after a slot has authenticated).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type as Argon2Type
from argon2.low_level import hash_secret_raw as argon2_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casefile.errors import CasefileError, KeySlotMissing, UnknownUser, VaultDamaged, WrongPassphrase
from casefile.vault.fsutil import atomic_write

SLOT_FORMAT = "casefile-keyslot"
SLOT_VERSION = 1
KEY_BYTES = 32
# RFC 9106's second recommended option (64 MiB, 3 passes), with 2 lanes for the 2-core laptops
# clinics use: ~170 ms here, inside the 250 ms unlock budget with the database open.
DEFAULT_KDF = {"name": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 2}
MIN_MEMORY_KIB = 65536
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and retyped
RECOVERY_GROUPS = 8


@dataclass(frozen=True)
class KeySlot:
    path: Path
    slot_id: str
    kind: str  # "user" | "recovery"
    user: str
    vault_id: str
    kdf: dict[str, Any]
    nonce: bytes
    ciphertext: bytes

    def header(self) -> dict[str, Any]:
        return {
            "format": SLOT_FORMAT,
            "version": SLOT_VERSION,
            "slot_id": self.slot_id,
            "kind": self.kind,
            "user": self.user,
            "vault_id": self.vault_id,
            "kdf": self.kdf,
        }

    def associated_data(self) -> bytes:
        return json.dumps(self.header(), sort_keys=True, separators=(",", ":")).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def derive_kek(secret: str, kdf: dict[str, Any]) -> bytes:
    """Argon2id(secret) with the slot's stored parameters, one thread per lane.

    libargon2 (argon2-cffi) fills the lanes on parallel threads; cryptography's Argon2id fills them
    one after the other. Same output (the lanes, not the threads, define the result), about half
    the wall time of every unlock on a two-core laptop.
    """
    lanes = int(kdf["lanes"])
    return argon2_raw(
        secret.encode("utf-8"),
        base64.b64decode(kdf["salt"]),
        time_cost=int(kdf["iterations"]),
        memory_cost=int(kdf["memory_kib"]),
        parallelism=lanes,
        hash_len=KEY_BYTES,
        type=Argon2Type.ID,
    )


def new_vault_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """A printable recovery key: 8 groups of 4 characters, 160 bits of entropy."""
    chars = [secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * 4)]
    return "-".join("".join(chars[i : i + 4]) for i in range(0, len(chars), 4))


def normalize_recovery_key(text: str) -> str | None:
    """The canonical recovery key if ``text`` looks like one (spaces, case, dashes forgiven)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(cleaned) != RECOVERY_GROUPS * 4 or any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        return None
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


def seal(
    vault_key: bytes,
    secret: str,
    *,
    keys_dir: Path,
    kind: str,
    user: str,
    vault_id: str,
    slot_id: str | None = None,
    kdf_params: dict[str, Any] | None = None,
) -> KeySlot:
    """Wrap ``vault_key`` under ``secret`` and write the slot file atomically."""
    params = dict(kdf_params or DEFAULT_KDF)
    params["salt"] = _b64(secrets.token_bytes(16))
    slot_id = slot_id or secrets.token_hex(8)
    slot = KeySlot(
        path=keys_dir / f"{slot_id}.slot",
        slot_id=slot_id,
        kind=kind,
        user=user,
        vault_id=vault_id,
        kdf=params,
        nonce=os.urandom(12),
        ciphertext=b"",
    )
    kek = derive_kek(secret, params)
    ciphertext = AESGCM(kek).encrypt(slot.nonce, vault_key, slot.associated_data())
    slot = KeySlot(**{**slot.__dict__, "ciphertext": ciphertext})
    body = {**slot.header(), "wrap": {"alg": "AES-256-GCM", "nonce": _b64(slot.nonce), "ciphertext": _b64(ciphertext)}}
    atomic_write(slot.path, (json.dumps(body, indent=2) + "\n").encode())
    return slot


def unseal(slot: KeySlot, secret: str) -> bytes:
    """The vault key, or :class:`WrongPassphrase` if the secret (or the slot) does not match."""
    kek = derive_kek(secret, slot.kdf)
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.ciphertext, slot.associated_data())
    except InvalidTag:
        if slot.kind == "recovery":
            raise WrongPassphrase("That recovery key does not open this vault.") from None
        raise WrongPassphrase(
            f"Wrong passphrase for user '{slot.user}'. Check Caps Lock and the keyboard layout, "
            "or use the recovery key."
        ) from None


def read_slot(path: Path, data: bytes | None = None) -> KeySlot:
    """The slot in the file at ``path``, or in ``data`` (its bytes read elsewhere: a backup)."""
    try:
        body = json.loads(path.read_text(encoding="utf-8") if data is None else data.decode("utf-8"))
        if body.get("format") != SLOT_FORMAT:
            raise ValueError("not a key slot")
        if body.get("version") != SLOT_VERSION:
            raise CasefileError(
                f"The key slot {path.name} was written by a newer Casefile (slot format "
                f"{body.get('version')}). Update Casefile to open this vault.",
                key="vault_too_new",
            )
        kdf = body["kdf"]
        if kdf.get("name") != "argon2id" or int(kdf["memory_kib"]) < MIN_MEMORY_KIB:
            raise ValueError("weak or unknown key derivation")
        wrap = body["wrap"]
        return KeySlot(
            path=path,
            slot_id=str(body["slot_id"]),
            kind=str(body["kind"]),
            user=str(body["user"]),
            vault_id=str(body["vault_id"]),
            kdf=kdf,
            nonce=base64.b64decode(wrap["nonce"]),
            ciphertext=base64.b64decode(wrap["ciphertext"]),
        )
    except CasefileError:
        raise
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise VaultDamaged(
            f"The key slot file {path.name} is damaged ({type(exc).__name__}). Another user's "
            "passphrase or the recovery key may still open the vault; otherwise restore the "
            "keys/ folder from a backup."
        ) from None


def list_slots(keys_dir: Path) -> list[KeySlot]:
    if not keys_dir.is_dir():
        raise KeySlotMissing(
            f"The vault's key-slot folder ({keys_dir}) is missing, so no passphrase can open it. "
            "Restore the keys/ folder from a backup of this vault."
        )
    return [read_slot(p) for p in sorted(keys_dir.glob("*.slot"))]


def find_slots(keys_dir: Path, *, user: str | None, recovery: bool) -> list[KeySlot]:
    """Slots that could open the vault for this request, or :class:`KeySlotMissing`."""
    slots = list_slots(keys_dir)
    if recovery:
        found = [s for s in slots if s.kind == "recovery"]
        if not found:
            raise KeySlotMissing(
                "The vault has no recovery key slot (its file in keys/ is missing). "
                "Unlock with a user's passphrase instead, or restore keys/ from a backup."
            )
        return found
    users = [s for s in slots if s.kind == "user"]
    if user is not None:
        everyone = users
        users = [s for s in users if s.user == user]
        if not users and everyone:
            # Most often a name from another vault or a typo: say so, so it does not read as
            # lost data (issue 13, finding 10).
            raise UnknownUser(
                f"This vault has no user named '{user}'. Check the user name, or leave it empty to "
                "try every user of this vault. Nothing is missing from the vault."
            )
        if not users:
            raise KeySlotMissing(
                f"No key slot for user '{user}': its file in keys/ is missing or the user was "
                "removed. Check the user name, use the recovery key, or restore keys/ from a backup."
            )
    elif not users:
        raise KeySlotMissing(
            "The vault's user key-slot files are missing from keys/. Use the recovery key, or "
            "restore keys/ from a backup."
        )
    return users


def remove_slot(slot: KeySlot) -> None:
    slot.path.unlink(missing_ok=True)

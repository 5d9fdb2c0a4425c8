"""Key slots: the vault's random 256-bit key, wrapped once per user and once for recovery.

A slot is a small JSON file under ``keys/``. It stores Argon2id parameters and salt, and the
vault key sealed with AES-256-GCM under the key Argon2id derives from the passphrase. Everything
in the slot except the ciphertext is bound as associated data, so a slot whose parameters were
altered fails exactly like a wrong passphrase, and a wrong passphrase can never be confused with
a damaged database (the database is only opened after a slot has authenticated).

A slot file is read before anything vouches for it, so it is treated as hostile: a damaged or
out-of-bounds slot is skipped with a reason (:func:`scan_slots`), never allowed to block the other
slots, and Argon2id never runs with parameters outside :data:`KDF_BOUNDS`.

New recovery keys end in two check characters (:func:`recovery_form`), so a typed key is
recognised as one and a typo is reported as a typo; keys made before the check existed (32
characters, no check) still open the vaults they were made for.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.exceptions import HashingError as Argon2Error
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
# What a slot may ask of Argon2id before any of it runs. A slot is unauthenticated until Argon2id
# has run, so without bounds one edited file could ask for 2 TiB of memory or a day of passes
# (finding 2 of issue 11). The ceilings are 16x the defaults: room for stronger settings on a
# bigger machine, not for a denial of service.
KDF_BOUNDS = {"memory_kib": (MIN_MEMORY_KIB, 1 << 20), "iterations": (1, 48), "lanes": (1, 16)}
SALT_BYTES = (16, 64)
NONCE_BYTES = 12
SLOT_KINDS = ("user", "recovery")
MAX_SLOT_BYTES = 64 * 1024  # a slot is ~500 bytes; anything huge is not one of ours
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and retyped
RECOVERY_GROUPS = 8
RECOVERY_LENGTH = RECOVERY_GROUPS * 4
RECOVERY_CHECK = 2  # the last two characters of a new recovery key check the first thirty


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
    # A revocable slot's keyring (casefile/vault/keyring.py), as read; None in older slots.
    keyring: Any = field(default=None, repr=False, compare=False)
    from_file: bool = True  # False when read from bytes held elsewhere (a backup being restored)

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
    """A printable recovery key: 8 groups of 4 characters, 30 random (150 bits) and 2 of check."""
    body = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH - RECOVERY_CHECK))
    return _grouped(body + _check_chars(body))


@dataclass(frozen=True)
class RecoveryText:
    """Typed text in the shape of a recovery key: ``key`` canonical (groups of four), ``checked``
    when its two last characters are the check of the rest (a key made since Casefile 1.1)."""

    key: str
    checked: bool


def recovery_form(text: str) -> RecoveryText | None:
    """``text`` read as a recovery key (case, spaces and dashes forgiven), or None if it cannot be one.

    A passphrase can have this shape too ("Crazy zebras gulp sweet plums at dawns" is 32 letters
    of the alphabet): only ``checked`` says it is a recovery key, with a 1 in 1024 chance of
    a passphrase passing by accident, so callers still try the text as a passphrase as well.
    """
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(cleaned) != RECOVERY_LENGTH or any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        return None
    body, check = cleaned[:-RECOVERY_CHECK], cleaned[-RECOVERY_CHECK:]
    return RecoveryText(_grouped(cleaned), _check_chars(body) == check)


def normalize_recovery_key(text: str) -> str | None:
    """The canonical recovery key if ``text`` has a recovery key's shape (with or without check)."""
    form = recovery_form(text)
    return form.key if form else None


def _grouped(chars: str) -> str:
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


# The check is two symbols of a distance-3 code over GF(32), one symbol per alphabet character:
# c1 = d_0 + ... + d_29 and c2 = a^0 d_0 + ... + a^29 d_29, with a a primitive element of
# GF(32) (polynomial x^5 + x^2 + 1). Any one or two wrong characters, so every single typo and
# every swap of two characters, changes at least one check symbol: proved in
# tests/unit/test_trust_recovery_check.py by trying them all. A hash would miss 1 in 1024.
_GF_EXP = [0] * 62
_GF_LOG = [0] * 32
_value = 1
for _i in range(31):
    _GF_EXP[_i] = _GF_EXP[_i + 31] = _value
    _GF_LOG[_value] = _i
    _value <<= 1
    if _value & 0x20:
        _value ^= 0x25
del _i, _value


def _gf_mul(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _GF_EXP[_GF_LOG[a] + _GF_LOG[b]]


def _check_chars(body: str) -> str:
    c1 = c2 = 0
    for i, ch in enumerate(body):
        d = RECOVERY_ALPHABET.index(ch)
        c1 ^= d
        c2 ^= _gf_mul(_GF_EXP[i], d)
    return RECOVERY_ALPHABET[c1] + RECOVERY_ALPHABET[c2]


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
    extra: dict[str, Any] | None = None,
) -> KeySlot:
    """Wrap ``vault_key`` under ``secret`` and write the slot file atomically.

    ``extra`` adds top-level fields to the file in the same write (the slot's keyring,
    casefile/vault/keyring.py), so a slot never exists without them."""
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
    body.update(extra or {})
    atomic_write(slot.path, (json.dumps(body, indent=2) + "\n").encode())
    return slot


def unseal(slot: KeySlot, secret: str) -> bytes:
    """The vault key, or :class:`WrongPassphrase` if the secret (or the slot) does not match.

    :class:`VaultDamaged` if Argon2id cannot run with the slot's parameters (e.g. not enough
    memory on this machine for a slot read from elsewhere)."""
    from casefile.vault import keyring  # imports this module: looked up once a slot has opened

    # A slot written since key rotation exists wraps a key of its own; its keyring maps that to
    # the database's key. An older slot wraps the database key itself.
    return keyring.database_key(slot, unwrap(slot, secret))


def unwrap(slot: KeySlot, secret: str) -> bytes:
    """What the slot's ``wrap`` holds (see :func:`unseal`), or :class:`WrongPassphrase`."""
    check_kdf(slot.kdf, slot.path.name)
    try:
        kek = derive_kek(secret, slot.kdf)
    except (MemoryError, Argon2Error, ValueError, OverflowError) as exc:
        raise VaultDamaged(
            f"The key slot {slot.path.name} could not be used ({type(exc).__name__} in its key derivation)."
        ) from None
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.ciphertext, slot.associated_data())
    except InvalidTag:
        if slot.kind == "recovery":
            raise WrongPassphrase("That recovery key does not open this vault.") from None
        raise WrongPassphrase(
            f"Wrong passphrase for user '{slot.user}'. Check Caps Lock and the keyboard layout, "
            "or use the recovery key."
        ) from None


def check_kdf(kdf: Any, name: str) -> None:
    """Refuse key-derivation parameters outside :data:`KDF_BOUNDS` before Argon2id runs.

    Raises :class:`VaultDamaged` naming the slot file and the parameter."""
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
        raise VaultDamaged(f"The key slot {name} uses an unknown key derivation; it was skipped.")
    for param, (low, high) in KDF_BOUNDS.items():
        value = kdf.get(param)
        # bool is an int in Python; a JSON true is no parameter of ours.
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise VaultDamaged(
                f"The key slot {name} asks for {param} = {str(value)[:40]}, outside the safe range "
                f"{low}..{high}; it was skipped without running its key derivation."
            )
    salt = kdf.get("salt")
    try:
        salt_len = len(base64.b64decode(salt, validate=True)) if isinstance(salt, str) else -1
    except ValueError:
        salt_len = -1
    if not SALT_BYTES[0] <= salt_len <= SALT_BYTES[1]:
        raise VaultDamaged(f"The key slot {name} has a damaged salt; it was skipped.")


def read_slot(path: Path, data: bytes | None = None) -> KeySlot:
    """The slot in the file at ``path``, or in ``data`` (its bytes read elsewhere: a backup)."""
    try:
        if (len(data) if data is not None else path.stat().st_size) > MAX_SLOT_BYTES:
            raise ValueError("too large for a key slot")
        body = json.loads(path.read_text(encoding="utf-8") if data is None else data.decode("utf-8"))
        if not isinstance(body, dict) or body.get("format") != SLOT_FORMAT:
            raise ValueError("not a key slot")
        if body.get("version") != SLOT_VERSION:
            raise CasefileError(
                f"The key slot {path.name} was written by a newer Casefile (slot format "
                f"{body.get('version')}). Update Casefile to open this vault.",
                key="vault_too_new",
            )
        kdf = body["kdf"]
        check_kdf(kdf, path.name)
        wrap = body["wrap"]
        slot = KeySlot(
            path=path,
            slot_id=str(body["slot_id"]),
            kind=str(body["kind"]),
            user=str(body["user"]),
            vault_id=str(body["vault_id"]),
            kdf=kdf,
            nonce=base64.b64decode(wrap["nonce"], validate=True),
            ciphertext=base64.b64decode(wrap["ciphertext"], validate=True),
            keyring=body.get("keyring"),
            from_file=data is None,
        )
        if slot.kind not in SLOT_KINDS or len(slot.nonce) != NONCE_BYTES or len(slot.ciphertext) != KEY_BYTES + 16:
            raise ValueError("not a key slot of ours")
        return slot
    except CasefileError:
        raise
    # RecursionError: a deeply nested file; UnicodeDecodeError is a ValueError.
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise VaultDamaged(
            f"The key slot file {path.name} is damaged ({type(exc).__name__}). Another user's "
            "passphrase or the recovery key may still open the vault; otherwise restore the "
            "keys/ folder from a backup."
        ) from None


def scan_slots(keys_dir: Path) -> tuple[list[KeySlot], list[str]]:
    """Every readable slot, and a warning for each slot file that was skipped.

    One damaged or hostile slot never hides the others (finding 2 of issue 11): the recovery
    key and the other users must still open the vault. A slot from a newer Casefile is a warning
    too (it cannot be used here, the others can)."""
    if not keys_dir.is_dir():
        raise KeySlotMissing(
            f"The vault's key-slot folder ({keys_dir}) is missing, so no passphrase can open it. "
            "Restore the keys/ folder from a backup of this vault."
        )
    slots: list[KeySlot] = []
    skipped: list[str] = []
    for path in sorted(keys_dir.glob("*.slot")):
        try:
            slots.append(read_slot(path))
        except CasefileError as exc:
            skipped.append(exc.message)
    return slots, skipped


def list_slots(keys_dir: Path) -> list[KeySlot]:
    """The readable slots (damaged ones are left out; :func:`scan_slots` says which)."""
    return scan_slots(keys_dir)[0]


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


@dataclass(frozen=True)
class UnlockPlan:
    """The slots to try for one typed secret, in order, each with the text to try it with."""

    tries: list[tuple[KeySlot, str]]
    recovery: RecoveryText | None


def plan_unlock(slots: list[KeySlot], secret: str, *, user: str | None, skipped: Sequence[str] = ()) -> UnlockPlan:
    """Which slots a typed secret is tried against, and in what order (finding 3 of issue 11).

    A passphrase goes to the user slots (only ``user``'s when given). The recovery slot is tried
    only when the text has a recovery key's shape: first when its check characters match (it is
    a recovery key), last when they do not (an old recovery key without check, or a passphrase
    that happens to look like one, as "Crazy zebras gulp sweet plums at dawns" does). So every
    passphrase the strength check accepts reaches its own slot.
    """
    form = recovery_form(secret)
    users = [s for s in slots if s.kind == "user" and (user is None or s.user == user)]
    user_tries = [(s, secret) for s in users]
    recovery_tries = [(s, form.key) for s in slots if s.kind == "recovery"] if form else []
    tries = recovery_tries + user_tries if form and form.checked else user_tries + recovery_tries
    if tries:
        return UnlockPlan(tries, form)
    note = f" (skipped: {' '.join(skipped)})" if skipped else ""
    if form and form.checked:
        raise KeySlotMissing(
            "The vault has no usable recovery key slot (its file in keys/ is missing or damaged). "
            f"Unlock with a user's passphrase instead, or restore keys/ from a backup.{note}"
        )
    if user is not None and not skipped and any(s.kind == "user" for s in slots):
        # Most often a name from another vault or a typo: say so, so it does not read as
        # lost data (issue 13, finding 10).
        raise UnknownUser(
            f"This vault has no user named '{user}'. Check the user name, or leave it empty to "
            "try every user of this vault. Nothing is missing from the vault."
        )
    if user is not None:
        raise KeySlotMissing(
            f"No usable key slot for user '{user}': its file in keys/ is missing or damaged, or the "
            f"user was removed. Check the user name, use the recovery key, or restore keys/ from a backup.{note}"
        )
    raise KeySlotMissing(
        "The vault's user key-slot files are missing or damaged in keys/. Use the recovery key, or "
        f"restore keys/ from a backup.{note}"
    )

"""Opening a vault folder: its marker, the key slots a secret is tried on, the database file's
first checks, and the note of failed attempts kept beside the vault until the next unlock.

The :class:`casefile.vault.db.Vault` does the rest of an unlock (schema, audit, housekeeping).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path

from casefile.clock import now_iso
from casefile.errors import VaultDamaged, VaultNotFound, VaultTooNew, WrongPassphrase
from casefile.vault import keys

MARKER = "casefile-vault.json"
MARKER_FORMAT = "casefile-vault"
MARKER_VERSION = 1
DB_NAME = "vault.db"
FAILED_UNLOCKS = "failed-unlocks.log"


def unseal(path: Path, secret: str, user: str | None, vault_id: str) -> tuple[bytes, keys.KeySlot, list[str]]:
    """The vault key, the slot that gave it and the texts of slots skipped; a wrong secret is
    noted beside the vault (:func:`record_failed_unlock`) and raised."""
    warnings: list[str] = []  # slots skipped
    slots, skipped = keys.scan_slots(path / "keys")
    warnings.extend(skipped)
    plan = keys.plan_unlock(slots, secret, user=user, skipped=skipped)
    try:
        key, slot = unseal_any(plan, warnings)
    except WrongPassphrase:
        record_failed_unlock(path, user)
        raise
    if slot.vault_id != vault_id:
        raise VaultDamaged(
            f"The key slot {slot.path.name} belongs to a different vault. "
            "Restore this vault's keys/ folder from its own backup."
        )
    check_database_file(path / DB_NAME)
    return key, slot, warnings


def read_marker(path: Path) -> str:
    marker = path / MARKER
    if not path.is_dir():
        raise VaultNotFound(f"There is no vault at {path}. Check the path, or create one with 'casefile init'.")
    if not marker.is_file():
        if (path / DB_NAME).exists():
            raise VaultDamaged(f"The vault at {path} is missing its {MARKER} file. Restore it from a backup.")
        raise VaultNotFound(f"{path} is not a Casefile vault (no {MARKER} in it).")
    try:
        body = json.loads(marker.read_text(encoding="utf-8"))
        fmt, version, vault_id = body["format"], int(body["version"]), str(body["vault_id"])
    except (OSError, ValueError, KeyError, TypeError):
        raise VaultDamaged(f"The vault's {MARKER} file is damaged. Restore it from a backup.") from None
    if fmt != MARKER_FORMAT:
        raise VaultNotFound(f"{path} is not a Casefile vault.")
    if version > MARKER_VERSION:
        raise VaultTooNew(
            f"This vault was made by a newer version of Casefile (vault format {version}). Update Casefile to open it."
        )
    return vault_id


def check_database_file(db: Path) -> None:
    try:
        size = db.stat().st_size
    except FileNotFoundError:
        raise VaultDamaged(f"The vault's database file ({db}) is missing. Restore it from a backup.") from None
    if size == 0:
        # A vault's database is never empty (create() leaves it at 4 KiB at least).
        raise VaultDamaged(
            f"The vault's database file ({db}) is empty (0 bytes). Nothing was changed: the "
            "documents and key slots are untouched. Restore vault.db from your latest backup of "
            "this vault."
        )


def unseal_any(plan: keys.UnlockPlan, warnings: list[str]) -> tuple[bytes, keys.KeySlot]:
    """The key and the slot that opened it; :class:`WrongPassphrase` if none does.

    A slot that cannot be used (Argon2id fails on it) is noted in ``warnings`` and skipped."""
    error: WrongPassphrase | None = None
    usable = 0
    for slot, text in plan.tries:
        try:
            return keys.unseal(slot, text), slot
        except WrongPassphrase as exc:
            error = exc
            usable += 1
        except VaultDamaged as exc:
            warnings.append(exc.message)
    if not usable:
        raise VaultDamaged(
            "No key slot that could open the vault with this secret is usable: "
            + " ".join(warnings)
            + " Restore the keys/ folder from a backup."
        )
    tried_recovery = any(slot.kind == "recovery" for slot, _ in plan.tries)
    if plan.recovery is not None and tried_recovery:
        if plan.recovery.checked:
            raise WrongPassphrase(
                "That recovery key does not open this vault: it may be the key of another vault. "
                "Check that it is the one printed for this vault.",
                key="wrong_recovery_key",
            )
        raise WrongPassphrase(
            "That does not open this vault. If it is the recovery key, a character is mistyped: its "
            "last two characters do not match the others (keys made by older versions have no such "
            "check; then compare every group). Recovery keys never use 0, O, 1 or I. If it is a "
            "passphrase, check Caps Lock and the keyboard layout.",
            key="recovery_key_mistyped",
        )
    if len([s for s, _ in plan.tries if s.kind == "user"]) > 1:
        error = WrongPassphrase(
            "That passphrase does not open this vault for any user. Check Caps Lock and the "
            "keyboard layout, or use the recovery key."
        )
    raise error or WrongPassphrase("That passphrase does not open this vault.")


def record_failed_unlock(path: Path, user: str | None) -> None:
    # No key yet, so the attempt is noted beside the vault and moved into the audit log at the
    # next successful unlock. The note holds a time and a user name, never the attempt itself.
    with contextlib.suppress(OSError):
        fd = os.open(path / FAILED_UNLOCKS, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(f"{now_iso()} user={user or '?'}\n")


def peek_failed_unlocks(path: Path) -> list[str]:
    file = path / FAILED_UNLOCKS
    try:
        lines = [ln.strip() for ln in file.read_text(encoding="utf-8").splitlines() if ln.strip()]
    except OSError:
        return []
    return lines[-1000:]


def forget_failed_unlocks(path: Path) -> None:
    with contextlib.suppress(OSError):
        (path / FAILED_UNLOCKS).unlink()


def free_bytes(path: Path) -> int:
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return 0

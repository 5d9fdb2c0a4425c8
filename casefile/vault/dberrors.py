"""Turning SQLCipher's exceptions into errors a person can act on."""

from __future__ import annotations

import sqlcipher3

from casefile.errors import CasefileError, DiskFull, VaultDamaged, VaultLocked


def translate(exc: BaseException) -> CasefileError:
    text = str(exc).lower()
    if "disk is full" in text or ("disk i/o error" in text and "full" in text):
        return DiskFull(
            "The disk is full: the change was not saved and the vault is unchanged. Free some space and try again."
        )
    if "database is locked" in text or "busy" in text:
        return VaultLocked("The vault is busy in another Casefile window or command. Close it there and try again.")
    if isinstance(exc, sqlcipher3.IntegrityError):
        return CasefileError(f"The change conflicts with other records ({exc}).", key="integrity")
    return VaultDamaged(
        "The vault's database could not be read or written: it may be damaged "
        f"({exc}). The file was left as it is; run 'casefile verify' and restore from a backup "
        "if it reports damage."
    )

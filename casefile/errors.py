"""Errors the user can act on.

Everything raised from ``casefile`` that a person can fix (a wrong passphrase, a malformed
A-number, a damaged vault) is a :class:`CasefileError`. It carries a stable ``key`` the UI can
translate, the English message, and the CLI exit code. Anything else is a bug: it is logged
without case data and shown as a generic failure.
"""

from __future__ import annotations

from typing import Any


class CasefileError(Exception):
    """Base class for errors with a message meant for the user."""

    exit_code = 1
    key = "error"

    def __init__(self, message: str, *, key: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        if key is not None:
            self.key = key
        self.params = params

    def __str__(self) -> str:
        return self.message


class ValidationError(CasefileError):
    """A record or field is not acceptable; ``where`` names the record and ``field`` the field."""

    key = "validation"

    def __init__(self, message: str, *, where: str = "", field: str = "", key: str | None = None) -> None:
        full = f"{where}: {message}" if where else message
        super().__init__(full, key=key)
        self.where = where
        self.field = field
        self.reason = message


class WrongPassphrase(CasefileError):
    exit_code = 3
    key = "wrong_passphrase"


class VaultLocked(CasefileError):
    """Another running Casefile holds the vault's writer lock."""

    exit_code = 4
    key = "vault_locked"


class VaultDamaged(CasefileError):
    key = "vault_damaged"


class VaultNotFound(CasefileError):
    key = "vault_not_found"


class KeySlotMissing(CasefileError):
    key = "key_slot_missing"


class UnknownUser(CasefileError):
    """A user name that has no key slot in this vault, while other users do (a typo, or a
    name from another vault): nothing is missing."""

    key = "unknown_user"


class VaultTooNew(CasefileError):
    key = "vault_too_new"


class DocumentDamaged(CasefileError):
    """An encrypted document failed authentication or its hash check."""

    key = "document_damaged"


class NotFound(CasefileError):
    key = "not_found"


class WeakPassphrase(CasefileError):
    key = "weak_passphrase"


class DiskFull(CasefileError):
    key = "disk_full"


class Cancelled(CasefileError):
    key = "cancelled"


class DuplicatePerson(ValidationError):
    """A person's A-number already belongs to another live person (in the vault or the same file).

    ``existing_id`` and ``existing_name`` name the record that holds it, so the app can offer to
    open it; both are empty when the other record is in the same import file.
    """

    key = "duplicate_person"

    def __init__(
        self, message: str, *, where: str = "", field: str = "a_number", existing_id: str = "", existing_name: str = ""
    ) -> None:
        super().__init__(message, where=where, field=field, key=self.key)
        self.existing_id = existing_id
        self.existing_name = existing_name

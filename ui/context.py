"""What every window, section and dialog shares: the unlocked vault, the workers, settings.

Sections get an :class:`AppContext` and never hold the vault themselves, so locking (which sets
``vault`` to None and emits ``vault_locked``) reaches every model at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.workers import Workers

if TYPE_CHECKING:  # the unlock window shows before the vault's crypto is imported
    from casefile.vault.db import Vault


class AppContext(QObject):
    vault_unlocked = Signal()  # a vault is open: models may load
    vault_locked = Signal()  # the vault was closed: models must drop every row they hold
    record_saved = Signal(str, str)  # (kind list name e.g. "people", record id) after a save/delete/restore
    language_changed = Signal(str)  # "en" | "es", after the new translators are installed
    open_record = Signal(str, str)  # (kind list name, record id): someone asked to show this record

    def __init__(self, workers: Workers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self.vault: Vault | None = None
        # When the vault was last unlocked (time.monotonic): background chores wait a little
        # after it, so the first pages of the lists do not share the CPU with them.
        self.unlocked_at = 0.0

    @property
    def unlocked(self) -> bool:
        return self.vault is not None and not self.vault.closed

    def require_vault(self) -> Vault:
        if self.vault is None or self.vault.closed:
            raise RuntimeError("the vault is locked")
        return self.vault

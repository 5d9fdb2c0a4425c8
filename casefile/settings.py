"""User settings: a small JSON file in the platformdirs config folder. Never case data.

Recent vault paths are the only paths kept; nothing about what a vault holds is written here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from casefile import catalogue
from casefile.paths import config_dir
from casefile.vault.fsutil import atomic_write, make_private_dir

SETTINGS_FILE = "settings.json"


@dataclass
class Settings:
    auto_lock_minutes: int = 5
    paper: str = "letter"  # "letter" | "a4"
    language: str = "en"  # a code of casefile.catalogue.languages()
    backup_reminder_days: int = 7
    recent_vaults: list[str] = field(default_factory=list)
    last_user: str = ""
    # The user name last used for each recent vault: a name from one vault offered for another
    # led to "key file missing", which read like lost data (issue 13, finding 10).
    vault_users: dict[str, str] = field(default_factory=dict)

    def remember_vault(self, path: Path, user: str | None = None) -> None:
        text = str(Path(path).resolve())
        self.recent_vaults = [text, *[p for p in self.recent_vaults if p != text][:7]]
        if user is not None:
            self.vault_users[text] = user
        self.vault_users = {p: u for p, u in self.vault_users.items() if p in self.recent_vaults}

    def user_for(self, path: Path | str | None) -> str:
        """The user name to offer for the vault at ``path`` ('' when it was never opened here)."""
        if not path:
            return ""
        text = str(Path(path).resolve())
        if text in self.vault_users:
            return self.vault_users[text]
        # Settings from before vault_users: last_user belonged to the most recent vault only.
        return self.last_user if self.recent_vaults[:1] == [text] else ""


def _clean(raw: dict[str, Any]) -> Settings:
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        value = raw.get(f.name, getattr(defaults, f.name))
        if not isinstance(value, type(getattr(defaults, f.name))):
            value = getattr(defaults, f.name)
        values[f.name] = value
    settings = Settings(**values)
    settings.auto_lock_minutes = max(1, min(settings.auto_lock_minutes, 240))
    if settings.paper not in ("letter", "a4"):
        settings.paper = "letter"
    if settings.language not in catalogue.language_codes():
        settings.language = catalogue.SOURCE
    settings.recent_vaults = [p for p in settings.recent_vaults if isinstance(p, str)][:8]
    settings.vault_users = {
        p: u for p, u in settings.vault_users.items() if isinstance(u, str) and p in settings.recent_vaults
    }
    return settings


def load(folder: Path | None = None) -> Settings:
    path = (folder or config_dir()) / SETTINGS_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    return _clean(raw if isinstance(raw, dict) else {})


def save(settings: Settings, folder: Path | None = None) -> None:
    folder = folder or config_dir()
    make_private_dir(folder)
    atomic_write(folder / SETTINGS_FILE, (json.dumps(asdict(settings), indent=2) + "\n").encode())

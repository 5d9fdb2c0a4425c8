"""User settings: a small JSON file in the platformdirs config folder. Never case data.

Recent vault paths are the only paths kept; nothing about what a vault holds is written here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from casefile.paths import config_dir
from casefile.vault.fsutil import atomic_write, make_private_dir

SETTINGS_FILE = "settings.json"


@dataclass
class Settings:
    auto_lock_minutes: int = 5
    paper: str = "letter"  # "letter" | "a4"
    language: str = "en"  # "en" | "es"
    backup_reminder_days: int = 7
    recent_vaults: list[str] = field(default_factory=list)
    last_user: str = ""

    def remember_vault(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self.recent_vaults = [text, *[p for p in self.recent_vaults if p != text][:7]]


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
    if settings.language not in ("en", "es"):
        settings.language = "en"
    settings.recent_vaults = [p for p in settings.recent_vaults if isinstance(p, str)][:8]
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

"""Where Casefile keeps things on each OS, as platformdirs decides. Never inside the app bundle."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "Casefile"


def _override(var: str) -> Path | None:
    # Tests and portable installs point these somewhere else.
    value = os.environ.get(var)
    return Path(value) if value else None


def data_dir() -> Path:
    return _override("CASEFILE_DATA_DIR") or Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    return _override("CASEFILE_CONFIG_DIR") or Path(platformdirs.user_config_dir(APP, appauthor=False))


def log_dir() -> Path:
    return _override("CASEFILE_LOG_DIR") or Path(platformdirs.user_log_dir(APP, appauthor=False))


def default_vault_path() -> Path:
    return data_dir() / "vault"


def demo_vault_path() -> Path:
    return data_dir() / "demo-vault"

"""Shared fixtures: real vault files in tmp_path, the shared example, isolated app folders."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.vault.db import Vault

FIXTURES = Path(__file__).parent / "fixtures"
PASSPHRASE = "lavender-canoe-quartz-mitten"
USER = "maria"


@pytest.fixture(autouse=True)
def _isolated_app_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep settings, logs and data of every test out of the real user folders."""
    base = tmp_path_factory.mktemp("appdirs")
    for var, name in (("CASEFILE_DATA_DIR", "data"), ("CASEFILE_CONFIG_DIR", "config"), ("CASEFILE_LOG_DIR", "logs")):
        monkeypatch.setenv(var, str(base / name))
    return base


@pytest.fixture
def example_dir(tmp_path: Path) -> Path:
    """A copy of shared/spec/example.json and its files/ folder."""
    target = tmp_path / "example"
    target.mkdir()
    shutil.copy(FIXTURES / "example.json", target / "example.json")
    shutil.copytree(FIXTURES / "files", target / "files")
    return target


@pytest.fixture
def example_doc() -> dict:
    return json.loads((FIXTURES / "example.json").read_text(encoding="utf-8"))


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def new_vault(vault_path: Path):
    """A fresh, unlocked vault; yields (vault, recovery_key)."""
    vault, recovery = Vault.create(vault_path, USER, PASSPHRASE)
    yield vault, recovery
    vault.close()


@pytest.fixture
def vault(new_vault):
    return new_vault[0]


@pytest.fixture
def example_vault(vault, example_dir):
    from casefile.services.interchange import import_file

    import_file(vault, example_dir / "example.json")
    return vault


def run_cli(
    *args: str, stdin: str = PASSPHRASE + "\n", env: dict | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    """Run the real command line in a child process."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "casefile.cli", "--passphrase-stdin", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
    )

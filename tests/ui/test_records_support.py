"""Fixtures for the record-section tests: a real vault in tmp_path behind a real AppContext.

Imported by the other ``test_records_*`` modules (this module holds no tests of its own).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casefile.vault.db import Vault
from ui.context import AppContext
from ui.workers import Workers

PASSPHRASE = "lavender-canoe-quartz-mitten"
USER = "maria"


def open_context(vault: Vault) -> AppContext:
    ctx = AppContext(Workers())
    ctx.vault = vault
    return ctx


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One empty vault made per session; tests open copies (creating one costs two key
    derivations and the schema, about twice what opening a copy costs)."""
    path = tmp_path_factory.mktemp("template") / "vault"
    vault, _recovery = Vault.create(path, USER, PASSPHRASE, check_strength=False)
    vault.close()
    return path


@pytest.fixture
def rec_vault(tmp_path: Path, vault_template: Path) -> Iterator[Vault]:
    path = tmp_path / "vault"
    shutil.copytree(vault_template, path, ignore=shutil.ignore_patterns(".lock"))
    vault = Vault.open(path, PASSPHRASE, user=USER)
    yield vault
    if not vault.closed:
        vault.close()


@pytest.fixture
def ctx(qapp: Any, rec_vault: Vault) -> Iterator[AppContext]:
    context = open_context(rec_vault)
    yield context
    context.workers.drain()
    context.vault = None


def wait_workers(qtbot: Any, ctx: AppContext, timeout: int = 10000) -> None:
    """Wait until every job ran and delivered its signals."""
    qtbot.waitUntil(lambda: not ctx.workers.busy, timeout=timeout)


def lock(ctx: AppContext) -> None:
    """What the app does on lock: drain, close, tell every model."""
    vault = ctx.require_vault()
    ctx.workers.drain()
    vault.close()
    ctx.vault = None
    ctx.vault_locked.emit()

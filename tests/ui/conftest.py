"""UI test set-up: offscreen Qt by default, an app shell over a real vault file, English texts."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile.settings import Settings
from tests.conftest import PASSPHRASE

UNLOCK_TIMEOUT_MS = 15_000


@pytest.fixture(scope="session")
def _example_vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shared example imported once per session (Argon2id and the import take seconds)."""
    from casefile.services.interchange import import_file
    from casefile.vault.db import Vault
    from tests.conftest import FIXTURES, USER

    path = tmp_path_factory.mktemp("template") / "vault"
    vault, _recovery = Vault.create(path, USER, PASSPHRASE)
    try:
        import_file(vault, FIXTURES / "example.json")
    finally:
        vault.close()
    return path


@pytest.fixture
def example_vault_path(_example_vault_template: Path, tmp_path: Path) -> Path:
    """A locked copy of the example vault of this test's own (so the app can open it)."""
    target = tmp_path / "vault"
    shutil.copytree(_example_vault_template, target)
    return target


@pytest.fixture
def shell(qtbot, tmp_path: Path) -> Iterator:
    """The app's controller with default settings; torn down (locked, windows gone) afterwards."""
    from ui import i18n
    from ui.app import Shell, apply_style, ensure_application

    app = ensure_application()
    apply_style(app)
    made = Shell(settings=Settings())
    yield made
    made.shutdown()
    i18n.set_language("en")
    app.setStyleSheet("")


def unlock_with(qtbot, shell, path: Path, secret: str = PASSPHRASE):
    """Open ``path`` through the unlock window, as a user would; returns the main window."""
    shell.vault_path = path
    window = shell.show_unlock()
    window.set_vaults(path)
    qtbot.waitExposed(window)
    window.secret_edit.setText(secret)
    with qtbot.waitSignal(window.unlocked, timeout=UNLOCK_TIMEOUT_MS):
        qtbot.mouseClick(window.unlock_button, qtbot_left())
    assert shell.main_window is not None
    qtbot.waitExposed(shell.main_window)
    return shell.main_window


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton

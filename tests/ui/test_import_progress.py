"""The app's import of a large interchange file (issue 15): streamed in a worker behind the
progress dialog, whose Cancel button stops it with nothing saved, even after chunks were written."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.conftest import unlock_with

ENCOUNTERS = 30_000


def _large_file(path: Path) -> Path:
    people = [{"id": f"p-{i:03d}", "full_name": f"Person {i}"} for i in range(100)]
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"format": "casefile-interchange", "version": 1, "people": ')
        json.dump(people, out)
        out.write(', "encounters": [\n')
        for i in range(ENCOUNTERS):
            encounter = {
                "id": f"e-{i:05d}",
                "occurred_at": f"{2021 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}",  # always a real date
                "setting": "home",
                "narrative": f"Encounter {i}.",
                "participants": [{"person_id": f"p-{i % 100:03d}", "role": "target"}],
            }
            out.write(("," if i else "") + json.dumps(encounter) + "\n")
        out.write("]}\n")
    return path


def test_cancel_a_large_import_from_the_progress_dialog(qtbot, shell, new_vault, tmp_path: Path) -> None:
    vault, _ = new_vault
    vault.close()
    source = _large_file(tmp_path / "release.json")
    main = unlock_with(qtbot, shell, vault.path)
    main.start_import(source)
    dialog = main.progress
    assert dialog is not None
    # Reading the file is the first 10 %; 13 % is the 100 people and the first 1 000 encounters
    # written (10 + 1 100 * 90 // 30 100): cancelling then rolls written rows back.
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() >= 13, timeout=120_000)
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.progress is None, timeout=120_000)
    assert main.statusBar().currentMessage() == "Cancelled. Nothing was changed."
    conn = main.ctx.require_vault().connection()
    assert conn.execute("SELECT count(*) FROM encounters").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 0

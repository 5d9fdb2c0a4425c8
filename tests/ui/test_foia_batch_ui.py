"""A FOIA batch made in the app: three clients picked by typing, one template request, three
requests tracked together, and three letters written into a folder and read back."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from casefile.foia.batch import batch_members
from casefile.services import records
from tests.ui.conftest import unlock_with
from tests.ui.screen_walk import click, click_section

CLIENTS = (
    ("Quispe", "Rosa Elena Quispe Mamani", "A-208-114-563"),
    ("Ventura", "Ana Lucía Ventura", "A-201-555-014"),
    ("Ortega", "José Luis Pérez Ortega", "A-099-871-220"),
)


def _pick(qtbot, dialog, typed: str) -> None:
    picker = dialog.picker
    qtbot.mouseClick(picker.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(picker.edit, typed)
    popup = picker.completer.popup()
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0 and popup.isVisible(), timeout=10_000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.value() is not None and dialog.add_button.isEnabled(), timeout=5000)
    click(qtbot, dialog.add_button)


def test_batch_of_three_clients_from_the_app(qtbot, shell, example_vault_path, tmp_path: Path, monkeypatch):
    main = unlock_with(qtbot, shell, example_vault_path)
    vault = main.ctx.vault
    records.save(vault, "people", {"full_name": "Ana Lucía Ventura", "is_client": True, "a_number": "A 201-555-014"})
    records.save(vault, "people", {"full_name": "José Luis Pérez Ortega", "is_client": True,
                                   "a_number": "A 099-871-220"})  # fmt: skip
    section = click_section(qtbot, main, "foia")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    click(qtbot, section.batch_button)
    qtbot.waitUntil(lambda: section.batch_dialog is not None and section.batch_dialog.isVisible())
    dialog = section.batch_dialog
    assert not dialog.create_button.isEnabled()  # a batch is two or more clients
    for typed, _name, _a in CLIENTS:
        _pick(qtbot, dialog, typed)
    assert dialog.clients.count() == 3 and dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.name, "Airline Dr raid")
    qtbot.keyClicks(dialog.records_sought, "All records of the 2026-09-15 operation at 4410 Airline Dr")
    dialog.expedited.setFocus()
    qtbot.keyClick(dialog.expedited, Qt.Key.Key_Space)
    assert dialog.expedited.isChecked()
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: dialog.loads >= 1, timeout=20_000)

    members = batch_members(vault, "Airline Dr raid")
    assert len(members) == 3 and all(m["status"] == "draft" and m["expedited_requested"] for m in members)
    assert [dialog.table.topLevelItem(i).text(0) for i in range(3)] == [name for _t, name, _a in CLIENTS]
    assert {dialog.table.topLevelItem(i).text(2) for i in range(3)} == {"Draft"}
    assert dialog.heading.text() == "Batch “Airline Dr raid”: 3 requests to ICE."
    qtbot.waitUntil(lambda: section.model.rowCount() == 4, timeout=10_000)  # the FOIA list shows them

    click(qtbot, dialog.letters_button)
    qtbot.waitUntil(lambda: dialog.letter_dialog is not None and dialog.letter_dialog.isVisible())
    letter = dialog.letter_dialog
    qtbot.keyClicks(letter.name, "Ana Torres")
    qtbot.keyClicks(letter.address, "1200 Main St, Houston TX 77002")
    # Not every client is detained or has a hearing on record: the batch's reason is given once.
    qtbot.keyClicks(letter.expedite_reason, "Arrested in one operation; removal proceedings are pending")
    out = tmp_path / "letters"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(out)))
    click(qtbot, letter.write_button)
    qtbot.waitUntil(lambda: len(dialog.written) == 3, timeout=60_000)
    print("MSG", dialog.view_message.text(), list(out.iterdir()))
    assert "Wrote 3 of 3 letters" in dialog.view_message.text()
    assert not dialog.progress.isVisible() and dialog.letters_button.isEnabled()
    for path, (_typed, name, a_number) in zip(dialog.written, CLIENTS, strict=True):
        text = " ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
        assert name in text and a_number in text and "Ana Torres" in text
        assert "4410 Airline Dr" in text and "expedit" in text.lower()
        assert name.split()[0] not in path.name  # files are named for the agency and batch, not a client

"""The FOIA form's letters: a person opens the request, types who signs, and gets a letter on disk."""

from __future__ import annotations

import re
from pathlib import Path

import docx
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import unlock_with
from tests.ui.screen_walk import click, click_list_row, click_section


def _open_request(qtbot, shell, path):
    main = unlock_with(qtbot, shell, path)
    section = click_section(qtbot, main, "foia")
    qtbot.waitUntil(lambda: section.model.rowCount() > 0)
    click_list_row(qtbot, section.view, 0)
    editor = section.editor
    qtbot.waitUntil(lambda: editor.record_id == "f-ice-1")
    return editor


def _save_as(monkeypatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))


def test_request_letter_from_the_form(qtbot, shell, example_vault_path, tmp_path, monkeypatch):
    editor = _open_request(qtbot, shell, example_vault_path)
    tools = editor.tools
    assert tools.request_button.isEnabled()
    click(qtbot, tools.request_button)
    qtbot.waitUntil(lambda: tools.dialog is not None and tools.dialog.isVisible())
    dialog = tools.dialog
    qtbot.keyClicks(dialog.name, "Ana Torres")
    qtbot.keyClicks(dialog.organization, "Gulf Coast Immigrant Defense Clinic")
    qtbot.keyClicks(dialog.address, "1200 Main St")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.address, "Houston TX 77002")
    # Word, to edit: the second format, chosen with the keyboard.
    dialog.format.setFocus()
    qtbot.keyClick(dialog.format, Qt.Key.Key_Down)
    target = tmp_path / "letter.docx"
    _save_as(monkeypatch, target)
    click(qtbot, dialog.write_button)
    qtbot.waitUntil(lambda: target in tools.written, timeout=20_000)
    document = docx.Document(str(target))
    text = re.sub(r"\s+", " ", "\n".join(p.text for p in document.paragraphs))
    assert "Ana Torres" in text and "Houston TX 77002" in text
    assert "Rosa Elena Quispe Mamani" in text and "6 CFR Part 5" in text
    assert "Wrote" in tools.message.text()

    # The requester was kept: the appeal dialog opens with it filled in. The request is not yet
    # denied, so the appeal letter says what to record first.
    click(qtbot, tools.appeal_button)
    qtbot.waitUntil(lambda: tools.dialog is not dialog and tools.dialog is not None and tools.dialog.isVisible())
    appeal = tools.dialog
    assert appeal.name.text() == "Ana Torres"
    _save_as(monkeypatch, tmp_path / "appeal.pdf")
    click(qtbot, appeal.write_button)
    qtbot.waitUntil(lambda: "adverse_determination_on" in tools.message.text(), timeout=20_000)


def test_fact_chronology_from_the_form(qtbot, shell, example_vault_path, tmp_path, monkeypatch):
    editor = _open_request(qtbot, shell, example_vault_path)
    target = tmp_path / "chronology.docx"
    _save_as(monkeypatch, target)
    click(qtbot, editor.tools.chronology_button)
    qtbot.waitUntil(lambda: target in editor.tools.written, timeout=20_000)
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Fact chronology for a FOIA complaint (draft)" in text
    assert "ICE received the request" in text


def test_pdf_letter_is_the_default(qtbot, shell, example_vault_path, tmp_path, monkeypatch):
    editor = _open_request(qtbot, shell, example_vault_path)
    tools = editor.tools
    click(qtbot, tools.request_button)
    qtbot.waitUntil(lambda: tools.dialog is not None and tools.dialog.isVisible())
    qtbot.keyClicks(tools.dialog.name, "Ana Torres")
    qtbot.keyClicks(tools.dialog.address, "1200 Main St, Houston TX 77002")
    target = tmp_path / "letter.pdf"
    _save_as(monkeypatch, target)
    click(qtbot, tools.dialog.write_button)
    qtbot.waitUntil(lambda: target in tools.written, timeout=20_000)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(target)).pages)
    assert "Explicación de su consentimiento" in text

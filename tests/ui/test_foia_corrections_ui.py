"""Correcting an older production in the FOIA form, not only the latest: its pages, its received
date, and removing it, with the log's totals equal to the pages after each step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from casefile.demo.foia_production import production_pdf
from casefile.services import records
from tests.ui.screen_walk import click
from tests.ui.test_foia_letters_ui import _open_request


def _receive(qtbot, log, monkeypatch, pdf, loads):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(pdf), "")))
    click(qtbot, log.receive_button)
    qtbot.waitUntil(lambda: log.loads >= loads, timeout=20_000)


def _click_item(qtbot, tree, item):
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def _totals(log) -> str:
    return log.totals.text().split(" Exemptions")[0]


def test_correct_and_remove_an_older_production(qtbot, shell, example_vault_path, tmp_path, monkeypatch):
    editor = _open_request(qtbot, shell, example_vault_path)
    log = editor.tools.productions
    qtbot.waitUntil(lambda: log.loads >= 1)
    # Demo production page n: withheld if n % 10 == 0, referred if n % 25 == 3, in part if even or
    # a multiple of 7, else in full. 10 pages: 3 full (1, 5, 9), 5 part, 1 withheld, 1 referred;
    # 5 pages: 2 full (1, 5), 2 part, 1 referred. Together 15: 5 full, 7 part, 1 withheld, 2 referred.
    for pages, loads in ((10, 2), (5, 3)):
        pdf = tmp_path / f"p{pages}.pdf"
        pdf.write_bytes(production_pdf(pages))
        _receive(qtbot, log, monkeypatch, pdf, loads)
    assert _totals(log) == "15 pages: 5 released in full, 7 in part, 1 withheld in full, 2 referred."
    # The latest is the one corrections apply to, until another is chosen.
    assert "(5 pages, ICE-000011 – ICE-000015): 2 full, 2 in part, 1 referred." in log.target.text()

    older = log.tree.topLevelItem(0)
    assert older.text(2) == "1-10"
    _click_item(qtbot, log.tree, older.child(0))  # a segment row chooses its production
    assert "(10 pages, ICE-000001 – ICE-000010)" in log.target.text()
    # Its page 1 was in fact withheld under (b)(5): 4 full, 7 part, 2 withheld, 2 referred = 15.
    qtbot.keyClicks(log.pages, "1")
    log.status.setFocus()
    qtbot.keyClick(log.status, Qt.Key.Key_Down)  # released in part
    qtbot.keyClick(log.status, Qt.Key.Key_Down)  # withheld in full
    qtbot.keyClicks(log.exemptions, "(b)(5)")
    click(qtbot, log.set_button)
    qtbot.waitUntil(lambda: log.loads >= 4, timeout=20_000)
    assert _totals(log) == "15 pages: 4 released in full, 7 in part, 2 withheld in full, 2 referred."
    assert "(10 pages, ICE-000001 – ICE-000010)" in log.target.text()  # still the one being corrected
    assert log.target.text().endswith("ICE-000001 – ICE-000010): 2 full, 5 in part, 2 withheld, 1 referred.")

    # Its received date was mistyped: corrected in the production's dialog.
    click(qtbot, log.edit_button)
    qtbot.waitUntil(lambda: log.dialog is not None and log.dialog.isVisible())
    date_edit = log.dialog.received_on.edit
    date_edit.setFocus()
    qtbot.keyClick(date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(date_edit, "2026-10-19")
    click(qtbot, log.dialog.ok_button)
    qtbot.waitUntil(lambda: log.loads >= 5, timeout=20_000)
    assert log.tree.topLevelItem(0).text(0) == "2026-10-19"
    vault = shell.main_window.ctx.vault
    production_id = log.selected_id()
    assert records.get(vault, "foia_productions", production_id)["received_on"] == "2026-10-19"

    # And it was a duplicate after all: removed; the totals are the newer one's 5 pages.
    click(qtbot, log.remove_button)
    qtbot.waitUntil(lambda: log.remove_box is not None and log.remove_box.isVisible())
    click(qtbot, log.remove_box.button(QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: log.loads >= 6, timeout=20_000)
    assert _totals(log) == "5 pages: 2 released in full, 2 in part, 0 withheld in full, 1 referred."
    assert log.tree.topLevelItemCount() == 1
    assert records.get(vault, "foia_productions", production_id) is None
    assert records.get(vault, "foia_productions", production_id, include_deleted=True)["deleted_at"]

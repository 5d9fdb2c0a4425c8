"""The production log in the FOIA form: receive a PDF, see the totals, correct pages, mark checked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from casefile.demo.foia_production import production_pdf
from tests.ui.screen_walk import click
from tests.ui.test_foia_letters_ui import _open_request


def test_receive_a_production_and_correct_it(qtbot, shell, example_vault_path, tmp_path, monkeypatch):
    editor = _open_request(qtbot, shell, example_vault_path)
    log = editor.tools.productions
    qtbot.waitUntil(lambda: log.loads >= 1)
    assert log.totals.text() == "No production received yet."
    pdf = tmp_path / "production.pdf"
    # 20 pages, as the CLI test works them out: 8 in full, 9 in part, 2 withheld, 1 referred.
    pdf.write_bytes(production_pdf(20))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(pdf), "")))
    click(qtbot, log.receive_button)
    qtbot.waitUntil(lambda: log.loads >= 2, timeout=20_000)
    assert log.totals.text().startswith("20 pages: 8 released in full, 9 in part, 2 withheld in full, 1 referred.")
    assert "check them" in log.totals.text()
    production = log.tree.topLevelItem(0)
    assert production.text(1) == "ICE-000001 – ICE-000020" and production.text(2) == "1-20"
    assert production.child(0).text(1) == "ICE-000001"

    # Page 1 (released in full) was in fact withheld under (b)(5).
    qtbot.keyClicks(log.pages, "1")
    log.status.setFocus()
    qtbot.keyClick(log.status, Qt.Key.Key_Down)  # released in part
    qtbot.keyClick(log.status, Qt.Key.Key_Down)  # withheld in full
    qtbot.keyClicks(log.exemptions, "(b)(5)")
    click(qtbot, log.set_button)
    qtbot.waitUntil(lambda: log.loads >= 3, timeout=20_000)
    assert log.totals.text().startswith("20 pages: 7 released in full, 9 in part, 3 withheld in full, 1 referred.")
    click(qtbot, log.checked_button)
    qtbot.waitUntil(lambda: log.loads >= 4, timeout=20_000)
    assert "check them" not in log.totals.text() and not log.checked_button.isEnabled()

"""A FOIA request's status history in the app: changes typed into the form, worded field by field,
with its clocks and what OGIS mediation does to the appeal deadline."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.screen_walk import click
from tests.ui.test_foia_letters_ui import _open_request
from ui.models import fmt


def test_status_history_from_the_form(qtbot, shell, example_vault_path):
    editor = _open_request(qtbot, shell, example_vault_path)
    # ICE denied on 2026-10-20; mediation asked for on 2026-11-02 (the appeal stays due 2027-03-03,
    # 90 working days, worked out in tests/vault/test_foia_ogis.py).
    qtbot.keyClicks(editor.adverse_on.edit, "2026-10-20")
    qtbot.keyClicks(editor.ogis_requested_on.edit, "2026-11-02")
    qtbot.keyClicks(editor.ogis_case_number, "OGIS-2026-01234")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    tools = editor.tools
    click(qtbot, tools.history_button)
    qtbot.waitUntil(lambda: tools.history_dialog is not None and tools.history_dialog.loads >= 1, timeout=20_000)
    dialog = tools.history_dialog
    whats = [dialog.events.topLevelItem(i).text(2) for i in range(dialog.events.topLevelItemCount())]
    assert whats[0].startswith("Recorded\nStatus: Acknowledged\nTracking number: 2026-ICFO-55120")
    assert whats[-1] == (
        f"Adverse determination: {fmt.fmt_date('2026-10-20')}\nOGIS mediation requested: "
        f"{fmt.fmt_date('2026-11-02')}\nOGIS case number: OGIS-2026-01234"
    )
    assert all(dialog.events.topLevelItem(i).text(1) == "maria" for i in range(len(whats)))
    clocks = {dialog.clocks.topLevelItem(i).text(1): dialog.clocks.topLevelItem(i)
              for i in range(dialog.clocks.topLevelItemCount())}  # fmt: skip
    # Received 2026-09-23; 20 working days (Columbus Day skipped) → 2026-10-22, answered by the denial.
    assert clocks["FOIA response due"].text(0) == fmt.fmt_date("2026-10-22")
    assert clocks["FOIA appeal due"].text(0) == fmt.fmt_date("2027-03-03")
    assert clocks["FOIA appeal due"].text(2) == "running" and "6 CFR 5.8(a)(1)" in clocks["FOIA appeal due"].text(3)
    assert dialog.note.text() == (
        "OGIS mediation does not toll the appeal deadline (6 CFR 5.8(a)(1)). "
        f"The appeal is due by {fmt.fmt_date('2027-03-03')}, computed without tolling — verify."
    )

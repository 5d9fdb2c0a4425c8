"""The dashboard's FOIA notice: an overdue request shows that suit may be filed (552(a)(6)(C)(i))."""

from __future__ import annotations

from datetime import date

from tests.ui.conftest import unlock_with
from ui import dashboard as dashboard_module


def test_overdue_request_shows_constructive_exhaustion(qtbot, shell, example_vault_path, monkeypatch):
    # The example's request was received 2026-09-23; 20 working days later (Columbus Day skipped) is
    # 2026-10-22, the last day the agency had: on 2026-10-23 suit may be filed.
    monkeypatch.setattr(dashboard_module, "today", lambda: date(2026, 10, 23))
    main = unlock_with(qtbot, shell, example_vault_path)
    board = main.sections["dashboard"]
    qtbot.waitUntil(lambda: board.loaded_count >= 1, timeout=5000)

    notice = board.foia_notice
    assert notice.isVisible()
    text = notice.text()
    assert text.startswith("⚠ Suit possible on 1 FOIA request (5 U.S.C. 552(a)(6)(C)(i)):")
    assert "Rosa Elena Quispe Mamani — ICE 2026-ICFO-55120: no determination by Oct 22, 2026" in text
    assert "552(a)(4)(B)" in notice.toolTip() and "deemed exhausted" in notice.toolTip()


def test_no_notice_while_the_agency_has_time(qtbot, shell, example_vault_path, monkeypatch):
    monkeypatch.setattr(dashboard_module, "today", lambda: date(2026, 10, 22))
    main = unlock_with(qtbot, shell, example_vault_path)
    board = main.sections["dashboard"]
    qtbot.waitUntil(lambda: board.loaded_count >= 1, timeout=5000)
    assert not board.foia_notice.isVisible()

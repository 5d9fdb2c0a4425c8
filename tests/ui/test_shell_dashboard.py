"""Dashboard: overdue and upcoming deadlines (computed ones marked), overdue FOIA, detained
clients, the backup reminder; loaded in a worker, emptied on lock, refreshed after a backup."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from tests.ui.conftest import unlock_with
from ui import dashboard as dashboard_module
from ui.dashboard import backup_age_days

DAY = date(2026, 11, 23)  # the example's FOIA answer was due 2026-10-22; the hearing is 2026-12-03


def _texts(tree):
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


@pytest.fixture
def fixed_day(monkeypatch):
    monkeypatch.setattr(dashboard_module, "today", lambda: DAY)


def test_dashboard_shows_what_needs_attention(qtbot, shell, example_vault_path, fixed_day, tmp_path):
    main = unlock_with(qtbot, shell, example_vault_path)
    board = main.sections["dashboard"]
    qtbot.waitUntil(lambda: board.loaded_count >= 1, timeout=5000)

    overdue = _texts(board.overdue_tree)
    assert any(row[3] == "computed — verify" and row[1] == "Rosa Elena Quispe Mamani" for row in overdue)
    upcoming = _texts(board.upcoming_tree)
    assert upcoming[0][0] == "Dec 3, 2026"
    assert upcoming[0][2] == "Master calendar hearing, Conroe Immigration Court"
    foia = _texts(board.foia_tree)
    assert foia == [["Oct 22, 2026", "Rosa Elena Quispe Mamani", "ICE 2026-ICFO-55120"]]
    # Her next hearing (issue 15): the typed master hearing of 3 December, as no hearing record stands for it.
    assert _texts(board.detained_tree) == [
        ["Rosa Elena Quispe Mamani", "A-208-114-563", "Dec 3, 2026 — Master calendar hearing"]
    ]
    assert board.detained_tree.topLevelItem(0).toolTip(2) == (
        "Dec 3, 2026 — Master calendar hearing, Conroe Immigration Court"
    )
    assert board.detained_box.title() == "Detained clients (1)"
    assert "never been backed up" in board.backup_label.text()

    # Activating a row asks for that record.
    with qtbot.waitSignal(shell.ctx.open_record) as opened:
        board.detained_tree.itemActivated.emit(board.detained_tree.topLevelItem(0), 0)
    assert opened.args == ["people", "p-rosa"]
    main.show_section("dashboard")

    # A backup from the File menu's action runs in a worker and the reminder goes away.
    loads = board.loaded_count
    main.start_backup(tmp_path / "backup.cfbackup")
    qtbot.waitUntil(lambda: board.loaded_count > loads, timeout=20_000)
    assert (tmp_path / "backup.cfbackup").is_file()
    assert board.backup_label.text() == "Last backup: today."

    # Plural forms come from the English catalogue; the reminder starts at the set age (7 days).
    for days, expected in (
        (1, "Last backup: 1 day ago."),
        (3, "Last backup: 3 days ago."),
        (10, "⚠ The last backup is 10 days old."),
    ):
        when = datetime.now(UTC) - timedelta(days=days, hours=1)
        board.data.last_backup_at = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        board._render()
        assert board.backup_label.text().startswith(expected)

    # Locking forgets every row.
    shell.lock()
    assert board.detained_tree.topLevelItemCount() == 0
    assert board.overdue_tree.topLevelItemCount() == 0
    assert board.data is None


def test_backup_age():
    now = datetime(2026, 11, 23, 12, tzinfo=UTC)
    assert backup_age_days(None, now) is None
    assert backup_age_days("2026-11-23T09:00:00Z", now) == 0
    assert backup_age_days("2026-11-13T09:00:00Z", now) == 10
    assert backup_age_days("garbage", now) is None

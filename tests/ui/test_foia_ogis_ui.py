"""OGIS mediation in the FOIA form: typed in, saved to the vault, and the appeal date it does not move."""

from __future__ import annotations

from PySide6.QtCore import Qt

from casefile.services import records
from tests.ui.test_foia_letters_ui import _open_request
from ui.models import fmt


def test_ogis_mediation_typed_into_the_form(qtbot, shell, example_vault_path):
    editor = _open_request(qtbot, shell, example_vault_path)
    assert editor.ogis_note.text() == "Mediation is voluntary and stops no FOIA time limit."
    # ICE denied on 2026-10-20: 90 working days (6 CFR 5.8(a)(1)) run to 2027-03-03, as worked
    # out day by day in tests/vault/test_foia_ogis.py.
    qtbot.keyClicks(editor.adverse_on.edit, "2026-10-20")
    qtbot.keyClicks(editor.ogis_requested_on.edit, "2026-11-02")
    qtbot.keyClicks(editor.ogis_case_number, "OGIS-2026-01234")
    qtbot.keyClicks(editor.ogis_closed_on.edit, "2027-02-10")
    editor.ogis_outcome.setFocus()
    for _ in range(3):  # —, resolved, partly resolved, not resolved
        qtbot.keyClick(editor.ogis_outcome, Qt.Key.Key_Down)
    assert editor.ogis_note.text() == (
        "Mediation does not toll the appeal deadline (6 CFR 5.8(a)(1)). "
        f"File the appeal by {fmt.fmt_date('2027-03-03')} (computed without tolling — verify)."
    )
    assert editor.appeal_due.text().startswith(fmt.fmt_date("2027-03-03"))
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = records.get(shell.main_window.ctx.vault, "foia_requests", "f-ice-1")
    assert {k: stored.get(k) for k in ("ogis_requested_on", "ogis_case_number", "ogis_closed_on", "ogis_outcome")} \
        == {"ogis_requested_on": "2026-11-02", "ogis_case_number": "OGIS-2026-01234",
            "ogis_closed_on": "2027-02-10", "ogis_outcome": "not-resolved"}  # fmt: skip


def test_ogis_closed_before_it_was_asked_for_is_refused_at_the_field(qtbot, shell, example_vault_path):
    editor = _open_request(qtbot, shell, example_vault_path)
    qtbot.keyClicks(editor.ogis_requested_on.edit, "2026-11-02")
    qtbot.keyClicks(editor.ogis_closed_on.edit, "2026-11-01")
    with qtbot.waitSignal(editor.saveRejected, timeout=10_000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    error = editor.fields["ogis_closed_on"][1]
    assert not error.isHidden() and "before it was asked for" in error.text.text()
    assert "ogis_requested_on" not in records.get(shell.main_window.ctx.vault, "foia_requests", "f-ice-1")

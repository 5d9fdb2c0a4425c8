"""Hearings in the app (issue 15): a hearing typed into the form with real key presses is stored,
listed with its client and type, and a result recorded in the form ends it (the core refuses an
adjournment without its reason, named at the field)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_records_support import ctx, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from casefile import read
from casefile.services import records
from ui.sections import hearings


def test_a_hearing_is_typed_in_listed_and_its_result_recorded(qtbot, ctx):  # noqa: F811
    records.save(ctx.vault, "people", {"id": "p-rosa", "full_name": "Rosa Elena Quispe Mamani", "is_client": True})
    section = hearings.make(ctx, None)
    qtbot.addWidget(section)
    section.resize(1366, 768)
    section.show()
    section.new_record()
    editor = section.editor
    qtbot.waitUntil(lambda: editor.active and editor.record_id is None)
    picker = editor.person
    qtbot.keyClicks(picker.edit, "Rosa")
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=5000)
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    editor.hearing_type.setFocus()
    qtbot.keyClick(editor.hearing_type, Qt.Key.Key_Down)  # Master -> Individual (merits)
    qtbot.keyClicks(editor.starts_at.date_edit.edit, "2027-01-12")
    qtbot.keyClick(editor.starts_at.date_edit.edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.starts_at.time_edit, "09:00")
    qtbot.keyClick(editor.starts_at.time_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.court, "Tacoma Immigration Court")
    qtbot.keyClicks(editor.interpreter, "Quechua")
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        qtbot.keyClick(editor.court, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = read.get(ctx.vault, "hearings", saved.args[0]["id"])
    assert stored["person_id"] == "p-rosa" and stored["hearing_type"] == "individual"
    assert stored["starts_at"].startswith("2027-01-12T09:00") and stored["interpreter_language"] == "Quechua"
    model = section.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
    assert model.index(0, 1).data() == "Individual (merits) hearing"
    assert model.index(0, 2).data() == "Rosa Elena Quispe Mamani"

    # Adjourned, without a reason: refused at the reason field, nothing stored.
    editor.result.setFocus()
    qtbot.keyClick(editor.result, Qt.Key.Key_Down)  # — -> Held
    qtbot.keyClick(editor.result, Qt.Key.Key_Down)  # -> Adjourned
    assert editor.result.value() == "adjourned"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    error = editor.fields["adjourned_reason"][1]
    qtbot.waitUntil(lambda: not error.isHidden(), timeout=10000)
    assert "reason" in error.text.text()
    assert "result" not in read.get(ctx.vault, "hearings", stored["id"])
    qtbot.keyClicks(editor.adjourned_reason, "No Quechua interpreter available")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    after = read.get(ctx.vault, "hearings", stored["id"])
    assert after["result"] == "adjourned" and after["adjourned_reason"] == "No Quechua interpreter available"
    qtbot.waitUntil(lambda: model.index(0, 3).data() == "Adjourned", timeout=10000)


def test_a_decision_with_voluntary_departure_typed_in_starts_its_clocks(qtbot, ctx):  # noqa: F811
    # Oral grant of 60 days' voluntary departure at the hearing of Tuesday 2027-01-12: the period
    # ends 60 days later, Saturday 2027-03-13, not moved (8 CFR 1240.26); the BIA appeal is due
    # 30 days after the oral decision, Thursday 2027-02-11 (8 CFR 1003.38(b)).
    from casefile.domain.deadlines import computed_deadlines

    records.save(ctx.vault, "people", {"id": "p-rosa", "full_name": "Rosa Elena Quispe Mamani", "is_client": True})
    records.save(ctx.vault, "hearings", {"id": "h-1", "person_id": "p-rosa", "hearing_type": "individual",
                                         "starts_at": "2027-01-12T09:00:00-08:00"})  # fmt: skip
    section = hearings.make(ctx, None)
    qtbot.addWidget(section)
    section.resize(1366, 900)
    section.show()
    section.show_record("h-1")
    editor = section.editor
    qtbot.waitUntil(lambda: editor.record_id == "h-1", timeout=10000)
    editor.result.setFocus()
    for _ in range(4):  # — -> Held -> Adjourned -> Continued -> Decision
        qtbot.keyClick(editor.result, Qt.Key.Key_Down)
    editor.decision.setFocus()
    for _ in range(4):  # — -> Granted -> Denied -> Removal ordered -> Voluntary departure
        qtbot.keyClick(editor.decision, Qt.Key.Key_Down)
    editor.decision_service.setFocus()
    qtbot.keyClick(editor.decision_service, Qt.Key.Key_Down)  # — -> Oral decision
    editor.vd_days.setFocus()
    qtbot.keyClick(editor.vd_days, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.vd_days, "60")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = read.get(ctx.vault, "hearings", "h-1")
    assert (stored["decision"], stored["decision_service"], stored["vd_days"]) == ("voluntary-departure", "oral", 60)
    assert stored["decision_on"] == "2027-01-12"  # an oral decision is dated the hearing day
    due = {d["kind"]: d for d in computed_deadlines([], [], [], [stored])}
    assert due["voluntary-departure"]["due"] == "2027-03-13" and due["bia-appeal"]["due"] == "2027-02-11"
    assert "8 CFR 1240.26" in due["voluntary-departure"]["citation"]


def test_the_list_shows_the_courts_time_the_court_and_a_new_date(qtbot, ctx):  # noqa: F811
    records.save(ctx.vault, "people", {"id": "p-rosa", "full_name": "Rosa Elena Quispe Mamani", "is_client": True})
    # 08:30 in Tacoma (UTC-08:00) is 16:30 UTC: the list shows the court's 08:30, as recorded.
    records.save(ctx.vault, "hearings", {"id": "h-1", "person_id": "p-rosa", "hearing_type": "master",
                                         "starts_at": "2027-01-12T08:30:00-08:00", "court": "Tacoma Immigration Court",
                                         "result": "continued", "continued_to": "2027-02-16"})  # fmt: skip
    section = hearings.make(ctx, None)
    qtbot.addWidget(section)
    section.show()
    model = section.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
    assert model.index(0, 0).data() == "12 Jan 2027, 08:30"
    assert model.index(0, 3).data() == "Continued to 16 Feb 2027"
    assert model.index(0, 4).data() == "Tacoma Immigration Court"

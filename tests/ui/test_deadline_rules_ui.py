"""Issue 12 in the app: the new case dates are typed in for real, computed deadlines show their
rule and citation (list tooltip and detail), and a past hearing awaits its outcome, never overdue."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from test_records_support import ctx, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from casefile.clock import today
from casefile.services import records
from ui.sections import deadlines, foia, people


def type_into(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_removal_dates_typed_into_the_person_form_give_cited_deadlines(qtbot, ctx):  # noqa: F811
    section = people.make(ctx, None)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    section.new_record()
    editor = section.editor
    type_into(qtbot, editor.full_name, "Marco Antonio Villeda")
    # IJ decision mailed Friday 2026-06-05: +30 = Sunday 07-05 -> Monday 2026-07-06.
    type_into(qtbot, editor.ij_decision_on.edit, "2026-06-05")
    editor.ij_decision_service.setFocus()
    qtbot.keyClick(editor.ij_decision_service, Qt.Key.Key_Down)  # "—" -> Oral decision
    qtbot.keyClick(editor.ij_decision_service, Qt.Key.Key_Down)  # -> Written decision, mailed
    # Final order 2026-03-05: reconsider by +30 = 04-04, reopen by +90 = 06-03, in absentia by +180
    # = 09-01 (tests/unit/test_deadline_rules_added.py).
    type_into(qtbot, editor.final_order_on.edit, "2026-03-05")
    editor.in_absentia.setFocus()
    qtbot.keyClick(editor.in_absentia, Qt.Key.Key_Space)
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        assert editor.save()
    stored = records.get(ctx.vault, "people", saved.args[0]["id"])
    assert stored["ij_decision_on"] == "2026-06-05" and stored["ij_decision_service"] == "mail"
    assert stored["final_order_on"] == "2026-03-05" and stored["in_absentia"] is True

    listed = deadlines.make(ctx, None)
    qtbot.addWidget(listed)
    model = listed.model
    qtbot.waitUntil(lambda: model.rowCount() >= 4 and not model.loading, timeout=10000)
    rows = {model.row_dict(r)["kind"]: r for r in range(model.rowCount())}
    assert {"bia-appeal", "motion-to-reopen", "motion-to-reconsider", "absentia-reopen"} <= set(rows)
    due = {kind: model.row_dict(row)["due"] for kind, row in rows.items()}
    assert (due["bia-appeal"], due["motion-to-reopen"], due["absentia-reopen"]) == (
        "2026-07-06", "2026-06-03", "2026-09-01"
    )
    tip = model.index(rows["bia-appeal"], 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "8 CFR 1003.38(b)" in tip and "Computed — verify." in tip
    assert "INA 240(b)(5)(C)" in model.index(rows["absentia-reopen"], 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(rows["bia-appeal"], 2).data() == "BIA appeal"
    # The detail view says the rule, its citation and, for in absentia, that lack of notice has no limit.
    listed.view.selectRow(rows["absentia-reopen"])
    text = listed.editor.computed_text.text()
    assert "INA 240(b)(5)(C)" in text and "no time limit" in text and "computed — verify" in text
    wait_workers(qtbot, ctx)


def test_a_past_hearing_awaits_its_outcome_and_an_outcome_closes_it(qtbot, ctx):  # noqa: F811
    past = (today() - timedelta(days=3)).isoformat()
    hearing = records.save(ctx.vault, "deadlines", {"kind": "bond-hearing", "due": past, "title": "Bond hearing"})
    filing = records.save(ctx.vault, "deadlines", {"kind": "filing", "due": past, "title": "Brief"})
    section = deadlines.make(ctx, None)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    model = section.model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and not model.loading, timeout=10000)
    status = {model.row_dict(r)["id"]: model.index(r, 1).data() for r in range(2)}
    assert status[hearing["id"]] == "Past: held or adjourned?" and "OVERDUE" not in status[hearing["id"]]
    assert status[filing["id"]] == "OVERDUE"

    # Record the outcome with the keyboard: held closes it.
    section.view.selectRow(model.row_of(hearing["id"]))
    editor = section.editor
    qtbot.waitUntil(lambda: editor.record_id == hearing["id"], timeout=10000)
    editor.outcome.setFocus()
    qtbot.keyClick(editor.outcome, Qt.Key.Key_Down)  # "—" -> Held
    with qtbot.waitSignal(editor.saved, timeout=10000):
        assert editor.save()
    stored = records.get(ctx.vault, "deadlines", hearing["id"])
    assert stored["outcome"] == "held"
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.loading, timeout=10000)
    assert model.row_dict(0)["id"] == filing["id"]
    wait_workers(qtbot, ctx)


def test_the_foia_list_marks_no_answered_request_overdue(qtbot, ctx):  # noqa: F811
    # Both received 2026-01-05, due 2026-02-03 (20 working days, none a holiday); one has its
    # response recorded while its status still says "processing" (issue 12).
    answered = records.save(ctx.vault, "foia_requests", {"agency": "CBP", "status": "processing",
                                                         "received_on": "2026-01-05",
                                                         "response_received_on": "2026-02-20"})
    late = records.save(ctx.vault, "foia_requests", {"agency": "CBP", "status": "processing",
                                                     "received_on": "2026-01-05"})
    section = foia.make(ctx, None)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    model = section.model
    qtbot.waitUntil(lambda: model.row_of(late["id"]) >= 0 and model.row_of(answered["id"]) >= 0, timeout=10000)
    due_column = next(c for c in range(model.columnCount())
                      if model.headerData(c, Qt.Orientation.Horizontal) == "Response due")
    icon = Qt.ItemDataRole.DecorationRole
    assert model.index(model.row_of(late["id"]), due_column).data(icon) is not None
    assert model.index(model.row_of(answered["id"]), due_column).data(icon) is None
    wait_workers(qtbot, ctx)

"""Custody and court in the app (issue 15): detentions and bond decisions typed into the person form
with real key presses and clicks are saved through the record writer and appear on the case
summary's first page (read back with pypdf); a bond set without its amount is refused at the
amount field of that bond's row, and nothing is lost.

Dates: detained at the Northwest ICE Processing Center since 2026-10-02; ICE denied bond on
2026-10-03; an immigration judge set bond at $15,000 on redetermination, asked 2026-11-10 and
decided 2026-11-20 (Friday): the bond appeal is due 30 days later, Sunday 2026-12-20, so Monday
2026-12-21 (8 CFR 1003.19(f), 1003.38(b)). The next hearing is 40 days after the test's day.
"""

from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt
from test_records_support import ctx, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from casefile.clock import today
from casefile.services import deadlines, records
from casefile.services.reporting import build_report
from ui.sections import people

NEXT = today() + timedelta(days=40)


def _date(qtbot, edit, text: str) -> None:
    edit.edit.clear()
    qtbot.keyClicks(edit.edit, text)
    qtbot.keyClick(edit.edit, Qt.Key.Key_Tab)


def _choose(qtbot, combo, downs: int, up: bool = False) -> None:
    combo.setFocus()
    for _ in range(downs):
        qtbot.keyClick(combo, Qt.Key.Key_Up if up else Qt.Key.Key_Down)


def test_custody_typed_in_the_app_reaches_the_summary(qtbot, ctx):  # noqa: F811
    records.save(ctx.vault, "people", {"id": "p-rosa", "full_name": "Rosa Elena Quispe Mamani", "is_client": True})
    records.save(ctx.vault, "hearings", {"id": "h-next", "person_id": "p-rosa", "hearing_type": "individual",
                                         "starts_at": f"{NEXT.isoformat()}T09:00:00-08:00",
                                         "court": "Tacoma Immigration Court"})  # fmt: skip
    section = people.make(ctx, None)
    qtbot.addWidget(section)
    section.resize(1366, 900)
    section.show()
    section.show_record("p-rosa")
    editor = section.editor
    qtbot.waitUntil(lambda: editor.record_id == "p-rosa", timeout=10000)

    detentions = editor.detentions
    qtbot.mouseClick(detentions.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(detentions.detail.facility, "Northwest ICE Processing Center")
    _date(qtbot, detentions.detail.start, "2026-10-02")

    bonds = editor.bond_decisions
    qtbot.mouseClick(bonds.add_button, Qt.MouseButton.LeftButton)
    form = bonds.detail
    _choose(qtbot, form.by, 1, up=True)  # Immigration judge -> ICE
    _date(qtbot, form.decided_on, "2026-10-03")
    _choose(qtbot, form.outcome, 2)  # — -> Bond set -> Bond denied
    qtbot.mouseClick(bonds.add_button, Qt.MouseButton.LeftButton)
    form = bonds.detail
    _choose(qtbot, form.kind, 2)  # — -> Initial -> Redetermination
    _date(qtbot, form.requested_on, "2026-11-10")
    _date(qtbot, form.decided_on, "2026-11-20")
    _choose(qtbot, form.outcome, 1)  # — -> Bond set
    assert [b.get("outcome") for b in bonds.value()] == ["denied", "set"]

    # A bond set with no amount: refused at the amount of the second bond; nothing stored.
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    error = form.form.fields["amount"][1]
    qtbot.waitUntil(lambda: not error.isHidden(), timeout=10000)
    assert "needs its amount" in error.text.text() and bonds.current_row() == 1
    assert "bond_decisions" not in records.get(ctx.vault, "people", "p-rosa")

    qtbot.keyClicks(form.amount, "15000")
    qtbot.keyClicks(form.conditions, "monthly check-in")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.keyClick(form.amount, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    rosa = records.get(ctx.vault, "people", "p-rosa")
    assert rosa["detentions"] == [{"facility": "Northwest ICE Processing Center", "from": "2026-10-02"}]
    assert rosa["custody_status"] == "detained" and rosa["custody_facility"] == "Northwest ICE Processing Center"
    assert rosa["bond_decision_on"] == "2026-11-20"  # the judge's decision starts the bond appeal
    due = {d["kind"]: d["due"] for d in deadlines.upcoming(ctx.vault) if d.get("person_id") == "p-rosa"}
    assert due["bond-appeal"] == "2026-12-21"

    pdf, _ = build_report(ctx.vault, "summary", person_id="p-rosa")
    page = " ".join((PdfReader(io.BytesIO(pdf)).pages[0].extract_text() or "").split())
    assert "Custody and court" in page and "Northwest ICE Processing Center" in page
    assert "In custody since 2026-10-02" in page
    assert "2026-10-03 — ICE: Bond denied" in page
    assert "2026-11-20 — Immigration judge (Redetermination): Bond set $15,000; monthly check-in" in page
    assert f"{NEXT.isoformat()} 09:00" in page and "Tacoma Immigration Court" in page

    # Released on bond: the detention's end typed in; the client is no longer detained.
    detentions.select(0)
    _date(qtbot, detentions.detail.end, "2026-11-25")
    _choose(qtbot, detentions.detail.ended, 1)  # — -> Released on bond
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    rosa = records.get(ctx.vault, "people", "p-rosa")
    assert rosa["custody_status"] == "released-bond" and "custody_facility" not in rosa
    wait_workers(qtbot, ctx)

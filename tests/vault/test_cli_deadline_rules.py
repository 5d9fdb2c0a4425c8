"""Issue 12, must-show 2: the CLI's deadlines and export carry the corrected dates, in a child process.

BIA appeals are rolled forward (8 CFR 1003.38(b)), a DHS FOIA appeal is 90 working days (6 CFR
5.8(a)(1)), and no response clock is overdue once the request is answered, appealed or in court.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

DOC = {
    "format": "casefile-interchange",
    "version": 1,
    "people": [
        # Worked out in tests/unit/test_deadline_rules.py: each +30 days, then rolled forward.
        {"id": "p-a", "full_name": "A", "ij_decision_on": "2026-06-05", "ij_decision_service": "oral"},
        {"id": "p-b", "full_name": "B", "ij_decision_on": "2025-11-25", "ij_decision_service": "mail"},
        {"id": "p-c", "full_name": "C", "ij_decision_on": "2026-12-02", "ij_decision_service": "electronic"},
        {"id": "p-d", "full_name": "D", "ij_decision_on": "2025-12-20"},
        {"id": "p-filed", "full_name": "E", "ij_decision_on": "2026-06-05", "bia_appeal_status": "filed"},
    ],
    "foia_requests": [
        # Denied 2026-03-05 by ICE: 90 working days -> 2026-07-14 (not 90 calendar days, 06-03).
        {"id": "f-dhs", "agency": "ICE", "status": "denied", "received_on": "2026-02-02",
         "adverse_determination_on": "2026-03-05"},
        # The same by EOIR: 90 calendar days -> 2026-06-03 (28 CFR 16.8(a)).
        {"id": "f-doj", "agency": "EOIR", "status": "denied", "received_on": "2026-02-02",
         "adverse_determination_on": "2026-03-05"},
        # Answered, appealed, in court: their response clocks (due 2026-02-03 + 20 working days)
        # are done, whatever the status field says.
        {"id": "f-answered", "agency": "CBP", "status": "processing", "received_on": "2026-02-02",
         "response_received_on": "2026-03-20"},
        {"id": "f-appealed", "agency": "CBP", "status": "appealed", "received_on": "2026-02-02",
         "appeal_filed_on": "2026-04-01"},
        {"id": "f-litigated", "agency": "USCIS", "status": "in-litigation", "received_on": "2026-02-02",
         "litigation_filed_on": "2026-05-01"},
        # Unanswered since February: overdue (so the test can tell the difference).
        {"id": "f-open", "agency": "CBP", "status": "processing", "received_on": "2026-02-02"},
    ],
}


def test_deadlines_json_and_export_show_the_corrected_dates(tmp_path: Path) -> None:
    vault, source, out = tmp_path / "v", tmp_path / "in.json", tmp_path / "out.json"
    source.write_text(json.dumps(DOC), encoding="utf-8")
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    imported = run_cli("import", "--vault", str(vault), str(source))
    assert imported.returncode == 0, imported.stderr

    done = run_cli("deadlines", "--vault", str(vault), "--json")
    assert done.returncode == 0, done.stderr
    items = {d["id"]: d for d in json.loads(done.stdout)}
    assert {k: items[f"computed:bia-appeal:{k}"]["due"] for k in ("p-a", "p-b", "p-c", "p-d")} == {
        "p-a": "2026-07-06",
        "p-b": "2025-12-26",
        "p-c": "2027-01-04",
        "p-d": "2026-01-20",
    }
    assert "computed:bia-appeal:p-filed" not in items  # filed: done
    bia = items["computed:bia-appeal:p-b"]
    assert bia["citation"] == "8 CFR 1003.38(b)" and bia["verify"] == "computed — verify"
    assert any("Executive Order 14370" in note for note in bia["notes"])
    assert items["computed:foia-appeal:f-dhs"]["due"] == "2026-07-14"
    assert items["computed:foia-appeal:f-dhs"]["citation"].startswith("6 CFR 5.8(a)(1)")
    assert items["computed:foia-appeal:f-doj"]["due"] == "2026-06-03"
    responses = {d["foia_id"]: d for d in items.values() if d["kind"] == "foia-response"}
    assert set(responses) == {"f-open"} and responses["f-open"]["overdue"] is True

    text = run_cli("deadlines", "--vault", str(vault))
    assert "Rule: 8 CFR 1003.38(b)" in text.stdout and "Rule: 6 CFR 5.8(a)(1)" in text.stdout

    exported = run_cli("export", "--vault", str(vault), "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    foia = {r["id"]: r for r in doc["foia_requests"]}
    assert foia["f-dhs"]["appeal_due"] == "2026-07-14" and foia["f-doj"]["appeal_due"] == "2026-06-03"
    assert {k: r["overdue"] for k, r in foia.items()} == {
        "f-dhs": False,
        "f-doj": False,
        "f-answered": False,
        "f-appealed": False,
        "f-litigated": False,
        "f-open": True,
    }
    (dhs_appeal,) = [d for d in foia["f-dhs"]["computed_deadlines"] if d["kind"] == "foia-appeal"]
    assert dhs_appeal["due"] == "2026-07-14" and dhs_appeal["label"] == "computed — verify"
    people = {p["id"]: p for p in doc["people"]}
    assert people["p-a"]["computed_deadlines"][0]["due"] == "2026-07-06"
    assert people["p-b"]["computed_deadlines"][0]["due"] == "2025-12-26"
    assert people["p-filed"]["computed_deadlines"][0]["done"] is True

    # The export imports again into a fresh vault (computed fields are ignored on the way in).
    again = tmp_path / "v2"
    assert run_cli("init", "--vault", str(again), "--user", "maria").returncode == 0
    reimported = run_cli("import", "--vault", str(again), str(out))
    assert reimported.returncode == 0, reimported.stderr

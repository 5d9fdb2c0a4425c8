"""`casefile deadlines`: computed ones included, JSON as the spec shapes it, a valid iCalendar file."""

from __future__ import annotations

import json
from pathlib import Path

from icalendar import Calendar

from tests.conftest import FIXTURES, run_cli


def test_deadlines_json_and_ics(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    assert run_cli("import", "--vault", str(vault), str(FIXTURES / "example.json")).returncode == 0
    ics = tmp_path / "deadlines.ics"
    done = run_cli("deadlines", "--vault", str(vault), "--json", "--ics", str(ics))
    assert done.returncode == 0, done.stderr
    items = json.loads(done.stdout)
    by_kind = {d["kind"]: d for d in items}
    foia = by_kind["foia-response"]
    assert foia["due"] == "2026-10-22" and foia["computed"] is True and foia["foia_id"] == "f-ice-1"
    hearing = by_kind["master-hearing"]
    assert hearing["computed"] is False and hearing["person_id"] == "p-rosa" and hearing["due"] == "2026-12-03"
    for item in items:
        assert set(item) >= {"kind", "due", "title", "computed", "overdue", "person_id", "encounter_id", "foia_id"}
    calendar = Calendar.from_ical(ics.read_bytes())
    summaries = sorted(str(e.get("SUMMARY")) for e in calendar.walk("VEVENT"))
    assert len(summaries) == len(items)
    assert any(s.startswith("[computed — verify]") for s in summaries)


def test_within_limits_the_window(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    assert run_cli("import", "--vault", str(vault), str(FIXTURES / "example.json")).returncode == 0
    done = run_cli("deadlines", "--vault", str(vault), "--json", "--within", "0")
    assert done.returncode == 0, done.stderr
    # Everything past: overdue, or (a hearing) awaiting its outcome, never both.
    assert all(d["overdue"] != d["awaiting_outcome"] for d in json.loads(done.stdout))
    assert run_cli("deadlines", "--vault", str(vault), "--within", "-3").returncode == 1

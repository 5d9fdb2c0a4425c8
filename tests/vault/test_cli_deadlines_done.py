"""`casefile deadlines --done`: the done deadlines, listed by the same core code as the app's
Deadlines section (``casefile.read.deadlines``), latest due first, with whose case each is."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import FIXTURES, run_cli


def _vault_with_done_deadlines(tmp_path: Path) -> Path:
    vault = tmp_path / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    assert run_cli("import", "--vault", str(vault), str(FIXTURES / "example.json")).returncode == 0
    extra = tmp_path / "done.json"
    extra.write_text(json.dumps({"format": "casefile-interchange", "version": 1, "deadlines": [
        {"id": "dl-brief", "kind": "filing", "due": "2026-10-01", "title": "Brief filed", "done": True,
         "person_id": "p-rosa"},
        # An outcome recorded closes a hearing just as "done" does.
        {"id": "dl-bond", "kind": "bond-hearing", "due": "2026-10-20T09:00:00-05:00", "title": "Bond hearing",
         "outcome": "held"},
        {"id": "dl-open", "kind": "filing", "due": "2026-11-02", "title": "Still to file"},
    ]}), encoding="utf-8")
    assert run_cli("import", "--vault", str(vault), str(extra)).returncode == 0
    return vault


def test_done_lists_the_closed_ones_latest_first(tmp_path: Path) -> None:
    vault = _vault_with_done_deadlines(tmp_path)
    done = run_cli("deadlines", "--vault", str(vault), "--json", "--done")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    # 20 Oct (the bond hearing, held) before 1 Oct (the brief); the open filing and the example's
    # master hearing (3 Dec, no outcome yet) are not done.
    assert [r["id"] for r in rows] == ["dl-bond", "dl-brief"]
    assert [r["person_name"] for r in rows] == ["", "Rosa Elena Quispe Mamani"]
    assert not any(r["overdue"] for r in rows)

    text = run_cli("deadlines", "--vault", str(vault), "--done")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert "Bond hearing" in lines[0] and "Rosa Elena Quispe Mamani: Brief filed" in lines[1]
    assert "dl-open" not in text.stdout and "Still to file" not in text.stdout
    open_ = json.loads(run_cli("deadlines", "--vault", str(vault), "--json").stdout)
    assert "dl-open" in {r["id"] for r in open_} and not {"dl-bond", "dl-brief"} & {r["id"] for r in open_}


def test_done_with_a_calendar_or_window_is_refused_in_words(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    for extra in (("--ics", str(tmp_path / "d.ics")), ("--within", "7")):
        done = run_cli("deadlines", "--vault", str(vault), "--done", *extra)
        assert done.returncode == 1
        assert "--done lists deadlines already dealt with" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "d.ics").exists()

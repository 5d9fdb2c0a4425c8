"""OGIS mediation on a FOIA request (5 U.S.C. 552(h)(3)): recorded, shown in the history, the
chronology and the CLI, and never moving the appeal deadline (6 CFR 5.8(a)(1); 28 CFR 16.8(a)).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document

from casefile.domain.rules.foia_appeal import foia_appeal_deadline
from casefile.errors import ValidationError
from casefile.foia.history import status_history
from casefile.foia.render import write_chronology
from casefile.services import records
from tests.conftest import FIXTURES, run_cli

# ICE (a DHS component) denied on Tuesday 2026-10-20. 6 CFR 5.8(a)(1): 90 working days after it.
# Counting from Wed 2026-10-21 and skipping weekends and the federal holidays Nov 11, Nov 26,
# Dec 25, Jan 1, Jan 18 (MLK) and Feb 15 (Presidents' Day): Oct 21-23 = 3, to Oct 30 = 8,
# Nov 6 = 13, Nov 13 = 17, Nov 20 = 22, Nov 27 = 26, Dec 4 = 31, Dec 11 = 36, Dec 18 = 41,
# Dec 25 = 45, Jan 1 = 49, Jan 8 = 54, Jan 15 = 59, Jan 22 = 63, Jan 29 = 68, Feb 5 = 73,
# Feb 12 = 78, Feb 19 = 82, Feb 26 = 87, Mar 1-3 = 90: due Wednesday 2027-03-03.
DENIED = {"status": "denied", "adverse_determination_on": "2026-10-20", "response_received_on": "2026-10-20"}
APPEAL_DUE = "2027-03-03"


def _mediated(vault, **more) -> dict:
    request = records.get(vault, "foia_requests", "f-ice-1")
    request.update(DENIED)
    records.save(vault, "foia_requests", request)
    request = records.get(vault, "foia_requests", "f-ice-1")
    request.update(ogis_requested_on="2026-11-02", ogis_case_number="OGIS-2026-01234", **more)
    return records.save(vault, "foia_requests", request)


def test_mediation_does_not_move_the_appeal_deadline(example_vault) -> None:
    before = foia_appeal_deadline(records.get(example_vault, "foia_requests", "f-ice-1") | DENIED)
    assert before is not None and before["due"] == APPEAL_DUE
    saved = _mediated(example_vault, ogis_closed_on="2027-02-10", ogis_outcome="not-resolved")
    assert saved["ogis_case_number"] == "OGIS-2026-01234" and saved["ogis_outcome"] == "not-resolved"
    # 14 weeks of mediation and the appeal is still due the same day: nothing tolls it.
    assert foia_appeal_deadline(saved)["due"] == APPEAL_DUE
    found = status_history(example_vault, "f-ice-1")
    assert found["ogis"] == {
        "requested_on": "2026-11-02",
        "case_number": "OGIS-2026-01234",
        "closed_on": "2027-02-10",
        "outcome": "not-resolved",
        "open": False,
        "citation": "5 U.S.C. 552(h)(3)",
    }
    whats = [e["what"] for e in found["events"]]
    assert "ogis_requested_on 2026-11-02; ogis_case_number OGIS-2026-01234; ogis_closed_on 2027-02-10; " \
        "ogis_outcome not-resolved" in whats
    (note,) = found["notes"]
    assert "does not toll the appeal deadline (6 CFR 5.8(a)(1))" in note
    assert f"the appeal is due by {APPEAL_DUE}, computed without tolling" in note


def test_ogis_dates_in_the_wrong_order_are_refused_and_nothing_changes(example_vault) -> None:
    request = records.get(example_vault, "foia_requests", "f-ice-1")
    cases = (
        ({"ogis_closed_on": "2026-11-01"}, "ogis_closed_on", "asked for"),
        ({"ogis_requested_on": "2026-11-02", "ogis_closed_on": "2026-11-01"}, "ogis_closed_on", "before"),
        ({"ogis_requested_on": "2026-11-02", "ogis_outcome": "resolved"}, "ogis_outcome", "closed its case"),
        ({"ogis_requested_on": "2026-11-02", "ogis_outcome": "won"}, "ogis_outcome", ""),
    )
    for given, field, words in cases:
        with pytest.raises(ValidationError) as err:
            records.save(example_vault, "foia_requests", {**request, **given})
        assert err.value.field == field and words in str(err.value)
    assert "ogis_requested_on" not in records.get(example_vault, "foia_requests", "f-ice-1")


def test_chronology_lists_the_mediation_and_says_the_clocks_ran(example_vault, tmp_path: Path) -> None:
    _mediated(example_vault)
    out = tmp_path / "chronology.docx"
    write_chronology(example_vault, ["f-ice-1"], out)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "On November 2, 2026, the requester asked the Office of Government Information Services to mediate " \
        "the dispute (5 U.S.C. 552(h)(3)) (OGIS case OGIS-2026-01234)." in text
    assert "computed without tolling for the OGIS mediation" in text and "6 CFR 5.8(a)(1)" in text


def test_cli_records_mediation_and_history_shows_it(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    assert run_cli("import", "--vault", str(vault), str(FIXTURES / "example.json")).returncode == 0
    bad = run_cli("foia", "ogis", "--vault", str(vault), "--foia", "f-ice-1", "--closed-on", "2026-11-30")
    assert bad.returncode == 1 and "asked for" in bad.stderr and "Traceback" not in bad.stderr
    done = run_cli("foia", "ogis", "--vault", str(vault), "--foia", "f-ice-1", "--requested-on", "2026-11-02",
                   "--case-number", "OGIS-2026-01234")  # fmt: skip
    assert done.returncode == 0, done.stderr
    # No adverse determination yet: no appeal date to state, but the no-tolling rule is said.
    assert "OGIS case OGIS-2026-01234; open. Mediation does not toll the appeal deadline (6 CFR 5.8(a)(1))." \
        in done.stdout
    done = run_cli("foia", "ogis", "--vault", str(vault), "--foia", "f-ice-1", "--closed-on", "2026-11-30",
                   "--outcome", "resolved")  # fmt: skip
    assert done.returncode == 0, done.stderr
    shown = run_cli("foia", "history", "--vault", str(vault), "--foia", "f-ice-1")
    assert shown.returncode == 0, shown.stderr
    assert "ogis_closed_on 2026-11-30; ogis_outcome resolved" in shown.stdout
    assert "closed on 2026-11-30 (resolved)" in shown.stdout
    as_json = json.loads(run_cli("foia", "history", "--vault", str(vault), "--foia", "f-ice-1", "--json").stdout)
    assert as_json["ogis"]["case_number"] == "OGIS-2026-01234" and as_json["ogis"]["open"] is False

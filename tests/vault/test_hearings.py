"""Hearings (issue 15) through the registry on a real vault: validation, save, history, trash,
search, export/import round trip, and the next hearing as the dashboard and summary read it.

Dates: "today" is fixed at 2026-12-07 in these tests. Rosa's master hearing on 2026-11-02 was held
(past, with a result: never overdue); her bond hearing on 2026-12-01 has no result (past: "result
not recorded"); her individual hearing on 2027-01-12 is the next one; a status hearing on
2027-03-01 comes after it.
"""

from __future__ import annotations

from datetime import date

import pytest

from casefile import read
from casefile.domain.record_types.hearings import pending_day
from casefile.errors import ValidationError
from casefile.read import hearings as read_hearings
from casefile.services import records
from casefile.services.interchange import export_records, import_document
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER

TODAY = date(2026, 12, 7)

MASTER = {
    "id": "h-master",
    "person_id": "p-rosa",
    "hearing_type": "master",
    "starts_at": "2026-11-02T08:30:00-08:00",
    "court": "Tacoma Immigration Court",
    "judge": "IJ Okonkwo",
    "mode": "video",
    "interpreter_language": "Quechua",
    "result": "held",
}
BOND = {"id": "h-bond", "person_id": "p-rosa", "hearing_type": "bond", "starts_at": "2026-12-01T13:00:00-08:00"}
INDIVIDUAL = {
    "id": "h-merits",
    "person_id": "p-rosa",
    "hearing_type": "individual",
    "starts_at": "2027-01-12T09:00:00-08:00",
    "mode": "in-person",
}
STATUS = {"id": "h-status", "person_id": "p-rosa", "hearing_type": "status", "starts_at": "2027-03-01"}


def _doc(**lists: list[dict]) -> dict:
    return {"format": "casefile-interchange", "version": 1, **lists}


@pytest.fixture
def heard(example_vault):
    for h in (STATUS, INDIVIDUAL, MASTER, BOND):
        records.save(example_vault, "hearings", dict(h))
    return example_vault


def test_the_next_hearing_is_the_first_without_a_result_from_today(heard) -> None:
    assert read_hearings.next_hearing(heard, "p-rosa", day=TODAY)["id"] == "h-merits"
    # The held master hearing is past and has a result: not "missing", never overdue.
    assert [h["id"] for h in read_hearings.result_missing(heard, day=TODAY)] == ["h-bond"]
    assert [h["id"] for h in read_hearings.of_person(heard, "p-rosa")] == ["h-master", "h-bond", "h-merits", "h-status"]
    # The merits hearing is continued to 2027-02-16: it points to its new date, still before the
    # status hearing of 2027-03-01, so it is still the next one, on the 16th (issue 15).
    records.save(heard, "hearings", {**INDIVIDUAL, "result": "continued", "continued_to": "2027-02-16"})
    moved = read_hearings.next_hearing(heard, "p-rosa", day=TODAY)
    assert moved["id"] == "h-merits" and pending_day(moved) == "2027-02-16"
    assert read_hearings.next_hearing(heard, "p-rosa", day=date(2027, 2, 17))["id"] == "h-status"
    # On the day of a hearing it is still the next one (>= today).
    assert read_hearings.next_hearing(heard, "p-rosa", day=date(2027, 3, 1))["id"] == "h-status"
    assert read_hearings.next_hearing(heard, "p-rosa", day=date(2027, 3, 2)) is None


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"result": "adjourned"}, "adjourned_reason", "reason"),
        ({"result": "continued"}, "continued_to", "date it was continued to"),
        # Continued to the hearing's own day (2027-01-12) is not a new date.
        ({"result": "continued", "continued_to": "2027-01-12"}, "continued_to", "not after the hearing"),
        ({"result": "decision"}, "decision", "outcome"),
        ({"result": "decision", "decision": "denied", "decision_service": "mail"}, "decision_on", "decision's date"),
        ({"result": "held", "decision": "granted"}, "decision", "only a hearing whose result"),
        (
            {"result": "decision", "decision": "granted", "decision_on": "2027-01-11"},
            "decision_on",
            "before the hearing",
        ),
        ({"hearing_type": "merits"}, "hearing_type", ""),
        ({"starts_at": "2027-02-30"}, "starts_at", ""),
    ],
)
def test_bad_hearings_are_refused_with_the_field_named(heard, change, field, words) -> None:
    with pytest.raises(ValidationError) as refused:
        records.save(heard, "hearings", {**INDIVIDUAL, **change})
    assert refused.value.field == field and words in str(refused.value)
    # Nothing was lost or changed.
    assert read.get(heard, "hearings", "h-merits")["mode"] == "in-person"
    assert "result" not in read.get(heard, "hearings", "h-merits")


def test_an_oral_decision_is_dated_the_hearing_day(heard) -> None:
    saved = records.save(
        heard,
        "hearings",
        {**INDIVIDUAL, "result": "decision", "decision": "removal-ordered", "decision_service": "oral"},
    )
    assert saved["decision_on"] == "2027-01-12"


def test_history_trash_search_and_round_trip(heard, tmp_path) -> None:
    records.save(heard, "hearings", {**BOND, "result": "adjourned", "adjourned_reason": "no interpreter for Quechua"})
    (earlier,) = records.history(heard, "hearings", "h-bond")
    assert "result" not in earlier["record"] and set(earlier["changed_fields"]) >= {"result", "adjourned_reason"}
    hits = read.search(heard, "interpreter Quechua", kinds=("hearings",))
    assert {h.id for h in hits} >= {"h-bond"}
    records.delete(heard, "hearings", "h-status")
    assert "h-status" in {r["id"] for r in records.trash(heard)}
    assert read_hearings.next_hearing(heard, "p-rosa", day=date(2027, 2, 1)) is None
    records.restore(heard, "hearings", "h-status")
    exported = export_records(heard.connection())
    out = {h["id"]: h for h in exported["hearings"]}
    assert set(out) == {"h-master", "h-bond", "h-merits", "h-status"}
    assert out["h-bond"]["adjourned_reason"] == "no interpreter for Quechua"
    # Into a fresh vault: the same hearings come back.
    fresh, _recovery = Vault.create(tmp_path / "fresh", USER, PASSPHRASE)
    result = import_document(fresh, _doc(people=exported["people"], hearings=exported["hearings"]), base_dir=None)
    assert result.created["hearings"] == 4
    back = {h["id"]: h for h in export_records(fresh.connection())["hearings"]}
    strip = ("created_at", "updated_at", "updated_by")
    assert {k: {f: v for f, v in h.items() if f not in strip} for k, h in back.items()} == {
        k: {f: v for f, v in h.items() if f not in strip} for k, h in out.items()
    }
    assert read.title("hearings", out["h-merits"]).parts[0] == read.Fact("individual", "enum", "hearing_type")


def test_a_hearing_for_nobody_is_refused_on_import(heard) -> None:
    with pytest.raises(ValidationError):
        import_document(heard, _doc(hearings=[{**STATUS, "id": "h-x", "person_id": "p-nobody"}]), base_dir=None)
    assert read.get(heard, "hearings", "h-x") is None

"""The deadline window read through indexes gives exactly what the full computation gives.

A vault holds stored deadlines, FOIA requests, IJ decisions and FTCA-claim encounters whose
deadlines fall on every day around the edges of the window (overdue, today, day 30, day 31),
with done, answered, draft, filed and trashed ones among them; the fast paths are compared with
``rules.upcoming(all_deadlines(conn), day, within)`` on several days.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from casefile.domain import deadlines as rules
from casefile.domain import enums
from casefile.domain.dates import foia_overdue, parse_date
from casefile.errors import ValidationError
from casefile.queries.kinds import KINDS
from casefile.queries.paging import PageRequest, page
from casefile.services import dashboard, records
from casefile.services import deadlines as service
from casefile.services.interchange import import_document
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER

TODAY = date(2026, 11, 23)
# Every FOIA status, draft last (the order spreads them over the dates below).
STATUSES = (*(status for status in enums.FOIA_STATUS if status != "draft"), "draft")
# Offsets at both ends of the world, so an encounter's UTC date in its column is a day away from
# the date the FTCA rule counts from.
OFFSETS = ("T23:30:00-12:00", "T00:30:00+14:00", "T12:00:00Z", "T09:15:00-05:00")


def _day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def _records() -> dict[str, list[dict[str, Any]]]:
    people = [{"id": f"p-{i}", "full_name": f"Person {i:03d}"} for i in range(12)]
    # IJ decisions whose BIA appeal falls from 45 days overdue to 10 days after the window.
    people += [{"id": f"p-ij-{n}", "full_name": f"Decided {n:03d}", "ij_decision_on": _day(n - 75)} for n in range(86)]
    # Final orders (motions to reopen due around the window, to reconsider before it, some in
    # absentia) and bond decisions, issue 12's clocks.
    people += [
        {
            "id": f"p-fo-{n}",
            "full_name": f"Ordered {n:03d}",
            "final_order_on": _day(n - 180 if n % 3 == 0 else n - 90),
            **({"in_absentia": True} if n % 3 == 0 else {}),
            **({"motion_reopen_filed_on": _day(n - 80)} if n % 7 == 0 else {}),
            **({"bond_decision_on": _day(n - 30)} if n % 2 == 0 else {}),
            **({"bond_appeal_status": "filed"} if n % 4 == 0 else {}),
        }
        for n in range(-40, 45, 1)
    ]
    deadlines = []
    for n in range(-40, 45):
        day = _day(n)
        deadlines.append({"id": f"dl-{n + 100}", "kind": "filing", "due": day, "title": f"Filing {day}"})
        if n % 5 != 2:
            # A timed one goes after the all-day ones of its day; the -12:00 one is on the next
            # day in UTC but counts on the day written.
            deadlines.append(
                {"id": f"dl-t{n + 100}", "kind": "master-hearing", "due": f"{day}T23:59:00-12:00", "person_id": "p-1"}
            )
        if n % 4 == 0:
            deadlines.append({"id": f"dl-d{n + 100}", "kind": "filing", "due": day, "done": True})
        if n % 5 == 0:
            deadlines.append(
                {"id": f"dl-p{n + 100}", "kind": "bond-hearing", "due": f"{day}T08:00:00+14:00", "person_id": "p-2"}
            )
    # Several on one overdue day, so a limit cuts between deadlines of the same day.
    deadlines += [{"id": f"dl-same-{k}", "kind": "filing", "due": _day(-20)} for k in range(6)]
    foia = []
    for n in range(-70, 10):
        status = STATUSES[(n + 70) % len(STATUSES)]
        foia.append(
            {
                "id": f"f-{n + 100}",
                "agency": "ICE" if n % 2 else "state-local",
                **({"jurisdiction": "Harris County", "response_days": 5 + n % 7} if n % 2 == 0 else {}),
                "subject_person_id": f"p-{n % 12}",
                "received_on": _day(n),
                "extension_days": n % 3 * 5,
                "tracking_number": f"2026-{n + 100:04d}",
                "status": status,
            }
        )
    for n in range(-130, -40, 3):
        request = {
            "id": f"f-a{n + 200}",
            "agency": "CBP",
            "status": "denied",
            "received_on": _day(n - 60),
            "adverse_determination_on": _day(n),
        }
        if n % 2 == 0:
            request["appeal_filed_on"] = _day(n + 5)
        foia.append(request)
    # Sent but not received yet: no clock, only an appeal date.
    foia.append({"id": "f-no-receipt", "agency": "FBI", "status": "submitted", "adverse_determination_on": _day(-70)})
    # Sent and not received, some asking for expedited processing, some tolled (issue 12).
    for n in range(-50, 20, 2):
        foia.append(
            {
                "id": f"f-s{n + 100}",
                "agency": "USCIS",
                "status": "submitted",
                "submitted_on": _day(n - 38),
                **({"expedited_requested": True} if n % 3 else {}),
                **({"expedited_decided_on": _day(n - 30)} if n % 5 == 0 else {}),
                **({"tolled_on": _day(n - 25), "tolling_ended_on": _day(n - 20)} if n % 4 == 0 else {}),
            }
        )
    encounters = []
    two_years_ago = TODAY.replace(year=TODAY.year - 2)
    for n in range(-45, 40):
        day = (two_years_ago + timedelta(days=n)).isoformat()
        encounters.append(
            {
                "id": f"e-{n + 100}",
                "occurred_at": day + OFFSETS[n % len(OFFSETS)],
                "possible_ftca_claim": n % 7 != 5,
                "location": {"city": "Houston", "state": "TX"},
            }
        )
    # FTCA claims presented and denied, civil-rights claims in Texas (2 years), issue 12.
    for n in range(-45, 40, 2):
        day = (TODAY + timedelta(days=n)).isoformat()
        encounters.append(
            {
                "id": f"e-x{n + 100}",
                "occurred_at": (two_years_ago + timedelta(days=n)).isoformat() + OFFSETS[n % len(OFFSETS)],
                "location": {"city": "Houston", "state": "TX"},
                "possible_civil_rights_claim": n % 5 != 1,
                "ftca_presented_on": (TODAY + timedelta(days=n - 182)).isoformat(),
                **({"ftca_denied_on": (TODAY + timedelta(days=n - 183)).isoformat()} if n % 3 == 0 else {}),
                **({"civil_suit_filed_on": day, "ftca_suit_filed_on": day} if n % 9 == 0 else {}),
            }
        )
    # 29 February: the claim is due on the 28th two years later.
    encounters.append({"id": "e-leap", "occurred_at": "2024-02-29T10:00:00-06:00", "possible_ftca_claim": True})
    encounters.append({"id": "e-leap-eve", "occurred_at": "2024-02-28T23:00:00-12:00", "possible_ftca_claim": True})
    people += [{"id": f"p-h-{k}", "full_name": f"Heard {k}"} for k in range(5)]
    hearings, deadlines = _hearings(deadlines)
    return {"people": people, "deadlines": deadlines, "foia_requests": foia, "encounters": encounters,
            "hearings": hearings}


def _hearings(deadlines: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Hearings (issue 15) whose rows and clocks fall on every day around the window: hearings still
    to come (at offsets that put their UTC day a day away from the day written), ones continued to
    a day, decisions whose BIA or bond appeal falls due there, voluntary departure periods; typed
    hearing deadlines that a record stands for, and a decision typed on the person as well."""
    hearings = []
    for n in range(-40, 45):
        who, offset = f"p-h-{n % 5}", OFFSETS[(n // 4) % len(OFFSETS)]
        base = {"id": f"h-{n + 100}", "person_id": who, "court": "Houston Immigration Court"}
        if n % 4 == 0:  # still to come on day n; a typed master hearing of that day is the same one
            hearings.append({**base, "hearing_type": "master", "starts_at": _day(n) + offset})
            deadlines.append({"id": f"dl-h{n + 100}", "kind": "master-hearing", "due": _day(n), "person_id": who})
        elif n % 4 == 1:  # continued from 21 days before to day n
            hearings.append({**base, "hearing_type": "individual", "starts_at": _day(n - 21) + offset,
                             "result": "continued", "continued_to": _day(n)})
        elif n % 4 == 2:  # an oral decision 31 days before; voluntary departure of 30 days on some
            vd = {"decision": "voluntary-departure", "vd_days": 30} if n % 8 == 2 else {"decision": "denied"}
            hearings.append({**base, "hearing_type": "individual", "starts_at": _day(n - 31) + offset,
                             "result": "decision", "decision_service": "oral", **vd})
        else:  # a bond decision served by mail 30 days before, its appeal filed on some
            hearings.append({**base, "hearing_type": "bond", "starts_at": _day(n - 35) + offset, "result": "decision",
                             "decision": "denied", "decision_on": _day(n - 30), "decision_service": "mail",
                             **({"appeal_status": "filed"} if n % 8 == 7 else {})})
    # Continued to a day the client has a hearing record of its own: listed once, as that record.
    hearings.append({"id": "h-moved", "person_id": "p-h-0", "hearing_type": "master",
                     "starts_at": _day(-30) + "T09:00:00-06:00", "result": "continued", "continued_to": _day(20)})
    return hearings, deadlines


@pytest.fixture(scope="module")
def window_vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    vault, _ = Vault.create(tmp_path_factory.mktemp("window") / "vault", USER, PASSPHRASE)
    import_document(vault, {"format": "casefile-interchange", "version": 1, **_records()}, base_dir=None)
    # Trashed records yield nothing, whatever their dates say.
    for kind, record_id in (("deadlines", "dl-101"), ("foia_requests", "f-98"), ("people", "p-ij-74")):
        records.delete(vault, kind, record_id)
    records.delete(vault, "encounters", "e-101")
    records.delete(vault, "hearings", "h-104")  # its typed deadline dl-h104 is listed again
    yield vault
    vault.close()


DAYS = (
    TODAY,
    TODAY - timedelta(days=1),
    TODAY + timedelta(days=6),
    TODAY - timedelta(days=25),
    date(2026, 2, 28),  # the leap-day encounter's claim falls due
    date(2026, 1, 30),  # its window reaches 1 March
)


@pytest.mark.parametrize("day", DAYS, ids=str)
@pytest.mark.parametrize("within", [0, 1, 30])
def test_window_is_what_the_full_computation_gives(window_vault: Vault, day: date, within: int) -> None:
    everything = rules.upcoming(service.all_deadlines(window_vault.connection()), day, within)
    assert service.upcoming(window_vault, within_days=within, day=day) == everything
    # The dashboard's first list is everything past: overdue filings, hearings awaiting an outcome,
    # and dates from which suit may now be filed.
    overdue = [d for d in everything if rules.order_key(d)[0] < day]
    coming = [d for d in everything if rules.order_key(d)[0] >= day]
    for limit in (1, 4, 25, 1000):
        assert service.overdue_and_coming(window_vault, day, within, limit) == (overdue[:limit], coming[:limit])


def test_the_vault_has_deadlines_on_every_edge(window_vault: Vault) -> None:
    everything = service.all_deadlines(window_vault.connection())
    open_on = {(d["kind"], d["due"][:10]) for d in everything if not d.get("done")}
    for kind in ("filing", "master-hearing", "ftca-claim"):
        assert {(kind, _day(-1)), (kind, _day(0)), (kind, _day(30)), (kind, _day(31))} <= open_on, kind
    # A BIA appeal is never due on a weekend (8 CFR 1003.38(b)): day -1 is Sunday 2026-11-22, so
    # the last one before the window is Friday the 20th (day -3); days 30 and 31 are Wednesday 23
    # and Thursday 24 December.
    assert {("bia-appeal", _day(n)) for n in (-3, 0, 30, 31)} <= open_on
    assert not {("bia-appeal", _day(-1)), ("bia-appeal", _day(-2))} & open_on
    kinds = {d["kind"] for d in everything if d.get("done")}
    assert {"filing", "foia-response", "foia-appeal"} <= kinds
    # Every rule has open deadlines in the window the tests read, and done ones for its done state.
    window = {d["kind"] for d in rules.upcoming(everything, TODAY, 30)}
    from casefile.domain.rules import registered

    assert {r.kind for r in registered()} <= window
    assert {"motion-to-reopen", "absentia-reopen", "bond-appeal", "ftca-suit", "civil-rights-suit",
            "foia-expedited", "ftca-deemed-denied"} <= kinds
    window = rules.upcoming(everything, TODAY, 30)
    assert {_day(0), _day(30)} <= {d["due"][:10] for d in window}
    assert max(d["due"][:10] for d in window) == _day(30)
    trashed = ("dl-101", "computed:foia-response:f-98", "computed:bia-appeal:p-ij-74", "computed:ftca-claim:e-101",
               "hearing:h-104")
    assert not any(d["id"] in trashed for d in everything)


def test_hearings_are_listed_once_with_the_deadlines(window_vault: Vault) -> None:
    everything = service.all_deadlines(window_vault.connection())
    ids = [d["id"] for d in everything]
    assert len(ids) == len(set(ids))
    # A typed master hearing on a day a hearing record stands for is that hearing: the record is
    # listed, not the typed deadline; with the record in the trash, the typed one is back.
    assert "hearing:h-100" in ids and "dl-h100" not in ids
    assert "dl-h104" in ids
    # Continued from day -20 to day 1: listed on day 1, never overdue on its old day.
    moved = next(d for d in everything if d["id"] == "hearing:h-101")
    assert (moved["kind"], moved["due"]) == ("individual-hearing", _day(1))
    assert "h-moved" not in {d.get("hearing_id") for d in everything}  # h-120 (day 20) stands for it
    # Day 2's hearing: an oral decision on day -29, so the BIA appeal is due 30 days later, day 1
    # (2026-11-24, a Tuesday). Day 3's: a bond decision mailed on day -27 (2026-10-27), appealed
    # by day 3 (2026-11-26)... Thanksgiving, a legal holiday: the next business day, day 4.
    due = {d["id"]: d["due"] for d in everything}
    assert due["computed:bia-appeal:h-102"] == _day(1)
    assert due["computed:bond-appeal:h-103"] == _day(4)
    # Day 10's grant of 30 days' voluntary departure at the hearing of day -21 ends on day 9.
    assert due["computed:voluntary-departure:h-110"] == _day(9)
    assert "computed:bond-appeal:h-107" not in due or everything[ids.index("computed:bond-appeal:h-107")]["done"]
    past = rules.upcoming(everything, TODAY, 30)
    late = [d for d in past if d.get("hearing_id") and d["due"][:10] < TODAY.isoformat()]
    assert late and not any(d["overdue"] for d in late) and all(d["awaiting_outcome"] for d in late)


def test_open_between_with_a_limit_keeps_the_first_of_a_crowded_day(window_vault: Vault) -> None:
    conn = window_vault.connection()
    first = service.open_between(conn, TODAY - timedelta(days=20), TODAY - timedelta(days=20), limit=3)
    everything = rules.upcoming(service.all_deadlines(conn), TODAY, 0)
    on_the_day = [d for d in everything if d["due"][:10] == _day(-20)]
    assert len(on_the_day) > 3
    assert [d["id"] for d in first] == [d["id"] for d in on_the_day[:3]]
    assert service.open_between(conn, TODAY, TODAY + timedelta(days=30), limit=0) == []


@pytest.mark.parametrize("day", DAYS[:4], ids=str)
@pytest.mark.parametrize("size", [1, 6, 7, 50, 1000])
def test_pages_of_the_deadlines_list_are_the_full_list_cut_up(window_vault: Vault, day: date, size: int) -> None:
    # Page sizes that cut inside a crowded day (6 filings on day -20), between the all-day and the
    # timed deadlines of a day, and one page for everything.
    conn = window_vault.connection()
    everything = rules.upcoming(service.all_deadlines(conn), day, None)
    pages, after = [], None
    while True:
        rows, after = service.open_page(conn, day, after=after, limit=size)
        pages.append(rows)
        if after is None:
            break
        assert len(rows) == size
    assert [row for rows in pages for row in rows] == everything
    assert len(pages) == max(1, -(-len(everything) // size))
    assert any(row["overdue"] for row in everything) and not all(row["overdue"] for row in everything)
    assert any(row["awaiting_outcome"] for row in everything)


def test_a_page_after_the_last_deadline_is_empty(window_vault: Vault) -> None:
    conn = window_vault.connection()
    everything = rules.upcoming(service.all_deadlines(conn), TODAY, None)
    assert service.open_page(conn, TODAY, after=rules.order_key(everything[-1])) == ([], None)
    rows, after = service.open_page(conn, TODAY, after=rules.order_key(everything[-3]), limit=2)
    assert (rows, after) == (everything[-2:], None)


def test_all_future_ones_when_no_window(window_vault: Vault) -> None:
    everything = service.all_deadlines(window_vault.connection())
    assert service.upcoming(window_vault, day=TODAY) == rules.upcoming(everything, TODAY, None)
    with pytest.raises(ValidationError):
        service.upcoming(window_vault, within_days=-1, day=TODAY)


@pytest.mark.parametrize("day", DAYS[:4], ids=str)
@pytest.mark.parametrize("limit", [3, 100])
def test_dashboard_is_what_the_lists_give(window_vault: Vault, day: date, limit: int) -> None:
    data = dashboard.load(window_vault, day, within_days=30, limit=limit)
    everything = rules.upcoming(service.all_deadlines(window_vault.connection()), day, 30)
    past = [d for d in everything if rules.order_key(d)[0] < day]
    assert data.overdue == past[:limit]
    assert data.upcoming == [d for d in everything if d not in past][:limit]

    conn = window_vault.connection()
    foia = page(conn, KINDS["foia_requests"], PageRequest(sort="due", limit=1000)).rows
    late = [
        r
        for r in foia
        if r["response_due"]
        and not r["response_done"]
        and foia_overdue(parse_date(r["response_due"]), r["status"], day)
    ]
    assert data.foia_overdue == late[:limit]

    wanted = {d.get("person_id") for d in data.overdue + data.upcoming}
    wanted |= {r.get("subject_person_id") for r in data.foia_overdue}
    names = {}
    for person_id in sorted(p for p in wanted if p):
        person = records.get(window_vault, "people", person_id)
        if person:
            names[person_id] = person["full_name"]
    assert data.names == names
    assert data.names  # the lists name people, so the lookup is exercised


def test_dashboard_on_the_example(example_vault: Vault) -> None:
    data = dashboard.load(example_vault, TODAY, within_days=30, limit=100)
    assert [d["id"] for d in data.overdue] == ["computed:foia-response:f-ice-1"]
    assert [d["id"] for d in data.upcoming] == ["dl-mch"]
    assert [r["id"] for r in data.foia_overdue] == ["f-ice-1"]
    assert [r["id"] for r in data.detained] == ["p-rosa"] and data.detained_total == 1
    assert data.names == {"p-rosa": "Rosa Elena Quispe Mamani"}
    assert data.last_backup_at is None

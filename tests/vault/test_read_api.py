"""The read API (``casefile.read``) on a real vault: records, pages, counts, structured titles,
names in batches, search hits named by their records, and the Deadlines list's filtering and counts."""

from __future__ import annotations

from datetime import date

import pytest

from casefile import read
from casefile.errors import CasefileError
from casefile.read import deadlines as read_deadlines
from casefile.read.display import Fact, Title
from casefile.services import records
from casefile.services.interchange import import_document
from casefile.vault.db import Vault


def _import(vault: Vault, **lists: list[dict]) -> None:
    import_document(vault, {"format": "casefile-interchange", "version": 1, **lists}, base_dir=None)


def test_get_reads_one_record_and_hides_the_trash(example_vault: Vault) -> None:
    rosa = read.get(example_vault, "people", "p-rosa")
    assert rosa is not None and rosa["full_name"] == "Rosa Elena Quispe Mamani"
    assert rosa["updated_by"] == "maria"  # the vault's stamps come with it
    assert read.get(example_vault, "person", "p-rosa") == rosa  # a type name works as well
    records.delete(example_vault, "notes", "n-1")
    assert read.get(example_vault, "notes", "n-1") is None
    assert read.get(example_vault, "notes", "n-1", include_deleted=True)["deleted_at"]
    assert read.get(example_vault, "people", "p-nobody") is None


def test_titles_are_structured_facts_not_a_joined_string(example_vault: Vault) -> None:
    people = read.titles(example_vault, "people", ["p-rosa", "p-target", "p-nobody", "p-rosa"])
    assert set(people) == {"p-rosa", "p-target"}  # unknown ids are left out, repeats read once
    assert people["p-rosa"] == Title(
        "people", "p-rosa", (Fact("Rosa Elena Quispe Mamani"),), (Fact("A208114563", "a_number"),)
    )
    assert people["p-target"].facts == ()  # no A-number on file: nothing to tell him apart by

    encounter = read.titles(example_vault, "encounters", ["e-airline"])["e-airline"]
    # The time as recorded, the setting as its machine value (the app labels it), the place.
    assert encounter.parts == (
        Fact("2026-09-15T05:50:00-05:00", "datetime"),
        Fact("home", "enum", "setting"),
        Fact("Houston, TX"),
    )
    foia = read.titles(example_vault, "foia_requests", ["f-ice-1"])["f-ice-1"]
    assert foia.parts == (Fact("FOIA"), Fact("ICE", "enum", "foia_agency"), Fact("2026-ICFO-55120"))
    deadline = read.title("deadlines", {"id": "dl-x", "kind": "filing", "due": "2026-12-01"})
    assert deadline.parts == (Fact("filing", "enum", "deadline_kind"),)  # no title: its kind, labelled
    note = read.titles(example_vault, "notes", ["n-1"])["n-1"]
    assert note.parts[0].value.startswith("Neighbor in Apt 5")


def test_names_are_read_in_batches_not_one_query_per_row(vault: Vault) -> None:
    _import(vault, people=[{"id": f"p-{i:04d}", "full_name": f"Person {i:04d}"} for i in range(600)])
    statements: list[str] = []
    conn = vault.connection()  # the connection the API uses on this thread: its statements are traced
    conn.set_trace_callback(statements.append)
    try:
        found = read.titles(vault, "people", [f"p-{i:04d}" for i in range(600)])
    finally:
        conn.set_trace_callback(None)
    assert len(found) == 600 and found["p-0599"].parts == (Fact("Person 0599"),)
    # 600 ids in chunks of 500 (SQLite's bound-parameter limit): two SELECTs, not 600.
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 2


def test_page_and_count_with_filters_sort_and_keyset(example_vault: Vault) -> None:
    _import(example_vault, people=[{"id": f"p-c{i}", "full_name": f"Client {i}", "is_client": True} for i in range(5)])
    # Clients: Rosa and the five added (Marco is not one); by name, A before R.
    assert read.count(example_vault, "people", {"is_client": 1}) == 6
    first = read.page(example_vault, "people", filters={"is_client": 1}, sort="name", limit=4)
    assert [r["id"] for r in first.rows] == ["p-c0", "p-c1", "p-c2", "p-c3"]
    assert first.next_after is not None
    rest = read.page(example_vault, "people", filters={"is_client": 1}, sort="name", limit=4, after=first.next_after)
    assert [r["id"] for r in rest.rows] == ["p-c4", "p-rosa"] and rest.next_after is None
    found = read.page(example_vault, "people", text="quisp", include_data=True)
    assert [r["id"] for r in found.rows] == ["p-rosa"] and found.rows[0]["record"]["is_client"] is True
    assert read.count(example_vault, "people", text="quisp") == 1
    with pytest.raises(CasefileError, match="Cannot sort people by 'shoe size'"):
        read.page(example_vault, "people", sort="shoe size")
    with pytest.raises(CasefileError, match="Cannot filter"):
        read.count(example_vault, "people", {"password": "x"})


def test_collateral_arrests_page_and_count(example_vault: Vault) -> None:
    rows, after = read.collateral_page(example_vault, limit=10)
    # The example's one collateral arrest: Rosa, detained when agents came for Marco.
    assert [(r["encounter_id"], r["person_id"], r["outcome"]) for r in rows] == [("e-airline", "p-rosa", "detained")]
    assert after is None and read.collateral_count(example_vault) == 1


def test_search_hits_carry_their_records_titles(example_vault: Vault) -> None:
    hits = read.search(example_vault, "kitchen", limit=10)
    assert hits and hits[0].kind == "encounters" and hits[0].id == "e-airline"
    assert hits[0].title.parts[1] == Fact("home", "enum", "setting")
    assert "[kitchen]" in hits[0].snippet.casefold()
    people = read.search(example_vault, "quispe", kinds=("people",))
    assert [(h.kind, h.id) for h in people] == [("people", "p-rosa")]
    assert people[0].title.facts == (Fact("A208114563", "a_number"),)
    assert read.search(example_vault, "   ") == []


def test_search_keeps_the_best_few_of_each_kind(vault: Vault) -> None:
    _import(
        vault,
        people=[{"id": "p-1", "full_name": "Marisol Ortega"}],
        notes=[{"id": f"n-{i}", "person_id": "p-1", "text": f"Ortega called back ({i})"} for i in range(8)],
    )
    everything = read.search(vault, "ortega", limit=60)
    assert sorted(h.kind for h in everything) == ["notes"] * 8 + ["people"]
    few = read.search(vault, "ortega", limit=60, per_kind=3)
    # The best three notes and the person, in the same order as in the full list.
    assert [h.id for h in few] == [h.id for h in everything if h.kind == "people" or h.id in
                                   [n.id for n in everything if n.kind == "notes"][:3]]
    assert sum(h.kind == "notes" for h in few) == 3


def test_kind_names() -> None:
    assert read.list_name("person") == "people" and read.list_name("foia") == "foia_requests"
    assert read.is_kind("encounters") and not read.is_kind("collateral_arrests")
    assert read.default_sort("encounters") == "occurred"
    assert "updated_at" in read.META_FIELDS


# Deadlines, as of Thursday 10 December 2026:
DAY = date(2026, 12, 10)
DEADLINES = [
    {"id": "a", "kind": "filing", "due": "2026-12-01"},  # 9 days past, open: overdue
    {"id": "b", "kind": "master-hearing", "due": "2026-12-03T08:30:00-06:00"},  # past hearing: awaits outcome
    {"id": "c", "kind": "filing", "due": "2026-12-20"},  # 10 days ahead: open, not overdue
    {"id": "d", "kind": "filing", "due": "2026-11-01", "done": True},  # done
    {"id": "e", "kind": "filing", "due": "2026-11-05", "outcome": "filed"},  # an outcome closes it
]


def test_done_and_open_counts_are_core_logic() -> None:
    assert read_deadlines.open_and_overdue(DEADLINES, DAY) == (3, 1)  # a, b, c open; only a overdue
    done = read_deadlines.done(DEADLINES)
    assert [d["id"] for d in done] == ["e", "d"]  # latest due first: 5 Nov, then 1 Nov
    assert not any(d["overdue"] for d in done)


def test_deadline_listing_names_people_and_pages(example_vault: Vault) -> None:
    _import(example_vault, deadlines=[{**d, "person_id": "p-rosa"} for d in DEADLINES])
    open_rows = read_deadlines.listing(example_vault, "open", day=DAY)
    ids = [d["id"] for d in open_rows.rows]
    # Open: the example's FOIA response (computed, due 22 Oct 2026), a (1 Dec), the two past
    # hearings b and dl-mch (both 3 Dec 08:30), c (20 Dec). Done d and e are not listed.
    assert ids[0] == "computed:foia-response:f-ice-1" and ids[1] == "a" and ids[-1] == "c"
    assert set(ids[2:4]) == {"b", "dl-mch"} and len(ids) == 5
    assert open_rows.people["p-rosa"].parts == (Fact("Rosa Elena Quispe Mamani"),)
    done_rows = read_deadlines.listing(example_vault, "done", day=DAY)
    assert [d["id"] for d in done_rows.rows] == ["e", "d"]
    paged = read_deadlines.open_pages(example_vault, None, 1, day=DAY)
    assert [d["id"] for d in paged.rows] == ids and paged.after is None  # fewer than a page
    # Overdue on 10 Dec: the FOIA response and a; the hearings await their outcome.
    assert read_deadlines.count_open(example_vault, day=DAY) == (5, 2)
    assert [d["id"] for d in open_rows.rows if d["overdue"]] == ids[:2]
    with pytest.raises(ValueError, match="view"):
        read_deadlines.listing(example_vault, "someday")

"""A client's bundle (case summary, case page, FOIA letters) reads by index, never by scanning a table.

At 1 000 000 encounters one full scan of the notes (500 000) made the case summary take 7.6 s
instead of under 1 s (issue 16, README "What falls short"): the bundle reads notes and deadlines
with one OR of person, encounter and FOIA request, and an OR uses indexes only when every column
has one (migration 15). Every statement the bundle runs is captured with its values and its query
plan checked here on a real vault.
"""

from __future__ import annotations

import re

from casefile.services.bundle import person_bundle

# Tables that grow with the clinic: reading one whole is what makes a summary slow at scale.
LARGE = (
    "people",
    "encounters",
    "participants",
    "documents",
    "document_links",
    "foia_requests",
    "deadlines",
    "notes",
    "hearings",
    "foia_productions",
    "officers",
    "vehicles",
)


def test_every_read_of_a_client_bundle_uses_an_index(example_vault) -> None:
    conn = example_vault.connection()
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        bundle = person_bundle(example_vault, "p-rosa")
    finally:
        conn.set_trace_callback(None)
    assert bundle["encounters"] and bundle["notes"] and bundle["deadlines"]  # the reads found something
    selects = [s for s in seen if s.lstrip().upper().startswith("SELECT")]
    assert any(" FROM notes " in s and " OR " in s for s in selects)
    assert any(" FROM deadlines " in s and " OR " in s for s in selects)
    scans = []
    for sql in selects:
        for row in conn.execute("EXPLAIN QUERY PLAN " + sql):
            detail = row[3]
            match = re.match(r"SCAN (\w+)", detail)
            if match and match.group(1) in LARGE:
                scans.append((detail, sql))
    assert scans == []


def test_migration_15_indexes_exist(example_vault) -> None:
    names = {r[0] for r in example_vault.connection().execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"notes_by_foia", "deadlines_by_encounter", "deadlines_by_foia"} <= names

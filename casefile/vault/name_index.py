"""Migration 12 (issue 15, the conflict check): the ``person_names`` table and its first filling.

Every name and alias of every person, live or trashed, as folded words (``casefile.domain.names``),
so a new client's name finds the people who share its words through an index rather than by
reading every person. From then on the writer keeps it, as the people type's side table
(``PERSON_NAMES`` in ``casefile/domain/record_types/people.py``). Kept apart from
``migrations.py`` so that file stays a list of steps.
"""

from __future__ import annotations

import json
from typing import Any

TABLE = """CREATE TABLE person_names (
    person_rid INTEGER NOT NULL REFERENCES people (rid) ON DELETE CASCADE,
    variant INTEGER NOT NULL,
    token TEXT NOT NULL,
    variant_len INTEGER NOT NULL,
    PRIMARY KEY (token, person_rid, variant)) WITHOUT ROWID"""
# The writer replaces a person's rows by person_rid; a purge's cascade looks them up by it too.
BY_PERSON = "CREATE INDEX person_names_by_person ON person_names (person_rid)"


def fill(conn: Any) -> None:
    """The words of every person already in the vault, in batches (200 000 people's records need
    not sit in memory at once)."""
    from casefile.domain.record_types.people import PERSON_NAMES  # the vault reads the registry only here

    sql, last = PERSON_NAMES.insert_sql(), -1
    while True:
        batch = conn.execute("SELECT rid, data FROM people WHERE rid > ? ORDER BY rid LIMIT 2000", (last,)).fetchall()
        if not batch:
            return
        for rid, data in batch:
            conn.executemany(sql, [(rid, *row) for row in PERSON_NAMES.rows(json.loads(data))])
        last = batch[-1][0]


STEPS: list[Any] = [TABLE, BY_PERSON, fill]

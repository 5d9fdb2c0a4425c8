"""Migration 13's steps (issue 15): the tables two record types used to make at unlock from their
own ``ddl`` (hearings, FOIA productions), and each hearing's pending day.

Kept apart from ``migrations.py`` only for its length; like every released step, never edited.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

Step = str | Callable[[Any], None]


def fill_hearing_pending(conn: Any) -> None:
    """Migration 13: the day each hearing still waits for (its own day without a result, the new
    date of one continued or adjourned to it), which the deadline lists read by index."""
    from casefile.domain.record_types.hearings import pending_day

    rows = conn.execute("SELECT rid, data FROM hearings").fetchall()
    conn.executemany(
        "UPDATE hearings SET pending_on = ? WHERE rid = ?", ((pending_day(json.loads(d)), rid) for rid, d in rows)
    )


# The tables two record types made at unlock from their own ``ddl`` until schema 13, as they were
# then: a vault that already has them keeps them (IF NOT EXISTS), one that lacks them gets them here.
COURT_TABLES = [
    # Word for word as the types' ddl wrote them (SQLite keeps the text, less IF NOT EXISTS), so an
    # upgraded vault's schema reads the same as a new one's.
    "CREATE TABLE IF NOT EXISTS hearings (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, person_id TEXT NOT NULL "
    "REFERENCES people (id), hearing_type TEXT NOT NULL, starts_at TEXT NOT NULL, hearing_date TEXT NOT NULL "
    "DEFAULT '', result TEXT NOT NULL DEFAULT '', decision_on TEXT NOT NULL DEFAULT '', data TEXT NOT NULL, "
    "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted_at TEXT)",
    "CREATE INDEX IF NOT EXISTS hearings_by_person ON hearings (person_id, hearing_date)",
    "CREATE INDEX IF NOT EXISTS hearings_by_when ON hearings (starts_at, rid) WHERE deleted_at IS NULL",
    "CREATE INDEX IF NOT EXISTS hearings_by_decision ON hearings (decision_on) WHERE decision_on != ''",
    """CREATE TABLE IF NOT EXISTS foia_productions (
                rid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                foia_id TEXT NOT NULL REFERENCES foia_requests (id),
                document_id TEXT REFERENCES documents (id),
                received_on TEXT NOT NULL DEFAULT '',
                page_count INTEGER NOT NULL DEFAULT 0,
                data TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                deleted_at TEXT)""",
    "CREATE INDEX IF NOT EXISTS foia_productions_by_request ON foia_productions (foia_id, received_on)",
    "CREATE INDEX IF NOT EXISTS foia_productions_by_document ON foia_productions (document_id)",
]


# The hearings and FOIA productions tables become part of the numbered schema (a reader that may
# not migrate never has to create them), and a hearing's pending day is a column: the dashboard
# and the Deadlines list find the hearings still to come, and the date a continued one was moved
# to, through hearings_pending.
STEPS: list[Step] = [
    *COURT_TABLES,
    "ALTER TABLE hearings ADD COLUMN pending_on TEXT NOT NULL DEFAULT ''",
    fill_hearing_pending,
    "CREATE INDEX hearings_pending ON hearings (pending_on, rid) WHERE deleted_at IS NULL AND pending_on != ''",
]

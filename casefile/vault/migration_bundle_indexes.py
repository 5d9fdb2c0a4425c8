"""Migration 15 (issue 16): the indexes a client's bundle needs to read notes and deadlines.

A client's case summary, case page and bundle read the notes and deadlines of its people,
encounters and FOIA requests with one OR of those columns; SQLite answers an OR through indexes only
when every column has one, and otherwise scans the whole table (6.4 s of the summary's 7.6 s at
1 000 000 encounters). Kept apart from ``migrations.py`` for its length; never edit it once released.
"""

from __future__ import annotations

from typing import Any

STEPS: list[Any] = [
    "CREATE INDEX IF NOT EXISTS notes_by_foia ON notes (foia_id) WHERE foia_id IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS deadlines_by_encounter ON deadlines (encounter_id) WHERE encounter_id IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS deadlines_by_foia ON deadlines (foia_id) WHERE foia_id IS NOT NULL",
]

"""Migration 14 (issue 15): officers and vehicles as records, their links, the address key.

Officers and vehicles become records reused across encounters, linked with the role each played
through indexed side tables, and each encounter gets a normalised address key, so cross-case search
by badge, plate, officer, vehicle or address is an index read (``casefile.crosscase``). Every stored
encounter's officers list and vehicles text become records and links (the list and text are kept).
Kept apart from ``migrations.py`` for its length; never edit it once released.
"""

from __future__ import annotations

from typing import Any


def _link_officers_and_vehicles(conn: Any) -> None:
    """Each encounter's address key, and its officers and vehicles as records and links.

    Trashed encounters too, so a restore brings back their links (casefile.crosscase.legacy).
    """
    from casefile.crosscase.legacy import upgrade_encounters

    upgrade_encounters(conn)


STEPS: list[Any] = [
    """CREATE TABLE officers (
                rid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                display TEXT NOT NULL DEFAULT '',
                name_sort TEXT NOT NULL DEFAULT '',
                badge TEXT NOT NULL DEFAULT '',
                badge_key TEXT NOT NULL DEFAULT '',
                agency TEXT NOT NULL DEFAULT '',
                unit TEXT NOT NULL DEFAULT '',
                identity_key TEXT NOT NULL DEFAULT '',
                merged_into TEXT REFERENCES officers (id),
                data TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                deleted_at TEXT)""",
    "CREATE INDEX officers_by_name ON officers (name_sort, rid) WHERE deleted_at IS NULL",
    "CREATE INDEX officers_by_badge ON officers (badge_key, rid) WHERE badge_key != ''",
    "CREATE INDEX officers_by_identity ON officers (identity_key) WHERE identity_key != ''",
    "CREATE INDEX officers_by_agency ON officers (agency, rid) WHERE deleted_at IS NULL",
    "CREATE INDEX officers_by_updated ON officers (updated_at, rid) WHERE deleted_at IS NULL",
    "CREATE INDEX officers_by_merge ON officers (merged_into) WHERE merged_into IS NOT NULL",
    """CREATE TABLE vehicles (
                rid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                display TEXT NOT NULL DEFAULT '',
                label_sort TEXT NOT NULL DEFAULT '',
                plate TEXT NOT NULL DEFAULT '',
                plate_key TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL DEFAULT '',
                make TEXT NOT NULL DEFAULT '',
                identity_key TEXT NOT NULL DEFAULT '',
                merged_into TEXT REFERENCES vehicles (id),
                data TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                deleted_at TEXT)""",
    "CREATE INDEX vehicles_by_label ON vehicles (label_sort, rid) WHERE deleted_at IS NULL",
    "CREATE INDEX vehicles_by_plate ON vehicles (plate_key, rid) WHERE plate_key != ''",
    "CREATE INDEX vehicles_by_identity ON vehicles (identity_key) WHERE identity_key != ''",
    "CREATE INDEX vehicles_by_updated ON vehicles (updated_at, rid) WHERE deleted_at IS NULL",
    "CREATE INDEX vehicles_by_merge ON vehicles (merged_into) WHERE merged_into IS NOT NULL",
    """CREATE TABLE encounter_officers (
                encounter_rid INTEGER NOT NULL REFERENCES encounters (rid) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                officer_id TEXT NOT NULL REFERENCES officers (id),
                role TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (encounter_rid, position))""",
    "CREATE INDEX encounter_officers_by_officer ON encounter_officers (officer_id, encounter_rid)",
    """CREATE TABLE encounter_vehicles (
                encounter_rid INTEGER NOT NULL REFERENCES encounters (rid) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                vehicle_id TEXT NOT NULL REFERENCES vehicles (id),
                role TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (encounter_rid, position))""",
    "CREATE INDEX encounter_vehicles_by_vehicle ON encounter_vehicles (vehicle_id, encounter_rid)",
    "ALTER TABLE encounters ADD COLUMN address_key TEXT NOT NULL DEFAULT ''",
    _link_officers_and_vehicles,
    "CREATE INDEX encounters_by_address ON encounters (address_key, rid) WHERE address_key != ''",
]

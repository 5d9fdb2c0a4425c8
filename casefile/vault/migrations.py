"""The vault's SQL schema as numbered forward migrations.

``PRAGMA user_version`` holds the number of the last migration applied. Opening a vault applies
the missing ones in one transaction; a vault whose version is newer than this code knows is
refused rather than guessed at.

Every record table keeps the full record as interchange JSON in ``data`` and copies into columns
only what lists sort, filter and join on, so the interchange format round-trips exactly and the
indexes stay small.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from casefile.vault import migration_bundle_indexes, migration_court, migration_officers, name_index

# A step is SQL, or a function of the connection for what SQL cannot compute (working days).
Step = str | Callable[[Any], None]


def _recompute_foia_dates(conn: Any) -> None:
    """Migration 5: response_due and appeal_due again, by the corrected rules of issue 12.

    DHS appeals are 90 working days (6 CFR 5.8(a)(1)), state and local agencies get no federal
    appeal date or extension, and a request sent but not yet received gets a response clock
    (5 U.S.C. 552(a)(6)(A)(ii)); the columns the lists and the dashboard read must say so too.
    Trashed rows are recomputed as well, so a restore brings back right dates.
    """
    # Imported here: the vault layer needs the domain rules only for this one upgrade.
    from casefile.domain.rules.foia_appeal import foia_appeal_deadline
    from casefile.domain.rules.foia_response import foia_response_deadline
    from casefile.errors import ValidationError

    rows = conn.execute("SELECT rid, data FROM foia_requests").fetchall()
    for rid, data in rows:
        record = json.loads(data)
        try:
            response = foia_response_deadline(record)
            appeal = foia_appeal_deadline(record)
        except ValidationError:
            continue  # a record the old rules accepted and the new ones cannot date: keep its columns
        conn.execute(
            "UPDATE foia_requests SET response_due = ?, appeal_due = ? WHERE rid = ?",
            (response["due"] if response else "", appeal["due"] if appeal else "", rid),
        )


def _recompute_foia_clocks(conn: Any) -> None:
    """Migration 6: the FOIA clocks added by issue 12 (expedited decision, appeal decision) as columns,
    and the response date again (tolling for information or fees now moves it)."""
    from casefile.domain.deadlines import foia_columns
    from casefile.errors import ValidationError

    rows = conn.execute("SELECT rid, data FROM foia_requests").fetchall()
    for rid, data in rows:
        record = json.loads(data)
        try:
            columns = foia_columns(record, record.get("id") or str(rid))
        except ValidationError:
            continue  # keep what the old rules stored for a record the new ones cannot date
        names = ("response_due", "appeal_due", "expedited_due", "appeal_decision_due")
        conn.execute(
            "UPDATE foia_requests SET response_due = ?, appeal_due = ?, expedited_due = ?, "
            "appeal_decision_due = ? WHERE rid = ?",
            (*(columns[name] for name in names), rid),
        )


def _mark_answered_foia(conn: Any) -> None:
    """Migration 7: which requests' response clocks are closed (an answer, a determination, an
    appeal or a suit recorded, whatever the status says)."""
    from casefile.domain.deadlines import foia_columns
    from casefile.errors import ValidationError

    for rid, data in conn.execute("SELECT rid, data FROM foia_requests").fetchall():
        record = json.loads(data)
        try:
            done = foia_columns(record, record.get("id") or str(rid))["response_done"]
        except ValidationError:
            continue
        conn.execute("UPDATE foia_requests SET response_done = ? WHERE rid = ?", (done, rid))


# (version, steps). Never edit a released migration: add the next one.
def _widen_search_slots(conn: Any) -> None:
    """Search rowids go from rid * 8 + code to rid * 64 + code (record_types.base.SEARCH_SLOTS).

    Highest first: a row's new rowid is never below its old one, so moving the highest first never
    lands on a row not yet moved. FTS5 moves a row as a delete and an insert; nothing is re-read.
    """
    old_slots, new_slots = 8, 64
    rowids = [row[0] for row in conn.execute("SELECT rowid FROM search ORDER BY rowid DESC")]
    conn.executemany(
        "UPDATE search SET rowid = ? WHERE rowid = ?",
        (((r // old_slots) * new_slots + r % old_slots, r) for r in rowids),
    )


MIGRATIONS: list[tuple[int, list[Step]]] = [
    (
        1,
        [
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """CREATE TABLE users (
                name TEXT PRIMARY KEY,
                role TEXT NOT NULL,
                created_at TEXT NOT NULL,
                removed_at TEXT)""",
            """CREATE TABLE people (
                rid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                full_name TEXT NOT NULL,
                sort_name TEXT NOT NULL,
                a_number TEXT,
                is_client INTEGER NOT NULL DEFAULT 0,
                custody_status TEXT NOT NULL DEFAULT '',
                date_of_birth TEXT NOT NULL DEFAULT '',
                data TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                deleted_at TEXT)""",
            "CREATE INDEX people_by_name ON people (sort_name, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX people_by_updated ON people (updated_at, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX people_clients ON people (is_client, sort_name, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX people_by_custody ON people (custody_status, sort_name, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX people_by_a_number ON people (a_number)",
            """CREATE TABLE encounters (
                rid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                occurred_at TEXT NOT NULL,
                setting TEXT NOT NULL DEFAULT '',
                city TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL DEFAULT '',
                program TEXT NOT NULL DEFAULT '',
                warrant_type TEXT NOT NULL DEFAULT '',
                entry TEXT NOT NULL DEFAULT '',
                place TEXT NOT NULL DEFAULT '',
                data TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                deleted_at TEXT)""",
            "CREATE INDEX encounters_by_time ON encounters (occurred_at, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX encounters_by_setting ON encounters (setting, occurred_at, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX encounters_by_city ON encounters (city, occurred_at, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX encounters_by_updated ON encounters (updated_at, rid) WHERE deleted_at IS NULL",
            """CREATE TABLE participants (
                encounter_rid INTEGER NOT NULL REFERENCES encounters (rid) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                person_id TEXT NOT NULL REFERENCES people (id),
                role TEXT NOT NULL,
                outcome TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (encounter_rid, position))""",
            "CREATE INDEX participants_by_person ON participants (person_id)",
            "CREATE INDEX participants_by_role ON participants (role, outcome)",
            """CREATE TABLE documents (
                rid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                sort_title TEXT NOT NULL,
                kind TEXT NOT NULL DEFAULT '',
                document_date TEXT NOT NULL DEFAULT '',
                media_type TEXT NOT NULL,
                size INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                blob_name TEXT NOT NULL UNIQUE,
                blob_key BLOB NOT NULL,
                content_text TEXT NOT NULL DEFAULT '',
                data TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                deleted_at TEXT)""",
            "CREATE INDEX documents_by_title ON documents (sort_title, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX documents_by_date ON documents (document_date, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX documents_by_kind ON documents (kind, document_date, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX documents_by_updated ON documents (updated_at, rid) WHERE deleted_at IS NULL",
            """CREATE TABLE retired_blobs (
                blob_name TEXT PRIMARY KEY,
                blob_key BLOB NOT NULL,
                document_id TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                retired_at TEXT NOT NULL)""",
            """CREATE TABLE document_links (
                document_rid INTEGER NOT NULL REFERENCES documents (rid) ON DELETE CASCADE,
                target_type TEXT NOT NULL,
                target_id TEXT NOT NULL,
                PRIMARY KEY (document_rid, target_type, target_id))""",
            "CREATE INDEX document_links_by_target ON document_links (target_type, target_id)",
            """CREATE TABLE custody_log (
                seq INTEGER PRIMARY KEY,
                document_id TEXT NOT NULL,
                action TEXT NOT NULL,
                user TEXT NOT NULL,
                at TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT '')""",
            "CREATE INDEX custody_log_by_document ON custody_log (document_id, seq)",
            """CREATE TABLE foia_requests (
                rid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                agency TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT '',
                subject_person_id TEXT REFERENCES people (id),
                tracking_number TEXT NOT NULL DEFAULT '',
                received_on TEXT NOT NULL DEFAULT '',
                response_due TEXT NOT NULL DEFAULT '',
                appeal_due TEXT NOT NULL DEFAULT '',
                data TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                deleted_at TEXT)""",
            "CREATE INDEX foia_by_due ON foia_requests (response_due, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX foia_by_status ON foia_requests (status, response_due, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX foia_by_agency ON foia_requests (agency, response_due, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX foia_by_subject ON foia_requests (subject_person_id)",
            "CREATE INDEX foia_by_updated ON foia_requests (updated_at, rid) WHERE deleted_at IS NULL",
            """CREATE TABLE deadlines (
                rid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                due TEXT NOT NULL,
                due_date TEXT NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                done INTEGER NOT NULL DEFAULT 0,
                person_id TEXT REFERENCES people (id),
                encounter_id TEXT REFERENCES encounters (id),
                foia_id TEXT REFERENCES foia_requests (id),
                data TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                deleted_at TEXT)""",
            "CREATE INDEX deadlines_by_due ON deadlines (due_date, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX deadlines_by_kind ON deadlines (kind, due_date, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX deadlines_by_person ON deadlines (person_id)",
            "CREATE INDEX deadlines_by_updated ON deadlines (updated_at, rid) WHERE deleted_at IS NULL",
            """CREATE TABLE notes (
                rid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                author TEXT NOT NULL DEFAULT '',
                person_id TEXT REFERENCES people (id),
                encounter_id TEXT REFERENCES encounters (id),
                foia_id TEXT REFERENCES foia_requests (id),
                data TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                deleted_at TEXT)""",
            "CREATE INDEX notes_by_created ON notes (created_at, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX notes_by_person ON notes (person_id)",
            "CREATE INDEX notes_by_encounter ON notes (encounter_id)",
            "CREATE INDEX notes_by_updated ON notes (updated_at, rid) WHERE deleted_at IS NULL",
            """CREATE TABLE history (
                hid INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                record_id TEXT NOT NULL,
                action TEXT NOT NULL,
                data TEXT NOT NULL,
                changed_at TEXT NOT NULL,
                changed_by TEXT NOT NULL)""",
            "CREATE INDEX history_by_record ON history (kind, record_id, hid)",
            """CREATE TABLE audit (
                seq INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                user TEXT NOT NULL,
                action TEXT NOT NULL,
                kind TEXT NOT NULL DEFAULT '',
                record_id TEXT NOT NULL DEFAULT '',
                detail TEXT NOT NULL DEFAULT '',
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL)""",
            # Search rows are keyed rid * 8 + kind code (rid * 64 since migration 9), so updating or
            # trashing a record touches its one row by rowid.
            """CREATE VIRTUAL TABLE search USING fts5 (
                title, body,
                tokenize = 'unicode61 remove_diacritics 2',
                prefix = '2 3')""",
        ],
    ),
    (
        2,
        # Every sort a list offers gets an index in (sort key, rid) order, so a keyset page reads
        # only the rows it shows: a sort without one scans and decrypts the whole table.
        [
            "CREATE INDEX people_by_custody_sort ON people (custody_status, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX people_by_birth ON people (date_of_birth, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX people_by_a_number_name ON people (a_number, sort_name, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX encounters_by_setting_sort ON encounters (setting, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX encounters_by_city_sort ON encounters (city, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX encounters_by_state ON encounters (state, occurred_at, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX encounters_by_program ON encounters (program, occurred_at, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX encounters_by_warrant ON encounters (warrant_type, occurred_at, rid) "
            "WHERE deleted_at IS NULL",
            "CREATE INDEX encounters_by_entry ON encounters (entry, occurred_at, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX documents_by_kind_sort ON documents (kind, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX foia_by_agency_sort ON foia_requests (agency, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX foia_by_status_sort ON foia_requests (status, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX foia_by_received ON foia_requests (received_on, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX deadlines_by_kind_sort ON deadlines (kind, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX notes_by_person_created ON notes (person_id, created_at, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX notes_by_encounter_created ON notes (encounter_id, created_at, rid) WHERE deleted_at IS NULL",
            "CREATE INDEX participants_collateral ON participants (encounter_rid, position) WHERE role = 'collateral'",
            # Sources of computed deadlines as columns: finding them must not decrypt every encounter.
            "ALTER TABLE encounters ADD COLUMN ftca_claim INTEGER NOT NULL DEFAULT 0",
            "UPDATE encounters SET ftca_claim = 1 WHERE json_extract(data, '$.possible_ftca_claim') = 1",
            "CREATE INDEX encounters_ftca_claims ON encounters (rid) WHERE ftca_claim = 1 AND deleted_at IS NULL",
            "ALTER TABLE people ADD COLUMN ij_decision_on TEXT NOT NULL DEFAULT ''",
            "UPDATE people SET ij_decision_on = coalesce(json_extract(data, '$.ij_decision_on'), '')",
            "CREATE INDEX people_ij_decisions ON people (rid) WHERE ij_decision_on != '' AND deleted_at IS NULL",
        ],
    ),
    (
        3,
        # What the pattern report counts from each encounter, as a small JSON column
        # (casefile.queries.kinds.pattern_facts) held in a covering index: the report reads the
        # index alone instead of decrypting and decoding 240 MB of records at 100 000 encounters.
        [
            "ALTER TABLE encounters ADD COLUMN pattern TEXT NOT NULL DEFAULT '{}'",
            "UPDATE encounters SET pattern = json_object("
            "'d', substr(coalesce(data ->> '$.occurred_at', ''), 1, 10), 's', data -> '$.setting', "
            "'a', data -> '$.agencies', 'p', data -> '$.program', 'c', data -> '$.location.city', "
            "'t', data -> '$.location.state', "
            "'b', (SELECT json_group_array(json_array(b.value ->> '$.modality', b.value ->> '$.consent')) "
            "FROM json_each(data, '$.biometrics') AS b), "
            "'w', json_array(data ->> '$.warrant.type', data -> '$.warrant.shown'), 'e', data -> '$.entry')",
            "CREATE INDEX encounters_pattern ON encounters (occurred_at, rid, id, pattern) WHERE deleted_at IS NULL",
        ],
    ),
    (
        4,
        # The Deadlines list pages its open deadlines in due order, so every source of computed
        # ones is read in the order of the column that bounds its date: FOIA appeals by
        # appeal_due, BIA appeals by the IJ decision's date (the index of migration 2 held only
        # rid, so sorting by the date read every decided person's row first).
        [
            "CREATE INDEX foia_appeals_by_due ON foia_requests (appeal_due, rid) "
            "WHERE deleted_at IS NULL AND appeal_due != ''",
            "DROP INDEX people_ij_decisions",
            "CREATE INDEX people_ij_by_date ON people (ij_decision_on, rid) "
            "WHERE ij_decision_on != '' AND deleted_at IS NULL",
        ],
    ),
    (
        5,
        # Issue 12: the FOIA dates kept as columns follow the corrected rules; a stored deadline
        # with an outcome (held, adjourned, filed, waived, cancelled) is done.
        [
            _recompute_foia_dates,
            "UPDATE deadlines SET done = 1 WHERE coalesce(json_extract(data, '$.outcome'), '') != ''",
        ],
    ),
    (
        6,
        # Issue 12, the missing clocks: each is read through an index on the date it counts from
        # (casefile.domain.rules: each rule's Window), so the dashboard and the Deadlines list page
        # them without decrypting every record.
        [
            "ALTER TABLE people ADD COLUMN final_order_on TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE people ADD COLUMN bond_decision_on TEXT NOT NULL DEFAULT ''",
            "UPDATE people SET final_order_on = coalesce(json_extract(data, '$.final_order_on'), ''), "
            "bond_decision_on = coalesce(json_extract(data, '$.bond_decision_on'), '')",
            "CREATE INDEX people_final_order_by_date ON people (final_order_on, rid) "
            "WHERE final_order_on != '' AND deleted_at IS NULL",
            "CREATE INDEX people_bond_by_date ON people (bond_decision_on, rid) "
            "WHERE bond_decision_on != '' AND deleted_at IS NULL",
            "ALTER TABLE encounters ADD COLUMN ftca_presented_on TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE encounters ADD COLUMN ftca_denied_on TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE encounters ADD COLUMN civil_claim INTEGER NOT NULL DEFAULT 0",
            "UPDATE encounters SET ftca_presented_on = coalesce(json_extract(data, '$.ftca_presented_on'), ''), "
            "ftca_denied_on = coalesce(json_extract(data, '$.ftca_denied_on'), ''), "
            "civil_claim = coalesce(json_extract(data, '$.possible_civil_rights_claim') = 1, 0)",
            "CREATE INDEX encounters_ftca_presented_by_date ON encounters (ftca_presented_on, rid) "
            "WHERE ftca_presented_on != '' AND deleted_at IS NULL",
            "CREATE INDEX encounters_ftca_denied_by_date ON encounters (ftca_denied_on, rid) "
            "WHERE ftca_denied_on != '' AND deleted_at IS NULL",
            "CREATE INDEX encounters_civil_claims ON encounters (rid) WHERE civil_claim = 1 AND deleted_at IS NULL",
            "ALTER TABLE foia_requests ADD COLUMN expedited_due TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE foia_requests ADD COLUMN appeal_decision_due TEXT NOT NULL DEFAULT ''",
            _recompute_foia_clocks,
            "CREATE INDEX foia_expedited_by_due ON foia_requests (expedited_due, rid) "
            "WHERE deleted_at IS NULL AND expedited_due != ''",
            "CREATE INDEX foia_appeal_decisions_by_due ON foia_requests (appeal_decision_due, rid) "
            "WHERE deleted_at IS NULL AND appeal_decision_due != ''",
        ],
    ),
    (
        7,
        # Issue 12: the FOIA list's overdue mark and the dashboard's overdue requests read whether
        # the response clock is closed from a column, not from the status alone.
        [
            "ALTER TABLE foia_requests ADD COLUMN response_done INTEGER NOT NULL DEFAULT 0",
            _mark_answered_foia,
        ],
    ),
    (
        8,
        # Issue 13: a FOIA request can name the encounter it is about (encounter_id, optional), so
        # an encounter finds its requests through an index and a purge sees the reference. No
        # stored request can name one yet (the schema refused the field), so nothing is copied.
        [
            "ALTER TABLE foia_requests ADD COLUMN encounter_id TEXT REFERENCES encounters (id)",
            "CREATE INDEX foia_by_encounter ON foia_requests (encounter_id)",
        ],
    ),
    (
        9,
        # The eight search codes were all taken (six types, FOIA productions, hearings): the key
        # widens to 64 slots so the next record types need no rewrite of their own.
        [_widen_search_slots],
    ),
    (
        10,
        # The rollback check at unlock (vault.seen.older_than_seen) asks for the latest
        # 'restore-backup' entry; without an index that read every audit entry at each unlock
        # (112 ms on the benchmark vault's 225 000 entries, more than the Argon2id derivation).
        ["CREATE INDEX audit_by_action ON audit (action, at)"],
    ),
    (
        11,
        # Issue 16: what a photo, video or audio recording says about its capture (device, time,
        # place, duration, codec: JSON in ``facts``, read from the stored original, which is never
        # rewritten), its duration for the Documents list, and its thumbnail or video poster frame
        # (a small JPEG, encrypted with the rest of the database). ``sha256`` names the file the row
        # describes: a document whose file was replaced is described again. ``poster`` says what
        # is left to do: 'video' (a frame to grab in the app), 'done', 'none' (nothing to show).
        [
            """CREATE TABLE document_media (
                document_rid INTEGER PRIMARY KEY REFERENCES documents (rid) ON DELETE CASCADE,
                sha256 TEXT NOT NULL,
                facts TEXT NOT NULL DEFAULT '{}',
                duration_ms INTEGER,
                thumbnail BLOB,
                poster TEXT NOT NULL DEFAULT 'none')""",
            "CREATE INDEX document_media_to_grab ON document_media (poster) WHERE poster = 'video'",
        ],
    ),
    # Issue 15, the conflict check: the words of every person's names, indexed (name_index.py).
    (12, name_index.STEPS),
    # Issue 15, hearings: their table and FOIA productions' in the numbered schema, and the
    # hearing's pending day the deadline lists read (migration_court.py).
    (13, migration_court.STEPS),
    # Issue 15: officers and vehicles as records, their links, the address key (migration_officers.py).
    (14, migration_officers.STEPS),
    # Issue 16: indexes so a client's bundle reads notes and deadlines without a scan.
    (15, migration_bundle_indexes.STEPS),
]

CURRENT_VERSION = MIGRATIONS[-1][0]


def pending(current: int) -> list[tuple[int, list[Step]]]:
    return [(v, stmts) for v, stmts in MIGRATIONS if v > current]


def apply(conn: Any, current: int) -> int:
    """Apply every migration after ``current`` in one transaction; returns the new version.

    Then the tables of registered record types that bring their own ``ddl`` (a toy type in a
    test, a plug-in) are created if missing; the built-in types' tables come from the steps above.
    """
    todo = pending(current)
    if not todo and not _missing_type_tables(conn):
        return current
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version, steps in todo:
            for step in steps:
                if callable(step):
                    step(conn)
                else:
                    conn.execute(step)
            conn.execute(f"PRAGMA user_version = {int(version)}")
        # Asked again after the steps: a table a migration made (schema 13's) is not made twice.
        for statement in _missing_type_tables(conn):
            conn.execute(statement)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return todo[-1][0] if todo else current


def _missing_type_tables(conn: Any) -> list[str]:
    from casefile.domain import record_types  # the vault layer reads the registry only here

    wanted = [rt for rt in record_types.types_by_list().values() if rt.ddl]
    if not wanted:
        return []
    have = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [statement for rt in wanted if rt.table not in have for statement in rt.ddl]

"""Batches: the same FOIA request for several clients at once, one request and one letter each,
tracked together by the ``batch`` they share (a raid's arrestees asking ICE for the same records).
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from casefile.errors import CasefileError
from casefile.foia.facts import LetterOptions, Requester


def create_batch(
    vault: Any,
    *,
    agency: str,
    person_ids: list[str],
    records_sought: str = "",
    encounter_id: str | None = None,
    expedited: bool = False,
    jurisdiction: str | None = None,
) -> tuple[str, list[str]]:
    """One draft request per person, all in one new batch; returns the batch and the requests' ids."""
    from casefile.services import records

    people = list(dict.fromkeys(person_ids))
    if len(people) < 2:
        raise CasefileError("A batch is the same request for two or more clients: name at least two.", key="foia_batch")
    batch = f"batch-{secrets.token_hex(4)}"
    made = []
    with vault.transaction():
        for person in people:
            record: dict[str, Any] = {
                "agency": agency,
                "subject_person_id": person,
                "status": "draft",
                "batch": batch,
                "records_sought": records_sought or None,
                "expedited_requested": True if expedited else None,
                "encounter_id": encounter_id,
                "jurisdiction": jurisdiction,
            }
            made.append(records.save(vault, "foia_requests", {k: v for k, v in record.items() if v is not None})["id"])
    return batch, made


def batch_members(vault: Any, batch: str) -> list[dict[str, Any]]:
    """The live requests of ``batch``, oldest first."""
    from casefile.queries.records import row_to_record

    rows = vault.connection().execute(
        "SELECT data, created_at, updated_at, updated_by FROM foia_requests "
        "WHERE deleted_at IS NULL AND json_extract(data, '$.batch') = ? ORDER BY rid",
        (batch,),
    )
    return [row_to_record(*row) for row in rows]


def write_batch_letters(
    vault: Any,
    batch: str,
    out_dir: Path,
    *,
    suffix: str = ".pdf",
    requester: Requester | None = None,
    options: LetterOptions | None = None,
) -> list[Path]:
    """One request letter per member of ``batch`` in ``out_dir`` (0700), named without names."""
    from casefile.foia.render import make_letter
    from casefile.vault.fsutil import make_private_dir

    members = batch_members(vault, batch)
    if not members:
        raise CasefileError(f"No FOIA request belongs to batch {batch!r}.", key="foia_batch_empty")
    make_private_dir(Path(out_dir))
    written = []
    for n, request in enumerate(members, 1):
        path = Path(out_dir) / f"foia-{request['agency']}-{batch}-{n:02d}{suffix}"
        make_letter(vault, request["id"], path, requester=requester, options=options)
        written.append(path)
    return written

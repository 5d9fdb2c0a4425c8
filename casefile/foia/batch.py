"""Batches: the same FOIA request for several clients at once, one request and one letter each,
tracked together by the ``batch`` they share (a raid's arrestees asking ICE for the same records).

A batch is named by the person who makes it ("Airline Dr raid") or gets a generated name; the
name is what the requests share, so two batches may not have the same one. The CLI
(``casefile foia batch``) and the app's batch dialog (``ui/foia_batch.py``) both use this module.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casefile.errors import CasefileError, ValidationError
from casefile.foia.facts import LetterOptions, Requester

MAX_NAME = 80  # the request type's ``batch`` field


def create_batch(
    vault: Any,
    *,
    agency: str,
    person_ids: list[str],
    records_sought: str = "",
    encounter_id: str | None = None,
    expedited: bool = False,
    jurisdiction: str | None = None,
    name: str = "",
) -> tuple[str, list[str]]:
    """One draft request per person, all in one new batch (``name``, or a generated one); returns
    the batch and the requests' ids. Nothing is saved unless every request is."""
    from casefile.services import records

    people = list(dict.fromkeys(person_ids))
    if len(people) < 2:
        raise CasefileError("A batch is the same request for two or more clients: name at least two.", key="foia_batch")
    batch = " ".join(name.split()) or f"batch-{secrets.token_hex(4)}"
    if len(batch) > MAX_NAME:
        raise ValidationError(f"a batch name is at most {MAX_NAME} characters", field="batch")
    if batch_members(vault, batch):
        raise ValidationError(f"a batch named {batch!r} already exists: choose another name", field="batch")
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


def batches(vault: Any) -> list[dict[str, Any]]:
    """Every batch with its number of live requests and its agencies, the newest first."""
    rows = vault.connection().execute(
        "SELECT json_extract(data, '$.batch') AS b, count(*), group_concat(DISTINCT agency), max(created_at) "
        "FROM foia_requests WHERE deleted_at IS NULL AND b IS NOT NULL AND b != '' GROUP BY b ORDER BY 4 DESC, b"
    )
    return [{"batch": b, "count": n, "agencies": str(a or ""), "created_at": c} for b, n, a, c in rows.fetchall()]


def batch_overview(vault: Any, batch: str) -> list[dict[str, Any]]:
    """The batch's requests side by side: client, agency, status, tracking number, response due."""
    from casefile import read

    members = batch_members(vault, batch)
    names = read.people_names(vault, [str(m.get("subject_person_id") or "") for m in members])
    due = dict(
        vault.connection().execute(
            f"SELECT id, response_due FROM foia_requests WHERE id IN ({', '.join('?' * len(members))})",
            [m["id"] for m in members],
        )
    )
    return [
        {
            "id": m["id"],
            "person_id": m.get("subject_person_id") or "",
            "name": names.get(str(m.get("subject_person_id") or ""), ("", False))[0],
            "agency": m.get("agency") or "",
            "status": m.get("status") or "",
            "tracking_number": m.get("tracking_number") or "",
            "response_due": due.get(m["id"]) or "",
        }
        for m in members
    ]


def write_batch_letters(
    vault: Any,
    batch: str,
    out_dir: Path,
    *,
    suffix: str = ".pdf",
    requester: Requester | None = None,
    options: LetterOptions | None = None,
    progress: Callable[[int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """One request letter per member of ``batch`` in ``out_dir`` (0700), named without names.

    ``progress(percent, message)`` after each letter; when ``cancelled()`` turns true the letters
    written so far are kept and returned (fewer than the members)."""
    from casefile.foia.render import make_letter
    from casefile.vault.fsutil import make_private_dir

    members = batch_members(vault, batch)
    if not members:
        raise CasefileError(f"No FOIA request belongs to batch {batch!r}.", key="foia_batch_empty")
    make_private_dir(Path(out_dir))
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in batch)
    written: list[Path] = []
    for n, request in enumerate(members, 1):
        if cancelled is not None and cancelled():
            break
        path = Path(out_dir) / f"foia-{request['agency']}-{safe}-{n:02d}{suffix}"
        make_letter(vault, request["id"], path, requester=requester, options=options)
        written.append(path)
        if progress is not None:
            progress(n * 100 // len(members), f"{n} of {len(members)} letters written")
    return written

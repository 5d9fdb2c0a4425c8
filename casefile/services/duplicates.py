"""One person, one record: an A-number may belong to one live person only.

An A-number identifies one non-citizen: the government files everything about them under it (the
A-file, the I-213, EOIR's case lookup). Two live records with the same one split a client's encounters,
documents and deadlines between them, and a report on either is incomplete. Saving and importing
both pass through :func:`check_people`, which looks at the vault *as it will be after the write*:
people in the batch carry their new A-numbers, everyone else keeps theirs. Trashed people do not
count (restoring one is checked by :func:`check_restore`).
"""

from __future__ import annotations

from typing import Any

from casefile.domain.validate import format_a_number
from casefile.errors import DuplicatePerson
from casefile.queries.records import live_people_by_a_number as live_holders


def check_people(conn: Any, people: list[tuple[str, dict[str, Any]]]) -> None:
    """Refuse a batch of normalised people (``(where, record)``) that would leave two live people
    with one A-number: two in the batch, or one in the batch and another already in the vault."""
    in_batch: dict[str, str] = {}
    ids = {record["id"] for _where, record in people}
    for where, record in people:
        a_number = record.get("a_number")
        if not a_number:
            continue
        if a_number in in_batch:
            raise DuplicatePerson(
                f"a_number: {format_a_number(a_number)} is also the A-number of {in_batch[a_number]} in this "
                "file; one person has one record, so merge the two and import again",
                where=where,
            )
        in_batch[a_number] = where
    holders = live_holders(conn, list(in_batch))
    for where, record in people:
        a_number = record.get("a_number")
        others = [(pid, name) for pid, name in holders.get(a_number or "", []) if pid not in ids]
        if others:
            other_id, other_name = others[0]
            raise DuplicatePerson(
                f"a_number: {format_a_number(a_number)} already belongs to {other_name} (id {other_id}) in this "
                "vault; one person has one record, so open that one instead of adding a second",
                where=where,
                existing_id=other_id,
                existing_name=other_name,
            )


def check_restore(conn: Any, record: dict[str, Any]) -> None:
    """Refuse to bring a person back from the trash while someone live holds their A-number."""
    a_number = record.get("a_number")
    if not a_number:
        return
    others = [(pid, name) for pid, name in live_holders(conn, [a_number]).get(a_number, []) if pid != record["id"]]
    if others:
        other_id, other_name = others[0]
        raise DuplicatePerson(
            f"{format_a_number(a_number)} now belongs to {other_name} (id {other_id}); restoring this person "
            "would make two records for one A-number. Open that record, or change its A-number first",
            where=f"{record.get('full_name', '')} (id {record['id']})",
            existing_id=other_id,
            existing_name=other_name,
        )

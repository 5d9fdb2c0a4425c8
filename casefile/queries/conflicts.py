"""The conflict check's reads: people by the words of their names, by A-number, and the
encounters each was in with everyone else in them. Every read goes through an index
(``person_names``, ``people_by_a_number``, ``participants_by_person``, the participants' key), so
the cost follows the number of people who share a word with the name, not the vault's size.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

MAX_CANDIDATES = 500  # name variants looked at; a name sharing two words with more is too vague


@dataclass(frozen=True)
class NameMatch:
    rid: int
    variant: int  # 0: the full name, 1…: the aliases in order
    variant_len: int
    shared: int  # words the variant has in common with the name searched


def by_name_words(conn: Any, words: tuple[str, ...]) -> list[NameMatch]:
    """Every name variant sharing two or more words with ``words``, or (for a one-word name) made
    of that one word alone. Live and trashed people alike."""
    if not words:
        return []
    rows = conn.execute(name_sql(len(words)), (*words, len(words), len(words), MAX_CANDIDATES)).fetchall()
    return [NameMatch(*row) for row in rows]


def name_sql(count: int) -> str:
    """The look-up by name words (``count`` of them): the index on ``token``, then the name
    variants sharing the most words first, so a vague name's cap drops the weakest."""
    marks = ", ".join("?" * count)
    return (
        "SELECT person_rid, variant, max(variant_len), count(*) AS shared FROM person_names "
        f"WHERE token IN ({marks}) GROUP BY person_rid, variant "
        "HAVING shared >= 2 OR (shared = ? AND max(variant_len) = ?) ORDER BY shared DESC LIMIT ?"
    )


def by_a_number(conn: Any, a_number: str) -> list[int]:
    return [row[0] for row in conn.execute("SELECT rid FROM people WHERE a_number = ?", (a_number,))]


@dataclass(frozen=True)
class PersonRow:
    rid: int
    id: str
    full_name: str
    a_number: str | None
    date_of_birth: str
    is_client: bool
    trashed: bool
    aliases: tuple[str, ...]


def people(conn: Any, rids: list[int]) -> dict[int, PersonRow]:
    if not rids:
        return {}
    marks = ", ".join("?" * len(rids))
    out: dict[int, PersonRow] = {}
    for rid, pid, name, a_number, born, client, deleted_at, data in conn.execute(
        "SELECT rid, id, full_name, a_number, date_of_birth, is_client, deleted_at, data FROM people "
        f"WHERE rid IN ({marks})",
        rids,
    ):
        aliases = tuple(a for a in json.loads(data).get("aliases") or [] if isinstance(a, str))
        out[rid] = PersonRow(rid, pid, name, a_number, born, bool(client), deleted_at is not None, aliases)
    return out


@dataclass(frozen=True)
class Participation:
    encounter_rid: int
    encounter_id: str
    occurred_at: str
    encounter_trashed: bool
    person_id: str
    role: str
    outcome: str
    name: str
    is_client: bool
    person_trashed: bool


def encounters_of(conn: Any, person_ids: list[str]) -> list[Participation]:
    """Every participation of these people, and of everyone else in the same encounters."""
    if not person_ids:
        return []
    marks = ", ".join("?" * len(person_ids))
    rids = [
        row[0]
        for row in conn.execute(
            f"SELECT DISTINCT encounter_rid FROM participants WHERE person_id IN ({marks})", person_ids
        )
    ]
    if not rids:
        return []
    marks = ", ".join("?" * len(rids))
    rows = conn.execute(
        "SELECT e.rid, e.id, e.occurred_at, e.deleted_at IS NOT NULL, pa.person_id, pa.role, pa.outcome, "
        "pe.full_name, pe.is_client, pe.deleted_at IS NOT NULL FROM participants AS pa "
        "JOIN encounters AS e ON e.rid = pa.encounter_rid JOIN people AS pe ON pe.id = pa.person_id "
        f"WHERE pa.encounter_rid IN ({marks}) ORDER BY e.occurred_at, e.rid, pa.position",
        rids,
    ).fetchall()
    return [
        Participation(rid, eid, at, bool(et), pid, role, outcome or "", name, bool(client), bool(pt))
        for rid, eid, at, et, pid, role, outcome, name, client, pt in rows
    ]

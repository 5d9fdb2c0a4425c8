"""Global search for the app: ranked hits, each named by its record's structured title.

The full-text index keeps one title string per record (what ranking weighs); the app shows each
hit by the :class:`~casefile.read.display.Title` of its record instead, read for all hits of a
kind in one query, so an encounter's setting reaches the screen as a machine value to label.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from casefile.queries import lookup
from casefile.queries import search as fts
from casefile.queries.kinds import BY_TYPE, KINDS
from casefile.read.display import Fact, Title, title

if TYPE_CHECKING:
    from casefile.vault.db import Vault


def rank_window() -> int:
    """How many of the most recently added matches a search ranks (see ``SearchHits.capped``)."""
    return fts.RANK_WINDOW


class SearchHits(list["SearchHit"]):
    """Hits, best first; ``capped`` when more records matched than search ranks (the best of
    the most recently added matches: ``casefile.queries.search.RANK_WINDOW``)."""

    capped: bool = False


@dataclass(frozen=True)
class SearchHit:
    kind: str  # list name, what ``open_record`` takes
    id: str
    title: Title
    snippet: str  # matched words between ``[`` and ``]``
    rank: float  # bm25: lower is better


def search(
    vault: Vault, text: str, *, kinds: tuple[str, ...] = (), limit: int = 50, per_kind: int | None = None
) -> SearchHits:
    """The best ``limit`` hits for what a person typed, best first; ``kinds`` (list names)
    narrows the search, ``per_kind`` keeps only the best that many of each kind (a popup showing
    six of each then reads six records of each for their titles, not all ``limit``). A hit whose
    record cannot be read keeps the index's title as plain text."""
    types = tuple(KINDS[k].type_name if k in KINDS else k for k in kinds)
    conn = vault.connection()
    found = fts.search(conn, text, limit=limit, types=types)
    by_kind: dict[str, list[str]] = {}
    kept = []
    for hit in found:
        ids = by_kind.setdefault(BY_TYPE[hit.type].list_name, [])
        if per_kind is None or len(ids) < per_kind:
            ids.append(hit.id)
            kept.append(hit)
    records = {name: lookup.get_many(conn, KINDS[name], ids) for name, ids in by_kind.items()}
    out = SearchHits()
    out.capped = found.capped
    for hit in kept:
        name = BY_TYPE[hit.type].list_name
        record = records[name].get(hit.id)
        named = title(name, record) if record is not None else Title(name, hit.id, (Fact(hit.title),))
        out.append(SearchHit(name, hit.id, named, hit.snippet, hit.rank))
    return out

"""Full-text search: FTS5 with diacritics removed, so ``Nunez`` finds ``Núñez``.

User text never reaches FTS5's query syntax: it is split into words, each quoted; the last word
is a prefix (search as you type); a typed A-number in any format becomes its digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from casefile.domain.record_types.base import SEARCH_SLOTS, search_rowid
from casefile.domain.validate import normalize_a_number
from casefile.errors import ValidationError
from casefile.queries.kinds import BY_CODE

# A word common in narratives matches hundreds of thousands of records at the 10x scale, and
# ranking every match cost 1.3 s whether the vault was encrypted or not (issue 16's benchmark).
# Ranking looks at the most recently added matches, this many at most; ``Hits.capped`` says when
# there were more, and the app says so and asks for another word.
RANK_WINDOW = 20_000
WORD = re.compile(r"\w+", re.UNICODE)
A_NUMBER_LIKE = re.compile(r"^\s*[Aa]?[\s\-\.]*\d[\d\s\-\.]{6,12}\d\s*$")
MAX_QUERY = 400


@dataclass(frozen=True)
class Hit:
    type: str
    id: str
    title: str
    snippet: str
    rank: float

    def as_json(self) -> dict[str, str]:
        return {"type": self.type, "id": self.id, "title": self.title, "snippet": self.snippet}


class Hits(list[Hit]):
    """Hits, best first; ``capped`` when more records matched than ranking looks at
    (``RANK_WINDOW``): these are then the best of the most recently added matches."""

    capped: bool = False


def match_expression(query: str) -> str:
    """A safe FTS5 MATCH expression for what a person typed ('' if there is nothing to find)."""
    query = query[:MAX_QUERY]
    if A_NUMBER_LIKE.match(query):
        try:
            return f'"{normalize_a_number(query)[1:]}"'
        except ValidationError:
            pass
    words = WORD.findall(query)
    if not words:
        return ""
    terms = [f'"{w}"' for w in words[:-1]]
    last = words[-1]
    terms.append(f'"{last}"*' if len(last) >= 2 else f'"{last}"')
    return " ".join(terms)


def search(conn: Any, query: str, *, limit: int = 50, types: tuple[str, ...] = ()) -> Hits:
    """Ranked hits with a snippet, best first (among the newest ``RANK_WINDOW`` matches)."""
    match = match_expression(query)
    if not match:
        return Hits()
    code_filter = ""
    params: list[Any] = [match]
    if types:
        codes = [k.code for k in BY_CODE.values() if k.type_name in types]
        code_filter = f" AND rowid % {SEARCH_SLOTS} IN ({', '.join(str(c) for c in codes)})"
    # Rank first, then build titles and snippets for the winners only: in one query SQLite would
    # compute a snippet (reading the whole text) for every match before sorting. FTS5 hands the
    # matches over newest first (rowid descending, its own order) and stops at the window.
    window = RANK_WINDOW
    rows = conn.execute(
        "SELECT s.rowid, s.title, snippet(s.search, -1, '[', ']', '…', 12), k.score FROM ("
        "SELECT rowid, score FROM ("
        f"SELECT rowid, bm25(search, 8.0, 1.0) AS score FROM search WHERE search MATCH ?{code_filter} "
        "ORDER BY rowid DESC LIMIT ?) ORDER BY score LIMIT ?) AS k "
        "JOIN search AS s ON s.rowid = k.rowid AND s.search MATCH ? ORDER BY k.score",
        (*params, window, limit, match),
    ).fetchall()
    hits = Hits()
    if len(rows) >= min(limit, window):  # as many as asked: were there more matches than the window?
        hits.capped = bool(
            conn.execute(
                f"SELECT 1 FROM search WHERE search MATCH ?{code_filter} ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                (*params, window),
            ).fetchone()
        )
    by_kind: dict[int, list[int]] = {}
    for rowid, *_ in rows:
        by_kind.setdefault(rowid % SEARCH_SLOTS, []).append(rowid // SEARCH_SLOTS)
    ids: dict[int, str] = {}
    for code, rids in by_kind.items():
        kind = BY_CODE[code]
        marks = ", ".join("?" * len(rids))
        for rid, rec_id in conn.execute(f"SELECT rid, id FROM {kind.table} WHERE rid IN ({marks})", rids):
            ids[search_rowid(rid, code)] = rec_id
    hits.extend(
        Hit(BY_CODE[rowid % SEARCH_SLOTS].type_name, ids[rowid], title, " ".join(snippet.split()), score)
        for rowid, title, snippet, score in rows
        if rowid in ids
    )
    return hits

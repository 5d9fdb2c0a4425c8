"""The read API: everything the app reads from an unlocked vault, without a database connection.

The app (``ui/``) calls these functions, through its worker helper where a call may be slow, and
never sees a connection or a query module; the CLI and reports may use them too.

- :mod:`casefile.read.records`: ``get``, ``get_many``, ``page``, ``count``, ``titles`` (names of
  linked records, in batches), the collateral-arrests list, kind names.
- :mod:`casefile.read.display`: a record's :class:`Title` (structured title parts and facts).
- :mod:`casefile.read.search`: ranked hits with their records' titles.
- :mod:`casefile.read.deadlines`: the Deadlines list, its done view and its open/overdue counts.
"""

from __future__ import annotations

from casefile.read.display import Fact, Title, place_of, title
from casefile.read.records import (
    META_FIELDS,
    Page,
    collateral_count,
    collateral_page,
    count,
    default_sort,
    get,
    get_many,
    is_kind,
    list_name,
    list_names,
    page,
    people_names,
    titles,
)
from casefile.read.search import SearchHit, SearchHits, rank_window, search

__all__ = [
    "META_FIELDS",
    "Fact",
    "Page",
    "SearchHit",
    "SearchHits",
    "Title",
    "collateral_count",
    "collateral_page",
    "count",
    "default_sort",
    "get",
    "get_many",
    "is_kind",
    "list_name",
    "list_names",
    "page",
    "people_names",
    "place_of",
    "rank_window",
    "search",
    "title",
    "titles",
]

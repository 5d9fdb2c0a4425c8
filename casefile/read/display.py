"""How a record is named, as structured facts: title parts and subtitle facts, each with its type.

The core says *what* names a record (a person's name, then their A-number; an encounter's time,
setting and place) and of which type each value is; whoever shows it (the app in the user's
language, a report, the CLI) decides how a date or a machine value reads. Nobody splits an
English string on ``" · "`` to find the setting again. Each record type declares its facts
(``title_facts`` in ``casefile.domain.record_types``); this module puts them in a :class:`Title`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from casefile.domain.record_types.base import Fact, FactType, text_fact
from casefile.domain.record_types.encounters import place_of
from casefile.queries.kinds import kind as kind_named

Record = dict[str, Any]
__all__ = ["Fact", "FactType", "Title", "place_of", "title"]


@dataclass(frozen=True)
class Title:
    """A record's name: ``parts`` read in order make its title; ``facts`` tell it apart (a
    person's A-number). ``kind`` is the list name (``people``), ``id`` the record's id."""

    kind: str
    id: str
    parts: tuple[Fact, ...]
    facts: tuple[Fact, ...] = ()

    def plain(self) -> str:
        """The parts as stored, joined: for logs and tests, not for people (no labels, no dates)."""
        return " · ".join(p.value for p in self.parts)


def title(kind_name: str, record: Record) -> Title:
    """The structured name of ``record`` of kind ``kind_name`` (list or type name)."""
    kind = kind_named(kind_name)
    if kind.title_facts is not None:
        # Declared with the record type (casefile.domain.record_types).
        parts, facts = kind.title_facts(record)
    elif kind.search_title is not None:
        # Types that declare none (notes; a toy type) are named as search names them.
        try:
            parts, facts = text_fact(kind.search_title(record)), ()
        except (KeyError, TypeError):
            parts, facts = (), ()
    else:
        parts, facts = (), ()
    record_id = str(record.get("id") or "")
    return Title(kind.list_name, record_id, parts or text_fact(record_id), facts)

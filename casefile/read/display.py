"""How a record is named, as structured facts: title parts and subtitle facts, each with its type.

The core says *what* names a record (a person's name, then their A-number; an encounter's time,
setting and place) and of which type each value is; whoever shows it (the app in the user's
language, a report, the CLI) decides how a date or a machine value reads. Nobody splits an
English string on ``" · "`` to find the setting again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from casefile.queries.kinds import kind as kind_named

Record = dict[str, Any]
FactType = Literal["text", "date", "datetime", "a_number", "enum"]


@dataclass(frozen=True)
class Fact:
    """One value that names a record. ``enum`` names the label table of a machine value
    (``setting``, ``foia_agency``, ``deadline_kind``) when ``type`` is ``"enum"``."""

    value: str
    type: FactType = "text"
    enum: str = ""


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


def _text(value: Any) -> tuple[Fact, ...]:
    return (Fact(str(value)),) if value not in (None, "") else ()


def place_of(record: Record) -> str:
    """Where an encounter happened, as lists show it: "City, ST", else the description."""
    loc = record.get("location") or {}
    return ", ".join(p for p in (loc.get("city"), loc.get("state")) if p) or str(loc.get("description") or "")


def _person(r: Record) -> tuple[tuple[Fact, ...], tuple[Fact, ...]]:
    a_number = r.get("a_number")
    return _text(r.get("full_name")), ((Fact(str(a_number), "a_number"),) if a_number else ())


def _encounter(r: Record) -> tuple[tuple[Fact, ...], tuple[Fact, ...]]:
    parts: list[Fact] = []
    if r.get("occurred_at"):
        parts.append(Fact(str(r["occurred_at"]), "datetime"))
    if r.get("setting"):
        parts.append(Fact(str(r["setting"]), "enum", "setting"))
    parts += _text(place_of(r))
    return tuple(parts), ()


def _foia(r: Record) -> tuple[tuple[Fact, ...], tuple[Fact, ...]]:
    agency = (Fact(str(r["agency"]), "enum", "foia_agency"),) if r.get("agency") else ()
    return (Fact("FOIA"), *agency, *_text(r.get("tracking_number"))), ()


def _deadline(r: Record) -> tuple[tuple[Fact, ...], tuple[Fact, ...]]:
    if r.get("title"):
        return _text(r["title"]), ()
    if r.get("kind"):
        return (Fact(str(r["kind"]), "enum", "deadline_kind"),), ()
    return _text(r.get("id")), ()


def _document(r: Record) -> tuple[tuple[Fact, ...], tuple[Fact, ...]]:
    return _text(r.get("title")), ()


TITLES: dict[str, Callable[[Record], tuple[tuple[Fact, ...], tuple[Fact, ...]]]] = {
    "people": _person,
    "encounters": _encounter,
    "documents": _document,
    "foia_requests": _foia,
    "deadlines": _deadline,
}


def title(kind_name: str, record: Record) -> Title:
    """The structured name of ``record`` of kind ``kind_name`` (list or type name)."""
    kind = kind_named(kind_name)
    make = TITLES.get(kind.list_name)
    if make is not None:
        parts, facts = make(record)
    elif kind.search_title is not None:
        # Kinds without a table entry (notes; a kind added later) are named as search names them.
        try:
            parts, facts = _text(kind.search_title(record)), ()
        except (KeyError, TypeError):
            parts, facts = (), ()
    else:
        parts, facts = (), ()
    record_id = str(record.get("id") or "")
    return Title(kind.list_name, record_id, parts or _text(record_id), facts)

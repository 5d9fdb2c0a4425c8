"""What a deadline rule is, the registry it joins, and the helpers every rule shares.

A rule is one module in ``casefile.domain.rules``: a function from one source record (an
interchange-shaped dict) to its computed deadline or None, registered with :func:`rule` together
with the fields it reads, what makes it done, the law it applies (citation and wording in English
and Spanish) and, when the dashboard and the paged Deadlines list must find its rows through an
index, its :class:`Window`. Adding a clock touches its module and its test only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from casefile.domain.dates import is_legal_holiday, parse_date, parse_date_or_datetime, roll_forward_unsettled

Record = dict[str, Any]
Compute = Callable[[Record], "Record | None"]


@dataclass(frozen=True)
class Window:
    """Where the source rows of a rule's deadlines due on given days are found, by index.

    Rows of ``table`` (not in the trash, matching ``where``) whose ``column`` (ISO text) lies from
    ``first - longest`` to ``last - shortest`` can hold a deadline due on days ``first`` to
    ``last``: a deadline is due no earlier than ``shortest`` and no later than ``longest`` after
    the column's date. Bounds may be wider than the rule needs; the rule has the last word.
    ``index`` names the (column, rid) index to read them in column order; ``with_data`` False
    means the index alone answers the WHERE clause, so a row's data is read only when wanted.
    """

    table: str
    column: str
    shortest: timedelta
    longest: timedelta
    where: str = ""
    index: str | None = None
    with_data: bool = True


@dataclass(frozen=True)
class Rule:
    """One computed deadline: where it comes from, when it is done, and the law it applies."""

    kind: str
    source: str  # the record list it reads: foia_requests, people, encounters or hearings
    fields: tuple[str, ...]  # the source fields the computation reads
    done_when: str  # in words, for the docs and the detail view
    citation: str
    wording: dict[str, str]  # the rule in a sentence, "en" and "es"
    compute: Compute
    window: Window | None = None
    # Only records that can yield this deadline are read: SQL on the source table (no user input).
    candidates: str = ""
    order: int = 100  # where its deadlines come among a record's (lower first)
    # A date from which to act (suit may be filed), not one to miss: once past it is open, not overdue.
    opens: bool = False


_RULES: list[Rule] = []
# Source record lists, in the order computed deadlines are listed.
SOURCES = ("foia_requests", "people", "encounters", "hearings")


def rule(
    *,
    kind: str,
    source: str,
    fields: tuple[str, ...],
    done_when: str,
    citation: str,
    en: str,
    es: str,
    window: Window | None = None,
    candidates: str = "",
    order: int = 100,
    opens: bool = False,
) -> Callable[[Compute], Compute]:
    """Register the decorated function as the rule computing ``kind`` deadlines from ``source``."""

    def register(compute: Compute) -> Compute:
        if any(existing.kind == kind and existing.source == source for existing in _RULES):
            raise ValueError(f"a rule for {kind} from {source} is already registered")
        _RULES.append(
            Rule(
                kind,
                source,
                fields,
                done_when,
                citation,
                {"en": en, "es": es},
                compute,
                window,
                candidates,
                order,
                opens,
            )
        )
        _RULES.sort(key=lambda r: (SOURCES.index(r.source), r.order, r.kind))
        return compute

    return register


def registered() -> tuple[Rule, ...]:
    return tuple(_RULES)


def rule_for(kind: str) -> Rule | None:
    return next((r for r in _RULES if r.kind == kind), None)


def day_of(value: Any, where: str, field_name: str, *, may_have_time: bool = False) -> date | None:
    """A date field of a record; a date-time counts as the calendar date it was written in."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    if may_have_time:
        parsed = parse_date_or_datetime(value, where=where, field=field_name)
        return parsed.date() if isinstance(parsed, datetime) else parsed
    return parse_date(value, where=where, field=field_name)


@dataclass
class Note:
    """An assumption or an unsettled point behind a computed date, in English and Spanish."""

    en: str
    es: str

    def as_dict(self) -> dict[str, str]:
        return {"en": self.en, "es": self.es}


def no_roll_note(due: date, rule_text: str) -> Note | None:
    """Say so when a rule that does not move a last day on a weekend or holiday lands on one."""
    if due.weekday() < 5 and not is_legal_holiday(due):
        return None
    return Note(
        f"This falls on a weekend or legal holiday. It is not moved to the next business day here: {rule_text} "
        "does not say so, and whether a court would move it is not assumed. Act by the business day before.",
        f"Cae en fin de semana o feriado legal. Aquí no pasa al siguiente día hábil: {rule_text} no lo dice, y no "
        "se da por hecho que un tribunal lo movería. Actúe el día hábil anterior.",
    )


def closure_note(due: date, *, dc_area: bool) -> Note | None:
    """Name the executive-order closures that might move ``due``, if any (the date is not moved)."""
    later, closures = roll_forward_unsettled(due, dc_area=dc_area)
    if not closures:
        return None
    orders = "; ".join(f"{c.day.isoformat()}: {c.source}" for c in closures)
    return Note(
        f"Federal offices were closed by executive order ({orders}). Whether such a closure moves the last "
        f"day is unsettled; if it did, the last day would be {later.isoformat()}. File by the earlier date shown.",
        f"Las oficinas federales cerraron por orden ejecutiva ({orders}). No está claro si ese cierre mueve el "
        f"último día; si lo hiciera, sería el {later.isoformat()}. Presente antes de la fecha más temprana indicada.",
    )


@dataclass
class Made:
    """What a rule computed, before it becomes a deadline dict."""

    due: date
    title: str
    about: dict[str, Any] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    done: bool = False
    no_time_limit: bool = False


def deadline(
    kind: str,
    source_id: str,
    made: Made,
    *,
    person_id: str | None = None,
    encounter_id: str | None = None,
    foia_id: str | None = None,
) -> Record:
    """The deadline dict every front end reads, with its rule's citation and wording attached.

    ``title`` is English (the CLI, JSON and calendar files); ``about`` holds what it is made of,
    so the app and the reports can say the same in the reader's language (detail_form).
    """
    found = rule_for(kind)
    return {
        "id": f"computed:{kind}:{source_id}",
        "kind": kind,
        "due": made.due.isoformat(),
        "title": made.title,
        "about": made.about,
        "computed": True,
        "person_id": person_id,
        "encounter_id": encounter_id,
        "foia_id": foia_id,
        "done": made.done,
        "citation": found.citation if found else "",
        "opens": bool(found and found.opens),
        "rule": dict(found.wording) if found else {},
        "notes": [note.as_dict() for note in made.notes],
    }

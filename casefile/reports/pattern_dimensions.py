"""What the pattern report counts encounters by: a list of dimensions, and the time line's unit.

Each :class:`Dimension` is one table of the report (and of its CSV): how to read its values from
an encounter as ``casefile.services.bundle.iter_pattern_inputs`` yields it, how its rows are named,
whether an encounter counts once (a partition of the stated total) or once per value (several
agencies), how many rows are shown before the rest fold into "other (merged)", and whether it is
drawn as a chart. Adding a dimension (officers, units, vehicles) is one entry in
:data:`DIMENSIONS`, its ``pat.by_<name>`` / ``pat.col.<name>`` labels in the report catalogue
(``casefile/catalogue/{en,es}.toml``) and, if the value is not yet among the pattern inputs, the
fact in ``iter_pattern_inputs``. Small-cell protection applies to every dimension the same way
(``casefile.reports.pattern``).

The time line folds by span so its chart has at most :data:`MAX_BARS` bars: months up to two
years, quarters up to six, years beyond.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from casefile.domain.keys import plates_in
from casefile.reports.pattern_places import merge_spellings, place_label

Encounter = dict[str, Any]
TOP = 15  # rows a long table shows before the rest fold into "other (merged)"
MAX_BARS = 24
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Dimension:
    """One table of counts by a fact of the encounter.

    ``name`` makes the CSV table ``encounters_by_<name>`` and the labels ``pat.by_<name>`` (title)
    and ``pat.col.<name>`` (row heading). ``field``: the record field whose value labels name the
    rows (``value_label``), or None to print values as they are. ``multi``: an encounter counts
    under each of its values, so the table has no total and shows small cells as "<3"; otherwise
    the table splits the stated total and merges small cells. ``top``: rows shown, largest first,
    before the rest fold into "other (merged)" (None: all). ``tidy`` runs once on the finished
    counts (joining spellings of one place). ``note``: a catalogue key printed under the title.
    """

    name: str
    values: Callable[[Encounter], Iterable[str]]
    field: str | None = None
    multi: bool = False
    top: int | None = TOP
    chart: bool = False
    tidy: Callable[[Counter[str]], Counter[str]] | None = None
    note: str = ""

    @property
    def key(self) -> str:
        return f"encounters_by_{self.name}"


def _one(fact: str) -> Callable[[Encounter], Iterable[str]]:
    def values(enc: Encounter) -> Iterable[str]:
        return (enc.get(fact) or UNKNOWN,)

    return values


def _agencies(enc: Encounter) -> Iterable[str]:
    return set(enc.get("agencies") or [UNKNOWN])


def _place(enc: Encounter) -> Iterable[str]:
    location = enc.get("location")
    if not isinstance(location, dict):
        return (UNKNOWN,)
    return (place_label(location.get("city"), location.get("state")),)


def _officers_of(enc: Encounter) -> list[dict[str, Any]]:
    """The officer records linked (a vault's inputs), else the officers an interchange file describes."""
    linked = enc.get("linked_officers")
    if linked is None:
        linked = [o for o in enc.get("officers") or [] if isinstance(o, dict)]
    return linked


def _officers(enc: Encounter) -> Iterable[str]:
    # Named as lists name them, with the badge that tells two of one name apart; none: not counted.
    out = set()
    for o in _officers_of(enc):
        name = str(o.get("name") or "").strip()
        name = "" if name.lower() == "unknown" else name
        badge = f"#{o['badge']}" if o.get("badge") else ""
        if name or badge:
            out.add(" ".join(p for p in (name, badge) if p))
    return out


def _units(enc: Encounter) -> Iterable[str]:
    return {str(o["unit"]) for o in _officers_of(enc) if o.get("unit")}


def _vehicles(enc: Encounter) -> Iterable[str]:
    linked = enc.get("linked_vehicles")
    if linked is None:
        linked = [" ".join(p for p in (state, plate) if p) for plate, state in plates_in(enc.get("vehicles"))]
    return set(linked)


# In the order the report prints them. Officers, units and vehicles (issue 15): an encounter counts
# once under each; one without any is not counted there.
DIMENSIONS: list[Dimension] = [
    Dimension("setting", _one("setting"), field="setting", chart=True),
    Dimension("program", _one("program"), field="program"),
    Dimension("city", _place, tidy=merge_spellings),
    Dimension("agency", _agencies, field="agency", multi=True, note="pat.agency_note"),
    Dimension("officer", _officers, multi=True, note="pat.officer_note"),
    Dimension("unit", _units, multi=True, note="pat.officer_note"),
    Dimension("vehicle", _vehicles, multi=True, note="pat.officer_note"),
]


def dimension(name: str) -> Dimension:
    return next(d for d in DIMENSIONS if d.name == name)


# --- the time line ---------------------------------------------------------------------------


def _month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def time_unit(months: Iterable[str]) -> str:
    """``month``, ``quarter`` or ``year``: the finest unit that gives at most MAX_BARS bars."""
    known = [_month_index(m) for m in months if m != UNKNOWN]
    if not known:
        return "month"
    first, last = min(known), max(known)
    if last - first + 1 <= MAX_BARS:
        return "month"
    if last // 3 - first // 3 + 1 <= MAX_BARS:
        return "quarter"
    return "year"


def _period(index: int, unit: str) -> str:
    year, month = divmod(index, 12)
    if unit == "month":
        return f"{year:04d}-{month + 1:02d}"
    if unit == "quarter":
        return f"{year:04d}-Q{month // 3 + 1}"
    return f"{year:04d}"


def fold_months(by_month: Counter[str], unit: str) -> tuple[list[str], Counter[str]]:
    """Counts per ``unit`` from counts per month, every period from first to last (0 if none).

    A time line with its empty periods left out would draw a quiet quarter as if it never
    happened; "unknown" (no date) comes last.
    """
    folded: Counter[str] = Counter()
    for month, n in by_month.items():
        folded[UNKNOWN if month == UNKNOWN else _period(_month_index(month), unit)] += n
    known = [_month_index(m) for m in by_month if m != UNKNOWN]
    order: list[str] = []
    if known:
        for index in range(min(known), max(known) + 1):
            name = _period(index, unit)
            if not order or order[-1] != name:
                order.append(name)
    if UNKNOWN in folded:
        order.append(UNKNOWN)
    return order, Counter({k: folded.get(k, 0) for k in order})

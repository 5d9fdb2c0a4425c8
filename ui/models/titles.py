"""How a record's structured title (``casefile.read.Title``) reads on screen.

The core hands over typed facts (text, a date, a date-time, an A-number, a machine value of a
named label table); this module turns each into text in the user's language and joins them:
the parts with " · ", the telling facts in brackets ("Rosa Quispe (A-208-114-563)").
"""

from __future__ import annotations

from typing import Literal

from casefile.read import Fact, Title
from ui import labels
from ui.models import fmt

SEPARATOR = " · "
Dates = Literal["local", "iso"]


def fact_text(fact: Fact, dates: Dates = "local") -> str:
    """One fact as text: dates in the locale's form (or the ISO day, for compact lists), machine
    values by their labels, A-numbers in their dashed form; blank when unset."""
    if fact.type in ("date", "datetime"):
        if dates == "iso":
            return fact.value[:10]
        return fmt.fmt_datetime(fact.value) if fact.type == "datetime" else fmt.fmt_date(fact.value)
    if fact.type == "a_number":
        return fmt.fmt_a_number(fact.value)
    if fact.type == "enum":
        shown = labels.label(fact.enum, fact.value)
        return "" if shown == labels.EMPTY else shown
    return fact.value


def title_text(title: Title | None, *, facts: bool = True, dates: Dates = "local") -> str:
    """The title as one line; ``facts=False`` leaves out what only tells records apart."""
    if title is None:
        return ""
    text = SEPARATOR.join(t for t in (fact_text(p, dates) for p in title.parts) if t)
    extra = ", ".join(t for t in (fact_text(f, dates) for f in title.facts) if t) if facts else ""
    return f"{text} ({extra})" if extra else text

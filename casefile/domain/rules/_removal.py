"""What the removal-case rules share: the final order a motion runs from."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from casefile.domain.rules.base import Window, day_of


def final_order(person: dict[str, Any]) -> date | None:
    return day_of(person.get("final_order_on"), f"person {person['id']}", "final_order_on")


def final_order_window(days: int, *, with_data: bool = False) -> Window:
    """Where a motion's last day can fall: exactly ``days`` after the final order (no roll forward),
    read through the final-order index; ``with_data`` when the rule also reads the record's JSON."""
    return Window(
        "people",
        "final_order_on",
        timedelta(days=days),
        timedelta(days=days),
        where="final_order_on != ''",
        index="people_final_order_by_date",
        with_data=with_data,
    )

"""What the removal-case rules share: the final order a motion runs from."""

from __future__ import annotations

from datetime import date
from typing import Any

from casefile.domain.rules.base import day_of


def final_order(person: dict[str, Any]) -> date | None:
    return day_of(person.get("final_order_on"), f"person {person['id']}", "final_order_on")

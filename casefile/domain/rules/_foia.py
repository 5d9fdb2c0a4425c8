"""What every FOIA rule says about its request: who was asked and which request it is."""

from __future__ import annotations

from datetime import date
from typing import Any


def foia_about(request: dict[str, Any], received_on: date | None) -> dict[str, Any]:
    """The facts of :func:`foia_label`, for saying it in another language."""
    agency = request.get("agency") or "agency"
    if agency == "state-local" and request.get("jurisdiction"):
        agency = request["jurisdiction"]
    return {
        "agency": agency,
        "tracking_number": request.get("tracking_number") or None,
        "received_on": received_on.isoformat() if received_on is not None else None,
        "request": request["id"],
    }


def foia_label(request: dict[str, Any], received_on: date | None) -> str:
    """Who was asked and which request, as the agency numbers it: ``ICE 2026-ICFO-55120``."""
    about = foia_about(request, received_on)
    if about["tracking_number"]:
        return f"{about['agency']} {about['tracking_number']}"
    if about["received_on"]:
        return f"{about['agency']}, received {about['received_on']}"
    return f"{about['agency']}, request {about['request']}"

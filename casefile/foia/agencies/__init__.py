"""The agencies a FOIA letter goes to: one module per agency, each registered on import.

The imports are written out (not discovered) so a frozen build bundles every agency, as the
deadline rules do. ``agency_for(facts)`` gives the agency of a request, building the state or
local one from what the user named.
"""

from __future__ import annotations

from casefile.errors import CasefileError
from casefile.foia.agencies import cbp, dhs_offices, eoir, fbi, ice, obim, uscis  # noqa: F401  (registers)
from casefile.foia.agencies.base import Agency, Department, registered
from casefile.foia.agencies.state_local import agency_for as _named_agency
from casefile.foia.facts import LetterFacts

FEDERAL = ("ICE", "CBP", "USCIS", "OBIM", "EOIR", "FBI", "DHS-CRCL", "DHS-OIG", "DHS-PRIV")

__all__ = ["FEDERAL", "Agency", "Department", "agency_for", "registered"]


def agency_for(facts: LetterFacts) -> Agency:
    code = facts.request.get("agency") or ""
    if code in ("state-local", "other"):
        return _named_agency(facts)
    found = registered().get(code)
    if found is None:
        raise CasefileError(f"No letter is known for the agency {code!r}.", key="foia_agency_unknown")
    return found

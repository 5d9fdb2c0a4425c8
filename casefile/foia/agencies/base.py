"""What a letter needs to know about an agency: its regulation, who receives, how to send.

Only facts that hold for years are written here. Addresses and portals change, so a letter never
invents one: it names the office and says "confirm the current submission address" (the National
FOIA Portal at FOIA.gov lists every agency's current contact).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casefile.foia.checklist import Item
    from casefile.foia.facts import LetterFacts

CONFIRM_ADDRESS = "confirm the current submission address"


@dataclass(frozen=True)
class Department:
    """The department whose FOIA regulation a component follows, with the paragraphs a letter cites."""

    code: str  # "DHS", "DOJ", or "" for a state or local agency
    name: str
    regulation: str  # the FOIA regulation as a whole
    requests: str  # how to make a request, description of the records
    third_party: str  # consent of the person the records are about
    identity: str  # verification of identity for records about oneself
    fees: str
    fee_waiver: str
    expedite: str
    due_process: str  # the "loss of substantial due process rights" ground for expedition
    appeal: str  # the appeal rule the deadline rules use
    appeal_window: str  # said in words in the appeal letter
    appeal_authority: str  # who decides appeals
    identity_form: str = ""  # a form the department offers instead of a statement (DOJ-361)


@dataclass(frozen=True)
class Agency:
    """One agency a request goes to, as its module declares it."""

    code: str  # the FOIA request's ``agency`` value
    name: str
    short: str
    department: Department
    office: str  # the FOIA office that receives requests
    submission: str  # how to send it, without inventing an address
    appeal_office: str
    # The records this agency holds, beyond what every encounter implies; see checklist.py.
    records: Callable[[LetterFacts], list[Item]]
    # Paragraphs only this agency's letter carries (an FBI identity-history request, EOIR's ROP).
    notes: Callable[[LetterFacts], list[str]] = field(default=lambda _facts: [])
    # The encounter's records are asked for only from agencies that may hold them.
    asks_encounter_records: bool = True


_REGISTRY: dict[str, Agency] = {}


def register(agency: Agency) -> Agency:
    _REGISTRY[agency.code] = agency
    return agency


def registered() -> dict[str, Agency]:
    return dict(_REGISTRY)


def how_to_send(office: str, extra: str = "") -> str:
    """The one sentence on sending a request, without an address that may have changed."""
    text = (
        f"Send to the {office} through its online FOIA portal, by e-mail or by mail; {CONFIRM_ADDRESS} on the "
        "agency's FOIA page or the National FOIA Portal (FOIA.gov) before sending."
    )
    return f"{text} {extra}" if extra else text

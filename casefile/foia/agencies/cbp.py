"""U.S. Customs and Border Protection: Border Patrol and port-of-entry records (6 CFR Part 5).

CBP holds entries and exits, TECS records, Border Patrol apprehensions and their I-213s, and the
biometric captures its officers make. Appeals go to CBP's FOIA appeals office under 6 CFR 5.8.
"""

from __future__ import annotations

from casefile.foia import checklist as c
from casefile.foia.agencies._dhs import DHS
from casefile.foia.agencies.base import Agency, how_to_send, register
from casefile.foia.facts import LetterFacts

CBP_AGENCIES = ("CBP-BP", "CBP-OFO")


def _records(facts: LetterFacts) -> list[c.Item]:
    name = facts.name
    out = [
        c.Item(
            f"Records of every entry into and exit from the United States of {name}, and of every encounter "
            f"with {name} at a port of entry or by the Border Patrol, including TECS records, secondary "
            "inspection records and sworn statements (including Forms I-867A and I-867B)."
        ),
    ]
    ours = [e for e in facts.encounters if set(e.get("agencies") or []) & set(CBP_AGENCIES)]
    # CBP is asked for the encounter itself whoever made the arrest: CBP officers join ICE operations
    # and their systems receive the biometric queries.
    out += c.arrest_items(facts) if ours else []
    out += c.biometric_items(facts, holder="held or received by CBP")
    out += c.video_items(facts)
    out += c.communications_items(facts)
    out += c.sharing_items(facts, ("ident", "foreign"))
    return out


CBP = register(
    Agency(
        code="CBP",
        name="U.S. Customs and Border Protection (CBP)",
        short="CBP",
        department=DHS,
        office="CBP Freedom of Information Act Division",
        submission=how_to_send("CBP Freedom of Information Act Division"),
        appeal_office="CBP FOIA Appeals, Policy and Litigation Branch",
        records=_records,
    )
)

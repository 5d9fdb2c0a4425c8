"""The Federal Bureau of Investigation: NGI records and queries (28 CFR Part 16, Subpart A).

A FOIA/Privacy Act request reaches the FBI's records about a person, including the Next
Generation Identification (NGI) system and the log of who searched it with their fingerprints.
The Identity History Summary (the "rap sheet") is not released under FOIA: it is requested from
the FBI's Criminal Justice Information Services (CJIS) Division under 28 CFR 16.30-16.34, with a
set of the person's fingerprints and the fee set by 16.33. Appeals go to DOJ's Office of
Information Policy, 28 CFR 16.8(a).
"""

from __future__ import annotations

from casefile.foia import checklist as c
from casefile.foia.agencies._doj import DOJ
from casefile.foia.agencies.base import Agency, how_to_send, register
from casefile.foia.facts import LetterFacts


def _records(facts: LetterFacts) -> list[c.Item]:
    name = facts.name
    return [
        c.Item(
            f"Records about {name} in the Next Generation Identification (NGI) system, including every "
            "biometric enrollment and the agency that submitted it."
        ),
        *c.biometric_items(facts, holder="received by the FBI"),
        *c.sharing_items(facts, ("ngi",)),
        c.Item(f"Records about {name} in the FBI's Central Records System, including cross-references."),
    ]


def _notes(facts: LetterFacts) -> list[str]:
    return [
        f"Identity History Summary: {facts.name}'s Identity History Summary is requested separately from the FBI's "
        "Criminal Justice Information Services (CJIS) Division under 28 CFR 16.30-16.34, with a set of "
        "fingerprints and the fee set by 28 CFR 16.33. This FOIA and Privacy Act request asks for the other "
        "records listed, including the records of queries made with those fingerprints."
    ]


FBI = register(
    Agency(
        code="FBI",
        name="Federal Bureau of Investigation (FBI), U.S. Department of Justice",
        short="FBI",
        department=DOJ,
        office="FBI Record/Information Dissemination Section (FOIA)",
        submission=how_to_send("FBI Record/Information Dissemination Section"),
        appeal_office="Office of Information Policy (OIP), U.S. Department of Justice",
        records=_records,
        notes=_notes,
    )
)

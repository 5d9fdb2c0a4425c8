"""DHS offices that watch the components: CRCL, the Inspector General, the Privacy Office (6 CFR Part 5).

A complaint about an encounter to the Office for Civil Rights and Civil Liberties (CRCL) or the
Office of Inspector General (OIG) leaves a file: the complaint, the referral to ICE or CBP, what
they answered. The Privacy Office processes requests for DHS headquarters offices.
"""

from __future__ import annotations

from collections.abc import Callable

from casefile.foia import checklist as c
from casefile.foia.agencies._dhs import DHS
from casefile.foia.agencies.base import Agency, how_to_send, register
from casefile.foia.facts import LetterFacts, encounter_phrase


def _oversight(office: str) -> Callable[[LetterFacts], list[c.Item]]:
    def records(facts: LetterFacts) -> list[c.Item]:
        out = [
            c.Item(
                f"Complaints about the encounter {encounter_phrase(enc)} received by {office}, its intake, "
                "referral and investigation files, its correspondence with ICE or CBP about them, and any "
                "findings or recommendations.",
                f"encounter {encounter_phrase(enc)}",
            )
            for enc in facts.encounters
        ]
        out.append(c.Item(f"Any other complaint, referral or investigation record of {office} naming {facts.name}."))
        return [*out, *c.communications_items(facts)]

    return records


def _privacy(facts: LetterFacts) -> list[c.Item]:
    return [
        c.Item(f"Records of DHS headquarters offices naming {facts.name} or the A-number."),
        *c.communications_items(facts),
        *c.sharing_items(facts, ("foreign",)),
    ]


CRCL = register(
    Agency(
        code="DHS-CRCL",
        name="Office for Civil Rights and Civil Liberties (CRCL), U.S. Department of Homeland Security",
        short="DHS CRCL",
        department=DHS,
        office="DHS Privacy Office, FOIA (for the Office for Civil Rights and Civil Liberties)",
        submission=how_to_send("DHS Privacy Office FOIA staff, which processes requests for CRCL"),
        appeal_office="the DHS FOIA appeals officer named in the determination letter",
        records=_oversight("CRCL"),
    )
)
OIG = register(
    Agency(
        code="DHS-OIG",
        name="Office of Inspector General (OIG), U.S. Department of Homeland Security",
        short="DHS OIG",
        department=DHS,
        office="DHS Office of Inspector General, FOIA Office",
        submission=how_to_send("DHS OIG FOIA Office"),
        appeal_office="the DHS OIG FOIA appeals officer named in the determination letter",
        records=_oversight("the Office of Inspector General"),
    )
)
PRIV = register(
    Agency(
        code="DHS-PRIV",
        name="Privacy Office, U.S. Department of Homeland Security",
        short="DHS Privacy Office",
        department=DHS,
        office="DHS Privacy Office, FOIA",
        submission=how_to_send("DHS Privacy Office FOIA staff"),
        appeal_office="the DHS FOIA appeals officer named in the determination letter",
        records=_privacy,
    )
)

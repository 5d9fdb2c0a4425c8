"""U.S. Immigration and Customs Enforcement: arrests, detention and removal records (6 CFR Part 5).

ICE holds what an enforcement encounter leaves behind: the I-213 and its narrative, the warrants,
detainers, custody determinations, the EID/EARM case entries, body-camera video, mobile biometric
captures and the queries they sent. ICE's FOIA office processes requests; appeals go to ICE's
Office of the Principal Legal Advisor (Government Information Law Division) under 6 CFR 5.8.
"""

from __future__ import annotations

from casefile.foia import checklist as c
from casefile.foia.agencies._dhs import DHS
from casefile.foia.agencies.base import Agency, how_to_send, register
from casefile.foia.facts import LetterFacts


def _records(facts: LetterFacts) -> list[c.Item]:
    return [
        *c.arrest_items(facts),
        *c.enforcement_db_items(facts),
        *c.operation_items(facts),
        *c.biometric_items(facts),
        *c.video_items(facts),
        *c.communications_items(facts),
        *c.sharing_items(facts, ("ident", "ngi", "dmv", "gang", "foreign")),
    ]


ICE = register(
    Agency(
        code="ICE",
        name="U.S. Immigration and Customs Enforcement (ICE)",
        short="ICE",
        department=DHS,
        office="ICE Freedom of Information Act Office",
        submission=how_to_send("ICE Freedom of Information Act Office"),
        appeal_office="ICE Office of the Principal Legal Advisor, Government Information Law Division (FOIA appeals)",
        records=_records,
    )
)

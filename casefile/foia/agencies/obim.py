"""The Office of Biometric Identity Management: IDENT and its successor HART (6 CFR Part 5).

OBIM (in DHS's Management Directorate) runs the department's biometric repository. Every mobile
fingerprint or face capture by ICE or CBP is searched against it, and its logs show who queried a
person's biometrics, when, from which device, and what came back — including what was shared
with other agencies and foreign governments.
"""

from __future__ import annotations

from casefile.foia import checklist as c
from casefile.foia.agencies._dhs import DHS
from casefile.foia.agencies.base import Agency, how_to_send, register
from casefile.foia.facts import LetterFacts


def _records(facts: LetterFacts) -> list[c.Item]:
    name = facts.name
    return [
        c.Item(
            f"The IDENT and HART encounter history of {name}: every biometric enrollment, search and match, "
            "with its date, the submitting agency, program and device or system, and the biographic data "
            "stored with it."
        ),
        *c.biometric_items(facts, holder="in IDENT or HART"),
        *c.sharing_items(facts, ("ident", "foreign")),
        c.Item(
            f"Records of any watch-list, derogatory-information or other flag attached to {name}'s biometric "
            "record, its source, and the agencies to which it was returned."
        ),
    ]


OBIM = register(
    Agency(
        code="OBIM",
        name="Office of Biometric Identity Management (OBIM), U.S. Department of Homeland Security",
        short="OBIM",
        department=DHS,
        office="OBIM Freedom of Information Act Office",
        submission=how_to_send("OBIM Freedom of Information Act Office"),
        appeal_office="the DHS FOIA appeals officer named in OBIM's determination letter",
        records=_records,
    )
)

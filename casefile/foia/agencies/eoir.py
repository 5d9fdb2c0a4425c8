"""The Executive Office for Immigration Review: the record of proceedings (28 CFR Part 16).

EOIR (a DOJ component) keeps the immigration court's record of proceedings (ROP): the NTA as
filed, every filing, notice and order, and the digital audio of each hearing. Appeals go to DOJ's
Office of Information Policy, 28 CFR 16.8(a).
"""

from __future__ import annotations

from casefile.foia import checklist as c
from casefile.foia.agencies._doj import DOJ
from casefile.foia.agencies.base import Agency, how_to_send, register
from casefile.foia.facts import LetterFacts, day_of


def _records(facts: LetterFacts) -> list[c.Item]:
    name = facts.name
    ident = f", {facts.a_number}" if facts.a_number else ""
    out = [
        c.Item(
            f"The complete record of proceedings (ROP) of every immigration court and Board of Immigration "
            f"Appeals case of {name}{ident}: the Notice to Appear as filed, every filing, notice, exhibit, "
            "decision and order, the bond proceedings, and the digital audio recording of every hearing."
        )
    ]
    for enc in facts.encounters:
        arrest = (facts.arrest_of_subject(enc) or {}).get("arrest") or {}
        if arrest.get("nta_served_on"):
            out.append(
                c.Item(
                    f"The Notice to Appear served on {day_of(arrest['nta_served_on'])} as filed with the court, "
                    "with the date it was filed and the proof of service.",
                    f"encounter of {day_of(str(enc.get('occurred_at') or '')[:10])}: NTA served",
                )
            )
    return out


def _notes(_facts: LetterFacts) -> list[str]:
    return [
        "Where the case is electronic, the attorney of record may also be able to view the record in EOIR's "
        "Courts & Appeals System (ECAS); this request asks for the whole record, paper and electronic."
    ]


EOIR = register(
    Agency(
        code="EOIR",
        name="Executive Office for Immigration Review (EOIR), U.S. Department of Justice",
        short="EOIR",
        department=DOJ,
        office="EOIR Freedom of Information Act Unit",
        submission=how_to_send("EOIR Freedom of Information Act Unit"),
        appeal_office="Office of Information Policy (OIP), U.S. Department of Justice",
        records=_records,
        notes=_notes,
    )
)

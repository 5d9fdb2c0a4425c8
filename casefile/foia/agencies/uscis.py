"""U.S. Citizenship and Immigration Services: the A-file (6 CFR Part 5).

USCIS is the custodian of most A-files, where an arrest's I-213 and NTA usually end up beside
every application. USCIS gives requests from people with a scheduled hearing before an
immigration judge an accelerated track ("Track 3") when the request says so and includes proof of
the hearing; appeals go to USCIS's FOIA appeals office under 6 CFR 5.8.
"""

from __future__ import annotations

from casefile.foia import checklist as c
from casefile.foia.agencies._dhs import DHS
from casefile.foia.agencies.base import Agency, how_to_send, register
from casefile.foia.facts import LetterFacts, day_of


def _records(facts: LetterFacts) -> list[c.Item]:
    name = facts.name
    ident = f" ({facts.a_number})" if facts.a_number else ""
    out = [
        c.Item(
            f"The complete Alien File (A-file){ident} of {name}, including every application, petition, "
            "notice, decision, interview note, sworn statement, photograph and the record of every fingerprint "
            "or background check, with the control file and any temporary or receipt file."
        ),
    ]
    for enc in facts.encounters:
        day = day_of(str(enc.get("occurred_at") or "")[:10])
        out.append(
            c.Item(
                f"Every record of the encounter of {day} placed in or added to the A-file, including the I-213 "
                "and the Notice to Appear.",
                f"encounter of {day}",
            )
        )
    out += c.sharing_items(facts, ("ident",))
    return out


def _notes(facts: LetterFacts) -> list[str]:
    hearing = facts.next_hearing()
    if hearing is None:
        return []
    return [
        f"{facts.name} is scheduled for a hearing before an immigration judge on "
        f"{day_of(hearing.get('due'))}. Please place this request on the accelerated track USCIS offers to "
        "people with a scheduled hearing before an immigration judge (Track 3); a copy of the hearing notice "
        "is enclosed."
    ]


USCIS = register(
    Agency(
        code="USCIS",
        name="U.S. Citizenship and Immigration Services (USCIS)",
        short="USCIS",
        department=DHS,
        office="USCIS National Records Center, FOIA/PA Office",
        submission=how_to_send(
            "USCIS FOIA/PA Office",
            "USCIS takes A-file requests through its online FOIA system (FIRST) as well.",
        ),
        appeal_office="USCIS FOIA/PA Appeals Office",
        records=_records,
        notes=_notes,
    )
)

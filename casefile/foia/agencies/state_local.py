"""State and local agencies, and federal agencies not listed: the public-records law the user names.

A sheriff's office or police department answers under its state's public-records statute, not
FOIA; the letter cites the statute the user enters (``--statute``) and the period they set on the
request (``response_days``). No federal regulation, fee rule or appeal window is invented for
them. An ``other`` agency is a federal agency this package does not describe: the letter rests on
5 U.S.C. 552 alone.
"""

from __future__ import annotations

from casefile.errors import CasefileError
from casefile.foia import checklist as c
from casefile.foia.agencies.base import Agency, Department, how_to_send
from casefile.foia.facts import LetterFacts


def _records(facts: LetterFacts) -> list[c.Item]:
    name = facts.name
    out = []
    for enc in facts.encounters:
        out.append(
            c.Item(
                f"Incident, arrest and offense reports, computer-aided dispatch (CAD) records and radio logs of "
                f"the encounter with {name} on {c._day(enc)}, and the booking and jail records that followed.",
                f"encounter of {c._day(enc)}",
            )
        )
    out += c.video_items(facts)
    out += [
        c.Item(
            f"Communications with U.S. Immigration and Customs Enforcement or any other federal agency about {name}, "
            "including immigration detainers (Form I-247A), requests for notification of release, and records of "
            "any 287(g) agreement activity concerning the subject."
        ),
        *c.sharing_items(facts, ("dmv", "gang")),
        *c.communications_items(facts),
    ]
    return out


def _federal_records(facts: LetterFacts) -> list[c.Item]:
    return [c.Item(f"Records naming {facts.name} or the A-number."), *c.communications_items(facts)]


def agency_for(facts: LetterFacts) -> Agency:
    """The agency of a ``state-local`` or ``other`` request, named by the request and the options."""
    req = facts.request
    who = str(req.get("jurisdiction") or "").strip()
    if req.get("agency") == "state-local":
        statute = facts.options.statute.strip()
        if not who or not statute:
            gap = "statute" if who else "agency"
            lacking = "both are missing." if not (who or statute) else f"the {gap} is missing."
            raise CasefileError(
                "A letter to a state or local agency needs the agency (the request's jurisdiction) and its "
                "public-records law (--statute, e.g. the state's public information act): " + lacking,
                key="foia_state_statute",
            )
        dept = Department(
            code="",
            name=who,
            regulation=statute,
            requests=statute,
            third_party="",
            identity="",
            fees=statute,
            fee_waiver="",
            expedite="",
            due_process="",
            appeal="",
            appeal_window="",
            appeal_authority="",
        )
        return Agency(
            code="state-local",
            name=who,
            short=who,
            department=dept,
            office=f"{who}, public records officer",
            submission=how_to_send(f"{who}'s public records officer"),
            appeal_office="",
            records=_records,
        )
    name = who or "the agency"
    dept = Department(
        code="",
        name=name,
        regulation=facts.options.statute.strip() or "5 U.S.C. 552",
        requests="5 U.S.C. 552(a)(3)",
        third_party="",
        identity="",
        fees="5 U.S.C. 552(a)(4)(A)",
        fee_waiver="5 U.S.C. 552(a)(4)(A)(iii)",
        expedite="5 U.S.C. 552(a)(6)(E)",
        due_process="",
        appeal="",
        appeal_window="",
        appeal_authority="",
    )
    return Agency(
        code="other",
        name=name,
        short=name,
        department=dept,
        office=f"{name} FOIA office",
        submission=how_to_send(f"FOIA office of {name}"),
        appeal_office="",
        records=_federal_records,
    )

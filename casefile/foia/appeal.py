"""FOIA administrative appeal letters: an adverse determination, an inadequate search, a fee or an
expedited-processing denial; each states its own due date and the rule it comes from.

The due date is the deadline rules' (``casefile/domain/rules/foia_appeal.py``): DHS components
within 90 working days of the determination (6 CFR 5.8(a)(1)), DOJ components within 90 days
(28 CFR 16.8(a)). An expedited-processing denial is appealed under the same rule, counted from the
day it was decided, and must be considered expeditiously (5 U.S.C. 552(a)(6)(E)(ii)(II)). Grounds:
withholding must rest on an exemption whose harm the agency reasonably foresees (552(a)(8)(A)) with
every reasonably segregable portion released (552(b)); a search must be a reasonable effort
(552(a)(3)(C)-(D)); a fee waiver is owed when disclosure serves the public interest
(552(a)(4)(A)(iii)). State and local agencies have no federal appeal rule: their statute's review
procedure applies, so no letter is made for them.
"""

from __future__ import annotations

from datetime import date

from casefile.domain.dates import foia_appeal_due
from casefile.domain.rules.foia_appeal import foia_appeal_deadline
from casefile.errors import CasefileError
from casefile.foia.agencies import Agency, agency_for
from casefile.foia.doc import Letter
from casefile.foia.facts import LetterFacts, day_of, long_date
from casefile.foia.letter import expedite_reasons, records_sought
from casefile.reports.fmt import parse_date

GROUNDS = ("adverse", "search", "fees", "expedite")
_WHAT = {
    "adverse": "the adverse determination",
    "search": "the adequacy of the search, and the determination that followed it,",
    "fees": "the denial of my request for a fee waiver (or of my fee category)",
    "expedite": "the denial of my request for expedited processing",
}


def appeal_due(facts: LetterFacts, ground: str) -> tuple[date, date, list[str]]:
    """The determination's date, the last day to appeal it, and the rule's notes (in English)."""
    req = facts.request
    if ground == "expedite":
        decided = parse_date(req.get("expedited_decided_on"))
        if decided is None:
            raise CasefileError(
                "Record the day the agency denied expedited processing (expedited_decided_on) first: the "
                "appeal's due date is counted from it.",
                key="foia_appeal_no_decision",
            )
        due = foia_appeal_due(decided, str(req.get("agency") or ""))
        if due is None:
            raise _no_rule(facts)
        return decided, due, []
    made = foia_appeal_deadline(req)
    if made is None:
        if req.get("agency") in ("state-local", "other"):
            raise _no_rule(facts)
        raise CasefileError(
            "Record the date of the agency's determination (adverse_determination_on) first: the appeal's due "
            "date is counted from it.",
            key="foia_appeal_no_decision",
        )
    determined = parse_date(req.get("adverse_determination_on"))
    assert determined is not None
    return determined, date.fromisoformat(made["due"]), [n["en"] for n in made["notes"]]


def _no_rule(facts: LetterFacts) -> CasefileError:
    return CasefileError(
        f"No federal appeal rule applies to a {facts.request.get('agency')} request: the public-records law of "
        "that agency sets its own review procedure, so Casefile makes no appeal letter or date for it.",
        key="foia_appeal_no_rule",
    )


def _request_line(facts: LetterFacts) -> str:
    req = facts.request
    parts = []
    if req.get("tracking_number"):
        parts.append(f"request no. {req['tracking_number']}")
    if req.get("submitted_on"):
        parts.append(f"submitted {day_of(req['submitted_on'])}")
    return ", ".join(parts) or f"the request about {facts.name}"


def _grounds(letter: Letter, facts: LetterFacts, agency: Agency, ground: str) -> None:
    dept = agency.department
    if ground == "adverse":
        letter.add("heading", "Withheld records")
        letter.add(
            "para",
            "The agency may withhold information only if it reasonably foresees that disclosure would harm an "
            "interest an exemption protects, or disclosure is prohibited by law (5 U.S.C. 552(a)(8)(A)), and must "
            "release every reasonably segregable portion of a record (5 U.S.C. 552(b)). Please release the records "
            "withheld, or explain for each withholding the harm foreseen and why no further portion can be "
            "segregated.",
        )
    if ground in ("search", "adverse"):
        letter.add("heading", "The search")
        letter.add(
            "para",
            "The agency must make reasonable efforts to search for the records, including in electronic form "
            "(5 U.S.C. 552(a)(3)(C)-(D)). The request described these records; the response does not show that "
            "each was searched for:",
        )
        letter.add("numbered", items=[i.text for i in records_sought(facts, agency)])
        letter.add(
            "para",
            "Please search again for each, and describe the systems, offices and search terms used.",
        )
    if ground == "fees":
        letter.add("heading", "Fees")
        letter.add(
            "para",
            "A fee waiver is owed when disclosure is in the public interest because it is likely to contribute "
            "significantly to public understanding of the operations or activities of the government and is not "
            f"primarily in the requester's commercial interest (5 U.S.C. 552(a)(4)(A)(iii); {dept.fee_waiver}). "
            "The records show how federal agents carry out arrests and use biometric devices, and I have no "
            "commercial interest in them. Please grant the waiver, or place me in the correct fee category.",
        )
    if ground == "expedite":
        letter.add("heading", "Expedited processing")
        letter.add(
            "para",
            f"Expedited processing is owed for a compelling need or as the agency's regulation provides "
            f"(5 U.S.C. 552(a)(6)(E)(i); {dept.expedite}); an appeal of its denial must be considered "
            "expeditiously (5 U.S.C. 552(a)(6)(E)(ii)(II)). The reasons given with the request remain:",
        )
        letter.add("bullets", items=expedite_reasons(facts, agency))
        letter.add(
            "para",
            "I certify that these statements are true and correct to the best of my knowledge and belief "
            "(5 U.S.C. 552(a)(6)(E)(vi)).",
        )


def appeal_letter(facts: LetterFacts, ground: str, *, reason: str = "") -> Letter:
    """The appeal letter on ``ground`` (one of :data:`GROUNDS`) for the request in ``facts``."""
    if ground not in GROUNDS:
        raise CasefileError(f"An appeal's ground is one of {', '.join(GROUNDS)}, not {ground!r}.", key="foia_ground")
    if facts.request.get("agency") in ("state-local", "other"):
        raise _no_rule(facts)
    agency = agency_for(facts)
    dept = agency.department
    determined, due, notes = appeal_due(facts, ground)
    req = facts.requester
    letter = Letter(title=f"FOIA appeal to {agency.short} — {facts.name}")
    letter.add("lines", items=req.lines())
    letter.add("para", long_date(facts.today, False))
    letter.add("lines", items=[agency.appeal_office, "(confirm the current submission address)"])
    letter.add("strong", "FREEDOM OF INFORMATION ACT APPEAL")
    letter.add("strong", f"Re: {_request_line(facts)} to {agency.name}, records of {facts.name}")
    letter.add("para", "Dear Appeals Officer:")
    letter.add(
        "para",
        f"On behalf of {facts.name}, I appeal {_WHAT[ground]} dated {long_date(determined, False)} on "
        f"{_request_line(facts)}, under 5 U.S.C. 552(a)(6)(A) and {dept.appeal}. Copies of the request and of "
        "the determination are enclosed.",
    )
    letter.add(
        "para",
        f"This appeal is timely: {dept.appeal} allows an appeal {dept.appeal_window}, that is by "
        f"{long_date(due, False)}.",
    )
    _grounds(letter, facts, agency, ground)
    if reason.strip():
        letter.add("para", reason.strip())
    letter.add(
        "para",
        "Please decide this appeal within 20 working days of receipt (5 U.S.C. 552(a)(6)(A)(ii)) and send the "
        "decision and any records to me at the address above"
        + (f" or by e-mail to {req.email}" if req.email else "")
        + ".",
    )
    letter.add("para", "Sincerely,")
    letter.add("sign", items=[x for x in (req.name, req.organization, f"on behalf of {facts.name}") if x])
    letter.add("para", "Enclosures: the request; the agency's determination; the statement of identity and consent.")
    _clinic_page(letter, facts, agency, due, notes)
    return letter


def _clinic_page(letter: Letter, facts: LetterFacts, agency: Agency, due: date, notes: list[str]) -> None:
    dept = agency.department
    letter.add("page")
    letter.add("title", "Before sending (for the clinic; not part of the letter)")
    letter.add(
        "para",
        f"Due: {due.isoformat()} — {dept.appeal}: {dept.appeal_window}. Computed by Casefile from the recorded "
        "determination date — verify against the determination letter, which names the appeal office and may "
        "give its own address or portal.",
    )
    for note in notes:
        letter.add("note", note)
    letter.add(
        "para",
        f"Send to {dept.appeal_authority}: {agency.appeal_office}; confirm the current submission address in the "
        "determination letter or on the agency's FOIA page.",
    )
    letter.add(
        "para",
        "After filing, record the date filed (appeal_filed_on) on the FOIA request: the agency's decision is then "
        "due in 20 working days (5 U.S.C. 552(a)(6)(A)(ii)), and if it is late Casefile shows that suit may be "
        "filed (5 U.S.C. 552(a)(6)(C)(i)).",
    )

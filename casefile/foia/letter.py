"""The FOIA request letter: the letter itself, the client's statement of identity and consent, the
Spanish explanation of that consent for the client, and a page for the clinic on sending it.

Statute: 5 U.S.C. 552(a)(3)(A) (a request that reasonably describes the records), (a)(3)(B) (the
format asked for), (a)(4)(A) (fee categories, the two free hours and hundred pages, the fee
waiver), (a)(6)(A)(i) (20 working days), (a)(6)(E) (expedited processing, with the certification
of (a)(6)(E)(vi)), 552(b) (segregable portions, each deletion marked with its exemption); the
Privacy Act, 5 U.S.C. 552a, where it applies; 28 U.S.C. 1746 (an unsworn declaration under penalty
of perjury in place of a notarised statement). The agency's own paragraphs come from its module.
"""

from __future__ import annotations

from casefile.errors import CasefileError
from casefile.foia import consent
from casefile.foia.agencies import Agency, agency_for
from casefile.foia.checklist import Item
from casefile.foia.doc import Letter
from casefile.foia.facts import LetterFacts, day_of, long_date

_CATEGORY = {
    "other": (
        "an \u201call other\u201d requester (5 U.S.C. 552(a)(4)(A)(ii)(III))",
        "the first two hours of search and the first 100 pages of duplication are free (5 U.S.C. 552(a)(4)(A)(iv)(II))",
    ),
    "educational": (
        "an educational institution requesting records for scholarly purposes (5 U.S.C. 552(a)(4)(A)(ii)(II))",
        "only duplication fees may be charged, and the first 100 pages are free (5 U.S.C. 552(a)(4)(A)(ii)(II), "
        "(iv)(II))",
    ),
    "news-media": (
        "a representative of the news media (5 U.S.C. 552(a)(4)(A)(ii)(II))",
        "only duplication fees may be charged, and the first 100 pages are free (5 U.S.C. 552(a)(4)(A)(ii)(II), "
        "(iv)(II))",
    ),
    "commercial": (
        "a commercial-use requester (5 U.S.C. 552(a)(4)(A)(ii)(I))",
        "search, review and duplication fees apply",
    ),
}


def records_sought(facts: LetterFacts, agency: Agency) -> list[Item]:
    """The checklist for this agency, with what the user wrote on the request first."""
    items = []
    typed = str(facts.request.get("records_sought") or "").strip()
    if typed:
        items.append(Item(typed, "records sought, as entered on the request"))
    seen = {i.text for i in items}
    for item in agency.records(facts):
        if item.text not in seen:
            seen.add(item.text)
            items.append(item)
    return items


def _legal_basis(facts: LetterFacts, agency: Agency) -> str:
    dept = agency.department
    if agency.code == "state-local":
        return f"{dept.regulation}"
    basis = "the Freedom of Information Act, 5 U.S.C. 552, the Privacy Act, 5 U.S.C. 552a, to the extent it applies"
    if dept.code:
        basis += f", and the {dept.name}'s FOIA regulation, {dept.regulation}"
    return basis


def expedite_reasons(facts: LetterFacts, agency: Agency) -> list[str]:
    dept = agency.department
    name = facts.name
    ground = f" ({dept.due_process})" if dept.due_process else ""
    reasons = []
    hearing = facts.next_hearing()
    if hearing is not None:
        reasons.append(
            f"{name} is in removal proceedings before an immigration judge, with a hearing on "
            f"{day_of(hearing.get('due'))}. These records are needed to prepare for that hearing; without them "
            f"{name} faces the loss of substantial due process rights{ground}."
        )
    if facts.subject.get("custody_status") == "detained":
        facility = facts.subject.get("custody_facility")
        reasons.append(
            f"{name} is detained" + (f" at {facility}" if facility else "") + ". Detained cases are heard on an "
            "accelerated schedule, and every week of delay is a week more in detention."
        )
    if facts.options.expedite_reason.strip():
        reasons.append(facts.options.expedite_reason.strip())
    if not reasons:
        raise CasefileError(
            "Expedited processing is requested on this FOIA request, but the records show no hearing date or "
            "detention to justify it: give the reason (the letter's expedite reason, or --expedite-reason on the "
            "command line), or turn the request off.",
            key="foia_expedite_reason",
        )
    return reasons


def _fees(letter: Letter, facts: LetterFacts, agency: Agency) -> None:
    dept, opts = agency.department, facts.options
    letter.add("heading", "Fees")
    if agency.code == "state-local":
        letter.add(
            "para",
            f"I agree to pay the fees {dept.regulation} allows up to ${opts.fee_limit}; please tell me before "
            "incurring more. Please provide records electronically where possible, which costs nothing to copy.",
        )
        return
    who, rule = _CATEGORY[opts.fee_category]
    letter.add(
        "para",
        f"For fee purposes I am {who}; under {dept.fees}, {rule}. I agree to pay fees up to ${opts.fee_limit}; "
        "please tell me before incurring more.",
    )
    if opts.fee_waiver:
        reason = opts.fee_waiver_reason.strip() or (
            "The records show how federal agents conduct home arrests, identify people and use mobile biometric "
            "devices, operations of the government the public knows little about; the requester will use them "
            "to inform the public and the courts and has no commercial interest in them."
        )
        letter.add(
            "para",
            f"I request a waiver of all fees under 5 U.S.C. 552(a)(4)(A)(iii) and {dept.fee_waiver}: disclosure is "
            "in the public interest because it is likely to contribute significantly to public understanding of "
            f"the operations or activities of the government and is not primarily in my commercial interest. {reason}",
        )


def _expedite(letter: Letter, facts: LetterFacts, agency: Agency) -> None:
    if facts.request.get("expedited_requested") is not True or agency.code == "state-local":
        return
    dept = agency.department
    rules = "5 U.S.C. 552(a)(6)(E)" + (f" and {dept.expedite}" if dept.code else "")
    letter.add("heading", "Expedited processing")
    letter.add("para", f"I request expedited processing under {rules}, for these reasons:")
    letter.add("bullets", items=expedite_reasons(facts, agency))
    letter.add(
        "para",
        "I certify that the statements in this section are true and correct to the best of my knowledge and "
        "belief (5 U.S.C. 552(a)(6)(E)(vi)). The agency must decide this request for expedited processing "
        "within 10 days (5 U.S.C. 552(a)(6)(E)(ii)(I)).",
    )


def _identity(letter: Letter, facts: LetterFacts, agency: Agency) -> None:
    dept = agency.department
    letter.add("heading", "Identity and consent")
    text = (
        f"{facts.name}'s signed statement of identity and consent to the release of these records to me, made "
        "under penalty of perjury under 28 U.S.C. 1746, is enclosed"
    )
    if dept.identity:
        text += f", as {dept.identity} and {dept.third_party} provide"
    text += "."
    if dept.identity_form:
        text += f" If you prefer {dept.identity_form}, please say so and we will send it."
    letter.add("para", text)


def _response(facts: LetterFacts, agency: Agency) -> str:
    if agency.code == "state-local":
        days = facts.request.get("response_days")
        period = f"within {days} days" if days else "within the period it sets"
        return f"{agency.department.regulation} requires a response {period}; I look forward to it."
    return (
        "I look forward to your determination within 20 working days of receipt (5 U.S.C. 552(a)(6)(A)(i)). "
        "Please acknowledge this request and give it a tracking number."
    )


def request_letter(facts: LetterFacts) -> Letter:
    """The complete request letter for ``facts``, ready to render."""
    agency = agency_for(facts)
    req = facts.requester
    name = facts.name
    title = f"FOIA request to {agency.short} — {name}"
    letter = Letter(title=title)
    letter.add("lines", items=req.lines())
    letter.add("para", long_date(facts.today, False))
    letter.add(
        "lines",
        items=["FOIA Officer", agency.office, agency.name, "(confirm the current submission address)"],
    )
    re_line = "Freedom of Information Act request" if agency.code != "state-local" else "Public records request"
    letter.add("strong", f"Re: {re_line} — records of {name}" + (f", {facts.a_number}" if facts.a_number else ""))
    letter.add("para", "Dear FOIA Officer:")
    letter.add(
        "para",
        f"On behalf of my client, {name}, I request copies of the records described below under "
        f"{_legal_basis(facts, agency)}.",
    )
    letter.add("heading", "The person the records are about")
    letter.add("fields", rows=facts.identifiers())
    letter.add("heading", "Records requested")
    letter.add(
        "para",
        "Please search every office, system and custodian likely to hold responsive records, including e-mail "
        "and electronic databases, and produce:",
    )
    letter.add("numbered", items=[i.text for i in records_sought(facts, agency)])
    letter.add(
        "para",
        "If any record or part of a record is withheld, please identify it, state the exemption claimed for each "
        "withholding, release every reasonably segregable portion, and mark each deletion with the exemption "
        "under which it is made (5 U.S.C. 552(b)). Please produce records in electronic form: searchable PDF for "
        "documents, and the original format for video, audio and data (5 U.S.C. 552(a)(3)(B)).",
    )
    for note in agency.notes(facts):
        letter.add("para", note)
    _identity(letter, facts, agency)
    _fees(letter, facts, agency)
    _expedite(letter, facts, agency)
    contact = f" or by e-mail to {req.email}" if req.email else ""
    letter.add(
        "para",
        f"Please send the records and all correspondence to me at the address above{contact}. "
        + _response(facts, agency),
    )
    letter.add("para", "Sincerely,")
    letter.add("sign", items=[x for x in (req.name, req.organization, f"on behalf of {name}") if x])
    enclosures = ["Statement of identity and consent to release of records (28 U.S.C. 1746)"]
    if agency.code == "USCIS" and facts.next_hearing() is not None:
        enclosures.append("Notice of the hearing before the immigration judge")
    letter.add("para", f"Enclosure{'s' if len(enclosures) > 1 else ''}: {'; '.join(enclosures)}.")
    consent.statement_page(letter, facts, agency)
    consent.spanish_page(letter, facts, agency)
    _clinic_page(letter, facts, agency)
    return letter


def _clinic_page(letter: Letter, facts: LetterFacts, agency: Agency) -> None:
    """Instructions for the clinic, on their own page: where each item came from and how to send."""
    letter.add("page")
    letter.add("title", "Before sending (for the clinic; not part of the letter)")
    letter.add("para", agency.submission)
    letter.add(
        "para",
        f"Have {facts.name} read the Spanish explanation, then sign and date the statement of identity and "
        "consent; send the signed statement with the letter.",
    )
    if agency.code != "state-local":
        letter.add(
            "para",
            "Once the agency receives the request, its answer is due 20 working days later (5 U.S.C. "
            "552(a)(6)(A)(i)); record the date sent, the date received and the tracking number on the FOIA "
            "request in Casefile and the clocks are computed from them.",
        )
    rows = [("Record sought", "Drawn from")] + [
        (i.text[:160] + ("…" if len(i.text) > 160 else ""), i.basis or "asked of this agency in every request")
        for i in records_sought(facts, agency)
    ]
    letter.add("table", rows=rows)

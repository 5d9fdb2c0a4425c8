"""The fact chronology for a FOIA complaint: each request's dates, the clocks it missed, what was withheld.

An editable draft of the facts a lawyer puts in a complaint under 5 U.S.C. 552(a)(4)(B): when each
request was sent and received, acknowledged, extended, tolled, answered or not; which statutory
time limit ran without an answer (552(a)(6)(A)(i) for the response, (a)(6)(A)(ii) for an appeal,
(a)(6)(E)(ii)(I) for an expedited-processing decision); and the records produced or withheld.
Facts only, as recorded, each with its date — never the legal argument, which the lawyer writes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from casefile.domain.deadlines import computed_deadlines
from casefile.foia.doc import Letter
from casefile.foia.exhaustion import exhaustion_of
from casefile.foia.facts import day_of, long_date
from casefile.foia.ogis import no_tolling_rule

_CLOCKS = (
    ("foia-response", "Determination on the request"),
    ("foia-expedited", "Decision on expedited processing"),
    ("foia-appeal-decision", "Decision on the administrative appeal"),
)


def _agency(req: dict[str, Any]) -> str:
    if req.get("agency") == "state-local" and req.get("jurisdiction"):
        return str(req["jurisdiction"])
    return str(req.get("agency") or "the agency")


def _events(req: dict[str, Any], subject: str, day: date) -> list[str]:
    """The request's recorded facts as numbered-paragraph sentences, in time order."""
    agency = _agency(req)
    dated: list[tuple[str, str]] = []

    def add(field: str, text: str) -> None:
        if req.get(field):
            dated.append((str(req[field])[:10], f"On {day_of(req[field])}, {text}"))

    sought = str(req.get("records_sought") or "").strip()
    add(
        "submitted_on",
        f"a request under the Freedom of Information Act was sent to {agency} for records about {subject}"
        + (f", describing them as: \u201c{sought}\u201d." if sought else "."),
    )
    add("received_on", f"{agency} received the request.")
    if req.get("tracking_number"):
        dated.append(
            (str(req.get("received_on") or req.get("submitted_on") or "")[:10],
             f"{agency} assigned the request tracking number {req['tracking_number']}.")
        )  # fmt: skip
    if req.get("extension_days"):
        dated.append(
            (str(req.get("received_on") or "")[:10],
             f"{agency} extended its time to respond by {req['extension_days']} working days, citing unusual "
             "circumstances (5 U.S.C. 552(a)(6)(B)(i)).")
        )  # fmt: skip
    add("tolled_on", f"{agency} stopped the time to respond to ask for information or to clarify fees.")
    add("tolling_ended_on", f"{agency} received the requester's answer, and the time to respond ran again.")
    add("expedited_decided_on", f"{agency} decided the request for expedited processing.")
    add("response_received_on", f"{agency} responded to the request.")
    add("adverse_determination_on", f"{agency} issued an adverse determination.")
    add("appeal_filed_on", "an administrative appeal was filed.")
    add("appeal_received_on", f"{agency} received the administrative appeal.")
    add("appeal_decided_on", f"{agency} decided the administrative appeal.")
    case = f" (OGIS case {req['ogis_case_number']})" if req.get("ogis_case_number") else ""
    add(
        "ogis_requested_on",
        "the requester asked the Office of Government Information Services to mediate the dispute "
        f"(5 U.S.C. 552(h)(3)){case}.",
    )
    outcome = str(req.get("ogis_outcome") or "").replace("-", " ")
    add(
        "ogis_closed_on",
        "the Office of Government Information Services closed its case" + (f": {outcome}." if outcome else "."),
    )
    add("litigation_filed_on", "suit was filed.")
    dated.sort(key=lambda pair: pair[0])
    return [text for _day, text in dated]


def _clock_rows(req: dict[str, Any], day: date) -> list[tuple[str, str, str, str]]:
    rows = []
    made = {d["kind"]: d for d in computed_deadlines([req], [], [])}
    for kind, what in _CLOCKS:
        found = made.get(kind)
        if found is None:
            continue
        due = date.fromisoformat(found["due"])
        if found["done"]:
            state = "answered (see dates above)"
        elif due < day:
            state = f"missed: no answer recorded as of {day.isoformat()}"
        else:
            state = "running"
        rows.append((what, found["due"], found["citation"], state))
    return rows


def chronology(
    requests: list[dict[str, Any]],
    names: dict[str, str],
    day: date,
    *,
    productions: dict[str, list[str]] | None = None,
) -> Letter:
    """The draft chronology of ``requests`` (names: person id → full name) as of ``day``.

    ``productions`` maps a request's id to sentences on what it released and withheld.
    """
    letter = Letter(title="FOIA fact chronology (draft)")
    letter.add("title", "Fact chronology for a FOIA complaint (draft)")
    letter.add(
        "note",
        f"As recorded in Casefile on {long_date(day, False)}. Facts only, for a complaint under 5 U.S.C. "
        "552(a)(4)(B): check each date against the correspondence before use; the legal argument is not here. "
        "Due dates are computed by the deadline rules — verify.",
    )
    for n, req in enumerate(requests, 1):
        subject = names.get(str(req.get("subject_person_id") or ""), "") or "the requester's client"
        number = f" — request no. {req['tracking_number']}" if req.get("tracking_number") else ""
        label = f"{n}. {_agency(req)}{number}"
        letter.add("heading", label)
        events = _events(req, subject, day)
        letter.add("numbered", items=events or ["No date is recorded for this request yet."])
        for sentence in (productions or {}).get(str(req["id"]), []):
            letter.add("para", sentence)
        rows = _clock_rows(req, day)
        if rows:
            letter.add("table", rows=[("Time limit", "Last day", "Rule", "As of this draft"), *rows])
        if req.get("ogis_requested_on"):
            letter.add(
                "note",
                "These time limits are computed without tolling for the OGIS mediation: no rule stops them "
                f"for it ({no_tolling_rule(str(req.get('agency') or ''))}).",
            )
        gone = exhaustion_of(req, day)
        if gone is not None:
            clock = "its determination" if gone.clock == "response" else "its decision on the appeal"
            letter.add(
                "para",
                f"{_agency(req)} did not make {clock} by {long_date(gone.missed, False)}, the last day "
                f"{gone.rule} allowed, and none is recorded as of {long_date(day, False)}.",
            )
    return letter

"""The "issues to review" about a client's case as a whole: overdue FOIA responses and deadlines."""

from __future__ import annotations

from collections.abc import Iterator

from casefile import catalogue
from casefile.reports.fmt import fmt_date
from casefile.reports.i18n import deadline_detail, label, value_label
from casefile.reports.issues.base import Cited, RuleContext, case_rule


@case_rule(
    "foia-overdue",
    en="Should the request be followed up, or treated as constructively exhausted and taken to an "
    "appeal or to court, now that the response is overdue?",
    authority="5 U.S.C. 552(a)(6)(A)(i) (20 working days), 552(a)(6)(B)(i) (10 more on written notice of "
    "unusual circumstances), 552(a)(6)(C)(i) (constructive exhaustion)",
)
def foia_overdue(c: RuleContext) -> Iterator[str]:
    for request in c.bundle.get("foia_requests") or []:
        if request.get("overdue") is True and c.in_scope(request.get("subject_person_id")):
            agency = value_label(c.lang, "foia_agency", request.get("agency"))
            due = fmt_date(request.get("response_due")) or label(c.lang, "date_unknown")
            yield c.fact(
                ("foia.agency", f"{agency} {request.get('tracking_number') or ''}".strip()),
                ("foia.response_due", f"{due} ({label(c.lang, 'computed_verify')})"),
                ("foia.status", value_label(c.lang, "foia_status", request.get("status"))),
            )


_OWN_RULE = "The rule, order or notice that set this deadline"


@case_rule(
    "deadline-overdue",
    en="Has this deadline been met, or is relief needed, now that its date has passed and it is not marked done?",
    authority=_OWN_RULE,
)
def deadline_overdue(c: RuleContext) -> Iterator[Cited]:
    for deadline in c.bundle.get("deadlines") or []:
        # An overdue FOIA response is already its own prompt above.
        if deadline.get("kind") == "foia-response" or deadline.get("done"):
            continue
        if deadline.get("overdue") is True and c.in_scope(deadline.get("person_id") or c.person_id):
            kind = value_label(c.lang, "deadline_kind", deadline.get("kind"))
            fact = c.fact(
                ("event.deadline", f"{kind}: {deadline_detail(c.lang, deadline)}".rstrip(": ")),
                ("col.date", fmt_date(deadline.get("due")) or label(c.lang, "date_unknown")),
            )
            # A computed deadline carries its own citation; a stored one was set by a notice.
            cited = deadline.get("citation")
            yield Cited(
                fact, str(cited) if cited else catalogue.issue(c.lang, "deadline-overdue", "authority") or _OWN_RULE
            )

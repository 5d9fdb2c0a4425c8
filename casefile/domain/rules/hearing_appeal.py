"""The BIA appeal of a decision recorded on a hearing: 30 days, rolled forward (8 CFR 1003.38(b)).

The clock of ``bia_appeal`` (a decision recorded on the person), run from a hearing record: the
30 days count from an oral decision (dated the hearing day unless another date is entered,
``record_types.hearings``) or from the mailing or electronic service of a written one, which is
the decision date the record keeps for a decision so served. When the service is not recorded
the date entered is counted from, and the deadline says so (a written decision's service is never
before its date, so that is the earlier reading). A decision at a bond hearing is a bond
redetermination, appealed under 8 CFR 1003.19(f) by the same 30 days: its kind is
``bond-appeal``. A weekend or legal holiday moves the last day to the next business day
(1003.38(b)); closures by executive order do not, and are named.

Filed or waived (the hearing's ``appeal_status``) closes it. The same decision also typed on the
person (``ij_decision_on``, ``bond_decision_on``) gives the same kind, client and day: the lists
show it once (``casefile.domain.deadlines.without_repeats``).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from casefile.domain.dates import BIA_APPEAL_CALENDAR_DAYS, bia_appeal_due
from casefile.domain.rules import bia_appeal, bond_appeal
from casefile.domain.rules.base import Made, Window, day_of, deadline, rule

DONE_STATUSES = frozenset({"filed", "waived"})
_AFTER = timedelta(days=BIA_APPEAL_CALENDAR_DAYS)
_WINDOW = Window(
    "hearings",
    "decision_on",
    _AFTER,
    _AFTER + timedelta(days=7),
    where="decision_on != ''",
    index="hearings_by_decision",
)
FIELDS = ("hearing_type", "decision", "decision_on", "decision_service", "appeal_status")


def _appeal(kind: str, hearing: dict[str, Any]) -> dict[str, Any] | None:
    if (hearing.get("hearing_type") == "bond") != (kind == "bond-appeal"):
        return None
    decided = day_of(hearing.get("decision_on"), f"hearing {hearing['id']}", "decision_on")
    if decided is None or hearing.get("result") != "decision":
        return None
    due = bia_appeal_due(decided)
    service = hearing.get("decision_service")
    about: dict[str, Any] = {"decided_on": decided.isoformat()}
    if service in bia_appeal.SERVICE:
        about["service"] = service
    what = "bond decision" if kind == "bond-appeal" else "IJ decision"
    return deadline(
        kind,
        hearing["id"],
        Made(
            due,
            f"{'Bond' if kind == 'bond-appeal' else 'BIA'} appeal due — {what} of {decided.isoformat()}",
            about=about,
            notes=bia_appeal.appeal_notes(service, due),
            done=hearing.get("appeal_status") in DONE_STATUSES,
        ),
        person_id=hearing.get("person_id"),
    )


@rule(
    order=10,
    kind="bia-appeal",
    source="hearings",
    fields=FIELDS,
    done_when="the appeal is filed or waived (the hearing's appeal_status)",
    citation=bia_appeal.CITATION,
    en=bia_appeal.EN,
    es=bia_appeal.ES,
    window=_WINDOW,
    candidates="decision_on != '' AND hearing_type != 'bond'",
)
def hearing_appeal_deadline(hearing: dict[str, Any]) -> dict[str, Any] | None:
    """The BIA appeal date after a judge's decision at a (non-bond) hearing."""
    return _appeal("bia-appeal", hearing)


@rule(
    order=20,
    kind="bond-appeal",
    source="hearings",
    fields=FIELDS,
    done_when="the bond appeal is filed or waived (the hearing's appeal_status)",
    citation=bond_appeal.CITATION,
    en=bond_appeal.EN,
    es=bond_appeal.ES,
    window=_WINDOW,
    candidates="decision_on != '' AND hearing_type = 'bond'",
)
def bond_hearing_appeal_deadline(hearing: dict[str, Any]) -> dict[str, Any] | None:
    """The BIA appeal date after a judge's decision at a bond hearing (a bond redetermination)."""
    return _appeal("bond-appeal", hearing)

"""Hearings before an immigration court (EOIR): issue 15, "Hearings".

One record per hearing a client has: its type, when, where and before whom, how it is held, the
interpreter's language and what came of it (held, adjourned with the reason, continued to a date,
or a decision and how the decision was served). The decision date and its service start the BIA
appeal clock (8 C.F.R. 1003.38(b), ``casefile.domain.rules.hearing_appeal``), and a grant of
voluntary departure with its days the departure clock (8 C.F.R. 1240.26,
``casefile.domain.rules.voluntary_departure``). A hearing with a result is never overdue; one
continued (or adjourned) to a new date waits for that date (``pending_day``), and the client's next
hearing is the first day still waited for (``casefile.read.hearings``).

The table comes from migration 13 (``casefile.vault.migrations``), not from a ``ddl`` made at
unlock, so a read-only open of an older vault never has to write DDL.
"""

from __future__ import annotations

from typing import Any

from casefile.domain import dates, enums
from casefile.domain.checks import checked
from casefile.domain.record_types import base as t
from casefile.domain.record_types.text import join, utc_sort_key
from casefile.errors import ValidationError

Record = dict[str, Any]

HEARING_TYPE = ("master", "individual", "bond", "status")
HEARING_MODE = ("in-person", "video", "telephonic")
# What came of the hearing; "decision" needs one of HEARING_DECISION.
HEARING_RESULT = ("held", "adjourned", "continued", "decision")
HEARING_DECISION = (
    "granted",
    "denied",
    "removal-ordered",
    "voluntary-departure",
    "terminated",
    "administratively-closed",
)


def hearing_day(r: Record) -> str:
    """The hearing's calendar day as recorded (the court's local day, not UTC's)."""
    return str(r.get("starts_at") or "")[:10]


def pending_day(r: Record) -> str:
    """The day the hearing still waits for ('' when none): its own day while it has no result;
    the new date of a hearing continued or adjourned to one; none once held or decided."""
    result = r.get("result") or ""
    if not result:
        return hearing_day(r)
    if result in ("continued", "adjourned") and r.get("continued_to"):
        return str(r["continued_to"])[:10]
    return ""


def _columns(r: Record) -> dict[str, Any]:
    return {
        "person_id": r["person_id"],
        "hearing_type": r["hearing_type"],
        "starts_at": utc_sort_key(str(r["starts_at"])),
        "hearing_date": hearing_day(r),
        "result": r.get("result") or "",
        "decision_on": r.get("decision_on") or "",
        "pending_on": pending_day(r),  # schema 13: the dashboard and the Deadlines list read it by index
    }


def _need(out: Record, field: str, why: str, where: str) -> None:
    if out.get(field) in (None, ""):
        raise ValidationError(f"{field}: {why}", where=where, field=field)


def _refuse(out: Record, field: str, why: str, where: str) -> None:
    if out.get(field) not in (None, ""):
        raise ValidationError(f"{field}: {why}", where=where, field=field)


def _normalize(out: Record, where: str) -> Record:
    """The result's own facts go with it: an adjournment's reason, a continuance's new date, a
    decision's outcome and date (an oral decision is given on the hearing day)."""
    result = out.get("result")
    day = hearing_day(out)
    if result == "adjourned":
        _need(out, "adjourned_reason", "an adjourned hearing needs the reason it was adjourned", where)
    if result == "continued":
        _need(out, "continued_to", "a continued hearing needs the date it was continued to", where)
    if result in ("continued", "adjourned") and out.get("continued_to"):
        # An adjournment may give the new date too (the notice of hearing often comes later).
        later = checked(dates.parse_date, out["continued_to"], where, "continued_to")
        out["continued_to"] = later.isoformat()
        if later.isoformat() <= day:
            raise ValidationError(
                f"continued_to: {later.isoformat()} is not after the hearing ({day}); enter the new hearing date",
                where=where,
                field="continued_to",
            )
    if result == "decision":
        _need(out, "decision", "a decision needs its outcome (granted, denied, removal ordered, ...)", where)
        if not out.get("decision_on") and out.get("decision_service") == "oral":
            out["decision_on"] = day
        _need(
            out,
            "decision_on",
            "enter the decision's date (or its service, 'oral', for a decision given at the hearing)",
            where,
        )
        if out.get("vd_days") not in (None, "") and out.get("decision") != "voluntary-departure":
            raise ValidationError(
                "vd_days: only a grant of voluntary departure has a departure period", where=where, field="vd_days"
            )
    else:
        for field in ("decision", "decision_on", "decision_service", "appeal_status", "vd_days"):
            _refuse(out, field, "only a hearing whose result is 'decision' has a decision", where)
    if out.get("decision_on") and out["decision_on"] < day:
        raise ValidationError(
            f"decision_on: {out['decision_on']} is before the hearing ({day})", where=where, field="decision_on"
        )
    return out


def _title(r: Record) -> t.TitleFacts:
    return (t.Fact(str(r["hearing_type"]), "enum", "hearing_type"), t.Fact(str(r["starts_at"]), "datetime")), ()


HEARINGS = t.register(
    t.RecordType(
        list_name="hearings",
        type_name="hearing",
        noun="hearing",
        id_prefix="h",
        # The last free search code; the registry's toy type stands in for this one in its tests.
        code=7,
        write_order=25,  # after people, before deadlines and notes
        list_order=47,
        fields={
            "person_id": t.Field(t.ref_schema(), required=True, target="people", column=True),
            "hearing_type": t.required_enum(HEARING_TYPE),
            "starts_at": t.required_when(),
            "court": t.text(),
            "judge": t.text(200),
            "mode": t.enum(HEARING_MODE),
            "interpreter_language": t.text(40),
            "result": t.enum(HEARING_RESULT),
            "adjourned_reason": t.text(t.MEDIUM_TEXT),
            "continued_to": t.date(),
            "decision": t.enum(HEARING_DECISION),
            "decision_on": t.date(),
            "decision_service": t.enum(("oral", "mail", "electronic")),
            # Filed or waived closes the BIA appeal clock the decision started.
            "appeal_status": t.enum(enums.APPEAL_STATUS),
            # The voluntary departure period the judge granted, in days: up to 120 before the
            # proceedings end, 60 at their conclusion (INA 240B(a)(2)(A), (b)(2); 8 C.F.R. 1240.26).
            "vd_days": t.integer(1, 120),
            "notes": t.text(t.LONG_TEXT),
            # Written on export: the clocks the decision starts, with their citations (never imported).
            "computed_deadlines": t.computed_deadlines(),
        },
        columns=_columns,
        sorts={"when": "starts_at", "updated": "updated_at", "type": "hearing_type"},
        filters={"person_id": "person_id", "hearing_type": "hearing_type", "result": "result"},
        default_sort="when",
        title_facts=_title,
        search_title=lambda r: f"{r['hearing_type']} hearing {hearing_day(r)}",
        search_body=lambda r: join(
            r.get("court"), r.get("judge"), r.get("interpreter_language"), r.get("adjourned_reason"), r.get("notes")
        ),
        list_columns=("starts_at", "hearing_type", "person_id", "result"),
        normalize=_normalize,
    )
)

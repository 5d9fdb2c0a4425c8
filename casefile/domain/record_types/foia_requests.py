"""FOIA requests and their clocks (domain.md, "FOIA request"; the clocks: ``domain.rules``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from casefile.domain import dates, enums
from casefile.domain.deadlines import foia_columns
from casefile.domain.record_types import base as t
from casefile.domain.record_types.text import join

Record = dict[str, Any]


def _columns(r: Record) -> dict[str, Any]:
    # response_due and appeal_due are computed (derived_columns); a record never holds them.
    return {
        "agency": r["agency"],
        "status": r.get("status") or "",
        "subject_person_id": r.get("subject_person_id"),
        "encounter_id": r.get("encounter_id"),
        "tracking_number": r.get("tracking_number") or "",
        "received_on": r.get("received_on") or "",
        "response_due": r.get("response_due") or "",
        "appeal_due": r.get("appeal_due") or "",
    }


def decorate(record: Record, stored: dict[str, Any], day: date) -> None:
    """The computed fields an export and a report show (interchange.md: ignored on import)."""
    response_due, appeal_due = stored.get("response_due") or "", stored.get("appeal_due") or ""
    record["response_due"] = response_due or None
    record["appeal_due"] = appeal_due or None
    due = dates.parse_date(response_due) if response_due else None
    record["overdue"] = dates.foia_overdue(due, record.get("status") or "", day, record)


def _normalize(out: Record, where: str) -> Record:
    from casefile.foia.ogis import check_ogis

    check_ogis(out, where)
    return out


def _title(r: Record) -> t.TitleFacts:
    agency = (t.Fact(str(r["agency"]), "enum", "foia_agency"),) if r.get("agency") else ()
    return (t.Fact("FOIA"), *agency, *t.text_fact(r.get("tracking_number"))), ()


FOIA_REQUESTS = t.register(
    t.RecordType(
        list_name="foia_requests",
        type_name="foia",
        noun="FOIA request",
        id_prefix="f",
        code=5,
        write_order=30,
        list_order=40,
        fields={
            "agency": t.required_enum(enums.FOIA_AGENCY),
            "jurisdiction": t.text(),
            "response_days": t.integer(1, 365),
            "subject_person_id": t.ref("people"),
            # The encounter the request is about (its raid, stop or arrest): optional (issue 13).
            "encounter_id": t.ref("encounters"),
            "records_sought": t.text(t.LONG_TEXT),
            "submitted_on": t.date(),
            "received_on": t.date(),
            "tracking_number": t.text(200),
            "expedited_requested": t.boolean(),
            "extension_days": t.integer(0, 10),
            "status": t.enum(enums.FOIA_STATUS),
            "response_received_on": t.date(),
            "adverse_determination_on": t.date(),
            "appeal_filed_on": t.date(),
            "litigation_filed_on": t.date(),
            "expedited_decided_on": t.date(),
            "tolled_on": t.date(),
            "tolling_ended_on": t.date(),
            "appeal_received_on": t.date(),
            "appeal_decided_on": t.date(),
            "notes": t.text(t.LONG_TEXT),
            "batch": t.text(80),  # the same request made for several clients at once (issue 17)
            # OGIS mediation (5 U.S.C. 552(h)(3)); it never moves a clock (casefile.foia.ogis).
            "ogis_requested_on": t.date(),
            "ogis_case_number": t.text(100),
            "ogis_closed_on": t.date(),
            "ogis_outcome": t.enum(enums.FOIA_OGIS_OUTCOME),
            # Computed on export, ignored on import.
            "response_due": t.computed(t.date_schema()),
            "appeal_due": t.computed(t.date_schema()),
            "overdue": t.computed(t.bool_schema()),
            "computed_deadlines": t.computed_deadlines(),
        },
        columns=_columns,
        sorts={
            "due": "response_due",
            "agency": "agency",
            "status": "status",
            "received": "received_on",
            "updated": "updated_at",
        },
        filters={
            "agency": "agency",
            "status": "status",
            "subject_person_id": "subject_person_id",
            "encounter_id": "encounter_id",
        },
        default_sort="due",
        title_facts=_title,
        search_title=lambda r: " ".join(p for p in ("FOIA", r["agency"], r.get("tracking_number") or "") if p),
        search_body=lambda r: join(
            r.get("records_sought"), r.get("jurisdiction"), r.get("notes"), r.get("status"), r.get("ogis_case_number")
        ),
        list_columns=(
            "agency",
            "tracking_number",
            "status",
            "received_on",
            "response_due",
            "appeal_due",
            "subject_person_id",
            "response_done",
        ),
        derived_columns=foia_columns,
        export_columns=("response_due", "appeal_due"),
        decorate=decorate,
        normalize=_normalize,
    )
)

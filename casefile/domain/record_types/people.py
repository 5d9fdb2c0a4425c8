"""People: clients and everyone else a case names (domain.md, "Person")."""

from __future__ import annotations

import re
from typing import Any

from casefile.domain import enums, intake, names
from casefile.domain.checks import normalize_a_number
from casefile.domain.record_types import base as t
from casefile.domain.record_types import court
from casefile.domain.record_types.text import a_number_terms, fold, join
from casefile.errors import ValidationError

Record = dict[str, Any]


def _columns(r: Record) -> dict[str, Any]:
    return {
        "full_name": r["full_name"],
        "sort_name": fold(r["full_name"]),
        "a_number": r.get("a_number"),
        "is_client": 1 if r.get("is_client") else 0,
        "custody_status": r.get("custody_status") or "",
        "date_of_birth": r.get("date_of_birth") or "",
        "ij_decision_on": r.get("ij_decision_on") or "",
        # Sources of computed deadlines (casefile.domain.rules), indexed by date (schema 6).
        "final_order_on": r.get("final_order_on") or "",
        "bond_decision_on": r.get("bond_decision_on") or "",
    }


def _normalize(out: Record, where: str) -> Record:
    """A-numbers as ``A`` + 9 digits, the country code upper-case, the name's spaces tidied."""
    if out.get("a_number"):
        out["a_number"] = normalize_a_number(out["a_number"], where=where)
    else:
        out.pop("a_number", None)
    if out.get("country_of_birth"):
        code = str(out["country_of_birth"]).upper()
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise ValidationError(
                f"country_of_birth: {code!r} is not a two-letter country code (ISO 3166-1), e.g. MX, GT, PE",
                where=where,
                field="country_of_birth",
            )
        out["country_of_birth"] = code
    court.normalize(out, where)  # custody, bond, final order, motions (issue 15)
    out["full_name"] = " ".join(str(out["full_name"]).split())
    if not out["full_name"]:
        raise ValidationError("full_name: the name must not be blank", where=where, field="full_name")
    return out


# The words of every name and alias, for the conflict check: kept for live and trashed people
# alike, removed with the person by a purge (ON DELETE CASCADE). Schema 12 made and filled it.
PERSON_NAMES = t.Child(
    table="person_names",
    rid_column="person_rid",
    columns=("variant", "token", "variant_len"),
    rows=lambda r: names.name_rows(r),  # looked up when called: names may still be loading
)


def _title(r: Record) -> t.TitleFacts:
    a_number = r.get("a_number")
    return t.text_fact(r.get("full_name")), ((t.Fact(str(a_number), "a_number"),) if a_number else ())


PEOPLE = t.register(
    t.RecordType(
        list_name="people",
        type_name="person",
        noun="person",
        id_prefix="p",
        code=1,
        write_order=10,
        list_order=10,
        fields={
            "full_name": t.required_text(),
            "aliases": t.shaped(t.list_schema({"type": "string", "maxLength": t.SHORT_TEXT})),
            "is_client": t.boolean(),
            "a_number": t.text(40),
            "date_of_birth": t.date(),
            "country_of_birth": t.text(2),
            "preferred_language": t.text(40),
            "interpreter_needed": t.boolean(),
            "phone": t.text(60),
            "address": t.text(),
            "custody_status": t.enum(enums.CUSTODY_STATUS),
            "custody_facility": t.text(),
            "family_ties": t.text(t.MEDIUM_TEXT),
            "notes": t.text(t.LONG_TEXT),
            "ij_decision_on": t.date(),
            "ij_decision_service": t.enum(enums.DECISION_SERVICE),
            "bia_appeal_status": t.enum(enums.APPEAL_STATUS),
            "final_order_on": t.date(),
            "in_absentia": t.boolean(),
            "motion_reopen_filed_on": t.date(),
            "motion_reconsider_filed_on": t.date(),
            "bond_decision_on": t.date(),
            "bond_appeal_status": t.enum(enums.APPEAL_STATUS),
            **court.PERSON_FIELDS,
            "intake": intake.FIELD,  # the intake checklist of a new client (casefile/domain/intake.py)
            "computed_deadlines": t.computed_deadlines(),
        },
        columns=_columns,
        sorts={"name": "sort_name", "updated": "updated_at", "custody": "custody_status", "birth": "date_of_birth"},
        filters={"is_client": "is_client", "custody_status": "custody_status", "a_number": "a_number"},
        default_sort="name",
        title_facts=_title,
        search_title=lambda r: r["full_name"],
        search_body=lambda r: join(
            r.get("aliases"),
            a_number_terms(r.get("a_number")),
            r.get("custody_facility"),
            r.get("family_ties"),
            r.get("notes"),
            r.get("address"),
            r.get("country_of_birth"),
            r.get("preferred_language"),
        ),
        list_columns=("full_name", "a_number", "is_client", "custody_status", "date_of_birth"),
        normalize=_normalize,
        children=(PERSON_NAMES,),  # the words of every name, for the conflict check (schema 12)
    )
)

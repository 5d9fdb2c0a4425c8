"""Officers and units: the agents an encounter involved, as records reused across encounters (issue 15).

One record per officer as far as the clinic can tell them apart: a name or, when no name was
given, a description ("tall, grey beard, vest marked POLICE"), a badge, the agency and the unit.
Encounters link to an officer with the role played (``encounters.officer_links``, kept in the
indexed ``encounter_officers`` table), so "every encounter of this officer" and "this badge" are
index reads (``casefile.crosscase``). Two records of the same badge and agency are the same officer
(``domain.keys.officer_identity``: an import reuses the record); two found to be one person later
are merged (``crosscase.merge``): the one merged away goes to the trash with ``merged_into``.
"""

from __future__ import annotations

from typing import Any

from casefile.domain import enums
from casefile.domain.keys import compact, officer_identity
from casefile.domain.record_types import base as t
from casefile.domain.record_types.text import fold, join
from casefile.errors import ValidationError

Record = dict[str, Any]

# The roles an officer plays in an encounter (an encounter's officer_links[].role).
OFFICER_ROLE = (
    "arresting",
    "interviewing",
    "scanned-biometrics",
    "supervisor",
    "drove",
    "transported",
    "searched",
    "present",
    "other",
)


def display_name(r: Record) -> str:
    """The officer as lists name them: the name, else the description's start, else the badge."""
    name = str(r.get("name") or "").strip()
    if name and name.lower() != "unknown":
        return name
    description = " ".join(str(r.get("description") or "").split())
    if description:
        return description[:60]
    return f"#{r['badge']}" if r.get("badge") else name


def _columns(r: Record) -> dict[str, Any]:
    return {
        "display": display_name(r)[:200],
        "name_sort": fold(display_name(r))[:200],
        "badge": str(r.get("badge") or "")[:100],
        "badge_key": compact(r.get("badge") or ""),
        "agency": r.get("agency") or "",
        "unit": str(r.get("unit") or "")[:200],
        "identity_key": officer_identity(r.get("badge"), r.get("agency")),
        "merged_into": r.get("merged_into"),
    }


def _normalize(out: Record, where: str) -> Record:
    if not any(str(out.get(k) or "").strip() for k in ("name", "description", "badge")):
        raise ValidationError(
            "name: an officer needs a name, a description or a badge number", where=where, field="name"
        )
    return out


def search_title(r: Record) -> str:
    return " · ".join(p for p in (display_name(r), f"#{r['badge']}" if r.get("badge") else "") if p)


def _body(r: Record) -> str:
    badge = r.get("badge") or ""
    return join(
        r.get("name"), r.get("description"), badge, compact(badge), r.get("agency"), r.get("unit"), r.get("notes")
    )


def _title(r: Record) -> t.TitleFacts:
    parts = list(t.text_fact(display_name(r)))
    if r.get("agency"):
        parts.append(t.Fact(str(r["agency"]), "enum", "agency"))
    return tuple(parts), t.text_fact(f"#{r['badge']}" if r.get("badge") else "")


OFFICERS = t.register(
    t.RecordType(
        list_name="officers",
        type_name="officer",
        noun="officer",
        id_prefix="o",
        code=20,  # codes 8-19 left to the other types issue 15 adds (custody, courts...)
        write_order=15,  # after people, before the encounters that link to them
        list_order=17,
        fields={
            "name": t.text(200),
            "description": t.text(t.MEDIUM_TEXT),
            "badge": t.text(100),
            "agency": t.enum(enums.AGENCY),
            "unit": t.text(200),
            "notes": t.text(t.LONG_TEXT),
            # Set by a merge: the record this one was found to be (it then stays in the trash).
            "merged_into": t.ref("officers"),
        },
        columns=_columns,
        sorts={"name": "name_sort", "badge": "badge_key", "agency": "agency", "updated": "updated_at"},
        filters={"agency": "agency", "badge_key": "badge_key", "unit": "unit"},
        default_sort="name",
        title_facts=_title,
        search_title=search_title,
        search_body=_body,
        list_columns=("display", "badge", "agency", "unit"),
        normalize=_normalize,
    )
)

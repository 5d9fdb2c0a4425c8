"""The intake checklist as a PDF, for a paralegal and a new client across the table (issue 15).

Printed in the client's language when the catalogue speaks it (the person's preferred language,
``es`` for a Spanish speaker), with the staff's language (the report language chosen) under each
line when it is another one, so both read the same sheet. Each item says why it matters and the
rule it comes from (``intake.why.<item>`` in the catalogue); its status and note are the ones kept
on the person (``casefile.domain.intake``).
"""

from __future__ import annotations

import dataclasses
from html import escape
from typing import Any

from reportlab.platypus import Flowable

from casefile import catalogue
from casefile.domain import intake
from casefile.errors import NotFound
from casefile.formatting import format_a_number
from casefile.reports import layout as L
from casefile.reports.context import ReportOptions
from casefile.reports.i18n import label, value_label


def print_languages(person: dict[str, Any], staff_lang: str) -> tuple[str, str | None]:
    """(the sheet's language, the second language under each line or None)."""
    spoken = str(person.get("preferred_language") or "").lower()
    first = spoken if spoken in catalogue.languages() else staff_lang
    return first, (staff_lang if staff_lang != first else None)


def build_intake_checklist(bundle: dict[str, Any], person_id: str, options: ReportOptions) -> bytes:
    """The checklist of ``person_id`` as PDF bytes; ``NotFound`` if the bundle lacks them."""
    person = next((p for p in bundle.get("people") or [] if p.get("id") == person_id), None)
    if person is None:
        raise NotFound(f"There is no person with id '{person_id}' to print an intake checklist for.")
    lang, second = print_languages(person, options.lang)
    options = dataclasses.replace(options, lang=lang)
    st = L.styles()
    width = L.frame_width(options)
    checklist = person.get("intake")
    done, total = intake.progress(checklist)

    def both(key: str, **params: Any) -> str:
        text = escape(label(lang, key, **params))
        return f"{text}<br/><i>{escape(label(second, key, **params))}</i>" if second else text

    title = label(lang, "report.intake")
    story: list[Flowable] = [L.rich(both("report.intake"), st.title)]
    rows: list[tuple[str, Any]] = [(label(lang, "intake.client"), str(person.get("full_name") or ""))]
    if person.get("a_number"):
        rows.append((label(lang, "person.a_number"), format_a_number(person["a_number"])))
    rows.append((label(lang, "intake.col.status"), label(lang, "intake.progress", done=done, total=total)))
    story.append(L.kv_table(rows, width))
    for group in intake.GROUPS:
        story += L.heading(label(lang, f"intake.group.{group}"), 0)
        header = [label(lang, k) for k in ("intake.col.item", "intake.col.status", "intake.col.note")]
        body = []
        for key in (k for g, k in intake.ITEMS if g == group):
            what = f"<b>{escape(label(lang, f'intake.item.{key}'))}</b>"
            if second:
                what += f"<br/><i>{escape(label(second, f'intake.item.{key}'))}</i>"
            what += f"<br/>{escape(label(lang, f'intake.why.{key}'))}"
            state = value_label(lang, "intake_status", intake.status(checklist, key))
            body.append([L.rich(what, st.cell), state, intake.note(checklist, key)])
        story.append(L.grid_table(header, body, width, (5.2, 1.4, 2.4), split_rows=False))
    fp = L.fingerprint({"person": person_id, "intake": checklist})
    story += L.fingerprint_block(fp, lang)
    return L.render(story, options, title=title, subject=title, fingerprint_value=fp)

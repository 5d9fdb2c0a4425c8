"""The encounter report: one enforcement event with every person in it.

The same encounter section as the case summary (facts, every participant with role and outcome,
every arrest, biometrics, officers, narrative), followed by the issues the rules raise for every
participant, the account comparison and the documents linked to the encounter.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from casefile.reports import layout as L
from casefile.reports.context import ReportOptions
from casefile.reports.fmt import fmt_date, short_sha
from casefile.reports.i18n import label, value_label
from casefile.reports.issues import case_flags, encounter_flags
from casefile.reports.redact import redact_bundle
from casefile.reports.sections import (
    account_comparison,
    encounter_caption,
    encounter_section,
    issues_table,
)
from casefile.reports.view import BundleView

SECTION_KEYS = ("section.encounter", "section.issues", "section.accounts", "section.documents")


def encounter_report_headings(lang: str) -> list[str]:
    """The report's four numbered headings, in print order."""
    return [f"{i}. {label(lang, key)}" for i, key in enumerate(SECTION_KEYS, 1)]


def build_encounter_report(
    bundle: dict[str, Any],
    encounter_id: str,
    options: ReportOptions,
    progress: L.Progress | None = None,
) -> bytes:
    """One encounter as PDF bytes; raises ``NotFound`` if it is not in the bundle."""
    lang = options.lang
    if progress is not None:
        progress(0, label(lang, "progress.collect"))
    data = redact_bundle(bundle, lang=lang) if options.redact else bundle
    view = BundleView(data)
    encounter = view.encounter(encounter_id)
    width = L.frame_width(options)
    st = L.styles()
    flags = encounter_flags(encounter, data, None, lang)
    people = {p.get("person_id") for p in encounter.get("participants") or []}
    # Case-level prompts (an overdue FOIA) only for the people of this encounter.
    for pid in sorted(p for p in people if p in view.clients):
        flags += case_flags(data, pid, lang)
    documents = [d for d in view.documents.values() if encounter_id in (d.get("encounter_ids") or [])]
    shown = {
        "encounter": encounter,
        "documents": documents,
        "people": {pid: view.name(pid) for pid in sorted(filter(None, people))},
    }
    fp = L.fingerprint(shown)

    caption = encounter_caption(encounter, lang)
    title = f"{label(lang, 'report.encounter')} — {caption}"
    kinds = [value_label(lang, "setting", encounter.get("setting"))]
    kinds += [value_label(lang, "agency", a) for a in encounter.get("agencies") or []]
    if encounter.get("program"):
        kinds.append(value_label(lang, "program", encounter["program"]))
    story: list[Flowable] = [L.p(title, st.title), L.p(" · ".join(kinds), st.subtitle)]
    headings = encounter_report_headings(lang)
    story += encounter_section(view, encounter, number=1, count=1, lang=lang, width=width, level=0, heading=headings[0])
    story += L.heading(headings[1], 0)
    story.append(L.p(label(lang, "issues.intro"), st.body))
    story.append(issues_table(flags, lang, width) if flags else L.p(label(lang, "issues.none"), st.body))
    story += L.heading(headings[2], 0)
    accounts = account_comparison(view, encounter, lang, width)
    if accounts:
        story += [L.p(label(lang, "acc.legend"), st.small), *accounts]
    else:
        story.append(L.p(label(lang, "acc.none"), st.body))
    story += L.heading(headings[3], 0)
    if documents:
        rows = [
            [
                value_label(lang, "document_kind", d.get("kind")) if d.get("kind") else "",
                d.get("title") or "",
                fmt_date(d.get("document_date")),
                short_sha(d.get("sha256")),
            ]
            for d in documents
        ]
        header = [label(lang, k) for k in ("doc.kind", "doc.title", "doc.date", "doc.sha")]
        story.append(L.grid_table(header, rows, width, (2.0, 4.2, 1.2, 1.5)))
    else:
        story.append(L.p(label(lang, "doc.none"), st.body))
    story += L.fingerprint_block(fp, lang)
    if progress is not None:
        progress(25, label(lang, "progress.layout"))
    return L.render(
        story,
        options,
        title=title,
        subject=label(lang, "report.encounter"),
        fingerprint_value=fp,
        progress=progress,
    )

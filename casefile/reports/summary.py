"""The case summary: what an attorney reads in five minutes before a hearing.

Nine sections in the order of ``shared/spec/reports.md``: identity, at a glance, chronology,
each encounter, issues to review, account comparison, FOIA requests, documents index and notes
(newest first), then the content fingerprint. With ``options.redact`` the bundle is redacted
first and everything (text, footer, PDF metadata, bookmarks) is rendered from the redacted copy.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from reportlab.platypus import Flowable

from casefile.domain.dates import DHS_COMPONENTS, DOJ_COMPONENTS
from casefile.domain.rules import rule_for
from casefile.foia.production import production_summary
from casefile.reports import layout as L
from casefile.reports.context import ReportOptions
from casefile.reports.custody import custody_section, glance_next_hearing
from casefile.reports.fmt import (
    fmt_date,
    fmt_datetime,
    format_a_number,
    human_size,
    parse_date,
    short_sha,
    sort_key,
)
from casefile.reports.fonts import covered, markup
from casefile.reports.i18n import deadline_detail, label, tristate, value_label
from casefile.reports.issues import Flag, case_flags, encounter_flags
from casefile.reports.redact import redact_bundle
from casefile.reports.sections import (
    account_comparison,
    encounter_caption,
    encounter_place,
    encounter_section,
    issues_table,
)
from casefile.reports.view import BundleView, Record, arrests

SECTION_KEYS = (
    "section.identity",
    "section.glance",
    "section.chronology",
    "section.encounters",
    "section.issues",
    "section.accounts",
    "section.foia",
    "section.documents",
    "section.notes",
)
HEARINGS = ("master-hearing", "individual-hearing", "bond-hearing")
GLANCE_DAYS = 30


def section_headings(lang: str) -> list[str]:
    """The nine numbered headings, in print order (tests and the UI's outline use them)."""
    return [f"{i}. {label(lang, key)}" for i, key in enumerate(SECTION_KEYS, 1)]


class _Case:
    """The slice of the bundle one client's summary shows."""

    def __init__(self, bundle: Record, person_id: str, options: ReportOptions) -> None:
        self.options = options
        self.lang = options.lang
        self.view = BundleView(bundle)
        self.person = self.view.person(person_id)
        self.person_id = person_id
        self.encounters = self.view.encounters_for(person_id)
        self.foia = self.view.foia_for(person_id)
        enc_ids = {str(e.get("id")) for e in self.encounters}
        foia_ids = {str(f.get("id")) for f in self.foia}
        self.documents = self.view.documents_for(person_id, enc_ids, foia_ids)
        self.deadlines = sorted(
            (d for d in self.view.deadlines if self.view.linked(d, person_id, enc_ids, foia_ids)),
            key=lambda d: sort_key(d.get("due")),
        )
        notes = [n for n in self.view.notes if self.view.linked(n, person_id, enc_ids, foia_ids)]
        self.notes = sorted(notes, key=lambda n: sort_key(n.get("created_at")), reverse=True)
        self.flags: list[tuple[Record, list[Flag]]] = [
            (e, encounter_flags(e, bundle, person_id, self.lang)) for e in self.encounters
        ]
        self.case_flags = case_flags(bundle, person_id, self.lang)

    def shown(self) -> dict[str, Any]:
        """The data the report shows, for the fingerprint (not how it is worded or laid out)."""
        identity = {k: self.person.get(k) for k in _IDENTITY_FIELDS}
        return {
            "as_of": self.options.today.isoformat(),
            "person": identity,
            "encounters": self.encounters,
            "foia_requests": self.foia,
            "documents": self.documents,
            "deadlines": self.deadlines,
            "notes": self.notes,
        }


_IDENTITY_FIELDS = (
    "id",
    "full_name",
    "aliases",
    "a_number",
    "date_of_birth",
    "country_of_birth",
    "preferred_language",
    "interpreter_needed",
    "custody_status",
    "custody_facility",
    "family_ties",
    "notes",
    "ij_decision_on",
)


def _heading(lang: str, index: int) -> list[Flowable]:
    return L.heading(section_headings(lang)[index], 0)


def _none(lang: str, key: str = "none") -> Flowable:
    return L.p(label(lang, key), L.styles().body)


def _identity(case: _Case, width: float) -> list[Flowable]:
    lang, person = case.lang, case.person
    rows = [
        (label(lang, "person.name"), person.get("full_name") or ""),
        (label(lang, "person.aliases"), "; ".join(person.get("aliases") or [])),
        (label(lang, "person.a_number"), format_a_number(person.get("a_number"))),
        (label(lang, "person.dob"), fmt_date(person.get("date_of_birth"))),
        (
            label(lang, "person.country"),
            value_label(lang, "country", person.get("country_of_birth")) if person.get("country_of_birth") else "",
        ),
        (
            label(lang, "person.language"),
            value_label(lang, "language", person.get("preferred_language")) if person.get("preferred_language") else "",
        ),
        (label(lang, "person.interpreter"), tristate(lang, person.get("interpreter_needed"))),
        (
            label(lang, "person.custody"),
            value_label(lang, "custody_status", person.get("custody_status")),
        ),
        (label(lang, "person.facility"), person.get("custody_facility")),
        (label(lang, "person.family"), person.get("family_ties")),
        (label(lang, "person.ij_decision"), fmt_date(person.get("ij_decision_on"))),
        (label(lang, "person.notes"), person.get("notes")),
    ]
    return [*_heading(lang, 0), L.kv_table([(k, v) for k, v in rows if v], width)]


def deadline_line(deadline: Record, lang: str) -> str:
    """ "2026-12-03 08:30 — master calendar hearing: title (computed — verify) — OVERDUE"."""
    kind = value_label(lang, "deadline_kind", deadline.get("kind"))
    text = f"{fmt_datetime(deadline.get('due'))} — {kind}"
    if detail := deadline_detail(lang, deadline):
        text += f": {detail}"
    if deadline.get("computed"):
        # The rule it applies, cited beside the date (issue 12).
        cited = f"; {label(lang, 'deadline.rule')}: {deadline['citation']}" if deadline.get("citation") else ""
        text += f" ({label(lang, 'computed_verify')}{cited})"
    if deadline.get("done"):
        text += f" — {label(lang, 'done')}"
    elif deadline.get("overdue"):
        text += f" — {label(lang, 'overdue')}"
    elif deadline.get("awaiting_outcome"):
        text += f" — {label(lang, 'deadline.awaiting_outcome')}"
    return text


def _lines(items: list[str], lang: str, none: str = "none") -> Flowable:
    """A bulleted list, or "None" agreeing with what is listed (``none_f`` for a feminine noun)."""
    if not items:
        return L.p(label(lang, none))
    return L.rich("<br/>".join(f"• {markup(i)}" for i in items))


def _glance(case: _Case, width: float) -> list[Flowable]:
    lang, today = case.lang, case.options.today
    horizon = today + timedelta(days=GLANCE_DAYS)
    open_deadlines = [d for d in case.deadlines if not d.get("done")]
    hearings = [d for d in open_deadlines if d.get("kind") in HEARINGS and (parse_date(d.get("due")) or today) >= today]
    soon = [d for d in open_deadlines if today <= (parse_date(d.get("due")) or date.max) <= horizon]
    overdue = [
        d
        for d in open_deadlines
        if (d.get("overdue") or d.get("awaiting_outcome")) and d.get("kind") != "foia-response"
    ]
    overdue_foia = [
        f"{value_label(lang, 'foia_agency', f.get('agency'))} {f.get('tracking_number') or ''} — "
        f"{label(lang, 'foia.response_due')} {fmt_date(f.get('response_due'))} "
        f"({label(lang, 'computed_verify')})"
        for f in case.foia
        if f.get("overdue")
    ]
    arrest_count = sum(len(arrests(e, case.person_id)) for e in case.encounters)
    flag_count = sum(len(f) for _, f in case.flags) + len(case.case_flags)
    rows: list[tuple[str, L.Cell]] = [
        (
            label(lang, "glance.next_hearing"),
            glance_next_hearing(case, hearings, deadline_line),  # a hearing record or a typed deadline
        ),
        (label(lang, "glance.next_30"), _lines([deadline_line(d, lang) for d in soon], lang)),
        (
            label(lang, "glance.overdue_deadlines"),
            _lines([deadline_line(d, lang) for d in overdue], lang),
        ),
        (label(lang, "glance.overdue_foia"), _lines(overdue_foia, lang, "none_f")),  # las solicitudes
        (label(lang, "glance.encounters"), str(len(case.encounters))),
        (label(lang, "glance.arrests"), str(arrest_count)),
        (label(lang, "glance.issues"), str(flag_count)),
    ]
    note = L.p(label(lang, "glance.as_of", today=today.isoformat()), L.styles().small)
    return [*_heading(lang, 1), note, L.kv_table(rows, width)]


def _chronology_rows(case: _Case) -> list[tuple[str, str, str, str]]:
    lang, view = case.lang, case.view
    rows: list[tuple[str, str, str, str]] = []

    def add(when: object, event_key: str, details: str, *, computed: bool = False, extra: str = "") -> None:
        if not when:
            return
        event = label(lang, event_key) + (f": {extra}" if extra else "")
        if computed:
            details = f"{details} ({label(lang, 'computed_verify')})".strip()
        rows.append((sort_key(when), fmt_datetime(when), event, details))

    for enc in case.encounters:
        agencies = ", ".join(value_label(lang, "agency", a) for a in enc.get("agencies") or [])
        place = " · ".join(
            x
            for x in (
                value_label(lang, "setting", enc.get("setting")),
                encounter_place(enc),
                agencies,
            )
            if x
        )
        add(enc.get("occurred_at"), "event.encounter", place)
        for part in arrests(enc, case.person_id):
            arrest = part.get("arrest") or {}
            add(arrest.get("arrested_at"), "event.arrest", arrest.get("custody_facility") or "")
            add(arrest.get("nta_served_on"), "event.nta", "")
            add(arrest.get("released_on"), "event.released", "")
    for doc in case.documents:
        kind = value_label(lang, "document_kind", doc.get("kind")) if doc.get("kind") else ""
        add(
            doc.get("document_date"),
            "event.document",
            f"{kind}: {doc.get('title') or ''}".strip(": "),
        )
    computed_for = {(d.get("kind"), d.get("foia_id")) for d in case.deadlines}
    for req in case.foia:
        agency = value_label(lang, "foia_agency", req.get("agency"))
        who = f"{agency} {req.get('tracking_number') or ''}".strip()
        add(req.get("submitted_on"), "event.foia_submitted", who)
        add(req.get("received_on"), "event.foia_received", who)
        if ("foia-response", req.get("id")) not in computed_for:
            add(req.get("response_due"), "event.foia_response_due", who, computed=True)
        add(req.get("response_received_on"), "event.foia_response", who)
        add(req.get("adverse_determination_on"), "event.foia_adverse", who)
        add(req.get("appeal_filed_on"), "event.foia_appeal_filed", who)
        if ("foia-appeal", req.get("id")) not in computed_for:
            add(req.get("appeal_due"), "event.foia_appeal_due", who, computed=True)
        add(req.get("litigation_filed_on"), "event.foia_litigation", who)
    for deadline in case.deadlines:
        status = ""
        if deadline.get("done"):
            status = f" — {label(lang, 'done')}"
        elif deadline.get("overdue"):
            status = f" — {label(lang, 'overdue')}"
        elif deadline.get("awaiting_outcome"):
            status = f" — {label(lang, 'deadline.awaiting_outcome')}"
        if deadline.get("citation"):
            status += f" ({label(lang, 'deadline.rule')}: {deadline['citation']})"
        add(
            deadline.get("due"),
            "event.deadline",
            deadline_detail(lang, deadline) + status,
            computed=bool(deadline.get("computed")),
            extra=value_label(lang, "deadline_kind", deadline.get("kind")),
        )
    add(case.person.get("ij_decision_on"), "event.ij_decision", view.name(case.person_id))
    rows.sort(key=lambda r: r[0])
    return rows


def _chronology(case: _Case, width: float) -> list[Flowable]:
    lang = case.lang
    rows = [[date, event, details] for _, date, event, details in _chronology_rows(case)]
    if not rows:
        return [*_heading(lang, 2), _none(lang)]
    header = [label(lang, "col.date"), label(lang, "col.event"), label(lang, "col.details")]
    return [*_heading(lang, 2), L.grid_table(header, rows, width, (1.75, 2.5, 4.8))]


def _encounters(case: _Case, width: float) -> list[Flowable]:
    out: list[Flowable] = [*_heading(case.lang, 3)]
    if not case.encounters:
        return [*out, _none(case.lang)]
    for i, enc in enumerate(case.encounters, 1):
        out += encounter_section(case.view, enc, number=i, count=len(case.encounters), lang=case.lang, width=width)
    return out


def _sub(case: _Case, i: int, enc: Record) -> list[Flowable]:
    text = f"{label(case.lang, 'section.encounter')} {i}: {encounter_caption(enc, case.lang)}"
    return L.heading(text, 1)


def _issues(case: _Case, width: float) -> list[Flowable]:
    lang = case.lang
    out: list[Flowable] = [*_heading(lang, 4), L.p(label(lang, "issues.intro"), L.styles().body)]
    if not any(f for _, f in case.flags) and not case.case_flags:
        return [*out, _none(lang, "issues.none")]
    for i, (enc, flags) in enumerate(case.flags, 1):
        if flags:
            out += [*_sub(case, i, enc), issues_table(flags, lang, width)]
    if case.case_flags:
        out += [
            *L.heading(label(lang, "issues.case"), 1),
            issues_table(case.case_flags, lang, width),
        ]
    return out


def _accounts(case: _Case, width: float) -> list[Flowable]:
    lang = case.lang
    out: list[Flowable] = [*_heading(lang, 5)]
    with_points = [(i, e) for i, e in enumerate(case.encounters, 1) if e.get("account_points") or e.get("i213")]
    if not with_points:
        return [*out, _none(lang, "acc.none")]
    out.append(L.p(label(lang, "acc.legend"), L.styles().small))
    for i, enc in with_points:
        out += [*_sub(case, i, enc), *account_comparison(case.view, enc, lang, width)]
    return out


def _citation(kind: str) -> str:
    found = rule_for(kind)
    return found.citation if found else ""


def _appeal_citation(agency: object) -> str:
    """The one regulation an agency's appeal date follows (the rule's citation names both)."""
    if agency in DHS_COMPONENTS:
        return "6 CFR 5.8(a)(1)"
    if agency in DOJ_COMPONENTS:
        return "28 CFR 16.8(a)"
    return _citation("foia-appeal")


def _foia(case: _Case, width: float) -> list[Flowable]:
    lang = case.lang
    if not case.foia:
        return [*_heading(lang, 6), _none(lang, "foia.none")]
    verify = markup(label(lang, "computed_verify"))
    rows: list[list[L.Cell]] = []
    spans: list[tuple[Any, ...]] = []
    for req in case.foia:
        agency = value_label(lang, "foia_agency", req.get("agency"))
        if req.get("jurisdiction"):
            agency += f" ({req['jurisdiction']})"
        due = markup(fmt_date(req.get("response_due")) or "—")
        if req.get("response_due"):
            due += f"<br/><font size='7.5'>{verify}; {markup(_citation('foia-response'))}</font>"
        if req.get("overdue"):
            due += f"<br/><b>⚠ {markup(label(lang, 'overdue_f'))}</b>"  # la fecha límite
        status = [value_label(lang, "foia_status", req.get("status"))]
        if req.get("expedited_requested"):
            status.append(label(lang, "foia.expedited"))
        if req.get("extension_days"):
            status.append(label(lang, "foia.extension", days=req["extension_days"]))
        appeal = markup(fmt_date(req.get("appeal_due")) or "—")
        if req.get("appeal_due"):
            appeal += f"<br/><font size='7.5'>{verify}; {markup(_appeal_citation(req.get('agency')))}</font>"
        rows.append(
            [
                L.rich(f"<b>{markup(agency)}</b><br/>{markup(req.get('tracking_number') or '')}"),
                f"{fmt_date(req.get('submitted_on')) or '—'} / {fmt_date(req.get('received_on')) or '—'}",
                L.rich(due),
                "; ".join(status),
                L.rich(appeal),
            ]
        )
        sought = f"<b>{markup(label(lang, 'foia.records_sought'))}:</b> {markup(req.get('records_sought') or '—')}"
        extra = [t for t in (sought, production_summary(case.view.bundle, str(req.get("id")), lang)) if t]
        for text in extra:  # what was asked for, then what came back (the production log, issue 17)
            rows.append([L.rich(text), "", "", "", ""])
            spans.append(("SPAN", (0, len(rows)), (-1, len(rows))))
        # What was asked for stays on the page of the request it belongs to.
        spans.append(("NOSPLIT", (0, len(rows) - len(extra)), (-1, len(rows))))
    keys = ("foia.agency", "foia.dates", "foia.response_due", "foia.status", "foia.appeal_due")
    header = [label(lang, k) for k in keys]
    return [*_heading(lang, 6), L.grid_table(header, rows, width, (2.2, 2.0, 1.7, 1.7, 1.5), spans)]


def _documents(case: _Case, width: float) -> list[Flowable]:
    lang = case.lang
    if not case.documents:
        return [*_heading(lang, 7), _none(lang, "doc.none")]
    rows: list[list[L.Cell]] = []
    for doc in case.documents:
        rows.append(
            [
                value_label(lang, "document_kind", doc.get("kind")) if doc.get("kind") else "",
                _document_title(doc),
                fmt_date(doc.get("document_date")),
                doc.get("received_from") or "",
                short_sha(doc.get("sha256")),
            ]
        )
    header = [label(lang, k) for k in ("doc.kind", "doc.title", "doc.date", "doc.source", "doc.sha")]
    return [*_heading(lang, 7), L.grid_table(header, rows, width, (2.0, 3.4, 1.15, 1.4, 1.5))]


def _document_title(doc: Record) -> Flowable:
    """The title over the file's name and size in small grey type."""
    st = L.styles()
    title = str(doc.get("title") or "")
    file_line = " · ".join(x for x in (doc.get("original_filename"), human_size(doc.get("size"))) if x)
    if not (covered(title) and covered(file_line)):
        text = markup(title)
        if file_line:
            text += f"<br/><font size='{st.cell_note.fontSize}' color='#555555'>{markup(file_line)}</font>"
        return L.rich(text)
    return L.TextLines([(title, st.cell)] + ([(file_line, st.cell_note)] if file_line else []))


def _notes(case: _Case, width: float) -> list[Flowable]:
    lang = case.lang
    if not case.notes:
        return [*_heading(lang, 8), _none(lang, "note.none")]
    rows = [[fmt_datetime(n.get("created_at")), n.get("author") or "", n.get("text") or ""] for n in case.notes]
    header = [label(lang, "note.when"), label(lang, "note.author"), label(lang, "note.text")]
    return [*_heading(lang, 8), L.grid_table(header, rows, width, (1.75, 1.2, 6.1))]


# In print order; must match SECTION_KEYS.
_SECTIONS = (custody_section, _identity, _glance, _chronology, _encounters, _issues, _accounts, _foia, _documents,
             _notes)  # fmt: skip


def build_case_summary(
    bundle: dict[str, Any],
    person_id: str,
    options: ReportOptions,
    progress: L.Progress | None = None,
) -> bytes:
    """The attorney's case summary for one person in the bundle, as PDF bytes.

    ``progress(percent, message)`` is called as the work advances; raising from it (for
    example a UI's cancel) abandons the build. Raises ``NotFound`` if the person is not in
    the bundle.
    """
    lang = options.lang
    if progress is not None:
        progress(0, label(lang, "progress.collect"))
    data = redact_bundle(bundle, lang=lang) if options.redact else bundle
    case = _Case(data, person_id, options)
    width = L.frame_width(options)
    fp = L.fingerprint(case.shown())
    name = case.person.get("full_name") or person_id
    title = f"{label(lang, 'report.summary')} — {name}"
    st = L.styles()
    subtitle = " · ".join(
        x
        for x in (
            format_a_number(case.person.get("a_number")),
            label(lang, "glance.as_of", today=options.today.isoformat()),
        )
        if x
    )
    story: list[Flowable] = [L.p(title, st.title), L.p(subtitle, st.subtitle)]
    for section in _SECTIONS:
        story += section(case, width)
    story += L.fingerprint_block(fp, lang)
    if progress is not None:
        progress(25, label(lang, "progress.layout"))
    return L.render(
        story,
        options,
        title=title,
        subject=label(lang, "report.summary"),
        fingerprint_value=fp,
        progress=progress,
    )

"""Report sections shared by the case summary and the encounter report.

One encounter in full (facts, participants, arrests, biometrics, officers, narrative), the issues
table, and the account comparison (the I-213 discrepancy matrix). Each function returns a list
of flowables for a frame of the given width.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Spacer

from casefile.reports import layout as L
from casefile.reports.fmt import fmt_date, fmt_datetime, money, parse_datetime
from casefile.reports.fonts import markup
from casefile.reports.i18n import label, topic_label, tristate, value_label
from casefile.reports.i213_section import i213_comparison
from casefile.reports.issues import Flag
from casefile.reports.view import BundleView, Record, arrests

# More sources than this and the matrix columns get too narrow: one row per version instead.
MAX_MATRIX_SOURCES = 4


def encounter_place(encounter: Record) -> str:
    loc = encounter.get("location") or {}
    return ", ".join(x for x in (loc.get("city"), loc.get("state")) if x)


def encounter_caption(encounter: Record, lang: str) -> str:
    """ "2026-09-15 05:50, Houston, TX" — date and place, never a name (used in bookmarks)."""
    when = fmt_datetime(encounter.get("occurred_at"))
    place = encounter_place(encounter) or value_label(lang, "setting", encounter.get("setting"))
    return f"{when}, {place}"


def _when(encounter: Record, lang: str) -> str:
    value = encounter.get("occurred_at")
    if parse_datetime(value) is None:
        return f"{fmt_date(value)} ({label(lang, 'time_unknown')})"
    return fmt_datetime(value, offset=True)


def _where(encounter: Record) -> str:
    loc = encounter.get("location") or {}
    place = ", ".join(x for x in (loc.get("address"), loc.get("city"), loc.get("state")) if x)
    if loc.get("description"):
        place = f"{place} — {loc['description']}" if place else loc["description"]
    return place


def _warrant(view: BundleView, encounter: Record, lang: str) -> str:
    warrant = encounter.get("warrant") or {}
    if not warrant:
        return ""
    parts = [value_label(lang, "warrant_type", warrant.get("type"))]
    if warrant.get("type") not in (None, "none"):
        parts.append(f"{label(lang, 'enc.warrant_shown')}: {tristate(lang, warrant.get('shown'))}")
    if warrant.get("named_person_id"):
        parts.append(f"{label(lang, 'enc.warrant_named')}: {view.name(warrant['named_person_id'])}")
    return " · ".join(parts)


def _present(rows: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return [(k, v) for k, v in rows if v not in (None, "", [])]


def encounter_facts(view: BundleView, encounter: Record, lang: str, width: float) -> Flowable:
    def v(field: str, key: str) -> str:
        value = encounter.get(key)
        return value_label(lang, field, value) if value not in (None, "") else ""

    agencies = ", ".join(value_label(lang, "agency", a) for a in encounter.get("agencies") or [])
    witnesses = ", ".join(view.name(w) for w in encounter.get("witnesses") or [])
    ftca = encounter.get("possible_ftca_claim")
    rows = _present(
        [
            (label(lang, "enc.when"), _when(encounter, lang)),
            (label(lang, "enc.where"), _where(encounter)),
            (label(lang, "enc.setting"), v("setting", "setting")),
            (label(lang, "enc.agencies"), agencies),
            (label(lang, "enc.program"), v("program", "program")),
            (label(lang, "enc.officer_count"), str(encounter.get("officer_count") or "")),
            (label(lang, "enc.vehicles"), encounter.get("vehicles")),
            (label(lang, "enc.identified_as"), v("identified_as", "identified_as")),
            (label(lang, "enc.warrant"), _warrant(view, encounter, lang)),
            (label(lang, "enc.entry"), v("entry", "entry")),
            (label(lang, "enc.consent_given_by"), encounter.get("consent_given_by")),
            (
                label(lang, "enc.stop_basis"),
                encounter.get("stop_basis") or label(lang, "not_recorded"),
            ),
            (label(lang, "enc.advisals"), encounter.get("advisals") or label(lang, "not_recorded")),
            (label(lang, "enc.language_used"), encounter.get("language_used")),
            (label(lang, "enc.statements"), encounter.get("statements")),
            (label(lang, "enc.profiling"), encounter.get("profiling_indicators")),
            (label(lang, "enc.witnesses"), witnesses),
            (label(lang, "enc.ftca"), tristate(lang, ftca) if ftca is not None else ""),
        ]
    )
    return L.kv_table(rows, width)


def participants_table(view: BundleView, encounter: Record, lang: str, width: float) -> list[Flowable]:
    parts = encounter.get("participants") or []
    if not parts:
        return []
    rows = []
    for part in parts:
        pid = part.get("person_id")
        who = view.name(pid)
        if pid in view.clients:
            who += f" ({label(lang, 'person.client')})"
        rows.append(
            [
                who,
                value_label(lang, "role", part.get("role")),
                value_label(lang, "outcome", part.get("outcome")),
            ]
        )
    header = [label(lang, "part.person"), label(lang, "part.role"), label(lang, "part.outcome")]
    return [
        L.Heading(label(lang, "enc.participants"), 2),
        L.grid_table(header, rows, width, (3, 2, 2)),
    ]


def arrest_tables(
    view: BundleView, encounter: Record, lang: str, width: float, person_id: str | None = None
) -> list[Flowable]:
    out: list[Flowable] = []
    for part in arrests(encounter, person_id):
        arrest = part.get("arrest") or {}
        bond = arrest.get("bond_amount")
        rows = _present(
            [
                (
                    label(lang, "arrest.arrested_at"),
                    fmt_datetime(arrest.get("arrested_at"), offset=True),
                ),
                (
                    label(lang, "arrest.agency"),
                    value_label(lang, "agency", arrest.get("arresting_agency"))
                    if arrest.get("arresting_agency")
                    else "",
                ),
                (label(lang, "arrest.basis"), arrest.get("basis_stated")),
                (label(lang, "arrest.facility"), arrest.get("custody_facility")),
                (
                    label(lang, "arrest.bond"),
                    money(bond) if bond is not None else label(lang, "arrest.no_bond"),
                ),
                (label(lang, "arrest.nta"), fmt_date(arrest.get("nta_served_on"))),
                (label(lang, "arrest.i213"), _i213_received(view, encounter, part, lang)),
                (label(lang, "arrest.released"), fmt_date(arrest.get("released_on"))),
                (label(lang, "arrest.notes"), arrest.get("notes")),
            ]
        )
        title = f"{label(lang, 'enc.arrests')} — {view.name(part.get('person_id'))}"
        out.append(KeepTogether([L.Heading(title, 2), L.kv_table(rows, width)]))
    return out


def _i213_received(view: BundleView, encounter: Record, part: Record, lang: str) -> str:
    """Yes when the box is ticked or an I-213 is in the documents index (which it names)."""
    on_file = view.i213_documents(encounter, part.get("person_id"))
    if not on_file:
        return tristate(lang, (part.get("arrest") or {}).get("i213_received"))
    names = "; ".join(_document_name(d) for d in on_file)
    return label(lang, "arrest.i213_on_file", document=names)


def _document_name(doc: Record) -> str:
    """A document's title, with its date unless the title already gives it."""
    title = str(doc.get("title") or doc.get("original_filename") or doc.get("kind") or "")
    day = fmt_date(doc.get("document_date"))
    return f"{title}, {day}" if day and day not in title else title


def biometrics_table(view: BundleView, encounter: Record, lang: str, width: float) -> list[Flowable]:
    captures = encounter.get("biometrics") or []
    if not captures:
        return []
    header = [
        label(lang, k)
        for k in (
            "bio.person",
            "bio.modality",
            "bio.device",
            "bio.consent",
            "bio.before_arrest",
            "bio.databases",
            "bio.result_told",
        )
    ]
    rows = [
        [
            view.name(c.get("person_id")),
            value_label(lang, "modality", c.get("modality")),
            value_label(lang, "device", c.get("device")),
            value_label(lang, "consent", c.get("consent")),
            tristate(lang, c.get("before_arrest")),
            ", ".join(c.get("databases") or []),
            c.get("result_told") or "",
        ]
        for c in captures
    ]
    return [
        L.Heading(label(lang, "enc.biometrics"), 2),
        L.grid_table(header, rows, width, (2.2, 1.6, 1.9, 1.4, 1.2, 1.6, 2.4)),
    ]


def officers_table(encounter: Record, lang: str, width: float) -> list[Flowable]:
    officers = [o for o in encounter.get("officers") or [] if any(o.values())]
    if not officers:
        return []
    header = [
        label(lang, k)
        for k in (
            "enc.officer_name",
            "enc.officer_badge",
            "enc.officer_agency",
            "enc.officer_description",
        )
    ]
    rows = [
        [
            o.get("name") or "",
            o.get("badge") or "",
            value_label(lang, "agency", o.get("agency")) if o.get("agency") else "",
            o.get("description") or "",
        ]
        for o in officers
    ]
    return [
        L.Heading(label(lang, "enc.officers"), 2),
        L.grid_table(header, rows, width, (2.2, 1.1, 1.6, 4)),
    ]


def linked_table(view: BundleView, encounter: Record, lang: str, width: float) -> list[Flowable]:
    """The officer and vehicle records the encounter links to, each with the part it played (issue 15)."""
    from casefile.domain.record_types.officers import display_name as officer_name
    from casefile.domain.record_types.vehicles import display_name as vehicle_name

    rows = []
    for link in encounter.get("officer_links") or []:
        officer = view.officers.get(link.get("officer_id")) or {}
        name = officer_name(officer) if officer else str(link.get("officer_id") or "")
        badge = f"#{officer['badge']}" if officer.get("badge") else ""
        agency = value_label(lang, "agency", officer.get("agency")) if officer.get("agency") else ""
        about = ", ".join(p for p in (badge, agency, str(officer.get("unit") or "")) if p)
        role = value_label(lang, "officer_role", link.get("role")) if link.get("role") else ""
        rows.append([name, about, role])
    for link in encounter.get("vehicle_links") or []:
        vehicle = view.vehicles.get(link.get("vehicle_id")) or {}
        name = vehicle_name(vehicle) if vehicle else str(link.get("vehicle_id") or "")
        role = value_label(lang, "vehicle_role", link.get("role")) if link.get("role") else ""
        rows.append([name, str(vehicle.get("markings") or ""), role])
    if not rows:
        return []
    header = [label(lang, k) for k in ("enc.linked_record", "enc.linked_about", "enc.linked_role")]
    return [L.Heading(label(lang, "enc.linked"), 2), L.grid_table(header, rows, width, (3, 3.4, 2.4))]


def narrative(encounter: Record, lang: str) -> list[Flowable]:
    text = str(encounter.get("narrative") or "").strip()
    if not text:
        return []
    st = L.styles()
    # One paragraph per blank-line block so a long account can break across pages.
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return [L.Heading(label(lang, "enc.narrative"), 2)] + [L.p(b, st.body) for b in blocks]


def encounter_section(
    view: BundleView,
    encounter: Record,
    *,
    number: int,
    count: int,
    lang: str,
    width: float,
    level: int = 1,
    heading: str | None = None,
) -> list[Flowable]:
    """Everything recorded about one encounter, under a heading that names no one."""
    caption = encounter_caption(encounter, lang)
    if heading is None:
        heading = label(
            lang,
            "enc.heading",
            n=number,
            m=count,
            when=fmt_datetime(encounter.get("occurred_at")),
            where=encounter_place(encounter) or value_label(lang, "setting", encounter.get("setting")),
        )
    out: list[Flowable] = [
        *L.heading(heading, level, outline=heading if level == 0 else f"{number}. {caption}"),
        encounter_facts(view, encounter, lang, width),
    ]
    out += participants_table(view, encounter, lang, width)
    out += arrest_tables(view, encounter, lang, width)
    out += biometrics_table(view, encounter, lang, width)
    out += officers_table(encounter, lang, width)
    out += linked_table(view, encounter, lang, width)
    out += narrative(encounter, lang)
    out.append(Spacer(1, 6))
    return out


def issues_table(flags: Sequence[Flag], lang: str, width: float) -> Flowable:
    """One row per question: the question, the fact that raised it and, beside it, its authority."""
    rows = [[str(i), f.prompt, f.fact, f.authority] for i, f in enumerate(flags, 1)]
    header = ["#", label(lang, "issues.prompt"), label(lang, "issues.fact"), label(lang, "issues.authority")]
    return L.grid_table(header, rows, width, (0.4, 2.9, 3.0, 2.9), split_rows=False)


def _source_label(view: BundleView, source: str, lang: str) -> tuple[int, str]:
    """Sort rank and column heading for an account source."""
    kind, _, ref = source.partition(":")
    if source == "client":
        return 0, label(lang, "acc.client")
    if kind == "document":
        doc = view.documents.get(ref) or {}
        title = doc.get("title") or ref
        kind_word = doc.get("kind") or label(lang, "acc.document")
        return 1, title if title.startswith(kind_word) else f"{kind_word}: {title}"
    if kind == "person":
        role = label(lang, "acc.client") if ref in view.clients else label(lang, "acc.witness")
        return 2, f"{role}: {view.name(ref)}"
    return 3, source


def _version_text(version: Record, lang: str) -> str:
    text = markup(version.get("statement") or "")
    if version.get("page"):
        page = markup(label(lang, "acc.page", page=version["page"]))
        text += f" <font color='#555555' size='7.5'>({page})</font>"
    return text


def account_comparison(view: BundleView, encounter: Record, lang: str, width: float) -> list[Flowable]:
    """The I-213's own account beside the client's (reports/i213_section.py), then topic × source:
    each source's version and page, disputed rows marked by word and shade."""
    head = i213_comparison(encounter, lang, width)
    points = encounter.get("account_points") or []
    if not points:
        return head
    st = L.styles()
    sources: dict[str, tuple[int, str]] = {}
    for point in points:
        for version in point.get("versions") or []:
            src = str(version.get("source") or "")
            sources.setdefault(src, _source_label(view, src, lang))
    order = sorted(sources, key=lambda s: (sources[s][0], sources[s][1]))
    disputed_word = label(lang, "acc.disputed")
    shaded: list[tuple[Any, ...]] = []
    rows: list[list[L.Cell]] = []

    def topic_cell(point: Record) -> Flowable:
        text = f"<b>{markup(topic_label(lang, point.get('topic')))}</b>"
        if point.get("disputed"):
            text += f"<br/><font color='#8a2a00'><b>{markup(disputed_word)}</b></font>"
        return L.rich(text, st.cell)

    if len(order) <= MAX_MATRIX_SOURCES:
        header = [label(lang, "acc.topic")] + [sources[s][1] for s in order]
        for point in points:
            by_source = {str(v.get("source") or ""): v for v in point.get("versions") or []}
            cells: list[L.Cell] = [topic_cell(point)]
            for src in order:
                version = by_source.get(src)
                cells.append(L.rich(_version_text(version, lang)) if version else label(lang, "acc.not_stated"))
            if point.get("disputed"):
                shaded.append(("BACKGROUND", (0, len(rows) + 1), (-1, len(rows) + 1), L.DISPUTED_BG))
            rows.append(cells)
        shares = [2.2] + [7.0 / len(order)] * len(order)
    else:
        header = [label(lang, "acc.topic"), label(lang, "acc.source"), label(lang, "acc.version")]
        for point in points:
            for j, version in enumerate(point.get("versions") or []):
                src = str(version.get("source") or "")
                first = topic_cell(point) if j == 0 else ""
                if point.get("disputed"):
                    shaded.append(("BACKGROUND", (0, len(rows) + 1), (-1, len(rows) + 1), L.DISPUTED_BG))
                rows.append([first, sources[src][1], L.rich(_version_text(version, lang))])
        shares = [2.2, 2.2, 5.0]
    return [*head, L.grid_table(header, rows, width, shares, extra_style=shaded)]

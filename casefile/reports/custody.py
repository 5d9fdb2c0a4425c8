"""The case summary's first block for a client's custody and court (issue 15): where the client
is, since when, what bond, what hearing comes next, and the final order and motions.

It answers in five minutes what an attorney preparing a bond hearing asks first, from the person's
custody and bond lists (``casefile.domain.record_types.court``) and the hearings in the bundle.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from reportlab.platypus import Flowable

from casefile.domain.deadlines_hearings import next_of, row
from casefile.domain.record_types.court import custody_since
from casefile.domain.record_types.hearings import hearing_day, pending_day
from casefile.reports import layout as L
from casefile.reports.fmt import fmt_date, fmt_datetime
from casefile.reports.fonts import markup
from casefile.reports.i18n import label, value_label

Record = dict[str, Any]


def next_hearing(hearings: list[Record], person_id: str, today: date) -> Record | None:
    """The first hearing still waited for from ``today`` on: one without a result, or one continued
    to a new date (``casefile.domain.deadlines_hearings.next_of``); one held or decided is over."""
    mine = [h for h in hearings if h.get("person_id") == person_id]
    made = next_of(mine, today)
    return next(h for h in mine if h["id"] == made["hearing_id"]) if made else None


def _when(lang: str, h: Record) -> str:
    if not h.get("result"):
        return fmt_datetime(h.get("starts_at"))
    return f"{fmt_date(pending_day(h))} ({label(lang, 'about.hearing_moved', date=fmt_date(hearing_day(h)))})"


def hearing_line(lang: str, h: Record) -> str:
    parts = [value_label(lang, "hearing_type", h.get("hearing_type")), h.get("court"), h.get("judge")]
    if h.get("mode"):
        parts.append(value_label(lang, "hearing_mode", h["mode"]))
    if h.get("interpreter_language"):
        parts.append(label(lang, "custody.interpreter", language=h["interpreter_language"]))
    return f"{_when(lang, h)} — " + ", ".join(str(p) for p in parts if p)


def bond_line(lang: str, b: Record) -> str:
    who = value_label(lang, "bond_by", b.get("by"))
    if b.get("kind") == "redetermination":
        who += f" ({value_label(lang, 'bond_kind', 'redetermination')})"
    if not b.get("outcome"):
        asked = fmt_date(b.get("requested_on")) or label(lang, "not_recorded")
        return f"{asked} — {who}: {label(lang, 'custody.bond_pending')}"
    text = f"{fmt_date(b.get('decided_on'))} — {who}: {value_label(lang, 'bond_outcome', b['outcome'])}"
    if b.get("amount"):
        text += f" ${int(b['amount']):,}"
    if b.get("conditions"):
        text += f"; {b['conditions']}"
    return text


def _lines(items: list[str]) -> L.Cell:
    return L.rich("<br/>".join(f"• {markup(i)}" for i in items))


def _where(lang: str, person: Record) -> tuple[str, str]:
    since = custody_since(person)
    if since is None:
        return value_label(lang, "custody_status", person.get("custody_status")), ""
    facility = next(d["facility"] for d in person.get("detentions") or [] if d["from"] == since and not d.get("to"))
    return facility, fmt_date(since)


def custody_block(lang: str, person: Record, hearings: list[Record], today: date, width: float) -> list[Flowable]:
    """The block, or nothing for a person with no custody, bond or hearing recorded."""
    bonds = sorted(person.get("bond_decisions") or [], key=lambda b: b.get("decided_on") or b.get("requested_on") or "")
    nxt = next_hearing(hearings, str(person.get("id")), today)
    if not (person.get("detentions") or bonds or nxt or person.get("final_order") or person.get("motions")):
        return []
    where, since = _where(lang, person)
    rows: list[tuple[str, L.Cell]] = [(label(lang, "custody.where"), where)]
    if since:
        rows.append((label(lang, "custody.since"), since))
    rows.append(
        (label(lang, "custody.bonds"), _lines([bond_line(lang, b) for b in bonds]) if bonds else label(lang, "none"))
    )
    for key, items in (("custody.release", person.get("release_orders")), ("custody.atd", person.get("atd"))):
        if items:
            rows.append((label(lang, key), _lines([_release_line(lang, x) for x in items])))
    rows.append((label(lang, "glance.next_hearing"), hearing_line(lang, nxt) if nxt else label(lang, "none_f")))
    order = person.get("final_order") or {}
    if order.get("date"):
        kind = value_label(lang, "final_order_type", order.get("type"))
        rows.append((label(lang, "custody.final_order"), f"{fmt_date(order['date'])} — {kind}"))
    if person.get("motions"):
        rows.append((label(lang, "custody.motions"), _lines([_motion_line(lang, m) for m in person["motions"]])))
    return [*L.heading(label(lang, "custody.heading"), 0), L.kv_table(rows, width)]


def _release_line(lang: str, x: Record) -> str:
    if "form" in x:
        return f"{fmt_date(x.get('issued_on'))} — {x['form']}" + (f"; {x['conditions']}" if x.get("conditions") else "")
    end = fmt_date(x.get("to")) or label(lang, "custody.ongoing")
    return f"{fmt_date(x.get('from'))} – {end} — {x['program']}" + (
        f"; {x['conditions']}" if x.get("conditions") else ""
    )


def _motion_line(lang: str, m: Record) -> str:
    text = f"{fmt_date(m.get('filed_on'))} — {value_label(lang, 'motion_type', m.get('type'))}"
    if m.get("result"):
        text += f": {value_label(lang, 'motion_result', m['result'])}"
    if m.get("decided_on"):
        text += f" ({fmt_date(m['decided_on'])})"
    return text


def custody_section(case: Any, width: float) -> list[Flowable]:
    """The block as the case summary's first section (``case`` is the summary's ``_Case``)."""
    hearings = case.view.bundle.get("hearings") or []
    return custody_block(case.lang, case.person, hearings, case.options.today, width)


def glance_next_hearing(case: Any, stored: list[Record], line: Callable[[Record, str], str]) -> str:
    """ "At a glance"'s next hearing: the next hearing record, or a typed hearing deadline
    (``stored``, worded by ``line``) when one comes first."""
    lang = case.lang
    nxt = next_hearing(case.view.bundle.get("hearings") or [], case.person_id, case.options.today)
    due = str((row(nxt) or {}).get("due")) if nxt is not None else ""
    if nxt is not None and (not stored or due[:16] <= str(stored[0].get("due"))[:16]):
        return hearing_line(lang, nxt)
    return line(stored[0], lang) if stored else label(lang, "none_f")  # la audiencia

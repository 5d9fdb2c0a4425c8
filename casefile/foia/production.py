"""The production log: what an agency released for a request, page by page, totalled like a Vaughn index.

A production is a record (``foia_productions``): the request it answers, the day it was received,
the PDF kept in the vault (a document), the Bates range given on receipt, and ``segments`` — runs
of consecutive pages with one status (released in full, in part, withheld in full, referred) and
the exemptions claimed on them (5 U.S.C. 552(b)(1)-(9)). Segments cover every page exactly once,
so the totals always equal the pages. A Vaughn index (Vaughn v. Rosen, 484 F.2d 820 (D.C. Cir.
1973)) lists each withholding with its justification; this log gives the facts such an index is
checked against: which pages, which exemptions, how many.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from casefile.errors import ValidationError
from casefile.foia.exemptions import EXEMPTIONS, STATUSES, PageProposal

STATUS_WORDS = {
    "full": "released in full",
    "part": "released in part",
    "withheld": "withheld in full",
    "referred": "referred to another agency",
}
BATES_DIGITS = 6


def bates(prefix: str, number: int) -> str:
    """``ICE-000123``: the prefix, then the number zero-padded to six digits."""
    return f"{prefix}-{number:0{BATES_DIGITS}d}" if prefix else f"{number:0{BATES_DIGITS}d}"


def segments_from(pages: Iterable[PageProposal]) -> list[dict[str, Any]]:
    """Consecutive pages with the same status and exemptions, as the log stores them."""
    out: list[dict[str, Any]] = []
    for p in pages:
        last = out[-1] if out else None
        if last and last["status"] == p.status and tuple(last["exemptions"]) == p.exemptions:
            last["last_page"] = p.page
        else:
            out.append(
                {"first_page": p.page, "last_page": p.page, "status": p.status, "exemptions": list(p.exemptions)}
            )
    return out


def check_segments(record: dict[str, Any], where: str) -> None:
    """Segments cover pages 1..page_count once each, with known statuses and exemptions."""
    count = record.get("page_count") or 0
    expected = 1
    for i, seg in enumerate(record.get("segments") or []):
        at = f"segments[{i}]"
        first, last = seg.get("first_page"), seg.get("last_page")
        if first != expected or not isinstance(last, int) or last < first:
            raise ValidationError(
                f"{at}: pages must run on from page {expected} without gaps or overlaps (found {first}-{last})",
                where=where,
                field=at,
            )
        if seg.get("status") not in STATUSES:
            raise ValidationError(f"{at}: status must be one of {', '.join(STATUSES)}", where=where, field=at)
        unknown = [e for e in seg.get("exemptions") or [] if e not in EXEMPTIONS]
        if unknown:
            raise ValidationError(
                f"{at}: {', '.join(unknown)} is not a FOIA exemption; write them as (b)(6), (b)(7)(C)…",
                where=where,
                field=at,
            )
        expected = last + 1
    if expected - 1 != count:
        raise ValidationError(
            f"the segments cover {expected - 1} pages but the production has {count}", where=where, field="segments"
        )


@dataclass
class Totals:
    """Pages by status and by exemption, over one production or all of a request's."""

    pages: int = 0
    by_status: Counter[str] = field(default_factory=Counter)
    by_exemption: Counter[str] = field(default_factory=Counter)  # pages on which each is claimed
    productions: int = 0
    bates_ranges: list[str] = field(default_factory=list)

    def add(self, production: dict[str, Any]) -> None:
        self.productions += 1
        self.pages += int(production.get("page_count") or 0)
        for seg in production.get("segments") or []:
            n = seg["last_page"] - seg["first_page"] + 1
            self.by_status[seg["status"]] += n
            for e in seg.get("exemptions") or []:
                self.by_exemption[e] += n
        first, last = bates_range(production)
        if first:
            self.bates_ranges.append(f"{first} – {last}")

    def withheld_pages(self) -> int:
        return self.by_status["part"] + self.by_status["withheld"]

    def as_json(self) -> dict[str, Any]:
        return {
            "productions": self.productions,
            "pages": self.pages,
            **{f"pages_{s}": self.by_status[s] for s in STATUSES},
            "exemptions": {e: self.by_exemption[e] for e in EXEMPTIONS if self.by_exemption[e]},
            "bates": list(self.bates_ranges),
        }


def bates_range(production: dict[str, Any]) -> tuple[str, str]:
    start, count = production.get("bates_start"), int(production.get("page_count") or 0)
    if not isinstance(start, int) or count < 1:
        return "", ""
    prefix = str(production.get("bates_prefix") or "")
    return bates(prefix, start), bates(prefix, start + count - 1)


def totals(productions: Iterable[dict[str, Any]]) -> Totals:
    out = Totals()
    for production in productions:
        out.add(production)
    return out


def receipt_order(production: dict[str, Any]) -> tuple[str, str]:
    """Productions in the order they came: by the day received, then by when each was entered (a
    stable sort keeps the vault's order of entry for two entered in the same second)."""
    return (str(production.get("received_on") or ""), str(production.get("created_at") or ""))


def index_rows(productions: Iterable[dict[str, Any]]) -> list[tuple[str, str, str, str, str]]:
    """Vaughn-style rows: received, Bates range of the segment, pages, status, exemptions claimed."""
    rows = []
    for prod in sorted(productions, key=receipt_order):
        prefix, start = str(prod.get("bates_prefix") or ""), prod.get("bates_start")
        for seg in prod.get("segments") or []:
            span = (
                f"{seg['first_page']}-{seg['last_page']}"
                if seg["last_page"] > seg["first_page"]
                else str(seg["first_page"])
            )
            where = ""
            if isinstance(start, int):
                where = bates(prefix, start + seg["first_page"] - 1)
                if seg["last_page"] > seg["first_page"]:
                    where += f" – {bates(prefix, start + seg['last_page'] - 1)}"
            rows.append(
                (
                    str(prod.get("received_on") or ""),
                    where,
                    span,
                    STATUS_WORDS[seg["status"]],
                    ", ".join(seg.get("exemptions") or []) or "—",
                )
            )
    return rows


def withheld_sentence(t: Totals, agency: str = "The agency") -> str:
    """One sentence of what was withheld, for an appeal or a chronology."""
    claimed = "; ".join(f"{e} on {n} page{'s' if n != 1 else ''}" for e, n in sorted(t.by_exemption.items()))
    text = (
        f"{agency} produced {t.pages} page{'s' if t.pages != 1 else ''} in {t.productions} production"
        f"{'s' if t.productions != 1 else ''}: {t.by_status['full']} released in full, {t.by_status['part']} "
        f"released in part, {t.by_status['withheld']} withheld in full and {t.by_status['referred']} referred "
        "to another agency"
    )
    return text + (f", claiming {claimed}." if claimed else ".")


def production_summary(bundle: dict[str, Any], foia_id: str, lang: str) -> str:
    """The case summary's line on a request's productions (report markup), or '' when none came."""
    from casefile.reports.fonts import markup
    from casefile.reports.i18n import label

    found = [p for p in bundle.get("foia_productions") or [] if p.get("foia_id") == foia_id]
    if not found:
        return ""
    t = totals(found)
    parts = [
        label(
            lang,
            "foia.productions",
            pages=t.pages,
            count=t.productions,
            full=t.by_status["full"],
            part=t.by_status["part"],
            withheld=t.by_status["withheld"],
            referred=t.by_status["referred"],
        )
    ]
    if t.by_exemption:
        claimed = ", ".join(f"{e} {n}" for e, n in sorted(t.by_exemption.items()))
        parts.append(label(lang, "foia.exemptions", claimed=claimed))
    if t.bates_ranges:
        parts.append(label(lang, "foia.bates", ranges="; ".join(t.bates_ranges)))
    if any(p.get("proposed") for p in found):
        parts.append(label(lang, "foia.proposed"))
    return f"<b>{markup(parts[0])}</b><br/>" + markup(" · ".join(parts[1:]))


def marked(record: dict[str, Any], first: int, last: int, status: str, exemptions: Iterable[str]) -> dict[str, Any]:
    """A copy of ``record`` with pages ``first``..``last`` set to ``status`` and ``exemptions``."""
    count = int(record.get("page_count") or 0)
    if not 1 <= first <= last <= count:
        raise ValidationError(f"pages {first}-{last} are not within the production's {count} pages", field="pages")
    if status not in STATUSES:
        raise ValidationError(f"status must be one of {', '.join(STATUSES)}", field="status")
    claimed = tuple(e for e in EXEMPTIONS if e in set(exemptions))
    unknown = sorted(set(exemptions) - set(EXEMPTIONS))
    if unknown:
        raise ValidationError(
            f"{', '.join(unknown)} is not a FOIA exemption; write them as (b)(6), (b)(7)(C)…", field="exemptions"
        )
    pages = [
        PageProposal(n, seg["status"], tuple(seg.get("exemptions") or ()))
        for seg in record.get("segments") or []
        for n in range(seg["first_page"], seg["last_page"] + 1)
    ]
    pages = [PageProposal(p.page, status, claimed) if first <= p.page <= last else p for p in pages]
    return {**record, "segments": segments_from(pages)}

"""Figures on the reports: a client's case summary and the pattern report over every encounter.

Both are timed end to end as the app runs them: gather the data from the vault
(``casefile.services.bundle``), then build the PDF (``casefile.reports``).
"""

from __future__ import annotations

import io
import statistics
from typing import Any

from benchmarks.results import FAILED, Figure, Target
from benchmarks.timing import clock, spread
from casefile.reports.context import ReportOptions
from casefile.services.bundle import person_bundle
from casefile.services.pattern_counts import pattern_stats
from casefile.vault.db import Vault


def _pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def case_summary_figure(vault: Vault, person_id: str, runs: int) -> Figure:
    fig = Figure("case_summary", "case summary PDF (client with 50 encounters, 200 documents)", "s",
                 Target("<=", 1.0, "value", "≤ 1 s"))
    try:
        from casefile.reports.summary import build_case_summary
    except ImportError as exc:
        fig.note = f"reports not available ({exc.name})"
        return fig
    totals, gathers, builds = [], [], []
    pdf, bundle = b"", {}
    for _ in range(runs):
        start = clock()
        bundle = person_bundle(vault, person_id)
        gathered = clock()
        pdf = build_case_summary(bundle, person_id, ReportOptions(generated_by="benchmark"))
        done = clock()
        totals.append(done - start)
        gathers.append(gathered - start)
        builds.append(done - gathered)
    person = next((p for p in bundle.get("people", []) if p.get("id") == person_id), {})
    own = [e for e in bundle.get("encounters", [])
           if any(p.get("person_id") == person_id for p in e.get("participants") or [])]
    fig.value = statistics.median(totals)
    fig.detail = {
        "total_s": spread(totals), "bundle_s": spread(gathers), "pdf_s": spread(builds),
        "encounters": len(own), "documents": len(bundle.get("documents", [])),
        "notes": len(bundle.get("notes", [])), "pages": _pages(pdf), "pdf_bytes": len(pdf),
        "person": person_id, "is_client": bool(person.get("is_client")),
    }
    return fig.judge()


def pattern_figure(vault: Vault, runs: int) -> Figure:
    fig = Figure("pattern_report", "pattern report over all encounters", "s", Target("<=", 5.0, "value", "≤ 5 s"))
    try:
        from casefile.reports.pattern import build_pattern_report
    except ImportError as exc:
        fig.note = f"reports not available ({exc.name})"
        return fig
    totals, gathers, builds = [], [], []
    stats: Any = None
    pdf = b""
    for _ in range(runs):
        start = clock()
        stats = pattern_stats(vault)
        gathered = clock()
        pdf = build_pattern_report(stats, ReportOptions(generated_by="benchmark"))
        done = clock()
        totals.append(done - start)
        gathers.append(gathered - start)
        builds.append(done - gathered)
    if stats is None:
        fig.verdict = FAILED
        return fig
    fig.value = statistics.median(totals)
    fig.detail = {"total_s": spread(totals), "aggregate_s": spread(gathers), "pdf_s": spread(builds),
                  "encounters": stats.encounters, "pages": _pages(pdf)}
    return fig.judge()

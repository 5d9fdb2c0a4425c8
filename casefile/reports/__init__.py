"""PDF reports: the case summary, the encounter report and the anonymised pattern report.

Data in (an interchange bundle as the export service produces it), PDF bytes out. Nothing here
touches the vault, the disk or Qt: the CLI and the UI decide where the bytes go. Which reports
exist, and what each asks for, is in :mod:`casefile.reports.registry`.

The names below are loaded when first used (PEP 562): importing the registry or the options
(``casefile.reports.context``) must not import ReportLab, which the CLI's ``--help`` and the
app's start never need.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "Flag": "casefile.reports.issues",
    "case_flags": "casefile.reports.issues",
    "encounter_flags": "casefile.reports.issues",
    "PatternStats": "casefile.reports.pattern",
    "aggregate": "casefile.reports.pattern",
    "build_pattern_report": "casefile.reports.pattern",
    "stats_to_csv": "casefile.reports.pattern",
    "ReportOptions": "casefile.reports.context",
    "build_encounter_report": "casefile.reports.encounter",
    "protect_pdf": "casefile.reports.protect",
    "redact_bundle": "casefile.reports.redact",
    "build_case_summary": "casefile.reports.summary",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'casefile.reports' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)

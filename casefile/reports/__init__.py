"""PDF reports: the case summary, the encounter report and the anonymised pattern report.

Data in (an interchange bundle as the export service produces it), PDF bytes out. Nothing here
touches the vault, the disk or Qt: the CLI and the UI decide where the bytes go.
"""

from casefile.reports.context import ReportOptions
from casefile.reports.encounter import build_encounter_report
from casefile.reports.issues import Flag, case_flags, encounter_flags
from casefile.reports.pattern import PatternStats, aggregate, build_pattern_report, stats_to_csv
from casefile.reports.protect import protect_pdf
from casefile.reports.redact import redact_bundle
from casefile.reports.summary import build_case_summary

__all__ = [
    "Flag",
    "PatternStats",
    "ReportOptions",
    "aggregate",
    "build_case_summary",
    "build_encounter_report",
    "build_pattern_report",
    "case_flags",
    "encounter_flags",
    "protect_pdf",
    "redact_bundle",
    "stats_to_csv",
]

"""The reports Casefile ships, registered: case summary, encounter report, pattern report.

Each build function gathers its data from the :class:`~casefile.reports.registry.ReportSource`
and hands it to its builder, imported here only when a report is built (ReportLab is slow to
import). To add a report: write its builder module, register it below, and test it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from casefile.errors import CasefileError
from casefile.reports.registry import Built, Progress, ReportRequest, ReportSource, ReportSpec, register

if TYPE_CHECKING:
    from casefile.reports.context import ReportOptions
    from casefile.reports.redact import Review


def for_redaction(
    source: ReportSource, bundle: dict[str, Any], options: ReportOptions, review: Review | None, listed: bool
) -> dict[str, Any]:
    """The bundle with every vault name attached for a redacted build (and, with ``listed``, the
    words that would be listed for review); ``review`` filled from it."""
    if not options.redact:
        return bundle
    from casefile.reports.redact import listed_words, redact_bundle

    bundle["known_names"] = source.known_names()
    if listed:
        bundle["known_names"] += listed_words(bundle, options.lang)
    if review is not None:
        redact_bundle(bundle, lang=options.lang, review=review)  # the builder redacts its own copy
    return bundle


def _summary(
    source: ReportSource, request: ReportRequest, options: ReportOptions, progress: Progress | None, review: Any
) -> Built:
    if not request.person_id:
        raise CasefileError("Say which client the summary is for (--person ID).")
    from casefile.reports.summary import build_case_summary

    bundle = for_redaction(source, source.person_bundle(request.person_id), options, review, request.redact_listed)
    pdf = build_case_summary(bundle, request.person_id, options, progress)
    return Built(pdf, subject_type="person", subject_id=request.person_id)


def _encounter(
    source: ReportSource, request: ReportRequest, options: ReportOptions, progress: Progress | None, review: Any
) -> Built:
    if not request.encounter_id:
        raise CasefileError("Say which encounter to report on (--encounter ID).")
    from casefile.reports.encounter import build_encounter_report

    bundle = source.encounter_bundle(request.encounter_id)
    bundle = for_redaction(source, bundle, options, review, request.redact_listed)
    pdf = build_encounter_report(bundle, request.encounter_id, options, progress)
    return Built(pdf, subject_type="encounter", subject_id=request.encounter_id)


def _pattern(
    source: ReportSource, request: ReportRequest, options: ReportOptions, progress: Progress | None, _review: Any
) -> Built:
    from casefile.reports.pattern import build_pattern_report, stats_to_csv

    if progress:
        progress(5, "Counting encounters")
    first, last = request.date_from, request.date_to
    stats = source.pattern_stats(first, last)
    pdf = build_pattern_report(stats, options, date_from=first, date_to=last)
    return Built(pdf, csv=stats_to_csv(stats))


SUMMARY = register(
    ReportSpec(
        name="summary",
        title_key="report.summary",
        help="the attorney case summary for one client",
        file_stem="case-summary",
        build=_summary,
        options=("person", "redact", "protect"),
        required=("person",),
        samples=("en", "es", "redacted"),
    )
)
ENCOUNTER = register(
    ReportSpec(
        name="encounter",
        title_key="report.encounter",
        help="one encounter and everyone in it",
        file_stem="encounter-report",
        build=_encounter,
        options=("encounter", "redact", "protect"),
        required=("encounter",),
    )
)
PATTERN = register(
    ReportSpec(
        name="pattern",
        title_key="report.pattern",
        help="anonymised pattern report across all encounters",
        file_stem="pattern-report",
        build=_pattern,
        options=("period", "protect", "csv"),
    )
)


def _intake(
    source: ReportSource, request: ReportRequest, options: ReportOptions, progress: Progress | None, _review: Any
) -> Built:
    if not request.person_id:
        raise CasefileError("Say which client the intake checklist is for (--person ID).")
    from casefile.reports.intake import build_intake_checklist

    pdf = build_intake_checklist(source.person_bundle(request.person_id), request.person_id, options)
    return Built(pdf, subject_type="person", subject_id=request.person_id)


INTAKE = register(
    ReportSpec(
        name="intake",
        title_key="report.intake",
        help="the intake checklist of a new client, in the client's language (issue 15)",
        file_stem="intake-checklist",
        build=_intake,
        options=("person", "protect"),
        required=("person",),
    )
)

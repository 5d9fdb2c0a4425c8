"""Reports from the vault: gather the bundle, build the PDF in memory, log it, save on request.

The builders in ``casefile.reports`` take data, not a vault; this module is the only place that
joins the two, for the CLI and the app's Reports section alike.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casefile.errors import CasefileError
from casefile.services.bundle import encounter_bundle, iter_pattern_inputs, person_bundle
from casefile.vault.db import Vault
from casefile.vault.fsutil import atomic_write

if TYPE_CHECKING:
    from casefile.reports.redact import Review

REPORTS = ("summary", "encounter", "pattern")
Progress = Callable[[int, str], None]


def build_report(
    vault: Vault,
    which: str,
    *,
    person_id: str | None = None,
    encounter_id: str | None = None,
    lang: str = "en",
    paper: str = "letter",
    redact: bool = False,
    date_from: date | None = None,
    date_to: date | None = None,
    progress: Progress | None = None,
    review: Review | None = None,
    redact_listed: bool = False,
) -> tuple[bytes, str | None]:
    """PDF bytes (and, for the pattern report, its CSV). Logged in the audit trail.

    A redacted summary or encounter report is redacted against every name in the vault, and
    fills ``review``, when given, with what was removed and the words left for a person to check;
    ``redact_listed`` writes those words as initials too.
    """
    from casefile.reports.context import ReportOptions

    options = ReportOptions(lang=lang, paper=paper, redact=redact, generated_by=vault.user)
    csv_text: str | None = None
    if which == "summary":
        if not person_id:
            raise CasefileError("Say which client the summary is for (--person ID).")
        from casefile.reports.summary import build_case_summary

        bundle = _for_redaction(vault, person_bundle(vault, person_id), options, review, redact_listed)
        pdf = build_case_summary(bundle, person_id, options, progress)
        target = person_id
    elif which == "encounter":
        if not encounter_id:
            raise CasefileError("Say which encounter to report on (--encounter ID).")
        from casefile.reports.encounter import build_encounter_report

        bundle = _for_redaction(vault, encounter_bundle(vault, encounter_id), options, review, redact_listed)
        pdf = build_encounter_report(bundle, encounter_id, options, progress)
        target = encounter_id
    elif which == "pattern":
        from casefile.reports.pattern import aggregate, build_pattern_report, stats_to_csv

        if progress:
            progress(5, "Counting encounters")
        stats = aggregate(
            iter_pattern_inputs(vault, date_from=date_from, date_to=date_to), date_from=date_from, date_to=date_to
        )
        pdf = build_pattern_report(stats, options, date_from=date_from, date_to=date_to)
        csv_text = stats_to_csv(stats)
        target = ""
    else:
        raise CasefileError(f"There is no '{which}' report; choose one of {', '.join(REPORTS)}.")
    detail = json.dumps({"report": which, "redacted": redact, "lang": lang})
    vault.audit(
        "report", "person" if which == "summary" else "encounter" if which == "encounter" else "", target, detail
    )
    return pdf, csv_text


def _for_redaction(
    vault: Vault, bundle: dict[str, Any], options: Any, review: Review | None, listed_too: bool = False
) -> dict[str, Any]:
    """The bundle with every vault name attached for a redacted build (and, with ``listed_too``,
    the words that would be listed for review); ``review`` filled from it."""
    if not options.redact:
        return bundle
    from casefile.reports.redact import listed_words, redact_bundle
    from casefile.services.redaction import known_names

    bundle["known_names"] = known_names(vault.connection())
    if listed_too:
        bundle["known_names"] += listed_words(bundle, options.lang)
    if review is not None:
        redact_bundle(bundle, lang=options.lang, review=review)  # the builder redacts its own copy
    return bundle


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    with contextlib.suppress(Exception):
        return len(PdfReader(io.BytesIO(pdf)).pages)
    return 0


def write_report(
    vault: Vault,
    which: str,
    out: Path,
    *,
    protect_with: str | None = None,
    csv_path: Path | None = None,
    **kwargs: object,
) -> int:
    """Build a report and save it to ``out`` (an explicit request); returns its page count."""
    if protect_with is not None:
        from casefile.reports.protect import require_protection_strength

        require_protection_strength(protect_with)  # before any work, and before the audit entry
    pdf, csv_text = build_report(vault, which, **kwargs)  # type: ignore[arg-type]
    pages = page_count(pdf)
    if protect_with:
        from casefile.reports.protect import protect_pdf

        pdf = protect_pdf(pdf, protect_with)
    out = Path(out)
    if out.parent and not out.parent.exists():
        raise CasefileError(f"The folder {out.parent} does not exist.")
    atomic_write(out, pdf)
    if csv_path is not None:
        if csv_text is None:
            raise CasefileError("Only the pattern report has a CSV version.")
        atomic_write(Path(csv_path), csv_text.encode("utf-8"))
    return pages

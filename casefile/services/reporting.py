"""Reports from the vault: gather the data, build the PDF in memory, log it, save on request.

The builders in ``casefile.reports`` take data, not a vault, and ``casefile.reports.registry``
says which reports exist; this module is the only place that joins them to the vault, for the
CLI, the app's Reports section and the sample scripts alike. :func:`build` may run on a worker
thread (it uses only that thread's connection); :func:`save_pdf` and :func:`save_csv` are how
every front end writes a report to disk.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casefile.errors import CasefileError
from casefile.reports.registry import Built, ReportRequest, get
from casefile.vault.db import Vault
from casefile.vault.fsutil import private_output

if TYPE_CHECKING:
    from casefile.reports.pattern import PatternStats
    from casefile.reports.redact import Review

Progress = Callable[[int, str], None]


class VaultSource:
    """A report's data read from an unlocked vault (see ``registry.ReportSource``)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.user = vault.user

    def person_bundle(self, person_id: str) -> dict[str, Any]:
        from casefile.services.bundle import person_bundle

        return person_bundle(self.vault, person_id)

    def encounter_bundle(self, encounter_id: str) -> dict[str, Any]:
        from casefile.services.bundle import encounter_bundle

        return encounter_bundle(self.vault, encounter_id)

    def pattern_stats(self, date_from: date | None, date_to: date | None) -> PatternStats:
        from casefile.services.pattern_counts import pattern_stats

        return pattern_stats(self.vault, date_from=date_from, date_to=date_to)

    def known_names(self) -> list[str]:
        from casefile.services.redaction import known_names

        return known_names(self.vault.connection())


def build(
    vault: Vault, request: ReportRequest, *, progress: Progress | None = None, review: Review | None = None
) -> Built:
    """Build the registered report ``request.which`` from the vault; logged in the audit trail.

    A redacted report is redacted against every name in the vault, and fills ``review``, when
    given, with what was removed and the words left for a person to check.
    """
    from casefile.reports.context import ReportOptions

    spec = get(request.which)
    options = ReportOptions(lang=request.lang, paper=request.paper, redact=request.redact, generated_by=vault.user)
    built = spec.build(VaultSource(vault), request, options, progress, review)
    detail = json.dumps({"report": spec.name, "redacted": request.redact, "lang": request.lang})
    vault.audit("report", built.subject_type, built.subject_id, detail)
    return built


_REQUEST_FIELDS = {f.name for f in fields(ReportRequest)} - {"which"}


def build_report(
    vault: Vault,
    which: str,
    *,
    progress: Progress | None = None,
    review: Review | None = None,
    **options: Any,
) -> tuple[bytes, str | None]:
    """PDF bytes and, for a report with numbers, its CSV: :func:`build` with keyword options
    (``person_id``, ``encounter_id``, ``lang``, ``paper``, ``redact``, ``date_from``, ``date_to``,
    ``redact_listed``)."""
    unknown = set(options) - _REQUEST_FIELDS
    if unknown:
        raise TypeError(f"build_report() got unknown options {sorted(unknown)}")
    built = build(vault, ReportRequest(which, **options), progress=progress, review=review)
    return built.pdf, built.csv


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    with contextlib.suppress(Exception):
        return len(PdfReader(io.BytesIO(pdf)).pages)
    return 0


def _save(path: Path, data: bytes) -> None:
    """Write a report file (0600, atomically, see fsutil) where the user asked; errors they can act on."""
    path = Path(path)
    if not path.parent.is_dir():
        raise CasefileError(f"The folder {path.parent} does not exist.")
    try:
        with private_output(path) as out:
            out.write(data)
    except PermissionError:
        raise CasefileError(f"Casefile may not write to {path.parent}. Choose another folder.") from None
    except OSError as exc:  # a full disk arrives as DiskFull (a CasefileError) and passes through
        raise CasefileError(
            f"{path.name} could not be saved ({exc.strerror or exc}). Choose another folder or try again."
        ) from None


def check_protection(passphrase: str | None) -> None:
    """Refuse a weak PDF passphrase before any work (and before the audit entry)."""
    if passphrase is not None:
        from casefile.reports.protect import require_protection_strength

        require_protection_strength(passphrase)


def save_pdf(path: Path, pdf: bytes, *, protect_with: str | None = None) -> Path:
    """Save a built report to ``path``, encrypted (AES-256) when ``protect_with`` is given."""
    if protect_with:
        from casefile.reports.protect import protect_pdf

        pdf = protect_pdf(pdf, protect_with)  # refuses a weak passphrase itself
    _save(path, pdf)
    return path


def save_csv(path: Path, csv_text: str) -> Path:
    """Save a report's numbers as CSV (UTF-8) to ``path``."""
    _save(path, csv_text.encode("utf-8"))
    return path


def write_report(
    vault: Vault,
    request: ReportRequest,
    out: Path,
    *,
    protect_with: str | None = None,
    csv_path: Path | None = None,
    review: Review | None = None,
) -> int:
    """Build a report and save it to ``out`` (and its numbers to ``csv_path``); returns its page count."""
    check_protection(protect_with)
    if csv_path is not None and not get(request.which).takes("csv"):
        raise CasefileError(f"The {request.which} report has no CSV version.")
    out = Path(out)
    if not out.parent.is_dir():  # before the work, as well as when saving
        raise CasefileError(f"The folder {out.parent} does not exist.")
    built = build(vault, request, review=review)
    save_pdf(out, built.pdf, protect_with=protect_with)
    if csv_path is not None and built.csv is not None:
        save_csv(Path(csv_path), built.csv)
    return page_count(built.pdf)

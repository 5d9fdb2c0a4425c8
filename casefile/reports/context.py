"""Options every report builder takes: language, paper, redaction and who/when generated it.

Kept separate from the builders so the CLI and the UI can construct one without importing
ReportLab. ``generated_at`` and ``today`` are explicit so a report (and its tests) can be rebuilt
for a fixed moment; they default to now.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from casefile import catalogue
from casefile.errors import ValidationError

PAPERS = ("letter", "a4")


def _now() -> datetime:
    return datetime.now().astimezone()


@dataclass(frozen=True)
class ReportOptions:
    """How to render a report; the data to render comes separately as a bundle."""

    lang: str = "en"
    paper: str = "letter"  # or "a4"
    redact: bool = False
    generated_by: str = ""
    generated_at: datetime = field(default_factory=_now)
    today: date = field(default_factory=date.today)

    def __post_init__(self) -> None:
        # Checked here so a bad value from the CLI or settings fails before any work starts.
        if self.lang not in catalogue.languages():
            raise ValidationError(
                f"report language must be one of {', '.join(catalogue.languages())}, not {self.lang!r}",
                field="lang",
                key="report_lang",
            )
        if self.paper not in PAPERS:
            raise ValidationError(
                f"paper size must be one of {', '.join(PAPERS)}, not {self.paper!r}",
                field="paper",
                key="report_paper",
            )

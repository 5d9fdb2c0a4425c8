"""The registry of reports: what each report is called, what it asks for and how it is built.

Each report registers one :class:`ReportSpec` (in ``casefile.reports.builtin`` for the three
that ship); the CLI (``casefile report``), the app's Reports section and the sample scripts list
what is registered instead of naming reports. A spec declares the options it takes from a small
fixed vocabulary (:data:`OPTIONS`) that every front end knows how to ask for, so a new report is
one builder, one registration and its test.

A build function gets a :class:`ReportSource` (the data, behind a narrow protocol: the service
gives one over a vault, the sample script one over a bundle file), the :class:`ReportRequest` and
the :class:`ReportOptions`, and returns :class:`Built`. Declarations import nothing heavy: the
builders (ReportLab) are imported when a report is built, so listing reports costs the CLI's
start-up nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from casefile.errors import CasefileError

if TYPE_CHECKING:
    from casefile.reports.context import ReportOptions
    from casefile.reports.pattern import PatternStats
    from casefile.reports.redact import Review

# What a report may ask for besides language and paper (which every report takes):
OPTIONS = (
    "person",  # one client: the CLI's --person, the app's client picker
    "encounter",  # one encounter: --encounter, the encounter picker
    "period",  # first and last day, both optional: --from/--to, two date fields
    "redact",  # a redacted variant (and the review of what it removed): --redact, --redact-listed
    "protect",  # the saved PDF encrypted with a passphrase: --protect
    "csv",  # the numbers as CSV beside the PDF: --csv, "Save CSV…"
)
SAMPLE_VARIANTS = ("en", "es", "redacted")

Progress = Callable[[int, str], None]


class ReportSource(Protocol):
    """The data a report may read. Every method returns interchange-shaped dicts (see
    ``casefile.services.bundle``); a report that needs other data adds a method here and to the
    two sources."""

    user: str

    def person_bundle(self, person_id: str) -> dict[str, Any]: ...

    def encounter_bundle(self, encounter_id: str) -> dict[str, Any]: ...

    def pattern_stats(self, date_from: date | None, date_to: date | None) -> PatternStats:
        """The pattern report's counts over the encounters dated within the period (None: no bound)."""

    def known_names(self) -> list[str]: ...


class BundleSource:
    """A report's data from one interchange bundle already in memory (a file, a test): every
    person and encounter lookup gets the whole bundle, and ``pattern`` (default: the bundle's own
    encounters) is what the pattern report counts."""

    def __init__(
        self, bundle: dict[str, Any], *, pattern: Iterable[dict[str, Any]] | None = None, user: str = ""
    ) -> None:
        self.bundle = bundle
        self.pattern = list(bundle.get("encounters") or []) if pattern is None else list(pattern)
        self.user = user

    def person_bundle(self, person_id: str) -> dict[str, Any]:
        return self.bundle

    def encounter_bundle(self, encounter_id: str) -> dict[str, Any]:
        return self.bundle

    def pattern_stats(self, date_from: date | None, date_to: date | None) -> PatternStats:
        from casefile.reports.pattern import aggregate

        return aggregate(self.pattern, date_from=date_from, date_to=date_to)

    def known_names(self) -> list[str]:
        names = []
        for person in self.bundle.get("people") or []:
            names.append(str(person.get("full_name") or ""))
            names.extend(a for a in person.get("aliases") or [] if isinstance(a, str))
        return names


@dataclass(frozen=True)
class ReportRequest:
    """What one build was asked for: the report's name and the options it takes (others stay unset)."""

    which: str
    person_id: str | None = None
    encounter_id: str | None = None
    lang: str = "en"
    paper: str = "letter"
    redact: bool = False
    date_from: date | None = None
    date_to: date | None = None
    redact_listed: bool = False  # the words listed for review written as initials too


@dataclass(frozen=True)
class Built:
    """A built report: the PDF, its CSV when it has one, and what the audit entry names."""

    pdf: bytes
    csv: str | None = None
    subject_type: str = ""  # "person", "encounter" or "" (a report about no one record)
    subject_id: str = ""


BuildFn = Callable[["ReportSource", ReportRequest, "ReportOptions", "Progress | None", "Review | None"], Built]


@dataclass(frozen=True)
class ReportSpec:
    """One report as every front end sees it."""

    name: str  # the machine name: `casefile report NAME`, the audit entry, saved settings
    title_key: str  # the report's title in the report catalogue (casefile.reports.i18n)
    help: str  # one line for `casefile report --help` (English, like the rest of the CLI)
    file_stem: str  # a saved file's name before its options and date; never a person's name
    build: BuildFn
    options: tuple[str, ...] = ()
    # Which sample PDFs the sample scripts render: "en", "es", "redacted".
    samples: tuple[str, ...] = ("en",)
    required: tuple[str, ...] = field(default=())  # options a build cannot go without

    def __post_init__(self) -> None:
        unknown = [o for o in (*self.options, *self.required) if o not in OPTIONS]
        if unknown:
            raise ValueError(f"report {self.name!r} asks for unknown options {unknown}; known: {OPTIONS}")
        if not set(self.required) <= set(self.options):
            raise ValueError(f"report {self.name!r} requires options it does not take")
        if not set(self.samples) <= set(SAMPLE_VARIANTS):
            raise ValueError(f"report {self.name!r}: samples must be among {SAMPLE_VARIANTS}")

    def takes(self, option: str) -> bool:
        return option in self.options

    def title(self, lang: str = "en") -> str:
        from casefile.reports.i18n import label

        return label(lang, self.title_key)

    def file_name(self, request: ReportRequest, day: date, suffix: str = "pdf") -> str:
        # No names in file names: a saved file's name shows up in folders, recent lists and backups.
        parts = [self.file_stem, "redacted" if request.redact else "", "" if request.lang == "en" else request.lang]
        return "-".join(p for p in (*parts, day.isoformat()) if p) + f".{suffix}"


_REGISTRY: dict[str, ReportSpec] = {}


def register(spec: ReportSpec) -> ReportSpec:
    """Add a report (its name must be new); returns the spec so a module can keep it."""
    if spec.name in _REGISTRY:
        raise ValueError(f"a report named {spec.name!r} is registered already")
    _REGISTRY[spec.name] = spec
    return spec


def _load_builtin() -> None:
    from casefile.reports import builtin  # noqa: F401  (importing it registers the reports)


def registered() -> list[ReportSpec]:
    """Every report, in the order they were registered (the order menus and help list them)."""
    _load_builtin()
    return list(_REGISTRY.values())


def names() -> list[str]:
    return [spec.name for spec in registered()]


def get(name: str) -> ReportSpec:
    """The report called ``name``; a :class:`CasefileError` that lists the others if there is none."""
    _load_builtin()
    spec = _REGISTRY.get(name)
    if spec is None:
        raise CasefileError(f"There is no '{name}' report; choose one of {', '.join(_REGISTRY)}.")
    return spec


@contextlib.contextmanager
def temporary_registry() -> Iterator[None]:
    """Reports registered inside the block are gone after it (for tests of a toy report)."""
    _load_builtin()
    saved = dict(_REGISTRY)
    try:
        yield
    finally:
        _REGISTRY.clear()
        _REGISTRY.update(saved)

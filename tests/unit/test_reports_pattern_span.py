"""The pattern report at the span of a real FOIA release (issue 15): 10,962 I-213s, 2021-2025.

On that release the report had been 8 pages, 4 of them a list of 300 city names, with a monthly
chart of 50 crowded bars. Here a generated release of the same size and spread: the time line folds
to quarters, places are one row however spelled, the long tail of places merges into "other",
and small cells stay protected in every table.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader

from casefile.reports import ReportOptions, aggregate, build_pattern_report, stats_to_csv
from casefile.reports.pattern import MERGED_KEY, SMALL, pattern_tables
from casefile.reports.pattern_dimensions import TOP, fold_months, time_unit
from casefile.reports.pattern_places import merge_spellings, place_label

RELEASE_SIZE = 10_962
START = date(2021, 1, 1)
DAYS = 1826  # 2021-01-01 .. 2025-12-31: 365 * 5 + 1 (2024 is a leap year)
# Spellings a FOIA release and intake notes use for its busiest cities.
SPELLINGS = {
    "Seattle": [("Seattle", "WA"), ("Seattle, WA", None), ("SEATTLE WA", None), ("Seattle", None)],
    "Tacoma": [("TACOMA", "WA"), ("Tacoma, Washington", None), ("tacoma", "wa")],
    "Yakima": [("Yakima", "Washington"), ("YAKIMA, WA", None)],
}


def _release() -> list[dict[str, Any]]:
    """10,962 encounters over five years in 303 places, a few large and a long tail of small ones."""
    places: list[tuple[str, str | None]] = []
    for spellings in SPELLINGS.values():
        places += spellings * 400  # 3 cities x 400 slots: about half the release
    for n in range(300):
        places += [(f"Town {n:03d}", "WA")] * (1 + n % 7)  # 1-7 slots each: the long tail
    settings = ["home", "street", "vehicle-stop", "workplace", "courthouse", "checkpoint"]
    out = []
    for n in range(RELEASE_SIZE):
        city, state = places[(n * 7919) % len(places)]
        out.append(
            {
                # n * 7919 mod 1826 spreads the dates over every day of the five years.
                "occurred_at": (START + timedelta(days=(n * 7919) % DAYS)).isoformat(),
                "setting": settings[n % len(settings)],
                "agencies": ["ICE-ERO"] if n % 5 else ["ICE-ERO", "local-police"],
                "program": "287g" if n % 11 == 0 else None,
                "location": {"city": city, "state": state},
                "participants": [{"role": "target", "outcome": "arrested"}],
            }
        )
    return out


@pytest.fixture(scope="module")
def release() -> list[dict[str, Any]]:
    return _release()


@pytest.mark.parametrize(
    ("city", "state", "label"),
    [
        ("Seattle", "WA", "Seattle, WA"),
        ("Seattle, WA", None, "Seattle, WA"),
        ("SEATTLE WA", None, "Seattle, WA"),
        ("seattle, Washington", None, "Seattle, WA"),
        ("Seattle Washington", None, "Seattle, WA"),
        ("  Seattle ,  wa. ", None, "Seattle, WA"),
        ("Seattle", "Washington", "Seattle, WA"),
        ("Seattle, OR", "WA", "Seattle, WA"),  # the record's state field wins over the text
        ("Washington, D.C.", None, "Washington, DC"),
        ("Washington", None, "Washington"),  # a state's name alone is a city name
        ("New York", None, "New York"),
        ("Charleston West Virginia", None, "Charleston, WV"),  # the longer state name first
        ("Lake Or", None, "Lake Or"),  # a lower-case "Or" is a word, not Oregon
        ("McAllen", "tx", "McAllen, TX"),
        ("", "WA", "unknown"),
        (None, None, "unknown"),
    ],
)
def test_place_label(city: str | None, state: str | None, label: str) -> None:
    assert place_label(city, state) == label


def test_a_city_without_a_state_joins_its_only_stated_row() -> None:
    counts = Counter({"Seattle, WA": 5, "Seattle": 2, "Portland, OR": 4, "Portland, ME": 3, "Portland": 2})
    # "Seattle" has one stated match; "Portland" has two and stays on its own.
    assert merge_spellings(counts) == {"Seattle, WA": 7, "Portland, OR": 4, "Portland, ME": 3, "Portland": 2}


def test_the_time_line_folds_by_span() -> None:
    # 2021-01 .. 2022-12 is 24 months: months. 2021-01 .. 2023-01 is 25: quarters (9 of them).
    assert time_unit(["2021-01", "2022-12"]) == "month"
    assert time_unit(["2021-01", "2023-01", "unknown"]) == "quarter"
    # 2021-Q1 .. 2026-Q4 is 24 quarters; 2021-Q1 .. 2027-Q1 is 25: years.
    assert time_unit(["2021-01", "2026-12"]) == "quarter"
    assert time_unit(["2021-01", "2027-01"]) == "year"
    order, counts = fold_months(Counter({"2021-02": 4, "2021-11": 1, "unknown": 2}), "quarter")
    # Q2 and Q3 2021 had nothing and still appear, so the chart shows the quiet time.
    assert order == ["2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "unknown"]
    assert counts == {"2021-Q1": 4, "2021-Q2": 0, "2021-Q3": 0, "2021-Q4": 1, "unknown": 2}


def test_release_tables_read_well(release: list[dict[str, Any]]) -> None:
    stats = aggregate(release)
    tables = {t.key: t for t in pattern_tables(stats)}
    # Five years is 60 months, more than 24 bars: 20 quarters, 2021 Q1 .. 2025 Q4.
    quarters = tables["encounters_by_quarter"]
    assert [k for k, _, _ in quarters.rows][:1] == ["2021-Q1"]
    assert len(quarters.rows) == 20 and quarters.rows[-1][1] == "2025 Q4"
    assert quarters.total == (str(RELEASE_SIZE),)
    cities = tables["encounters_by_city"]
    assert len(cities.rows) == TOP + 1 and cities.rows[-1][0] == MERGED_KEY
    # Every spelling of Seattle is one row: 4 spellings x 400 slots of the 3 x 400 + tail places.
    seattle = stats.by["city"]["Seattle, WA"]
    assert seattle == sum(1 for e in release if "eattle" in e["location"]["city"].casefold().replace("s", "", 1))
    assert ("Seattle, WA", "Seattle, WA", (str(seattle),)) in cities.rows
    assert not any(k.upper().startswith("SEATTLE") and k != "Seattle, WA" for k in stats.by["city"])
    assert stats.by["city"]["Tacoma, WA"] and stats.by["city"]["Yakima, WA"]
    # Shown rows add up to the total, and none is under 3.
    for table in tables.values():
        if table.total is None:
            continue
        cells = [int(cells[0]) for _, _, cells in table.rows]
        assert sum(cells) == int(table.total[0]), table.key
        assert all(c == 0 or c >= SMALL for c in cells), table.key


def test_release_report_is_three_pages_without_the_long_tail(release: list[dict[str, Any]], tmp_path) -> None:
    stats = aggregate(release)
    pdf = build_pattern_report(stats, ReportOptions())
    (tmp_path / "release-pattern.pdf").write_bytes(pdf)
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) <= 3
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Encounters by quarter" in text and "2021 Q1" in text and "2025 Q4" in text
    assert "2021-01" not in text  # no monthly bars
    assert sum(f"Town {n:03d}" in text for n in range(300)) <= TOP
    # One row for Seattle; "SEATTLE WA" only in the method paragraph's example of spellings.
    assert "Seattle, WA 3" in text and text.count("SEATTLE") == 1
    # The CSV publishes the same folded tables.
    csv_text = stats_to_csv(stats)
    assert "encounters_by_quarter,2021-Q1" in csv_text and "Town 000" not in csv_text

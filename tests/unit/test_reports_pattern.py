"""The anonymised pattern report: counts, small-cell protection, and CSV equal to the PDF."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from casefile.reports import ReportOptions, aggregate, build_pattern_report, stats_to_csv
from casefile.reports.pattern import SMALL, pattern_tables

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _encounters(name: str) -> list[dict[str, Any]]:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))["encounters"]


@pytest.fixture
def synthetic() -> list[dict[str, Any]]:
    return _encounters("report_pattern_encounters.json")


def _text(pdf: bytes) -> str:
    reader = PdfReader(BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _enc(month: str, setting: str, city: str, roles: list[tuple[str, str]], **extra: Any) -> dict[str, Any]:
    return {
        "occurred_at": f"{month}-05T06:00:00-05:00",
        "setting": setting,
        "location": {"city": city, "state": "TX", "address": "1 Secret St"},
        "participants": [{"person_id": f"p-{i}", "role": r, "outcome": o} for i, (r, o) in enumerate(roles)],
        "narrative": "Rosa Quispe opened the door.",
        **extra,
    }


def test_aggregate_counts_each_dimension() -> None:
    encounters = [
        _enc(
            "2026-09",
            "home",
            "Houston",
            [("target", "arrested"), ("collateral", "detained")],
            agencies=["ICE-ERO", "local-police"],
            program="287g",
            entry="ruse",
            warrant={"type": "administrative-I-200", "shown": False},
            biometrics=[{"modality": "fingerprint", "consent": "not-asked"}],
        ),
        _enc(
            "2026-09",
            "vehicle-stop",
            "houston ",
            [("collateral", "released")],
            agencies=["ICE-ERO"],
        ),
        _enc(
            "2026-10",
            "home",
            "Dallas",
            [("family", "not-present")],
            entry="no-entry",
            warrant={"type": "none"},
        ),
    ]
    stats = aggregate(encounters)
    assert stats.encounters == 3
    assert stats.participants == 4
    assert stats.by_month == {"2026-09": 2, "2026-10": 1}
    assert stats.by["setting"] == {"home": 2, "vehicle-stop": 1}
    assert stats.by["city"] == {"Houston, TX": 2, "Dallas, TX": 1}
    assert stats.by["agency"] == {"ICE-ERO": 2, "local-police": 1, "unknown": 1}
    assert stats.by["program"] == {"287g": 1, "unknown": 2}
    assert stats.roles == {"collateral": 2, "target": 1, "family": 1}
    assert stats.collateral_arrests == 1
    assert stats.biometrics == {("fingerprint", "not-asked"): 1}
    assert stats.warrants == {("administrative-I-200", "false"): 1}
    assert stats.entries == {"ruse": 1}


def test_aggregate_keeps_no_personal_data() -> None:
    stats = aggregate([_enc("2026-09", "home", "Houston", [("target", "arrested")])])
    kept = repr(stats)
    for secret in ("Rosa", "Quispe", "Secret St", "p-0"):
        assert secret not in kept


def test_aggregate_streams_a_hundred_thousand_encounters() -> None:
    template = _encounters("report_pattern_encounters.json")

    def stream() -> Iterator[dict[str, Any]]:
        for i in range(100_000):
            yield template[i % len(template)]

    stats = aggregate(stream())
    assert stats.encounters == 100_000
    assert sum(stats.by_month.values()) == 100_000


def test_aggregate_date_filter(synthetic: list[dict[str, Any]]) -> None:
    stats = aggregate(synthetic, date_from=date(2026, 3, 1), date_to=date(2026, 3, 31))
    assert set(stats.by_month) == {"2026-03"}
    assert stats.encounters == sum(1 for e in synthetic if e["occurred_at"].startswith("2026-03"))


def _numbers(table_cells: list[str]) -> list[int]:
    return [int(c) for c in table_cells if c.isdigit()]


def test_no_shown_number_is_under_three(synthetic: list[dict[str, Any]]) -> None:
    tables = pattern_tables(aggregate(synthetic))
    shown = [c for t in tables for _, _, cells in t.rows for c in cells]
    shown += [c for t in tables if t.total for c in t.total]
    assert all(n == 0 or n >= SMALL for n in _numbers(shown))
    assert "<3" in shown, "the fixture has small cells on purpose"
    assert sum(t.merged for t in tables) >= 2


def test_tables_with_a_total_add_up(synthetic: list[dict[str, Any]]) -> None:
    stats = aggregate(synthetic)
    for table in pattern_tables(stats):
        if table.total is None:
            continue
        cells = [cells[0] for _, _, cells in table.rows]
        assert all(c.isdigit() for c in cells), f"{table.key} hides a cell a total would reveal"
        assert sum(map(int, cells)) == int(table.total[0])


def test_a_single_encounter_shows_only_small_cells() -> None:
    stats = aggregate(_encounters("report_bundle.json"))
    text = _text(build_pattern_report(stats, ReportOptions()))
    assert "<3 encounters, <3 participants." in text
    assert re.search(r"Cells suppressed \(shown as <3\): [1-9]\d*\.", text)
    for secret in ("Rosa", "Quispe", "Villeda", "Airline", "208-114"):
        assert secret not in text


def test_csv_numbers_equal_pdf_tables(synthetic: list[dict[str, Any]]) -> None:
    stats = aggregate(synthetic)
    pdf = build_pattern_report(stats, ReportOptions(), date_from=date(2026, 1, 1), date_to=date(2026, 12, 31))
    text = _text(pdf)
    rows = list(csv.DictReader(io.StringIO(stats_to_csv(stats))))
    assert rows, "the CSV has numbers"
    by_table: dict[str, dict[str, list[str]]] = {}
    for row in rows:
        by_table.setdefault(row["table"], {}).setdefault(row["label"], []).append(row["value"])
    totals = by_table.pop("totals")
    assert f"{totals['encounters'][0]} encounters, {totals['participants'][0]} participants." in text
    for table, table_rows in by_table.items():
        # Each table reads, in the PDF, as its rows one after another: label then its numbers.
        expected = " ".join(f"{name} {' '.join(values)}" for name, values in table_rows.items())
        assert expected in text, f"{table}: {expected!r} not in the PDF"
    suppressed = sum(1 for r in rows if r["value"] == "<3")
    assert f"Cells suppressed (shown as <3): {suppressed}." in text
    assert "Period: 2026-01-01 to 2026-12-31" in text


def test_pattern_report_in_spanish(synthetic: list[dict[str, Any]]) -> None:
    text = _text(build_pattern_report(aggregate(synthetic), ReportOptions(lang="es")))
    for words in (
        "Informe de patrones",
        "Encuentros por mes",
        "Página 1 de",
        "otros (agrupados)",
        "ANONIMIZADO",
    ):
        assert words in text


def test_pattern_report_draws_charts_and_embeds_fonts(synthetic: list[dict[str, Any]]) -> None:
    pdf = build_pattern_report(aggregate(synthetic), ReportOptions(paper="a4"))
    reader = PdfReader(BytesIO(pdf))
    page = reader.pages[0]
    assert round(float(page.mediabox.width)) == 595
    # Chart bars are filled rectangles drawn in the page content.
    assert page.get_contents().get_data().count(b" re") > 12
    for pg in reader.pages:
        for ref in pg["/Resources"]["/Font"].values():
            assert "/FontFile2" in ref.get_object()["/FontDescriptor"]


def test_empty_period() -> None:
    text = _text(build_pattern_report(aggregate([]), ReportOptions()))
    assert "No encounters in this period." in text
    assert "0 encounters, 0 participants." in text

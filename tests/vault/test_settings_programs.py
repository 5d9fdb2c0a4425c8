"""The settings and programs real records use (issue 15): an ICE office or check-in, hospitals,
schools and places of worship; the non-detained docket, worksite enforcement and task forces.
They import and export unchanged, filter the encounters list, are counted and labelled (English and
Spanish) in the pattern report, raise the protected-areas question, and leave older values valid."""

from __future__ import annotations

import csv
import io
import json
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from casefile import catalogue
from casefile.domain import enums
from casefile.queries import paging
from casefile.queries.kinds import KINDS
from casefile.reports.issues import encounter_flags
from casefile.services.interchange import export_records, import_file
from casefile.services.reporting import build_report
from casefile.vault.db import Vault

NEW_SETTINGS = ("ice-office", "hospital", "school", "place-of-worship")
NEW_PROGRAMS = ("non-detained-docket", "worksite-enforcement", "task-force")


def _encounters() -> list[dict]:
    """Three encounters of each new value (the pattern report hides any count under 3), plus an
    encounter with the older values, in 2026-05."""
    out = []
    pairs = [(s, p) for s, p in zip(NEW_SETTINGS, (*NEW_PROGRAMS, "task-force"), strict=True)]
    pairs.append(("sensitive-location", "CAP"))  # values from before issue 15 stay valid
    for n, (setting, program) in enumerate(pairs):
        for k in range(3):
            out.append(
                {
                    "id": f"e-{n}-{k}",
                    "occurred_at": f"2026-05-{n * 3 + k + 1:02d}T09:00:00-07:00",
                    "setting": setting,
                    "program": program,
                    "agencies": ["ICE-ERO"],
                }
            )
    return out


def _import(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    doc = {"format": "casefile-interchange", "version": 1, "encounters": _encounters()}
    path.write_text(json.dumps(doc), encoding="utf-8")
    import_file(vault, path)


def test_new_values_are_in_the_enums_with_both_languages_labels() -> None:
    assert set(NEW_SETTINGS) <= set(enums.SETTING) and "courthouse" in enums.SETTING
    assert set(NEW_PROGRAMS) <= set(enums.PROGRAM)
    for field, values in (("setting", NEW_SETTINGS), ("program", NEW_PROGRAMS)):
        for value in values:
            en, es = catalogue.value("en", field, value), catalogue.value("es", field, value)
            assert en and es and en != es, (field, value)
    assert catalogue.value("es", "setting", "ice-office") == "Oficina de ICE o cita de presentación (check-in)"
    assert "protected area" in catalogue.value("en", "setting", "school")


def test_new_values_round_trip_through_import_and_export(vault: Vault, tmp_path: Path) -> None:
    _import(vault, tmp_path)
    exported = {e["id"]: e for e in export_records(vault.connection())["encounters"]}
    for original in _encounters():
        assert exported[original["id"]]["setting"] == original["setting"]
        assert exported[original["id"]]["program"] == original["program"]
    again = tmp_path / "again.json"
    again.write_text(json.dumps(export_records(vault.connection())), encoding="utf-8")
    other, _ = Vault.create(tmp_path / "second", "maria", "lavender-canoe-quartz-mitten")
    try:
        import_file(other, again)
        assert {e["id"]: (e["setting"], e["program"]) for e in export_records(other.connection())["encounters"]} == {
            e["id"]: (e["setting"], e["program"]) for e in _encounters()
        }
    finally:
        other.close()


def test_the_encounters_list_filters_by_them(vault: Vault, tmp_path: Path) -> None:
    _import(vault, tmp_path)
    conn = vault.connection()
    for setting in NEW_SETTINGS:
        assert paging.count(conn, KINDS["encounters"], {"setting": setting}, "") == 3
    assert paging.count(conn, KINDS["encounters"], {"program": "task-force"}, "") == 6
    assert paging.count(conn, KINDS["encounters"], {"program": "non-detained-docket"}, "") == 3


def test_the_pattern_report_counts_and_names_them_in_both_languages(vault: Vault, tmp_path: Path) -> None:
    _import(vault, tmp_path)
    for lang in ("en", "es"):
        pdf, csv_text = build_report(vault, "pattern", lang=lang)
        text = " ".join("\n".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages).split())
        for field, values in (("setting", NEW_SETTINGS), ("program", NEW_PROGRAMS)):
            for value in values:
                assert catalogue.value(lang, field, value) in text, (lang, value)
        rows = {(row[1], row[-1]) for row in csv.reader(io.StringIO(csv_text or ""))}
        assert ("ice-office", "3") in rows and ("task-force", "6") in rows and ("non-detained-docket", "3") in rows


def test_schools_hospitals_and_places_of_worship_raise_the_protected_areas_question() -> None:
    for setting in ("hospital", "school", "place-of-worship", "sensitive-location"):
        encounter = {"id": "e-1", "occurred_at": "2026-05-01T09:00:00-07:00", "setting": setting}
        bundle = {"people": [], "encounters": [encounter], "documents": []}
        codes = {f.code for f in encounter_flags(encounter, bundle, None, "en")}
        assert "sensitive-location" in codes, setting
    encounter = {"id": "e-2", "occurred_at": "2026-05-01T09:00:00-07:00", "setting": "ice-office"}
    codes = {f.code for f in encounter_flags(encounter, {"encounters": [encounter]}, None, "en")}
    assert "sensitive-location" not in codes

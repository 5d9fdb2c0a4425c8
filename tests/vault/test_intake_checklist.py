"""The intake checklist of a new client (issue 15): a field of the person, saved, exported and
imported with them, refused when it names an item or a status the checklist does not have."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casefile.domain import intake
from casefile.errors import ValidationError
from casefile.services import records
from casefile.services.interchange import export_records, import_file
from casefile.vault.db import Vault

CHECKLIST = {
    "items": {
        "nta": {"status": "done", "note": "Served 2026-03-12, master hearing on it"},
        "i213": {"status": "asked", "note": "FOIA to ICE sent"},
        "bond-papers": {"status": "not-applicable"},
        "fears": {"status": "done"},
    }
}


def test_progress_counts_done_and_not_applicable() -> None:
    assert intake.progress(CHECKLIST) == (3, len(intake.KEYS)) == (3, 11)
    assert intake.progress(None) == (0, 11)
    assert intake.status(CHECKLIST, "i213") == "asked" and intake.status(CHECKLIST, "family") == "to-do"
    # What the form hands back: untouched items are left out, an all-untouched list is no value.
    assert intake.clean({"nta": ("done", " served "), "family": ("to-do", "")}) == {
        "items": {"nta": {"status": "done", "note": "served"}}
    }
    assert intake.clean({}) is None


def test_the_checklist_is_saved_exported_and_imported_with_the_person(vault: Vault, tmp_path: Path) -> None:
    saved = records.save(vault, "people", {"full_name": "María José García López", "is_client": True, "intake": CHECKLIST})
    assert records.get(vault, "people", saved["id"])["intake"] == CHECKLIST
    exported = export_records(vault.connection())
    path = tmp_path / "out.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    other, _ = Vault.create(tmp_path / "second", "maria", "lavender-canoe-quartz-mitten")
    try:
        import_file(other, path)
        assert records.get(other, "people", saved["id"])["intake"] == CHECKLIST
    finally:
        other.close()


@pytest.mark.parametrize(
    "bad",
    [
        {"items": {"passport-photo": {"status": "done"}}},  # no such item
        {"items": {"nta": {"status": "lost"}}},  # no such status
    ],
)
def test_an_unknown_item_or_status_is_refused(vault: Vault, bad: dict) -> None:
    with pytest.raises(ValidationError, match="intake"):
        records.save(vault, "people", {"full_name": "Ana Torres", "intake": bad})

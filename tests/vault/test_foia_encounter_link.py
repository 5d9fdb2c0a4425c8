"""A FOIA request can name the encounter it is about (issue 13's open gap), through the registry.

``encounter_id`` on a FOIA request is one optional reference declared with the record type: the
schema, validation (an unknown encounter is refused by name), import/export, the purge check, the
lists' filter, the bundles and the client's case page and summary all follow from it.
"""

from __future__ import annotations

import shutil
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from casefile.errors import CasefileError, ValidationError
from casefile.queries import paging
from casefile.queries import records as record_queries
from casefile.queries.kinds import KINDS
from casefile.services import records
from casefile.services.bundle import encounter_bundle
from casefile.services.case_page import case_overview
from casefile.services.interchange import export_records, import_document
from casefile.services.reporting import build_report
from casefile.vault import migrations
from casefile.vault.db import Vault
from tests.conftest import FIXTURES, PASSPHRASE, USER

# About the airline-street raid (e-airline): Rosa was arrested there as a collateral, but the
# request is filed for the man agents came for (p-target), so only the link ties it to her case.
RAID_FOIA = {
    "id": "f-raid",
    "agency": "CBP",
    "subject_person_id": "p-target",
    "encounter_id": "e-airline",
    "tracking_number": "CBP-2026-77310",
    "submitted_on": "2026-11-02",
}


def _doc(*foia: dict[str, Any]) -> dict[str, Any]:
    return {"format": "casefile-interchange", "version": 1, "foia_requests": list(foia)}


def test_the_link_goes_in_and_comes_back_out(example_vault: Vault) -> None:
    import_document(example_vault, _doc(RAID_FOIA), base_dir=None)
    conn = example_vault.connection()
    exported = {f["id"]: f for f in export_records(conn)["foia_requests"]}
    assert exported["f-raid"]["encounter_id"] == "e-airline"
    assert "encounter_id" not in exported["f-ice-1"]  # optional: the example's request names none
    # Kept in its own column, so an encounter's requests are found through an index.
    page = paging.page(conn, KINDS["foia_requests"], paging.PageRequest(filters={"encounter_id": "e-airline"}))
    assert [r["id"] for r in page.rows] == ["f-raid"]
    # A save from the app changes it like any other field; clearing it clears the column.
    saved = records.save(example_vault, "foia", {**exported["f-raid"], "encounter_id": None})
    assert "encounter_id" not in saved
    assert conn.execute("SELECT encounter_id FROM foia_requests WHERE id = 'f-raid'").fetchone() == (None,)


def test_an_unknown_encounter_is_refused_by_name_and_nothing_is_written(example_vault: Vault) -> None:
    with pytest.raises(ValidationError) as imported:
        import_document(example_vault, _doc({**RAID_FOIA, "encounter_id": "e-nowhere"}), base_dir=None)
    assert imported.value.where == "foia_requests[0] (id f-raid)"
    assert imported.value.field == "encounter_id"
    assert "encounter 'e-nowhere'" in imported.value.reason
    with pytest.raises(ValidationError) as saved:
        records.save(example_vault, "foia", {**RAID_FOIA, "encounter_id": "e-nowhere"})
    assert saved.value.field == "encounter_id"
    assert record_queries.status_of(example_vault.connection(), KINDS["foia_requests"], "f-raid") is None


def test_an_encounter_named_by_a_request_cannot_be_purged(example_vault: Vault) -> None:
    import_document(example_vault, _doc(RAID_FOIA), base_dir=None)
    records.delete(example_vault, "encounters", "e-airline")
    with pytest.raises(CasefileError, match="FOIA request f-raid"):
        records.purge(example_vault, "encounters", "e-airline")


def test_the_encounter_and_the_clients_case_show_the_request(example_vault: Vault) -> None:
    import_document(example_vault, _doc(RAID_FOIA), base_dir=None)
    assert "f-raid" in [f["id"] for f in encounter_bundle(example_vault, "e-airline")["foia_requests"]]
    # Rosa's case page: the request is about her raid, though filed for someone else.
    overview = case_overview(example_vault, "p-rosa")
    assert ("foia-submitted", "f-raid") in {(e.kind, e.record_id) for e in overview.timeline}
    pdf, _ = build_report(example_vault, "summary", person_id="p-rosa", lang="en")
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert "CBP-2026-77310" in text


def test_a_schema_7_vault_gains_the_link(tmp_path: Path) -> None:
    """Migration 8 on a vault the previous release wrote (the frozen schema-7 vault)."""
    frozen = FIXTURES / "vaults" / "schema-7" / "vault"
    assert frozen.is_dir(), "the frozen schema-7 vault is committed (tests/fixtures/vaults/README.md)"
    path = tmp_path / "vault"
    shutil.copytree(frozen, path)
    for item in [path, *path.rglob("*")]:
        item.chmod(0o700 if item.is_dir() else 0o600)
    vault = Vault.open(path, PASSPHRASE, user=USER)
    try:
        conn = vault.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(foia_requests)")}
        assert "foia_by_encounter" in indexes
        before = conn.execute("SELECT count(*) FROM foia_requests WHERE encounter_id IS NULL").fetchone()[0]
        assert before == conn.execute("SELECT count(*) FROM foia_requests").fetchone()[0] > 0
        request = next(r for r in export_records(conn)["foia_requests"])
        encounter = export_records(conn)["encounters"][0]["id"]
        saved = records.save(vault, "foia", {**request, "encounter_id": encounter})
        assert saved["encounter_id"] == encounter
    finally:
        vault.close()

"""Batches by name (the app's batch dialog and ``foia batch --name``): unique names, the overview
of a batch's requests, the list of batches, and letters stopped part-way keep what was written."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefile.errors import CasefileError, ValidationError
from casefile.foia.batch import batch_overview, batches, create_batch, write_batch_letters
from casefile.services import records
from tests.conftest import FIXTURES, run_cli
from tests.vault.test_foia_letters import REQUESTER


def _ana(vault) -> None:
    records.save(vault, "people", {"id": "p-ana", "full_name": "Ana Lucía Ventura", "is_client": True,
                                   "a_number": "A 201-555-014"})  # fmt: skip


def test_named_batch_overview_and_list(example_vault) -> None:
    _ana(example_vault)
    batch, ids = create_batch(example_vault, agency="CBP", person_ids=["p-rosa", "p-ana"], name="  Airline   Dr raid ")
    assert batch == "Airline Dr raid"  # spaces folded, as typed in a form
    with pytest.raises(ValidationError, match="already exists") as err:
        create_batch(example_vault, agency="ICE", person_ids=["p-rosa", "p-ana"], name="Airline Dr raid")
    assert err.value.field == "batch"
    with pytest.raises(ValidationError, match="at most 80"):
        create_batch(example_vault, agency="ICE", person_ids=["p-rosa", "p-ana"], name="x" * 81)
    with pytest.raises(ValidationError):  # an unknown client: nothing of the batch is saved
        create_batch(example_vault, agency="ICE", person_ids=["p-rosa", "p-nobody"], name="Second")
    assert [b["batch"] for b in batches(example_vault)] == ["Airline Dr raid"]
    assert batches(example_vault)[0]["count"] == 2 and batches(example_vault)[0]["agencies"] == "CBP"
    rows = batch_overview(example_vault, batch)
    assert [(r["id"], r["name"], r["agency"], r["status"]) for r in rows] == [
        (ids[0], "Rosa Elena Quispe Mamani", "CBP", "draft"),
        (ids[1], "Ana Lucía Ventura", "CBP", "draft"),
    ]
    # One is sent and acknowledged: the overview shows its clock. Received Thu 2026-10-01; 20
    # working days skipping Columbus Day (Mon Oct 12): Oct 2 = 1, Oct 9 = 6, Oct 16 = 10, Oct 23 = 15,
    # Oct 30 = 20 → due 2026-10-30.
    request = records.get(example_vault, "foia_requests", ids[1])
    request.update(status="acknowledged", submitted_on="2026-09-30", received_on="2026-10-01",
                   tracking_number="CBP-2026-0001")  # fmt: skip
    records.save(example_vault, "foia_requests", request)
    second = batch_overview(example_vault, batch)[1]
    assert (second["status"], second["tracking_number"], second["response_due"]) == (
        "acknowledged", "CBP-2026-0001", "2026-10-30")


def test_letters_stopped_part_way_keep_what_was_written(example_vault, tmp_path: Path) -> None:
    _ana(example_vault)
    batch, _ids = create_batch(example_vault, agency="ICE", person_ids=["p-rosa", "p-ana"], name="Two")
    seen: list[tuple[int, str]] = []
    written = write_batch_letters(
        example_vault, batch, tmp_path / "out", requester=REQUESTER,
        progress=lambda p, m: seen.append((p, m)), cancelled=lambda: len(seen) >= 1,
    )  # fmt: skip
    assert len(written) == 1 and written[0].name == "foia-ICE-Two-01.pdf"
    assert seen == [(50, "1 of 2 letters written")]
    with pytest.raises(CasefileError, match="No FOIA request belongs"):
        write_batch_letters(example_vault, "Nobody", tmp_path / "none")


def test_cli_batch_with_a_name(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    assert run_cli("import", "--vault", str(vault), str(FIXTURES / "example.json")).returncode == 0
    args = ("foia", "batch", "--vault", str(vault), "--agency", "ICE", "--person", "p-rosa", "--person", "p-target",
            "--name", "Airline Dr raid", "--out-dir", str(tmp_path / "out"), "--requester-name", "Ana Torres",
            "--requester-address", "1200 Main St")  # fmt: skip
    done = run_cli(*args)
    assert done.returncode == 0, done.stderr
    assert "Batch Airline Dr raid: 2 FOIA requests" in done.stdout
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "foia-ICE-Airline-Dr-raid-01.pdf", "foia-ICE-Airline-Dr-raid-02.pdf"]
    again = run_cli(*args)
    assert again.returncode == 1 and "already exists" in again.stderr and "Traceback" not in again.stderr

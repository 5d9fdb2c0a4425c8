"""The shared example imports, exports and re-imports to the same records."""

from __future__ import annotations

import json
from pathlib import Path

from casefile.queries import records
from casefile.queries.kinds import KINDS
from casefile.services.interchange import export_records, import_file, write_export
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, USER

COMPUTED = ("response_due", "appeal_due", "overdue", "computed_deadlines")
META = ("created_at", "updated_at", "updated_by")


def _comparable(doc: dict) -> dict:
    out = {}
    for list_name in KINDS:
        items = []
        for record in doc.get(list_name) or []:
            items.append({k: v for k, v in record.items() if k not in META + COMPUTED + ("file",)})
        out[list_name] = sorted(items, key=lambda r: r["id"])
    return out


def test_example_round_trips_through_two_vaults(example_vault: Vault, example_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "export.json"
    out.parent.mkdir()
    write_export(example_vault, out, with_files=out.parent / "files")
    first = json.loads(out.read_text(encoding="utf-8"))

    second_vault, _ = Vault.create(tmp_path / "second", USER, PASSPHRASE)
    try:
        import_file(second_vault, out)
        second = export_records(second_vault.connection())
    finally:
        second_vault.close()

    assert _comparable(first) == _comparable(second)
    encounter = next(e for e in second["encounters"] if e["id"] == "e-airline")
    assert encounter["account_points"][0]["topic"] == "How agents entered"
    assert encounter["account_points"][0]["disputed"] is True
    assert encounter["account_points"][0]["versions"][1] == {
        "source": "document:d-i213",
        "statement": "Subject consented to entry.",
        "page": "2",
    }
    # Document bytes survive: the same hashes on both sides.
    hashes = {d["id"]: d["sha256"] for d in first["documents"]}
    assert hashes == {d["id"]: d["sha256"] for d in second["documents"]}
    assert (out.parent / first["documents"][0]["file"]).read_bytes() == (example_dir / "files/nta.txt").read_bytes()


def test_export_matches_the_example_and_computes_foia_dates(example_vault: Vault, example_doc: dict) -> None:
    exported = export_records(example_vault.connection())
    rosa = next(p for p in exported["people"] if p["id"] == "p-rosa")
    assert rosa["a_number"] == "A208114563"  # normalised from "A 208-114-563"
    original = {k: v for k, v in example_doc["people"][0].items() if k != "a_number"}
    assert {k: rosa[k] for k in original} == original
    foia = exported["foia_requests"][0]
    assert foia["response_due"] == "2026-10-22"  # 20 working days, Columbus Day 2026-10-12 skipped
    assert foia["appeal_due"] is None
    (encounter,) = _comparable(exported)["encounters"]
    # The example's officer (no name, no badge, "vest marked POLICE") became an officer record the
    # encounter links to (issue 15); the encounter is otherwise exported as it came.
    (link,) = encounter.pop("officer_links")
    assert [o["id"] for o in exported["officers"]] == [link["officer_id"]]
    assert {k: exported["officers"][0].get(k) for k in ("agency", "description", "name")} == {
        "agency": "ICE-ERO",
        "description": "vest marked POLICE",
        "name": None,
    }
    assert _comparable({"encounters": example_doc["encounters"]})["encounters"] == [encounter]


def test_reimport_updates_and_keeps_history(example_vault: Vault, example_dir: Path) -> None:
    doc = json.loads((example_dir / "example.json").read_text(encoding="utf-8"))
    doc["people"][0]["custody_status"] = "released-bond"
    changed = example_dir / "changed.json"
    changed.write_text(json.dumps(doc), encoding="utf-8")
    result = import_file(example_vault, changed)
    assert result.updated == {"people": 1}
    assert result.unchanged["encounters"] == 1
    conn = example_vault.connection()
    assert records.get(conn, KINDS["people"], "p-rosa")["custody_status"] == "released-bond"
    history = records.history(conn, KINDS["people"], "p-rosa")
    assert history[0]["record"]["custody_status"] == "detained"


def test_redacted_export_drops_identifying_fields(example_vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "redacted.json"
    write_export(example_vault, out, redact=True)
    text = out.read_text(encoding="utf-8")
    for secret in ("Rosa Elena Quispe Mamani", "Quispe", "208-114", "208114", "4410 Airline", "555 0142", "1989-07-14"):
        assert secret not in text
    doc = json.loads(text)
    rosa = next(p for p in doc["people"] if p["full_name"] == "R. E. Q. M.")
    assert rosa["id"] == "person-1"  # opaque: "p-rosa" would say her name (issue 11, finding 6)
    assert '"p-rosa"' not in text and '"person:p-rosa"' not in text
    assert rosa["a_number"] == "A-XXX-XXX-563"
    assert rosa["full_name"] == "R. E. Q. M."

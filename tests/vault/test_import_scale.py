"""A real FOIA release's size imports: record lists are bounded by bytes and nesting, not by count."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casefile.errors import ValidationError
from casefile.services.interchange import import_file
from casefile.vault.db import Vault

# The public release in issue 15 holds 10,962 I-213s from one clinic region; the old schema
# refused any list over 10,000 records ("encounters: the list is too long").
RELEASE_SIZE = 10_962


def _release(tmp_path: Path) -> Path:
    encounters = [
        {
            "id": f"e-i213-{n:05d}",
            # 2021-01-01 plus n % 1461 days stays inside 2021-2024; the date only needs to be real.
            "occurred_at": f"{2021 + n % 4}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "location": {"city": "Seattle", "state": "WA"},
            "narrative": f"Record {n} of the release.",
        }
        for n in range(RELEASE_SIZE)
    ]
    doc = {"format": "casefile-interchange", "version": 1, "encounters": encounters}
    path = tmp_path / "release.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_list_longer_than_ten_thousand_records_imports(vault: Vault, tmp_path: Path) -> None:
    result = import_file(vault, _release(tmp_path))

    assert result.created == {"encounters": RELEASE_SIZE}
    conn = vault.connection()
    assert conn.execute("SELECT count(*) FROM encounters WHERE deleted_at IS NULL").fetchone()[0] == RELEASE_SIZE
    last = conn.execute("SELECT occurred_at FROM encounters WHERE id = 'e-i213-10961'").fetchone()[0]
    # 10961 % 4 = 1 -> 2022; 10961 % 12 = 5 -> June; 10961 % 28 = 13 -> the 14th.
    assert last.startswith("2022-06-14")


def test_a_document_path_with_a_nul_is_a_clear_error(vault: Vault, example_dir: Path) -> None:
    # Found by the hostile-input property test: the OS raised a bare ValueError for this path.
    path = example_dir / "example.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["documents"][0]["file"] = "files/nta\x00.txt"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ValidationError, match="NUL character"):
        import_file(vault, path)
    assert vault.connection().execute("SELECT count(*) FROM people").fetchone()[0] == 0

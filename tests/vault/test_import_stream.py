"""Streaming import (issue 15): a file of any number of records imports within its byte bounds;
one over a bound is refused with a clear message; a bad record deep in a large file refuses the
whole file with nothing written; progress and cancel still work."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casefile.errors import Cancelled, ValidationError
from casefile.services.interchange import import_file
from casefile.services.interchange_stream import MAX_FILE_BYTES, MAX_RECORD_BYTES, READ_BYTES
from casefile.vault.db import Vault
from tests.conftest import run_cli

RELEASE = 10_962  # the FOIA release of issue 15


def _people(n: int) -> list[dict[str, Any]]:
    return [{"id": f"p-{i:05d}", "full_name": f"Person {i}", "a_number": f"A{300_000_000 + i:09d}"} for i in range(n)]


def _encounters(n: int, people: int) -> list[dict[str, Any]]:
    return [
        {
            "id": f"e-{i:05d}",
            # A real date for every i: 2021 + i % 5, month 1-12, day 1-28.
            "occurred_at": f"{2021 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "setting": "home",
            "location": {"city": "Seattle", "state": "WA"},
            "narrative": f"Encounter {i} of the release.",
            "participants": [{"person_id": f"p-{i % people:05d}", "role": "target", "outcome": "arrested"}],
        }
        for i in range(n)
    ]


def _write(path: Path, **lists: list[dict[str, Any]]) -> Path:
    # One record a line, as an export or a converted release would be.
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"format": "casefile-interchange", "version": 1')
        for name, items in lists.items():
            out.write(f',\n"{name}": [\n' + ",\n".join(json.dumps(r) for r in items) + "\n]")
        out.write("}\n")
    return path


def _counts(vault: Vault) -> tuple[int, int, int, int]:
    conn = vault.connection()
    return tuple(  # type: ignore[return-value]
        conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("people", "encounters", "participants", "audit")
    )


def test_a_release_with_people_after_its_encounters_imports(vault: Vault, tmp_path: Path) -> None:
    # Encounters come first in this file and name people listed after them: checked at the end.
    path = _write(tmp_path / "release.json", encounters=_encounters(RELEASE, 500), people=_people(500))
    seen: list[tuple[int, str]] = []
    result = import_file(vault, path, progress=lambda p, m: seen.append((p, m)))
    assert result.created == {"people": 500, "encounters": RELEASE}
    people, encounters, participants, _ = _counts(vault)
    assert (people, encounters, participants) == (500, RELEASE, RELEASE)
    # Encounter 10961 names person 10961 % 500 = 461.
    row = (
        vault.connection()
        .execute(
            "SELECT p.person_id FROM participants p JOIN encounters e ON e.rid = p.encounter_rid WHERE e.id = 'e-10961'"
        )
        .fetchone()
    )
    assert row[0] == "p-00461"
    percents = [p for p, _ in seen]
    assert percents == sorted(percents) and percents[-1] == 100
    # The pass that checks the bounds is the first tenth, counted in bytes read.
    assert seen[0] == (0, "Reading release.json: 0 of 3 MiB")  # 2.6 MiB, rounded
    assert any(m == f"{RELEASE + 500:,} of {RELEASE + 500:,} records" for _, m in seen)


def test_a_malformed_record_deep_in_a_large_file_refuses_it_all(vault: Vault, tmp_path: Path) -> None:
    encounters = _encounters(RELEASE, 100)
    encounters[9_321]["setting"] = "hoem"  # past nine chunks of 1 000 already written
    path = _write(tmp_path / "bad.json", people=_people(100), encounters=encounters)
    before = _counts(vault)
    with pytest.raises(ValidationError) as caught:
        import_file(vault, path)
    assert caught.value.where == "encounters[9321] (id e-09321)"
    assert caught.value.field == "setting"
    assert "'hoem' is not an allowed value" in str(caught.value)
    assert _counts(vault) == before


def test_a_reference_that_never_resolves_refuses_the_file(vault: Vault, tmp_path: Path) -> None:
    encounters = _encounters(3_000, 100)
    encounters[2_500]["participants"][0]["person_id"] = "p-nobody"
    path = _write(tmp_path / "ghost.json", encounters=encounters, people=_people(100))
    before = _counts(vault)
    with pytest.raises(ValidationError) as caught:
        import_file(vault, path)
    assert caught.value.where == "encounters[2500] (id e-02500)"
    assert "p-nobody" in str(caught.value) and "neither in this file nor in the vault" in str(caught.value)
    assert _counts(vault) == before


def test_broken_json_deep_in_the_file_writes_nothing(vault: Vault, tmp_path: Path) -> None:
    path = _write(tmp_path / "cut.json", people=_people(100), encounters=_encounters(5_000, 100))
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) * 9 // 10], encoding="utf-8")  # cut off in the last tenth
    before = _counts(vault)
    with pytest.raises(ValidationError, match=r"cut.json is not valid JSON \(parse error: premature EOF\)"):
        import_file(vault, path)
    assert _counts(vault) == before


def test_a_record_over_the_byte_bound_is_refused(vault: Vault, tmp_path: Path) -> None:
    encounters = _encounters(10, 10)
    # Past the bound by more than the reader's slack (one read, 64 KiB, after the record began).
    encounters[7]["narrative"] = "x" * (MAX_RECORD_BYTES + 2 * READ_BYTES)
    path = _write(tmp_path / "huge.json", people=_people(10), encounters=encounters)
    before = _counts(vault)
    with pytest.raises(ValidationError) as caught:
        import_file(vault, path)
    assert str(caught.value) == (
        "the file: huge.json holds a record (or value) of more than 16 MiB; no record of an interchange file is "
        "that large, so the file is damaged or not an interchange file"
    )
    assert _counts(vault) == before


def test_a_file_over_the_total_bound_is_refused_unread(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "enormous.json"
    with open(path, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used, and nothing is read
    with pytest.raises(ValidationError, match=r"enormous.json is 4,294,967,297 bytes; .* limited to 4 GiB"):
        import_file(vault, path)


def test_a_field_given_twice_is_refused(vault: Vault, tmp_path: Path) -> None:
    # Plain JSON readers keep the last of two "people" lists; an import must not drop the first.
    path = tmp_path / "twice.json"
    path.write_text('{"format": "casefile-interchange", "version": 1, "people": [], "people": []}', encoding="utf-8")
    with pytest.raises(ValidationError, match="people: the file gives this field twice"):
        import_file(vault, path)


def test_cancel_during_the_import_writes_nothing(vault: Vault, tmp_path: Path) -> None:
    path = _write(tmp_path / "release.json", people=_people(100), encounters=_encounters(5_000, 100))
    seen: list[int] = []
    # Cancel once two chunks are written: the transaction holds them, and rolls them back.
    cancel: Callable[[], bool] = lambda: len(seen) >= 3  # noqa: E731
    before = _counts(vault)
    with pytest.raises(Cancelled, match="nothing was saved"):
        import_file(vault, path, progress=lambda p, _m: seen.append(p), cancel=cancel)
    assert _counts(vault) == before


def test_the_cli_refuses_a_deep_bad_record_cleanly(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    encounters = _encounters(RELEASE, 100)
    encounters[10_900]["occurred_at"] = "2024-02-30"
    path = _write(tmp_path / "release.json", people=_people(100), encounters=encounters)
    done = run_cli("import", "--vault", str(vault), str(path))
    assert done.returncode == 1
    assert "encounters[10900] (id e-10900)" in done.stderr and "occurred_at" in done.stderr
    assert "Traceback" not in done.stderr

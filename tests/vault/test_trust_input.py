"""Issue 11, finding 9: hostile input gets a clean error (exit 1, no traceback) and changes nothing.

Deeply nested JSON (an interchange file ``[[[[…`` 100 000 levels deep raised RecursionError, an
internal error) and a one-character ``--protect`` passphrase (accepted, so the mailed PDF fell to
the first guess).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casefile.domain.jsonlimits import MAX_DEPTH, TooDeep, loads_bounded
from casefile.errors import ValidationError
from casefile.services.interchange import export_records, import_file
from casefile.vault.db import Vault
from tests.conftest import PASSPHRASE, run_cli


def _nested(depth: int) -> str:
    person = '{"id": "p-deep", "full_name": "Deep", "family_ties": ' + "[" * depth + "]" * depth + "}"
    return '{"format": "casefile-interchange", "version": 1, "people": [' + person + "]}"


@pytest.mark.parametrize("depth", [100_000, 990, MAX_DEPTH])
def test_deeply_nested_import_is_a_clean_error_and_changes_nothing(
    example_vault: Vault, tmp_path: Path, depth: int
) -> None:
    """100 000 levels broke the parser; 990 parsed but sat at the interpreter's limit for any
    code walking it; MAX_DEPTH levels inside a record are already past the bound (the record's
    own two levels and the document's come on top)."""
    hostile = tmp_path / "deep.json"
    hostile.write_text(_nested(depth), encoding="utf-8")
    before = export_records(example_vault.connection())
    with pytest.raises(ValidationError, match="levels deep"):
        import_file(example_vault, hostile)
    after = export_records(example_vault.connection())
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before


def test_deeply_nested_import_through_the_cli(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", "--vault", str(vault), "--user", "maria").returncode == 0
    hostile = tmp_path / "deep.json"
    hostile.write_text(_nested(100_000), encoding="utf-8")
    done = run_cli("import", "--vault", str(vault), str(hostile))
    assert done.returncode == 1
    assert "levels deep" in done.stderr
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr


def test_the_bound_counts_levels_exactly() -> None:
    assert loads_bounded("[" * 4 + "]" * 4, max_depth=4) == [[[[]]]]
    with pytest.raises(TooDeep):
        loads_bounded("[" * 5 + "]" * 5, max_depth=4)
    with pytest.raises(TooDeep):
        loads_bounded(json.dumps({"a": {"b": {"c": {"d": {}}}}}), max_depth=4)
    assert loads_bounded('{"a": "[[[[[[[[[["}', max_depth=1) == {"a": "[[[[[[[[[["}  # text is not nesting


@pytest.mark.parametrize("weak", ["x", "", "password1234"])
def test_weak_protect_passphrase_is_refused_before_anything_is_written(
    example_vault: Vault, tmp_path: Path, weak: str
) -> None:
    vault_path = example_vault.path
    example_vault.close()
    out = tmp_path / "protected.pdf"
    done = run_cli(
        "report",
        "summary",
        "--vault",
        str(vault_path),
        "--person",
        "p-rosa",
        "--protect",
        "--out",
        str(out),
        stdin=f"{weak}\n{PASSPHRASE}\n",
    )
    assert done.returncode == 1, done.stderr
    assert "too weak to protect the PDF" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()

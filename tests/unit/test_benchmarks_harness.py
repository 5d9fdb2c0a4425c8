"""The benchmark harness works, and its bulk loader stores what an import would.

The suite's figures are timings and are never asserted here: this runs the whole harness at the
``tiny`` scale (seconds) and checks that its JSON carries every figure with its value, baseline,
ratio, target and verdict. ``casefile.services.bulk_load`` builds the benchmark vault, so it is
checked against ``import_document`` on the same generated chunks: same records, same columns,
same search rows, same custody and audit entries; and it refuses what an import refuses.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from casefile.demo.generator import DEMO_PASSPHRASE, generate
from casefile.domain.record_types.base import SEARCH_SLOTS
from casefile.errors import ValidationError
from casefile.queries.kinds import KINDS
from casefile.services.bulk_load import bulk_load
from casefile.services.interchange import export_records, import_document
from casefile.services.verify import verify
from casefile.vault.db import Vault

REPO = Path(__file__).resolve().parents[2]
VOLATILE = ("created_at", "updated_at", "rid", "blob_name", "blob_key", "at", "seq")


def _tiny() -> Any:
    sys.path.insert(0, str(REPO))
    from benchmarks.config import TINY

    return TINY


@pytest.fixture(scope="module")
def chunks(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], Path]:
    files = tmp_path_factory.mktemp("bench-files")
    return list(generate(_tiny(), files, chunk_size=40)), files


def _rows(conn: Any, sql: str) -> list[tuple[Any, ...]]:
    cursor = conn.execute(sql)
    names = [d[0] for d in cursor.description]
    keep = [i for i, n in enumerate(names) if n not in VOLATILE]
    return sorted(tuple(row[i] for i in keep) for row in cursor.fetchall())


def _snapshot(vault: Vault) -> dict[str, Any]:
    conn = vault.connection()
    exported = export_records(conn)
    records = {name: [{k: v for k, v in r.items() if k not in VOLATILE} for r in exported[name]]
               for name in KINDS}
    tables = {kind.table: _rows(conn, f"SELECT * FROM {kind.table}") for kind in KINDS.values()}
    # Search rows by the record they index (row ids are rid * SEARCH_SLOTS + code in both vaults).
    search = sorted(
        (KINDS[name].table, rec_id, title, body)
        for name in KINDS
        for rec_id, title, body in conn.execute(
            f"SELECT k.id, s.title, s.body FROM search s JOIN {KINDS[name].table} k "
            f"ON s.rowid = k.rid * {SEARCH_SLOTS} + {KINDS[name].code}")
    )
    return {
        "records": records,
        "tables": tables,
        "participants": _rows(conn, "SELECT e.id, p.position, p.person_id, p.role, p.outcome FROM participants p "
                                    "JOIN encounters e ON e.rid = p.encounter_rid"),
        "links": _rows(conn, "SELECT d.id, l.target_type, l.target_id FROM document_links l "
                             "JOIN documents d ON d.rid = l.document_rid"),
        "search": search,
        "search_rows": conn.execute("SELECT count(*) FROM search").fetchone()[0],
        "custody": _rows(conn, "SELECT document_id, action, user, detail FROM custody_log"),
        "creates": [tuple(r) for r in conn.execute(
            "SELECT action, kind, record_id FROM audit WHERE action = 'create' ORDER BY seq")],
    }


def _load(tmp_path: Path, name: str, fill: Any) -> dict[str, Any]:
    vault, _ = Vault.create(tmp_path / name, "bench", DEMO_PASSPHRASE)
    try:
        fill(vault)
        report = verify(vault)
        assert report.ok, report.problems
        return _snapshot(vault)
    finally:
        vault.close()


@pytest.mark.parametrize("workers", [0, 1])
def test_bulk_load_stores_what_import_document_stores(
    tmp_path: Path, chunks: tuple[list[dict[str, Any]], Path], workers: int
) -> None:
    docs, files = chunks

    def by_import(vault: Vault) -> None:
        for doc in docs:
            import_document(vault, doc, base_dir=files)

    def by_bulk(vault: Vault) -> None:
        result = bulk_load(vault, docs, base_dir=files, workers=workers)
        assert result.created["encounters"] == _tiny().encounters

    imported = _load(tmp_path, "imported", by_import)
    bulk = _load(tmp_path, "bulk", by_bulk)
    assert imported["records"]["documents"], "the generated set has documents"
    for key in imported:
        assert bulk[key] == imported[key], key


def test_bulk_load_refuses_what_import_refuses_and_leaves_nothing(
    tmp_path: Path, chunks: tuple[list[dict[str, Any]], Path]
) -> None:
    docs, files = chunks
    people = next(d for d in docs if d.get("people"))
    dangling = {**docs[-1]}
    name = next(n for n in ("notes", "deadlines") if dangling.get(n))
    dangling[name] = [dict(dangling[name][0], person_id="p-nobody"), *dangling[name][1:]]
    vault, _ = Vault.create(tmp_path / "vault", "bench", DEMO_PASSPHRASE)
    try:
        with pytest.raises(ValidationError) as imported:
            import_document(vault, {**dangling}, base_dir=files)
        with pytest.raises(ValidationError) as bulk:
            bulk_load(vault, [*docs[:-1], dangling], base_dir=files, workers=0)
        assert (bulk.value.where, bulk.value.field) == (imported.value.where, imported.value.field)
        conn = vault.connection()
        assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 0
        assert not list(vault.blobs_dir.iterdir()), "document files of a failed load are removed"
        bulk_load(vault, [people], base_dir=files, workers=0)
        with pytest.raises(ValidationError, match="already in the vault"):
            bulk_load(vault, [people], base_dir=files, workers=0)
    finally:
        vault.close()


def test_tiny_suite_writes_every_figure(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO))
    from benchmarks.__main__ import FIGURE_KEYS

    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--scale", "tiny", "--json", str(out), "--cache", str(tmp_path / "cache")],
        cwd=REPO, capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    body = json.loads(out.read_text(encoding="utf-8"))
    assert body["scale"] == "tiny"
    assert {"cores", "memory_gib", "python", "sqlcipher"} <= set(body["machine"])
    assert [f["key"] for f in body["figures"]] == list(FIGURE_KEYS)
    for figure in body["figures"]:
        assert {"value", "baseline", "ratio", "target", "verdict"} <= set(figure), figure["key"]
        assert figure["verdict"] in ("met", "falls short", "not measurable yet", "feature not built"), (
            figure["key"], figure["note"])
        assert {"op", "bound", "on", "text"} <= set(figure["target"])
        if figure["verdict"] not in ("not measurable yet", "feature not built"):
            assert isinstance(figure["value"], (int, float)), figure["key"]
        if figure["baseline"] is not None and figure["value"] is not None:
            assert figure["ratio"] is not None
    assert "| figure" in done.stdout
    compared = subprocess.run([sys.executable, "-m", "benchmarks.compare", str(out), str(out)], cwd=REPO,
                              capture_output=True, text=True, timeout=60, check=False)
    assert compared.returncode == 0, compared.stderr
    assert compared.stdout.count("\n") == len(FIGURE_KEYS) + 2  # header, rule, one row per figure


def test_figures_that_would_not_fit_on_the_disk_are_not_measured(tmp_path: Path) -> None:
    """Issue 16: a figure that writes large files runs only if they fit with the reserve left free;
    otherwise its row says what it needs and what is free, and nothing is written."""
    out = tmp_path / "bench.json"
    scratch = tmp_path / "scratch"
    env = {**os.environ, "CASEFILE_BENCH_RESERVE_GIB": "1000000"}  # more than any disk has free
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--scale", "tiny", "--json", str(out), "--scratch", str(scratch),
         "--only", "document_import", "document_import_memory", "media_playback_memory"],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False, env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(out.read_text(encoding="utf-8"))["figures"]
    assert {f["key"] for f in figures} == {"document_import", "document_import_memory", "media_playback_memory"}
    for figure in figures:
        assert figure["verdict"] == "not measured" and figure["value"] is None, figure
        assert re.fullmatch(r"not measured: needs [\d.]+ GB \+ [\d.]+ GB left free, [\d.]+ GB free", figure["note"])
    assert "not measured: needs" in done.stdout
    assert not scratch.exists(), "the scratch folder is removed after the run"


def test_vault_copy_for_the_backup_figures_links_the_blobs_and_copies_the_rest(
    tmp_path: Path, chunks: tuple[list[dict[str, Any]], Path]
) -> None:
    """The backup-set figures change a copy of the vault: its blobs are hard links (immutable
    files, no bytes copied), its database a real copy, so the change never reaches the original."""
    sys.path.insert(0, str(REPO))
    from benchmarks.diskspace import copy_vault

    docs, files = chunks
    vault, _ = Vault.create(tmp_path / "vault", "bench", DEMO_PASSPHRASE)
    try:
        bulk_load(vault, docs, base_dir=files, workers=0)
    finally:
        vault.close()
    copied = copy_vault(tmp_path / "vault", tmp_path / "copy")
    blobs = sorted((tmp_path / "vault" / "blobs").iterdir())
    assert blobs
    for blob in blobs:
        assert os.path.samefile(blob, tmp_path / "copy" / "blobs" / blob.name)
    db = tmp_path / "copy" / "vault.db"
    assert not os.path.samefile(tmp_path / "vault" / "vault.db", db)
    assert copied >= db.stat().st_size
    before = (tmp_path / "vault" / "vault.db").read_bytes()
    copy = Vault.open(tmp_path / "copy", DEMO_PASSPHRASE, user="bench")
    try:
        copy.connection().execute("DELETE FROM notes")
        copy.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        copy.close()
    assert (tmp_path / "vault" / "vault.db").read_bytes() == before

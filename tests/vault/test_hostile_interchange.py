"""Malformed and hostile interchange files: a clean error naming record and field, vault unchanged."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile.errors import ValidationError
from casefile.services.interchange import export_records, import_document
from casefile.vault.db import Vault
from tests.conftest import FIXTURES, PASSPHRASE, USER

EXAMPLE = json.loads((FIXTURES / "example.json").read_text(encoding="utf-8"))


def _snapshot(vault: Vault) -> str:
    conn = vault.connection()
    doc = export_records(conn)
    doc.pop("exported_at")
    tables = {}
    for table in (
        "people",
        "encounters",
        "documents",
        "foia_requests",
        "deadlines",
        "notes",
        "participants",
        "document_links",
        "history",
        "audit",
        "custody_log",
        "meta",
    ):
        tables[table] = conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
    search_rows = conn.execute("SELECT rowid, title, body FROM search ORDER BY rowid").fetchall()
    blobs = sorted(p.name for p in vault.blobs_dir.iterdir())
    return repr((doc, tables, search_rows, blobs))


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory):
    base = tmp_path_factory.mktemp("hostile")
    (base / "files").mkdir()
    for name in ("i213.txt", "nta.txt"):
        (base / "files" / name).write_bytes((FIXTURES / "files" / name).read_bytes())
    (base / "outside.txt").write_text("outside the folder", encoding="utf-8")
    vault, _ = Vault.create(base / "vault", USER, PASSPHRASE)
    import_document(vault, copy.deepcopy(EXAMPLE), base_dir=base)
    state = {"before": _snapshot(vault)}
    yield vault, base, state
    vault.close()


def _mutations() -> st.SearchStrategy:
    paths = [
        ("people", 0, "full_name"),
        ("people", 0, "a_number"),
        ("people", 0, "is_client"),
        ("people", 0, "date_of_birth"),
        ("people", 0, "custody_status"),
        ("people", 0, "country_of_birth"),
        ("encounters", 0, "occurred_at"),
        ("encounters", 0, "setting"),
        ("encounters", 0, "agencies"),
        ("encounters", 0, "narrative"),
        ("encounters", 0, "officer_count"),
        ("encounters", 0, "participants"),
        ("documents", 0, "file"),
        ("documents", 0, "title"),
        ("documents", 1, "encounter_ids"),
        ("foia_requests", 0, "received_on"),
        ("foia_requests", 0, "extension_days"),
        ("deadlines", 0, "due"),
        ("notes", 0, "person_id"),
        ("notes", 0, "text"),
    ]
    hostile_values = st.one_of(
        st.integers(),
        st.floats(allow_nan=True),
        st.booleans(),
        st.lists(st.integers(), max_size=3),
        st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
        st.sampled_from(
            [
                "../outside.txt",
                "/etc/passwd",
                "files/../../outside.txt",
                "A12",
                "A-1234-5678-9",
                "2026-02-30",
                "15/09/2026",
                "2026-09-15T05:50:00",
                "nowhere-id",
                "hoem",
                "x" * 300_000,
                "files/missing.txt",
                "",
                "ZZ",
                "p-nobody",
            ]
        ),
        st.text(max_size=30),
    )
    return st.tuples(st.sampled_from(paths), hostile_values)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutation=_mutations(), extra_key=st.booleans())
def test_hostile_records_are_refused_cleanly(loaded, mutation, extra_key) -> None:
    _import_hostile(loaded, mutation, extra_key)


@pytest.mark.slow
@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutation=_mutations(), extra_key=st.booleans())
def test_many_hostile_records_are_refused_cleanly(loaded, mutation, extra_key) -> None:
    # The soak (make test-slow): more than ten times the examples.
    _import_hostile(loaded, mutation, extra_key)


def _import_hostile(loaded, mutation, extra_key) -> None:
    """Import the example with one field made hostile: a clean error naming record and field and
    an unchanged vault, or (for a value that is in fact valid) an import like any other."""
    vault, base, state = loaded
    before = state["before"]
    (list_name, index, field), value = mutation
    doc = copy.deepcopy(EXAMPLE)
    doc[list_name][index][field] = value
    if extra_key:
        doc[list_name][index]["unexpected_field"] = 1
    error: ValidationError | None = None
    try:
        import_document(vault, doc, base_dir=Path(base).resolve())
    except ValidationError as exc:
        error = exc
    if error is not None:
        assert error.where.startswith(f"{list_name}[") or error.where == "the file", error
        assert error.field, error
        assert len(str(error)) < 2000
        assert _snapshot(vault) == before
    else:
        # Accepted: an unknown key never is. Put the example back and move the baseline.
        assert not extra_key
        import_document(vault, copy.deepcopy(EXAMPLE), base_dir=Path(base).resolve())
        state["before"] = _snapshot(vault)


@pytest.mark.parametrize(
    ("mutate", "where", "field", "words"),
    [
        (lambda d: d["documents"][0].__setitem__("file", "../outside.txt"), "documents[0] (id d-nta)", "file", ".."),
        (lambda d: d["documents"][0].__setitem__("file", "/etc/passwd"), "documents[0] (id d-nta)", "file", "relative"),
        (lambda d: d["notes"][0].__setitem__("person_id", "p-nobody"), "notes[0] (id n-1)", "person_id", "p-nobody"),
        (lambda d: d["people"][0].__setitem__("a_number", "A12"), "people[0] (id p-rosa)", "a_number", "digits"),
        (lambda d: d["people"][1].__setitem__("nickname", "x"), "people[1] (id p-target)", "nickname", "unknown field"),
        (lambda d: d.__setitem__("persons", []), "the file", "persons", "unknown field"),
        (
            lambda d: d["encounters"][0].__setitem__("narrative", "x" * 300_000),
            "encounters[0] (id e-airline)",
            "narrative",
            "too long",
        ),
        (
            lambda d: d["encounters"][0]["participants"].append({"person_id": "ghost", "role": "witness"}),
            "encounters[0] (id e-airline)",
            "participants[2].person_id",
            "ghost",
        ),
        (
            lambda d: d["foia_requests"][0].__setitem__("received_on", "2026-02-30"),
            "foia_requests[0] (id f-ice-1)",
            "received_on",
            "not a real date",
        ),
        (lambda d: d["documents"][0].__setitem__("sha256", "0" * 64), "documents[0] (id d-nta)", "sha256", "match"),
        (lambda d: d["people"].append(dict(d["people"][0])), "people[2] (id p-rosa)", "id", "twice"),
    ],
)
def test_named_errors(loaded, mutate, where, field, words) -> None:
    vault, base, state = loaded
    before = state["before"]
    doc = copy.deepcopy(EXAMPLE)
    mutate(doc)
    with pytest.raises(ValidationError) as caught:
        import_document(vault, doc, base_dir=Path(base).resolve())
    assert caught.value.where == where
    assert caught.value.field == field
    assert words in str(caught.value)
    assert _snapshot(vault) == before


def test_file_that_is_not_what_it_claims(loaded, tmp_path: Path) -> None:
    vault, _base, state = loaded
    before = state["before"]
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "warrant.pdf").write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    doc = {
        "format": "casefile-interchange",
        "version": 1,
        "documents": [{"id": "d-x", "title": "Warrant", "file": "files/warrant.pdf"}],
    }
    with pytest.raises(ValidationError) as caught:
        import_document(vault, doc, base_dir=tmp_path)
    assert "named as a PDF" in str(caught.value)
    assert _snapshot(vault) == before

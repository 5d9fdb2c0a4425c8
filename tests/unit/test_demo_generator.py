"""The synthetic-data generator: deterministic, complete, importable and realistic.

The demo vault is what attorneys see in screenshots and the benchmark's workload is what the
performance targets are measured on, so these tests check what an import would check (schema,
domain rules, references chunk by chunk, file types judged from content) with the project's own
validators, plus the properties the generator promises: same seed, same bytes; the counts and
byte total of the scale asked for; every machine value of the domain shown at demo scale.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import struct
import tempfile
import wave
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from casefile.demo import DEMO_PASSPHRASE, HUB_PERSON_ID, SCALES, Scale, generate
from casefile.domain import dates, enums
from casefile.domain.media import check_claimed_type, pdf_text, sniff_media_type
from casefile.domain.passphrase import assess
from casefile.domain.validate import check_schema, normalize_a_number, normalize_record, where_of
from casefile.services.references import references

MIB = 1024 * 1024
TODAY = dt.date(2026, 11, 23)


def _run(scale: Scale, files_dir: Path, **options: Any) -> list[dict[str, Any]]:
    return list(generate(scale, files_dir, **options))


def _records(chunks: list[dict[str, Any]], list_name: str) -> list[dict[str, Any]]:
    return [record for chunk in chunks for record in chunk.get(list_name) or []]


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], Path]:
    files = tmp_path_factory.mktemp("demo-files")
    return _run(SCALES["demo"], files), files


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], Path]:
    files = tmp_path_factory.mktemp("small-files")
    return _run(SCALES["small"], files, chunk_size=400), files


# --- determinism ------------------------------------------------------------------------------


def test_same_seed_gives_identical_records_and_file_bytes(tmp_path: Path, demo: Any) -> None:
    chunks, files = demo
    again = _run(SCALES["demo"], tmp_path / "again")
    assert json.dumps(again, ensure_ascii=False) == json.dumps(chunks, ensure_ascii=False)
    assert _files(tmp_path / "again") == _files(files)


def test_chunk_size_changes_the_grouping_not_the_records(tmp_path: Path, demo: Any) -> None:
    chunks, files = demo
    progress: list[tuple[int, str]] = []
    small_chunks = _run(SCALES["demo"], tmp_path, chunk_size=3, progress=lambda p, m: progress.append((p, m)))
    assert len(small_chunks) > len(chunks)
    for name in enums.RECORD_LISTS:
        assert _records(small_chunks, name) == _records(chunks, name)
    assert _files(tmp_path) == _files(files)
    percents = [p for p, _ in progress]
    assert percents == sorted(percents)
    assert percents[-1] == 100
    assert all(message for _, message in progress)


def test_another_seed_gives_other_cases(tmp_path: Path, demo: Any) -> None:
    chunks, _ = demo
    other = _run(SCALES["demo"], tmp_path, seed=7)
    names = {p["full_name"] for p in _records(chunks, "people")}
    other_names = {p["full_name"] for p in _records(other, "people")}
    assert names != other_names


# --- counts, chunks and references -------------------------------------------------------------


@pytest.mark.parametrize("name", ["demo", "small"])
def test_counts_match_the_scale(name: str, demo: Any, small: Any) -> None:
    chunks, _ = demo if name == "demo" else small
    scale = SCALES[name]
    encounters = _records(chunks, "encounters")
    assert len(_records(chunks, "people")) == scale.people
    assert len(encounters) == scale.encounters
    assert sum(len(e["participants"]) for e in encounters) == scale.participants
    assert all(1 <= len(e["participants"]) <= 3 for e in encounters)
    assert len(_records(chunks, "documents")) == scale.documents
    assert len(_records(chunks, "foia_requests")) == scale.foia
    assert len(_records(chunks, "deadlines")) == scale.deadlines
    assert len(_records(chunks, "notes")) == scale.notes


def test_chunks_are_bounded_ordered_and_resolve_backwards(tmp_path: Path) -> None:
    chunks = _run(SCALES["demo"], tmp_path, chunk_size=7)
    seen: dict[str, set[str]] = {name: set() for name in enums.RECORD_LISTS}
    order = []
    for chunk in chunks:
        assert chunk["format"] == "casefile-interchange"
        assert chunk["version"] == 1
        assert chunk["exported_at"] == "2026-11-23T09:00:00Z"
        lists = [name for name in enums.RECORD_LISTS if chunk.get(name)]
        assert 1 <= sum(len(chunk[name]) for name in lists) <= 7
        # Officer and vehicle records travel with the encounters that first name them (issue 15).
        main = [name for name in lists if name not in ("officers", "vehicles")]
        if main:
            order.append(main[0])
        for name in lists:
            seen[name].update(r["id"] for r in chunk[name])
        for name in lists:
            for record in chunk[name]:
                for field, target, ref in references(name, record):
                    assert ref in seen[target], f"{name} {record['id']} {field} -> {ref}"
    # People first, then encounters (with the I-213s they cite), FOIA, documents, deadlines, notes.
    phases = [name for i, name in enumerate(order) if i == 0 or order[i - 1] != name]
    assert phases == ["people", "encounters", "foia_requests", "documents", "deadlines", "notes"]


def test_an_i213_cited_by_an_account_travels_with_its_encounter(small: Any) -> None:
    chunks, _ = small
    cited = 0
    for chunk in chunks:
        documents = {d["id"] for d in chunk.get("documents") or []}
        for encounter in chunk.get("encounters") or []:
            for point in encounter.get("account_points") or []:
                for version in point["versions"]:
                    if version["source"].startswith("document:"):
                        assert version["source"].removeprefix("document:") in documents
                        cited += 1
    assert cited > 0


@pytest.mark.parametrize("name", ["demo", "small"])
def test_every_chunk_passes_the_import_validation(name: str, demo: Any, small: Any) -> None:
    chunks, _ = demo if name == "demo" else small
    for chunk in chunks:
        check_schema(chunk)
        for list_name in enums.RECORD_LISTS:
            for index, record in enumerate(chunk.get(list_name) or []):
                normalize_record(list_name, record, where_of(list_name, index, record))


@st.composite
def _tiny_scales(draw: st.DrawFn) -> Scale:
    people = draw(st.integers(1, 12))
    encounters = draw(st.integers(0, 15))
    most = encounters * min(3, people)
    return Scale(
        people=people,
        encounters=encounters,
        participants=draw(st.integers(encounters, most)),
        documents=draw(st.integers(0, 25)),
        document_bytes=draw(st.integers(0, 300_000)),
        large_documents=0,
        foia=draw(st.integers(0, 14)),
        deadlines=draw(st.integers(0, 8)),
        notes=draw(st.integers(0, 8)),
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scale=_tiny_scales(), chunk_size=st.integers(2, 9), seed=st.integers(0, 2**32))
def test_any_small_scale_gives_exact_counts_and_valid_resolving_chunks(
    scale: Scale, chunk_size: int, seed: int
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        chunks = _run(scale, Path(scratch), seed=seed, chunk_size=chunk_size)
        named = sorted(d["file"] for d in _records(chunks, "documents"))
        assert named == sorted(_files(Path(scratch)))
    seen: dict[str, set[str]] = {name: set() for name in enums.RECORD_LISTS}
    for chunk in chunks:
        check_schema(chunk)
        lists = [name for name in enums.RECORD_LISTS if chunk.get(name)]
        assert sum(len(chunk[name]) for name in lists) <= chunk_size
        for name in lists:
            seen[name].update(r["id"] for r in chunk[name])
        for name in lists:
            for index, record in enumerate(chunk[name]):
                normalize_record(name, record, where_of(name, index, record))
                for _field, target, ref in references(name, record):
                    assert ref in seen[target]
    encounters = _records(chunks, "encounters")
    assert len(seen["people"]) == scale.people
    assert len(encounters) == scale.encounters
    assert sum(len(e["participants"]) for e in encounters) == scale.participants
    for encounter in encounters:
        people = [p["person_id"] for p in encounter["participants"]]
        assert len(set(people)) == len(people)
    assert len(seen["documents"]) == scale.documents
    assert len(seen["foia_requests"]) == scale.foia
    assert len(seen["deadlines"]) == scale.deadlines
    assert len(seen["notes"]) == scale.notes


def test_rejects_scales_that_cannot_exist(tmp_path: Path) -> None:
    base = SCALES["demo"]
    too_many = Scale(**{**vars(base), "participants": base.encounters * 3 + 1})
    with pytest.raises(ValueError, match="participants"):
        next(generate(too_many, tmp_path))
    no_room = Scale(**{**vars(base), "large_documents": 1})
    with pytest.raises(ValueError, match="100 MiB"):
        next(generate(no_room, tmp_path))
    crowded = Scale(**{**vars(base), "people": 2, "participants": base.encounters * 3})
    with pytest.raises(ValueError, match="add people"):
        next(generate(crowded, tmp_path))
    with pytest.raises(ValueError, match="chunk_size"):
        next(generate(base, tmp_path, chunk_size=1))


# --- machine values ------------------------------------------------------------------------------


def _values(chunks: list[dict[str, Any]]) -> dict[str, list[Any]]:
    people = _records(chunks, "people")
    encounters = _records(chunks, "encounters")
    participants = [p for e in encounters for p in e["participants"]]
    biometrics = [b for e in encounters for b in e.get("biometrics") or []]
    officers = [o for e in encounters for o in e.get("officers") or []]
    foia = _records(chunks, "foia_requests")
    return {
        "CUSTODY_STATUS": [p["custody_status"] for p in people],
        "SETTING": [e["setting"] for e in encounters],
        "AGENCY": [a for e in encounters for a in e["agencies"]]
        + [o["agency"] for o in officers]
        + [p["arrest"]["arresting_agency"] for p in participants if p.get("arrest")],
        "PROGRAM": [e["program"] for e in encounters],
        "WARRANT_TYPE": [e["warrant"]["type"] for e in encounters],
        "ENTRY": [e["entry"] for e in encounters if "entry" in e],
        "BIOMETRIC_MODALITY": [b["modality"] for b in biometrics],
        "BIOMETRIC_DEVICE": [b["device"] for b in biometrics],
        "BIOMETRIC_CONSENT": [b["consent"] for b in biometrics],
        "ROLE": [p["role"] for p in participants],
        "OUTCOME": [p["outcome"] for p in participants],
        "DOCUMENT_KIND": [d["kind"] for d in _records(chunks, "documents")],
        "FOIA_AGENCY": [f["agency"] for f in foia],
        "FOIA_STATUS": [f["status"] for f in foia],
        "DEADLINE_KIND": [d["kind"] for d in _records(chunks, "deadlines")],
    }


def test_every_machine_value_is_a_domain_value(small: Any) -> None:
    chunks, _ = small
    for enum_name, values in _values(chunks).items():
        allowed = set(getattr(enums, enum_name))
        assert set(values) <= allowed, enum_name


def test_the_demo_shows_every_value_of_every_list(demo: Any) -> None:
    chunks, _ = demo
    computed_kinds = {"bia-appeal", "foia-response", "foia-appeal", "ftca-claim"}
    for enum_name, values in _values(chunks).items():
        expected = set(getattr(enums, enum_name))
        if enum_name == "DEADLINE_KIND":
            expected -= computed_kinds  # the app derives these from other records
        assert set(values) == expected, enum_name


def test_arrests_only_where_someone_was_taken_and_collateral_arrests_abound(small: Any) -> None:
    chunks, _ = small
    participants = [p for e in _records(chunks, "encounters") for p in e["participants"]]
    for participant in participants:
        assert ("arrest" in participant) == (participant["outcome"] in enums.ARREST_OUTCOMES)
    collateral = [p for p in participants if p["role"] == "collateral" and p["outcome"] in enums.ARREST_OUTCOMES]
    assert len(collateral) > len(participants) / 5


# --- files ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["demo", "small"])
def test_files_resolve_and_add_up_to_the_byte_budget(name: str, demo: Any, small: Any) -> None:
    chunks, files = demo if name == "demo" else small
    documents = _records(chunks, "documents")
    named = [d["file"] for d in documents]
    assert len(set(named)) == len(named)
    assert sorted(named) == sorted(_files(files))
    for document in documents:
        assert not document["file"].startswith("/")
        assert ".." not in document["file"]
        assert "sha256" not in document
    total = sum((files / n).stat().st_size for n in named)
    assert abs(total - SCALES[name].document_bytes) <= SCALES[name].document_bytes * 0.01


@pytest.mark.parametrize("name", ["demo", "small"])
def test_every_file_is_what_its_name_says(name: str, demo: Any, small: Any) -> None:
    chunks, files = demo if name == "demo" else small
    for document in _records(chunks, "documents"):
        data = (files / document["file"]).read_bytes()
        media_type = sniff_media_type(data[:8192])
        check_claimed_type(document["original_filename"], media_type)
        check_claimed_type(document["file"], media_type)
        if media_type == "application/pdf":
            assert pdf_text(data, 2000), document["file"]


def _png_rows(data: bytes) -> tuple[int, int]:
    """Check a PNG's structure and CRCs; return (expected, actual) decompressed image bytes."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, idat, header, kinds = 8, b"", b"", []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        (crc,) = struct.unpack(">I", data[position + 8 + length : position + 12 + length])
        assert zlib.crc32(kind + body) == crc
        kinds.append(kind)
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    assert kinds[0] == b"IHDR"
    assert kinds[-1] == b"IEND"
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    if colour == 3:
        assert b"PLTE" in kinds
    return height * (1 + (width * depth * channels + 7) // 8), len(zlib.decompress(idat))


def test_demo_has_a_real_pdf_png_and_wav(demo: Any) -> None:
    chunks, files = demo
    by_kind: dict[str, list[bytes]] = {}
    for document in _records(chunks, "documents"):
        by_kind.setdefault(document["kind"], []).append((files / document["file"]).read_bytes())
    reader = PdfReader(io.BytesIO(by_kind["I-213"][0]))
    assert by_kind["I-213"][0].startswith(b"%PDF")
    assert "RECORD OF DEPORTABLE/INADMISSIBLE ALIEN" in reader.pages[0].extract_text()
    assert "ReportLab" in str(reader.metadata.get("/Producer"))
    photo = by_kind["photo"][0]
    assert 20_000 <= len(photo) <= 120_000
    expected, actual = _png_rows(photo)
    assert expected == actual
    with wave.open(io.BytesIO(by_kind["audio"][0])) as voicemail:
        assert voicemail.getframerate() == 8000
        assert voicemail.getnframes() > 8000
    declarations = [d for d in by_kind["declaration"] if not d.startswith(b"%PDF")]
    assert declarations
    assert b"perjur" in declarations[0]


def test_a_large_document_is_exactly_100_mib_of_video(tmp_path: Path) -> None:
    scale = Scale(
        people=5, encounters=4, participants=6, documents=6, document_bytes=100 * MIB + 400_000,
        large_documents=1, foia=2, deadlines=1, notes=1,
    )  # fmt: skip
    chunks = _run(scale, tmp_path)
    documents = _records(chunks, "documents")
    sizes = {d["file"]: (tmp_path / d["file"]).stat().st_size for d in documents}
    large = [d for d in documents if sizes[d["file"]] == 100 * MIB]
    assert len(large) == 1
    path = tmp_path / large[0]["file"]
    assert sniff_media_type(path.read_bytes()[:8192]) == "video/mp4"
    assert abs(sum(sizes.values()) - scale.document_bytes) <= scale.document_bytes * 0.01
    path.unlink()  # pytest keeps recent temporary folders; 100 MiB need not linger


# --- realism ------------------------------------------------------------------------------------


def test_narratives_mix_spanish_and_english_with_searchable_words(small: Any) -> None:
    chunks, _ = small
    narratives = [e["narrative"] for e in _records(chunks, "encounters")]
    assert all(200 <= len(n) <= 2000 for n in narratives)
    spanish = [n for n in narratives if re.search(r"\b(los|las|agentes|cuando)\b", n)]
    assert 0.25 < len(spanish) / len(narratives) < 0.55
    for word in ("madrugada", "escáner", "kitchen", "scanner"):
        hits = sum(word in n for n in narratives)
        assert 0 < hits < len(narratives) / 2, word


def test_people_have_accented_names_varied_languages_and_a_third_are_clients(small: Any) -> None:
    chunks, _ = small
    people = _records(chunks, "people")
    assert any(re.search(r"[áéíóúñüçÁÉÍÓÚÑ]", p["full_name"]) for p in people)
    languages = {p["preferred_language"] for p in people}
    assert {"es", "en", "k'iche'", "mam", "ht", "pt"} <= languages
    clients = sum(p["is_client"] for p in people)
    assert 0.25 < clients / len(people) < 0.45
    assert any(p.get("aliases") for p in people)
    assert any(p.get("ij_decision_on") for p in people)
    assert all(p["phone"].count("555") == 1 for p in people if p.get("phone"))


def test_a_numbers_come_in_varied_forms_and_normalise_uniquely(small: Any) -> None:
    chunks, _ = small
    raw = [p["a_number"] for p in _records(chunks, "people") if p.get("a_number")]
    normalised = [normalize_a_number(a) for a in raw]
    assert len(set(normalised)) == len(normalised)
    digits = Counter(len(re.sub(r"\D", "", a)) for a in raw)
    assert digits[8] > 0
    assert digits[9] > 0
    assert len({re.sub(r"\d", "9", a) for a in raw}) >= 5  # "A 999-999-999", "a999999999", ...


def test_the_benchmark_client_has_many_encounters_and_documents(small: Any) -> None:
    chunks, _ = small
    hub = next(p for p in _records(chunks, "people") if p["id"] == HUB_PERSON_ID)
    assert hub["is_client"]
    encounters = [
        e for e in _records(chunks, "encounters")
        if any(p["person_id"] == HUB_PERSON_ID for p in e["participants"])
    ]  # fmt: skip
    assert len(encounters) == 50  # min(50, encounters / 5): the full workload's 50, exactly
    documents = [d for d in _records(chunks, "documents") if HUB_PERSON_ID in d["person_ids"]]
    assert len(documents) >= 60


def test_foia_requests_are_spread_around_their_due_dates(small: Any) -> None:
    chunks, _ = small
    overdue = on_time = 0
    for request in _records(chunks, "foia_requests"):
        if not request.get("received_on"):
            assert request["status"] in ("draft", "submitted")
            continue
        received = dt.date.fromisoformat(request["received_on"])
        assert received < TODAY
        assert 0 <= request["extension_days"] <= 10
        due = dates.foia_response_due(received, request["extension_days"], response_days=request.get("response_days"))
        if dates.foia_overdue(due, request["status"], TODAY):
            overdue += 1
        elif request["status"] in ("acknowledged", "processing"):
            on_time += 1
        if request["status"] in ("denied", "appealed", "in-litigation"):
            assert request["adverse_determination_on"]
        if request["agency"] == "state-local":
            assert request["jurisdiction"]
            assert request["response_days"]
    assert overdue > 0
    assert on_time > 0


def test_foia_requests_ask_about_encounters_before_they_were_sent(small: Any) -> None:
    chunks, _ = small
    for request in _records(chunks, "foia_requests"):
        sent = request.get("submitted_on")
        for mentioned in re.findall(r"\d{4}-\d{2}-\d{2}", request["records_sought"]):
            assert mentioned < (sent or TODAY.isoformat())


def test_deadlines_fall_in_the_coming_months_and_some_are_done(small: Any) -> None:
    chunks, _ = small
    deadlines = _records(chunks, "deadlines")
    days = [dt.date.fromisoformat(d["due"][:10]) for d in deadlines]
    assert min(days) >= dt.date(2026, 10, 1)
    assert max(days) <= dt.date(2027, 6, 30)
    assert all(day.weekday() < 5 for day in days)
    assert any(d["done"] for d in deadlines)
    assert any(not d["done"] for d in deadlines)


def test_notes_are_bilingual_signed_and_fit_the_client(small: Any) -> None:
    chunks, _ = small
    notes = _records(chunks, "notes")
    custody = {p["id"]: p["custody_status"] for p in _records(chunks, "people")}
    visits = [n for n in notes if re.match(r"(Detention visit|Visita en)", n["text"])]
    assert visits
    assert all(custody[n["person_id"]] == "detained" for n in visits)
    assert all(n["author"] and n["person_id"] for n in notes)
    assert any(n.get("encounter_id") for n in notes)
    assert any(re.search(r"\b(Llamé|está|vecina|fianza)\b", n["text"]) for n in notes)
    assert any(re.search(r"\b(Called|declaration|FOIA)\b", n["text"]) for n in notes)


def test_the_demo_passphrase_is_strong() -> None:
    strength = assess(DEMO_PASSPHRASE)
    assert strength.score == 4
    assert strength.acceptable

"""Issue 16: a video's or audio recording's capture facts (device, time, GPS, duration, codec,
picture size) are read from the file's own headers, kept with the document, never stripped from
the stored original and never in a redacted export; a photo's thumbnail is made in memory and kept
only inside the encrypted database.

The media are made by the tests (tests/media_samples.py): QuickTime movies with an iPhone's
metadata keys or Android's ``©xyz``, a WAV (the standard library) and an MP3 of silent frames with
an ID3 recording time (mutagen), each a few tens of KB; real vault files on disk throughout."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from casefile.errors import CasefileError, ValidationError
from casefile.services import documents, media, records
from casefile.services.capture import Capture
from casefile.services.interchange import write_export
from casefile.services.quicktime import iso6709
from casefile.vault.db import Vault
from tests.media_samples import iphone_movie, phone_photo, quicktime_movie, silent_mp3, wav_statement


def vault_bytes(vault: Vault) -> bytes:
    """Every file of the vault's folder (database, its WAL, blobs), as one haystack."""
    root = vault.blobs_dir.parent
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def test_iso6709_places_as_phones_and_cameras_write_them() -> None:
    assert iso6709("+29.7604-095.3698+012.000/") == (29.7604, -95.3698)
    # ±DDMM.MM: 29° 45.624' = 29 + 45.624/60 = 29.7604; 95° 22.188' W = -(95 + 22.188/60) = -95.3698.
    assert iso6709("+2945.624-09522.188/") == (29.7604, -95.3698)
    # ±DDMMSS: 29° 45' 37.44" = 29.7604; 95° 22' 11.28" W = -95.3698.
    assert iso6709("+294537.44-0952211.28/") == (29.7604, -95.3698)
    assert iso6709("") is None and iso6709("north") is None and iso6709("+95.0+010.0/") is None


def test_an_iphone_video_keeps_its_device_time_and_place_and_suggests_its_encounter(
    example_vault: Vault, tmp_path: Path
) -> None:
    source = iphone_movie(tmp_path / "IMG_0413.MOV", frames=30, fps=10)
    record = documents.add_document(example_vault, source, {"title": "Video of the raid"})
    assert record["media_type"] == "video/quicktime"
    # The creation date's own day (2026-09-15T05:48:12-0500), not the UTC one in mvhd.
    assert record["document_date"] == "2026-09-15"
    facts, near = documents.capture_facts(example_vault, record["id"])
    # 30 frames at 10 a second: 3 000 ms; 160 x 120 Motion-JPEG ('jpeg'), as written.
    assert facts == Capture(
        taken_at="2026-09-15T05:48:12-05:00",
        device="Apple iPhone 13",
        latitude=29.7604,
        longitude=-95.3698,
        duration_ms=3000,
        width=160,
        height=120,
        video_codec="jpeg",
        software="17.6.1",
    )
    # e-airline: 05:50 -05:00 on 15 September; the video began 05:48:12 -05:00: 1 min 48 s, 1 whole minute.
    assert [(e["id"], e["gap_minutes"]) for e in near][:1] == [("e-airline", 1)]
    # Never stripped: the stored original is the file as it came, metadata and all.
    reader, _type = documents.open_for_playback(example_vault, record["id"])
    with reader:
        data = reader.read(0, reader.size)
    assert hashlib.sha256(data).hexdigest() == hashlib.sha256(source.read_bytes()).hexdigest()
    assert b"com.apple.quicktime.location.ISO6709" in data
    # Kept in the vault: the list's duration, and a poster frame still to grab in the app.
    row = media.rows_for(example_vault, [record["id"]])[record["id"]]
    assert row.duration_ms == 3000 and row.poster == "video" and row.thumbnail is None
    assert media.posters_to_grab(example_vault) == [record["id"]]


def test_an_android_mp4_with_its_header_at_the_end(example_vault: Vault, tmp_path: Path) -> None:
    # Phones often write moov after the media (mdat): the reader skips mdat by its size.
    source = quicktime_movie(
        tmp_path / "VID_20260915.mp4",
        brand=b"mp42",
        frames=25,
        fps=10,
        moov_last=True,
        udta={b"\xa9xyz": "+29.7604-095.3698/", b"\xa9mak": "samsung", b"\xa9mod": "SM-A515F"},
        created=3_872_314_092,  # 2026-09-15T10:48:12Z: (2026-09-15 - 1904-01-01) in seconds + 10:48:12
    )
    record = documents.add_document(example_vault, source, {"title": "Checkpoint video"})
    assert record["media_type"] == "video/mp4"
    facts, _near = documents.capture_facts(example_vault, record["id"])
    assert (facts.device, facts.latitude, facts.longitude) == ("samsung SM-A515F", 29.7604, -95.3698)
    assert facts.taken_at == "2026-09-15T10:48:12Z"  # mvhd's time is UTC: no offset to keep
    assert facts.duration_ms == 2500  # 25 frames at 10 a second


def test_audio_statements_have_their_duration_and_recording_time(example_vault: Vault, tmp_path: Path) -> None:
    wav = documents.add_document(example_vault, wav_statement(tmp_path / "statement.wav", seconds=2.0), {})
    facts, _ = documents.capture_facts(example_vault, wav["id"])
    assert (facts.duration_ms, facts.audio_codec) == (2000, "PCM")  # 16 000 samples at 8 000 a second
    mp3 = documents.add_document(example_vault, silent_mp3(tmp_path / "declaration.mp3", frames=77), {})
    assert mp3["document_date"] == "2026-09-15"  # the ID3 recording time
    facts, _ = documents.capture_facts(example_vault, mp3["id"])
    assert facts.taken_at == "2026-09-15T05:48:12" and facts.software == "Voice Recorder 2.1"
    # 77 frames x 1 152 samples / 44 100 a second = 2.011 s; mutagen estimates from the bitrate
    # (33 233 bytes of frames x 8 / 128 000 bit/s = 2.077 s less the ID3 tag's share): within 0.1 s.
    assert abs(facts.duration_ms - 2011) <= 100 and facts.audio_codec == "MP3"
    rows = media.rows_for(example_vault, [wav["id"], mp3["id"]])
    assert rows[wav["id"]].duration_ms == 2000 and rows[wav["id"]].poster == "none"


def test_a_photo_thumbnail_is_made_in_memory_and_kept_only_encrypted(example_vault: Vault, tmp_path: Path) -> None:
    # A noisy photo: its JPEG thumbnail is full of bytes no other file could contain by chance.
    out = io.BytesIO()
    Image.effect_noise((1200, 900), 64).convert("RGB").save(out, "JPEG", quality=95)
    source = tmp_path / "door.jpg"
    source.write_bytes(out.getvalue())
    record = documents.add_document(example_vault, source, {"title": "Door"})
    thumb = media.rows_for(example_vault, [record["id"]])[record["id"]].thumbnail
    assert thumb is not None and thumb.startswith(b"\xff\xd8\xff")
    with Image.open(io.BytesIO(thumb)) as image:
        assert max(image.size) == media.THUMB_EDGE and image.size == (160, 120)  # 1200 x 900 scaled by 160/1200
        assert not image.getexif()
    haystack = vault_bytes(example_vault)
    # Any 32-byte run of the thumbnail's compressed data would show a copy in the clear.
    for start in range(len(thumb) // 4, len(thumb) - 32, max(1, len(thumb) // 16)):
        assert thumb[start : start + 32] not in haystack
    # A phone photo's EXIF facts are kept the same way, and its thumbnail has none of them.
    phone = documents.add_document(example_vault, phone_photo(tmp_path / "IMG_0412.jpg"), {})
    row = media.rows_for(example_vault, [phone["id"]])[phone["id"]]
    assert row.facts == {
        "taken_at": "2026-09-15T05:48:12-05:00",
        "device": "Apple iPhone 13",
        "latitude": 29.7604,
        "longitude": -95.3698,
    }
    assert b"iPhone" not in row.thumbnail and b"Exif" not in row.thumbnail


def test_documents_added_before_are_described_from_their_encrypted_files(example_vault: Vault, tmp_path: Path) -> None:
    video = documents.add_document(example_vault, iphone_movie(tmp_path / "a.mov"), {})
    photo = documents.add_document(example_vault, phone_photo(tmp_path / "b.jpg"), {})
    # As a vault migrated from schema 10 has them: documents, no rows.
    with example_vault.transaction() as tx:
        tx.execute("DELETE FROM document_media")
    assert media.rows_for(example_vault, [video["id"], photo["id"]]) == {}
    assert media.prepare_pending(example_vault) == 2  # the example's two text files are not media
    rows = media.rows_for(example_vault, [video["id"], photo["id"]])
    assert rows[video["id"]].facts["device"] == "Apple iPhone 13" and rows[video["id"]].duration_ms == 2000
    assert rows[photo["id"]].thumbnail is not None
    assert media.prepare_pending(example_vault) == 0


def test_a_poster_frame_is_kept_once_and_must_be_a_small_jpeg(example_vault: Vault, tmp_path: Path) -> None:
    video = documents.add_document(example_vault, iphone_movie(tmp_path / "a.mov"), {})
    with pytest.raises(ValidationError):
        media.store_poster(example_vault, video["id"], b"GIF89a not a jpeg", 2000)
    frame = io.BytesIO()
    Image.new("RGB", (160, 120), "teal").save(frame, "JPEG")
    media.store_poster(example_vault, video["id"], frame.getvalue(), 1999)
    row = media.rows_for(example_vault, [video["id"]])[video["id"]]
    # The header's duration (2 000 ms) stands; the decoder's is kept only where the header had none.
    assert (row.thumbnail, row.poster, row.duration_ms) == (frame.getvalue(), "done", 2000)
    assert media.posters_to_grab(example_vault) == []
    # Purging the document takes its row with it (ON DELETE CASCADE).
    records.delete(example_vault, "documents", video["id"])
    records.purge(example_vault, "documents", video["id"])
    count = example_vault.connection().execute("SELECT count(*) FROM document_media").fetchone()[0]
    assert count == 0


def test_a_redacted_export_carries_no_capture_facts_and_no_files(example_vault: Vault, tmp_path: Path) -> None:
    """Decision: a redacted export never carries a document's file (photo, video or audio).

    Stripping the metadata from a copy would still leave the picture and the sound (faces, voices,
    street signs, plates), which no tool here can redact; so the file stays out, as it already did
    for PDFs, and the capture facts, kept beside the record and not in it, never enter any export.
    """
    video = documents.add_document(example_vault, iphone_movie(tmp_path / "a.mov"), {"title": "Raid video"})
    documents.add_document(example_vault, phone_photo(tmp_path / "b.jpg"), {"title": "Door"})
    out = tmp_path / "redacted.json"
    write_export(example_vault, out, redact=True)
    text = out.read_text(encoding="utf-8")
    exported = json.loads(text)
    assert any(d["title"] == "Raid video" for d in exported["documents"])
    for needle in ("29.76", "95.36", "iPhone", "Apple", "ISO6709", "17.6.1", "05:48:12"):
        assert needle not in text, needle
    with pytest.raises(CasefileError):
        write_export(example_vault, tmp_path / "with-files.json", redact=True, with_files=tmp_path / "files")
    assert not (tmp_path / "files").exists() or not any((tmp_path / "files").iterdir())
    assert video["id"]  # the document itself is listed (opaque id), only its facts and file are not


def test_a_file_replaced_by_an_import_is_described_again(vault: Vault, tmp_path: Path) -> None:
    from casefile.services.interchange import import_file

    def case(movie: Path) -> Path:
        doc = {
            "format": "casefile-interchange",
            "version": 1,
            "documents": [{"id": "d-clip", "title": "Clip", "kind": "video", "file": f"files/{movie.name}"}],
        }
        path = movie.parent.parent / "case.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        return path

    (tmp_path / "one" / "files").mkdir(parents=True)
    import_file(vault, case(iphone_movie(tmp_path / "one" / "files" / "clip.mov", frames=20)))
    # An import does not describe: the pass does, once, and then has nothing left to do.
    assert media.rows_for(vault, ["d-clip"]) == {}
    assert media.prepare_pending(vault) == 1 and media.prepare_pending(vault) == 0
    assert media.rows_for(vault, ["d-clip"])["d-clip"].duration_ms == 2000
    # The same record imported again with another file (40 frames: 4 s): the old blob is retired,
    # the row no longer matches the document's SHA-256 and the next pass describes the new file.
    (tmp_path / "two" / "files").mkdir(parents=True)
    import_file(vault, case(quicktime_movie(tmp_path / "two" / "files" / "clip.mov", frames=40)))
    assert media.rows_for(vault, ["d-clip"]) == {}
    assert media.prepare_pending(vault) == 1
    assert media.rows_for(vault, ["d-clip"])["d-clip"].duration_ms == 4000
    assert media.prepare_pending(vault) == 0

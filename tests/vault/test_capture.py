"""Issue 16: a photo's capture facts (EXIF) are read, kept in the stored original, and suggest
the encounter it shows. Photos are made here with Pillow, EXIF written as a phone writes it."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image

from casefile.services import documents
from casefile.services.capture import Capture, photo_capture
from casefile.vault.db import Vault
from tests.media_samples import phone_photo


def test_capture_facts_are_read_as_the_phone_wrote_them(tmp_path: Path) -> None:
    facts = photo_capture(phone_photo(tmp_path / "a.jpg").read_bytes())
    # 29° 45' 37.44" N = 29 + 45/60 + 37.44/3600 = 29.7604; 95° 22' 11.28" W = -95.3698.
    assert facts == Capture("2026-09-15T05:48:12-05:00", "Apple iPhone 13", 29.7604, -95.3698)
    assert photo_capture(b"not an image").empty
    no_exif = io.BytesIO()
    Image.new("RGB", (8, 8)).save(no_exif, "PNG")
    assert photo_capture(no_exif.getvalue()).empty


def test_a_photo_keeps_its_exif_dates_itself_and_suggests_its_encounter(
    example_vault: Vault, tmp_path: Path
) -> None:
    source = phone_photo(tmp_path / "IMG_0412.jpg")
    record = documents.add_document(example_vault, source, {"title": "Door after the raid"})
    assert record["document_date"] == "2026-09-15"  # from DateTimeOriginal
    # The stored original is the file as it came, EXIF and all: evidence is never rewritten.
    data, _type = documents.read_for_view(example_vault, record["id"])
    assert hashlib.sha256(data).hexdigest() == hashlib.sha256(source.read_bytes()).hexdigest()
    facts, near = documents.capture_facts(example_vault, record["id"])
    assert facts.device == "Apple iPhone 13" and facts.latitude == 29.7604
    # The example's e-airline happened at 05:50 -05:00 on 15 September, kept as 10:50Z; the photo
    # was taken at 05:48:12 -05:00 = 10:48:12Z: 1 min 48 s apart, 1 in whole minutes.
    assert [(e["id"], e["gap_minutes"], e["zone_known"]) for e in near][:1] == [("e-airline", 1, True)]
    # A date given by the user wins over the photo's own.
    other = documents.add_document(example_vault, phone_photo(tmp_path / "b.jpg"), {"document_date": "2026-10-01"})
    assert other["document_date"] == "2026-10-01"
    # Without an offset the zone is unknown: 05:48 could be 10:48Z or 05:48Z, so the window widens
    # by 14 hours and the gap is counted as if the camera kept UTC: 10:50 - 05:48:12 = 5 h 1 min.
    bare = documents.add_document(example_vault, phone_photo(tmp_path / "c.jpg", offset=None), {})
    _facts, near = documents.capture_facts(example_vault, bare["id"])
    assert [(e["id"], e["gap_minutes"], e["zone_known"]) for e in near][:1] == [("e-airline", 301, False)]

"""Issue 16: the Documents list shows a video's poster frame and its duration, a photo's
thumbnail, and an audio statement's duration; the document form shows what the file records
about its capture (device, time, GPS, running time, picture size, codec). Frames are grabbed by
QtMultimedia from the encrypted file, in memory, and stored encrypted in the vault.

Videos are QuickTime movies written by the tests (tests/media_samples.py, Motion-JPEG frames of
one flat colour each); files are added with a real drop on the list and driven with real clicks."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QIcon
from test_records_support import ctx, lock, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from casefile.services import media
from tests.media_samples import iphone_movie, phone_photo, wav_statement
from ui.sections import documents


def drop(section, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(QPoint(20, 20)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    section.view.dropEvent(event)


def cell(section, doc_id: str, column_header: str, role=Qt.ItemDataRole.DisplayRole):
    model = section.model
    row = model.row_of(doc_id)
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(column_header)
    return model.data(model.index(row, column), role)


def test_a_video_shows_its_poster_frame_and_duration_and_its_capture_facts(qtbot, ctx, rec_vault, tmp_path):  # noqa: F811
    source = iphone_movie(tmp_path / "IMG_0413.MOV", frames=30, fps=10)  # 3 s; frame n is hue n*37
    section = documents.make(ctx, None)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    added: list[str] = []
    section.documentAdded.connect(added.append)
    drop(section, source)
    qtbot.waitUntil(lambda: len(added) == 1, timeout=20000)
    video = added[0]

    # The poster: grabbed from the encrypted file by QtMultimedia, stored, shown beside the title.
    qtbot.waitUntil(lambda: isinstance(cell(section, video, "Picture", Qt.ItemDataRole.DecorationRole), QIcon),
                    timeout=30000)
    kept = media.rows_for(rec_vault, [video])[video]
    assert kept.poster == "done" and kept.thumbnail.startswith(b"\xff\xd8\xff")
    with Image.open(io.BytesIO(kept.thumbnail)) as poster:
        assert poster.size == (160, 120)
        # The frame at 0.3 s (a tenth of a 3 s clip, under 1 s): frame 3, hue 3*37 = 111 of 255
        # (green-cyan), saturation 180, value 220: in RGB, green leads and red is lowest.
        r, g, b = poster.convert("RGB").getpixel((80, 60))
        assert g > b > r
    assert cell(section, video, "Duration") == "0:03"
    assert cell(section, video, "Title") == "IMG_0413"

    editor = section.editor
    assert editor.record_id == video
    qtbot.waitUntil(lambda: "Apple iPhone 13" in editor.captured.text(), timeout=10000)
    shown = editor.captured.text()
    for part in ("2026-09-15 05:48:12-05:00", "GPS 29.76040, -95.36980", "runs 0:03", "160×120", "jpeg"):
        assert part in shown, part
    assert editor.document_date.value() == "2026-09-15"
    # And with the player, above what QtMultimedia reads.
    qtbot.mouseClick(editor.view_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.viewer is not None and editor.viewer.isVisible(), timeout=10000)
    player = editor.viewer.media
    assert player.details.text().startswith("Captured: 2026-09-15 05:48:12-05:00 · Apple iPhone 13 · GPS 29.76040")
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=15000)
    assert player.time.text().endswith("/ 0:03")
    editor.viewer.close()


def test_a_photo_thumbnail_and_an_audio_duration_in_the_list(qtbot, ctx, rec_vault, tmp_path):  # noqa: F811
    photo = phone_photo(tmp_path / "IMG_0412.jpg")
    statement = wav_statement(tmp_path / "statement.wav", seconds=65.0)  # 1 min 5 s: "1:05"
    section = documents.make(ctx, None)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    added: list[str] = []
    section.documentAdded.connect(added.append)
    drop(section, photo, statement)
    qtbot.waitUntil(lambda: len(added) == 2, timeout=30000)
    photo_id, audio_id = added
    qtbot.waitUntil(lambda: section.model.row_of(audio_id) >= 0, timeout=10000)
    assert isinstance(cell(section, photo_id, "Picture", Qt.ItemDataRole.DecorationRole), QIcon)
    assert cell(section, audio_id, "Picture", Qt.ItemDataRole.DecorationRole) is None
    assert cell(section, audio_id, "Duration") == "1:05"
    assert cell(section, photo_id, "Duration") == ""
    editor = section.editor
    assert editor.record_id == audio_id
    qtbot.waitUntil(lambda: "runs 1:05" in editor.captured.text(), timeout=10000)
    assert "PCM" in editor.captured.text()


def test_older_videos_get_their_posters_when_the_list_opens(qtbot, ctx, rec_vault, tmp_path):  # noqa: F811
    from casefile.services import documents as document_service

    video = document_service.add_document(rec_vault, iphone_movie(tmp_path / "old.mov"), {"title": "Old video"})
    with rec_vault.transaction() as tx:  # as a vault from before schema 11 has it: no row at all
        tx.execute("DELETE FROM document_media")
    section = documents.make(ctx, None)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    qtbot.waitUntil(lambda: isinstance(cell(section, video["id"], "Picture", Qt.ItemDataRole.DecorationRole), QIcon),
                    timeout=30000)
    assert cell(section, video["id"], "Duration") == "0:02"
    # Not a person viewing the evidence: the custody log has only the addition.
    assert [row["action"] for row in document_service.custody_log(rec_vault, video["id"])] == ["added"]
    wait_workers(qtbot, ctx)
    lock(ctx)
    assert section.model.rowCount() == 0


def test_more_videos_than_one_look_lists_all_get_their_posters(qtbot, ctx, rec_vault, tmp_path, monkeypatch):  # noqa: F811
    from casefile.services import documents as document_service

    monkeypatch.setattr(media, "POSTER_BATCH", 2)  # a look lists 2 videos: 5 need three looks
    ids = [document_service.add_document(rec_vault, iphone_movie(tmp_path / f"v{n}.mov", frames=10), {})["id"]
           for n in range(5)]
    assert len(media.posters_to_grab(rec_vault)) == 2
    section = documents.make(ctx, None)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    qtbot.waitUntil(lambda: all(isinstance(cell(section, i, "Picture", Qt.ItemDataRole.DecorationRole), QIcon)
                                for i in ids), timeout=60000)
    assert media.posters_to_grab(rec_vault) == []


def test_posters_wait_a_little_after_an_unlock(qtbot, ctx, rec_vault, tmp_path, monkeypatch):  # noqa: F811
    """Background chores start a few seconds after an unlock, not while the lists load their
    first pages (issue 16's main-window profile); the videos still get their posters."""
    import time

    from casefile.services import documents as document_service

    monkeypatch.setattr(documents, "MEDIA_AFTER_UNLOCK_S", 1.5)
    video = document_service.add_document(rec_vault, iphone_movie(tmp_path / "old.mov"), {"title": "Old video"})
    with rec_vault.transaction() as tx:
        tx.execute("DELETE FROM document_media")
    ctx.unlocked_at = time.monotonic()
    section = documents.make(ctx, None)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    qtbot.wait(500)
    assert section._posters is None  # nothing started: no describing, no FFmpeg
    assert cell(section, video["id"], "Duration") == ""
    qtbot.waitUntil(lambda: isinstance(cell(section, video["id"], "Picture", Qt.ItemDataRole.DecorationRole), QIcon),
                    timeout=30000)
    assert time.monotonic() - ctx.unlocked_at >= 1.5
    assert cell(section, video["id"], "Duration") == "0:02"

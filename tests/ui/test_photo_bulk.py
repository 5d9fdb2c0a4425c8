"""Issue 16: a phone's photos in bulk. A folder dropped on the Documents list adds every photo in
it (sub-folders too, hidden files not), one after another with a progress dialog that says which
file of how many; each photo's capture facts (EXIF) are shown and the encounter taken near the
same time is offered, linked with one click. Real drop event, real clicks, a real vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from test_records_support import ctx, lock, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from casefile.services import records
from tests.media_samples import phone_photo
from ui.sections import documents


def drop(section, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(QPoint(20, 20)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    section.view.dropEvent(event)


def test_a_dropped_folder_of_photos_is_added_and_suggests_its_encounter(qtbot, ctx, rec_vault, tmp_path):  # noqa: F811
    # The encounter the photos show: 05:50 at -05:00 on 15 September (kept as 10:50Z).
    person = records.save(rec_vault, "people", {"full_name": "Rosa Example", "is_client": True})
    raid = records.save(rec_vault, "encounters", {
        "occurred_at": "2026-09-15T05:50:00-05:00", "setting": "home", "agencies": ["ICE-ERO"],
        "location": {"city": "Houston", "state": "TX"},
        "participants": [{"person_id": person["id"], "role": "collateral", "outcome": "detained"}]})
    phone = tmp_path / "DCIM"
    (phone / "100APPLE").mkdir(parents=True)
    for n, minute in enumerate((44, 46, 48)):
        phone_photo(phone / "100APPLE" / f"IMG_04{n}.jpg", taken=f"2026:09:15 05:{minute}:00")
    (phone / ".thumbnails").mkdir()
    phone_photo(phone / ".thumbnails" / "t.jpg")  # hidden: not evidence, not added
    section = documents.make(ctx, None)
    qtbot.addWidget(section)
    section.resize(1200, 900)
    section.show()
    added: list[str] = []
    section.documentAdded.connect(added.append)
    drop(section, phone)
    qtbot.waitUntil(lambda: section.progress is not None and "File 1 of 3" in section.progress.labelText(),
                    timeout=10000)
    qtbot.waitUntil(lambda: len(added) == 3, timeout=30000)
    assert len(set(added)) == 3
    assert rec_vault.connection().execute("SELECT count(*) FROM documents").fetchone()[0] == 3

    editor = section.editor  # the last photo added is shown
    assert editor.record_id == added[-1]
    assert editor.document_date.value() == "2026-09-15"
    qtbot.waitUntil(lambda: "Apple iPhone 13" in editor.captured.text(), timeout=10000)
    assert "2026-09-15 05:48:00" in editor.captured.text() and "GPS 29.76040, -95.36980" in editor.captured.text()
    qtbot.waitUntil(editor.link_suggested.isEnabled, timeout=10000)
    assert "2 min from the photo" in editor.suggestion.text()  # 05:48 to 05:50
    qtbot.mouseClick(editor.link_suggested, Qt.MouseButton.LeftButton)
    assert editor.encounter_ids.value() == [raid["id"]]
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_workers(qtbot, ctx)
    qtbot.waitUntil(lambda: records.get(rec_vault, "documents", added[-1]).get("encounter_ids") == [raid["id"]],
                    timeout=10000)

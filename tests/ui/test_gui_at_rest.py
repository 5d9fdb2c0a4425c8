"""Encryption at rest, for the desktop app: a whole GUI session leaves no case data on disk.

The session runs in a child process whose temp folder, home, XDG folders (cache, config, data,
runtime) and Casefile's own folders all point into ``tmp_path``, so every file Qt, QtPdf,
QtMultimedia, fontconfig or Casefile could write lands where the test can read it. The child
creates a vault, imports a case whose records, PDF, PNG and video (its metadata) carry made-up
marker strings, then uses the real app objects as a user would: unlock, search, open the person
and the encounter, view the PDF and the PNG in the in-app viewer, play and seek the video (issue
16), let the Documents list make the PNG's thumbnail and both videos' poster frames (an AVI whose
comment and an iPhone MOV whose make and GPS keys carry markers), preview a case summary, copy an
A-number (as case data), lock and quit. Besides the markers, the scan looks for runs of the
thumbnails' JPEG bytes and of the videos' own frames: no decrypted frame may land anywhere. The test then reads
every file under those folders, the vault included, and looks for each marker in UTF-8 and
UTF-16-LE, as written and in lower case. A control scan of the source interchange file proves
the same scan finds the markers when they are there.

Run by pytest; ``python -m tests.ui.test_gui_at_rest CASE_FILE`` is the child's entry point.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "lavender-canoe-quartz-mitten"
USER = "maria"
PERSON_ID = "p-marker"
ENCOUNTER_ID = "e-marker"
PDF_ID = "d-marker-pdf"
PNG_ID = "d-marker-png"
VIDEO_ID = "d-marker-video"
MOV_ID = "d-marker-mov"

CLIENT_NAME = "Zorbalina Quetzalwick-Brumbledore"
A_NUMBER = "A 271-828-182"
NARRATIVE_WORD = "snorkelwhistle"
PDF_TEXT = "Periwinkle Zeppelin Ledger 4471"
PNG_TEXT = "Marmalade Heliograph Quillon"
VIDEO_TEXT = "Quibblefrost Lantern Obbligato"  # in the video's metadata (its AVI comment)
PHONE_MAKE, PHONE_PLACE = "Thistlewhump", "+41.8781-087.6298+180.000/"  # an iPhone video's metadata keys
MARKERS = (
    "Zorbalina",
    "Brumbledore",
    "271828182",  # the A-number as the vault stores it (A271828182)
    "271-828-182",  # and as the app shows it
    NARRATIVE_WORD,
    "gobbledyquark",
    "Periwinkle Zeppelin",
    "Marmalade Heliograph",
    "Quibblefrost Lantern",
    PHONE_MAKE,
    "41.8781-087.6298",
)


# ----- the case the session imports -----
def png_with_text(text: str) -> bytes:
    """An 8×8 teal PNG whose tEXt chunk carries ``text`` as plain bytes (so a copy is findable)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes((0, 128, 128)) * 8 for _ in range(8))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
        + chunk(b"tEXt", b"Description\x00" + text.encode("latin-1"))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def pdf_with_text(path: Path, text: str) -> None:
    """A one-page PDF whose page stream is left uncompressed, so a copy of it is findable."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=letter, pageCompression=0)
    pdf.setTitle(f"Declaration of {CLIENT_NAME}")
    pdf.setFont("Helvetica", 28)
    pdf.drawString(72, 680, text)
    pdf.drawString(72, 630, CLIENT_NAME)
    pdf.showPage()
    pdf.save()


def write_case(folder: Path) -> Path:
    """An interchange file with a client, an encounter, a PDF and a PNG, all carrying markers."""
    files = folder / "files"
    files.mkdir(parents=True)
    pdf_with_text(files / "zorbalina-declaration.pdf", PDF_TEXT)
    (files / "zorbalina-door.png").write_bytes(png_with_text(PNG_TEXT))
    from tests.media_samples import mjpeg_avi, quicktime_movie

    mjpeg_avi(files / "zorbalina-raid.avi", frames=30, fps=10, comment=VIDEO_TEXT)
    apple = {"location.ISO6709": PHONE_PLACE, "make": PHONE_MAKE, "model": "Phone 9",
             "creationdate": "2026-09-15T05:48:12-0500"}
    quicktime_movie(files / "zorbalina-checkpoint.mov", frames=20, fps=10, apple=apple)
    case = {
        "format": "casefile-interchange",
        "version": 1,
        "exported_at": "2026-11-02T10:00:00Z",
        "people": [
            {
                "id": PERSON_ID,
                "full_name": CLIENT_NAME,
                "aliases": ["Zorbalina Q."],
                "is_client": True,
                "a_number": A_NUMBER,
                "date_of_birth": "1990-03-14",
                "phone": "+1 713 555 0199",
                "address": "17 Brumbledore Lane, Houston TX 77022",
                "custody_status": "detained",
                "family_ties": "Brother Gobbledyquark lives nearby.",
            },
        ],
        "encounters": [
            {
                "id": ENCOUNTER_ID,
                "occurred_at": "2026-09-15T05:50:00-05:00",
                "location": {"address": "17 Brumbledore Lane", "city": "Houston", "state": "TX"},
                "setting": "home",
                "agencies": ["ICE-ERO"],
                "narrative": f"Agents knocked at dawn; Zorbalina heard a {NARRATIVE_WORD} and a gobbledyquark "
                "radio before they walked in.",
                "participants": [{"person_id": PERSON_ID, "role": "collateral", "outcome": "detained"}],
            },
        ],
        "documents": [
            {
                "id": PDF_ID,
                "title": "Declaration of Zorbalina",
                "kind": "declaration",
                "file": "files/zorbalina-declaration.pdf",
                "person_ids": [PERSON_ID],
                "encounter_ids": [ENCOUNTER_ID],
            },
            {
                "id": PNG_ID,
                "title": "Photo of the Brumbledore Lane door",
                "kind": "photo",
                "file": "files/zorbalina-door.png",
                "person_ids": [PERSON_ID],
            },
            {
                "id": VIDEO_ID,
                "title": "Phone video of the raid",
                "kind": "video",
                "file": "files/zorbalina-raid.avi",
                "person_ids": [PERSON_ID],
            },
            {
                "id": MOV_ID,
                "title": "iPhone video of the checkpoint",
                "kind": "video",
                "file": "files/zorbalina-checkpoint.mov",
                "person_ids": [PERSON_ID],
            },
        ],
        "foia_requests": [],
        "deadlines": [],
        "notes": [
            {"id": "n-marker", "text": "Zorbalina asked about the snorkelwhistle again.", "person_id": PERSON_ID},
        ],
    }
    path = folder / "case.json"
    path.write_text(json.dumps(case, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


# ----- scanning -----
def needles(markers: Iterable[str]) -> dict[bytes, str]:
    found: dict[bytes, str] = {}
    for marker in markers:
        for text in (marker, marker.lower()):
            for encoding in ("utf-8", "utf-16-le"):
                found[text.encode(encoding)] = f"{marker!r} ({encoding}{', lower case' if text != marker else ''})"
    return found


def scan(folders: Iterable[Path], markers: Iterable[str]) -> list[str]:
    """Every (file, marker) where a marker occurs in a file under ``folders``."""
    wanted = needles(markers)
    hits: list[str] = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()):
            data = path.read_bytes()
            hits.extend(f"{path}: {what}" for needle, what in wanted.items() if needle in data)
            if data.startswith(b"%PDF"):
                hits.append(f"{path}: a PDF file")  # a report or document, even with compressed text
    return hits


def pieces_of(data: bytes, count: int = 4, size: int = 32) -> list[bytes]:
    """``count`` runs of ``size`` bytes from the second half of ``data`` (past any shared header)."""
    step = max(1, (len(data) // 2 - size) // count)
    return [data[len(data) // 2 + i * step :][:size] for i in range(count)]


def frame_pieces(files: Path) -> list[bytes]:
    """Runs of bytes from inside the source videos' JPEG frames (what a decrypted copy would hold)."""
    found = []
    for video in sorted(files.glob("*.avi")) + sorted(files.glob("*.mov")):
        data = video.read_bytes()
        start = data.find(b"\xff\xd8\xff", 64)
        found += pieces_of(data[start : start + 1500], 2)
    return found


def scan_bytes(folders: Iterable[Path], pieces: list[bytes]) -> list[str]:
    hits = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()):
            data = path.read_bytes()
            hits.extend(f"{path}: {piece.hex()}" for piece in pieces if piece in data)
    return hits


# ----- the parent: pytest -----
def isolated_env(base: Path) -> tuple[dict[str, str], list[Path]]:
    """The child's environment: every folder an app could write to, inside ``base``."""
    names = {
        "TMPDIR": "tmp",
        "HOME": "home",
        "XDG_CACHE_HOME": "xdg-cache",
        "XDG_CONFIG_HOME": "xdg-config",
        "XDG_DATA_HOME": "xdg-data",
        "XDG_STATE_HOME": "xdg-state",
        "XDG_RUNTIME_DIR": "xdg-runtime",
        "CASEFILE_DATA_DIR": "casefile-data",
        "CASEFILE_CONFIG_DIR": "casefile-config",
        "CASEFILE_LOG_DIR": "casefile-logs",
    }
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "CASEFILE_", "PYTEST_", "DBUS_"))}
    folders = []
    for var, name in names.items():
        folder = base / name
        folder.mkdir(mode=0o700, parents=True)
        folder.chmod(0o700)  # Qt insists on a private runtime folder
        env[var] = str(folder)
        folders.append(folder)
    env.update(
        {"QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1", "TEMP": env["TMPDIR"], "TMP": env["TMPDIR"]}
    )
    return env, folders


def test_a_gui_session_leaves_no_case_data_on_disk(tmp_path: Path) -> None:
    case = write_case(tmp_path / "source")
    env, folders = isolated_env(tmp_path / "session")
    child = subprocess.run(
        [sys.executable, "-m", "tests.ui.test_gui_at_rest", str(case)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stdout + child.stderr
    facts = json.loads(child.stdout.strip().splitlines()[-1])
    # The session really did show the case: otherwise an empty scan would prove nothing.
    assert facts["import_status"].startswith("Imported: 7 new")
    assert facts["search_hits"] >= 1
    assert facts["person_heading"] == CLIENT_NAME
    assert facts["encounter_loaded"] == ENCOUNTER_ID
    assert facts["pdf_pages"] == 1 and facts["pdf_painted"]
    assert facts["image_width"] == 8 and facts["image_painted"]
    # Issue 16: the video played from the encrypted store, its metadata shown, and seeked.
    assert facts["video_duration"] == 3000 and facts["video_metadata_shown"]
    assert facts["video_position_after_seek"] >= 2000
    # Poster frames of both videos and the PNG's thumbnail were made and stored, and the iPhone
    # video's capture facts (make, GPS) were read and shown.
    assert facts["thumbnails"] == {PNG_ID: "done", VIDEO_ID: "done", MOV_ID: "done"}
    assert facts["mov_capture_shown"]
    assert facts["report_pages"] >= 1 and facts["report_painted"]
    assert facts["clipboard_after_lock"] == ""
    assert facts["locked"] and facts["exit_code"] == 0

    vault = Path(env["CASEFILE_DATA_DIR"]) / "vault"
    assert (vault / "vault.db").stat().st_size > 0  # the encrypted vault is among the files scanned
    assert any((vault / "blobs").iterdir())  # and so are the encrypted document files

    assert scan(folders, MARKERS) == []
    # Nor a decrypted frame: no run of the thumbnails' or poster frames' JPEG bytes (as the vault
    # holds them, encrypted) and none of the videos' own frames appears in any file written.
    pieces = [bytes.fromhex(h) for h in facts["thumbnail_pieces"]] + frame_pieces(case.parent / "files")
    assert len(pieces) >= 12
    assert scan_bytes(folders, pieces) == []
    assert scan_bytes([case.parent / "files"], frame_pieces(case.parent / "files")[:1])  # control
    control_pieces = tmp_path / "pieces"
    control_pieces.mkdir()
    (control_pieces / "frame.jpg").write_bytes(b"\0" + pieces[0])
    assert scan_bytes([control_pieces], pieces[:1]) == [f"{control_pieces / 'frame.jpg'}: {pieces[0].hex()}"]

    # Control: the same scan finds the markers where they are in plain text: the interchange
    # file, the PDF (its uncompressed page and its %PDF header) and the PNG's text chunk...
    found = scan([case.parent], MARKERS)
    for marker in ("Zorbalina", "271-828-182", NARRATIVE_WORD, "gobbledyquark"):
        assert f"{case}: {marker!r} (utf-8)" in found, marker
    assert any(hit.endswith("'Periwinkle Zeppelin' (utf-8)") for hit in found)
    assert any(hit.endswith("'Marmalade Heliograph' (utf-8)") for hit in found)
    assert any(hit.endswith("'Quibblefrost Lantern' (utf-8)") for hit in found)
    assert any(hit.endswith(": a PDF file") for hit in found)
    # ...and in UTF-16-LE and lower case, as an index or a Qt cache might hold them.
    control = tmp_path / "control"
    control.mkdir()
    (control / "cache.bin").write_bytes(b"\x00\x01" + CLIENT_NAME.lower().encode("utf-16-le"))
    assert scan([control], MARKERS) == [
        f"{control / 'cache.bin'}: 'Zorbalina' (utf-16-le, lower case)",
        f"{control / 'cache.bin'}: 'Brumbledore' (utf-16-le, lower case)",
    ]


# ----- the child: one GUI session -----
def _wait_until(condition: Callable[[], Any], what: str, timeout_ms: int = 30_000) -> None:
    """Run the event loop until ``condition()`` holds (as qtbot.waitUntil does, without pytest)."""
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtTest import QTest

    timer = QElapsedTimer()
    timer.start()
    while not condition():
        if timer.hasExpired(timeout_ms):
            raise TimeoutError(f"waited {timeout_ms} ms for {what}")
        QTest.qWait(10)


def _has_ink(widget: Any) -> bool:
    """Whether a grab of ``widget`` shows near-black pixels: a PDF page's text, once drawn."""
    from PySide6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    return min(bytes(image.constBits())) < 60


def _shows_teal(label: Any) -> bool:
    """Whether the viewer's image label holds the teal test image."""
    pixmap = label.pixmap()
    if pixmap is None or pixmap.isNull():
        return False
    colour = pixmap.toImage().pixelColor(pixmap.width() // 2, pixmap.height() // 2)
    return (colour.red(), colour.green(), colour.blue()) == (0, 128, 128)


def session(case: Path, facts: dict[str, Any]) -> None:
    """What a user does, in order; ``facts`` records what the windows showed."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtTest import QTest

    from casefile.paths import default_vault_path
    from casefile.settings import Settings
    from casefile.vault.db import Vault
    from ui.app import Shell
    from ui.clipboard import copy_sensitive

    vault_path = default_vault_path()
    vault, _recovery = Vault.create(vault_path, USER, PASSPHRASE, check_strength=False)
    vault.close()

    shell = Shell(vault_path, settings=Settings())
    facts["shell"] = shell
    unlock = shell.show_unlock()
    unlock.set_vaults(vault_path)
    unlock.secret_edit.setText(PASSPHRASE)
    unlock.unlock()
    _wait_until(lambda: shell.main_window is not None and shell.main_window.isVisible(), "the main window")
    main, opened = shell.main_window, shell.ctx.vault
    assert main is not None and opened is not None
    main.resize(1280, 800)

    saved: list[str] = []
    shell.ctx.record_saved.connect(lambda kind, _id: saved.append(kind))
    main.start_import(case)  # what File > Import does once the file is chosen
    _wait_until(lambda: main.progress is None and saved, "the import")
    facts["import_status"] = main.statusBar().currentMessage()

    shown: list[int] = []
    main.search.results_shown.connect(shown.append)
    main.search.setFocus()
    QTest.keyClicks(main.search, NARRATIVE_WORD[:9])
    _wait_until(lambda: shown, "search results")
    facts["search_hits"] = shown[-1]
    main.search.popup.grab()
    main.search.reset()

    people = main.show_section("people")
    people.show_record(PERSON_ID)
    facts["person_heading"] = people.editor.heading.text()
    main.grab()
    encounters = main.show_section("encounters")
    encounters.show_record(ENCOUNTER_ID)
    facts["encounter_loaded"] = encounters.editor.record_id
    main.grab()

    documents = main.show_section("documents")
    # Issue 16: showing the list describes the imported photos and videos and grabs the videos'
    # poster frames from their encrypted files, in the background.
    from casefile.services import media as media_facts

    def thumbnails() -> dict[str, str]:
        rows = media_facts.rows_for(opened, [PNG_ID, VIDEO_ID, MOV_ID])
        return {doc_id: row.poster for doc_id, row in rows.items()}

    _wait_until(lambda: thumbnails() == {PNG_ID: "done", VIDEO_ID: "done", MOV_ID: "done"}, "the poster frames")
    facts["thumbnails"] = thumbnails()
    rows = media_facts.rows_for(opened, [PNG_ID, VIDEO_ID, MOV_ID])
    facts["thumbnail_pieces"] = [p.hex() for row in rows.values() for p in pieces_of(row.thumbnail or b"")]
    main.grab()
    documents.show_record(MOV_ID)
    _wait_until(lambda: PHONE_MAKE in documents.editor.captured.text(), "the iPhone video's capture facts")
    facts["mov_capture_shown"] = "GPS 41.87810, -87.62980" in documents.editor.captured.text()
    documents.show_record(MOV_ID)
    documents.editor.view_document()
    _wait_until(lambda: documents.editor.viewer is not None and documents.editor.viewer.isVisible()
                and documents.editor.viewer.kind == "media", "the iPhone video's player")
    _wait_until(lambda: documents.editor.viewer.media.player.duration() > 0, "the iPhone video's duration")
    documents.editor.viewer.media.seek(1500)
    documents.editor.viewer.grab()
    documents.editor.viewer.close()
    documents.show_record(PDF_ID)
    editor = documents.editor
    editor.view_document()
    _wait_until(lambda: editor.viewer is not None and editor.viewer.isVisible(), "the PDF viewer")
    viewer = editor.viewer
    _wait_until(lambda: viewer.pdf.status() == QPdfDocument.Status.Ready, "the PDF to load")
    facts["pdf_pages"] = viewer.pdf.pageCount()
    _wait_until(lambda: _has_ink(viewer.pdf_view.viewport()), "the PDF page to be drawn")
    facts["pdf_painted"] = True
    viewer.close()
    documents.show_record(PNG_ID)
    editor.view_document()
    _wait_until(lambda: viewer.isVisible() and viewer.kind == "image", "the image viewer")
    facts["image_width"] = viewer._image.width() if viewer._image is not None else 0
    _wait_until(lambda: _shows_teal(viewer.image_label), "the image to be drawn")
    viewer.grab()
    facts["image_painted"] = True
    viewer.close()
    documents.show_record(VIDEO_ID)
    editor.view_document()
    _wait_until(lambda: viewer.isVisible() and viewer.kind == "media", "the video player")
    media = viewer.media
    _wait_until(lambda: media.player.duration() > 0, "the video's duration")
    facts["video_duration"] = media.player.duration()
    _wait_until(lambda: VIDEO_TEXT in media.details.text(), "the video's metadata")
    facts["video_metadata_shown"] = True
    media.player.play()
    _wait_until(lambda: media.player.position() > 0, "the video to play")
    media.player.pause()
    media.seek(2500)
    _wait_until(lambda: media.player.position() >= 2000, "the seek")
    facts["video_position_after_seek"] = media.player.position()
    viewer.grab()
    viewer.close()

    reports = main.show_section("reports")
    reports.select("summary", PERSON_ID)
    reports.preview_button.click()
    _wait_until(lambda: reports.job is None and reports.preview_widget.loaded, "the case summary preview")
    facts["report_pages"] = reports.preview_widget.page_count()
    _wait_until(lambda: _has_ink(reports.preview_widget.view.viewport()), "the report page to be drawn")
    facts["report_painted"] = True

    copy_sensitive("A-271-828-182")  # case data on the clipboard, as the app puts it there
    shell.lock()  # Ctrl+L
    facts["locked"] = opened.closed and shell.ctx.vault is None and not main.isVisible()
    facts["clipboard_after_lock"] = QGuiApplication.clipboard().text()
    shell.quit()  # File > Quit: ends the event loop


def run_child(case: Path) -> int:
    """The child's main: the app's event loop, with the session run inside it."""
    from PySide6.QtCore import QTimer

    from ui.app import apply_style, ensure_application

    app = ensure_application()
    apply_style(app)
    facts: dict[str, Any] = {}
    failure: list[BaseException] = []

    def start() -> None:
        try:
            session(case, facts)
        except BaseException as exc:
            failure.append(exc)
            app.exit(1)

    QTimer.singleShot(0, start)
    code = app.exec()
    shell = facts.pop("shell", None)
    if shell is not None:
        shell.shutdown()  # what run_app does on aboutToQuit
    if failure:
        raise failure[0]
    facts["exit_code"] = code
    print(json.dumps(facts))
    return code


if __name__ == "__main__":
    sys.exit(run_child(Path(sys.argv[1])))

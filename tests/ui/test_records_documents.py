"""Documents against a real vault: add (dialog-free and by drop), view PDF and PNG from memory,
export a decrypted copy, custody log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtPdf import QPdfDocument
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from test_records_support import ctx, lock, rec_vault, vault_template, wait_workers  # noqa: F401 - fixtures

from casefile.services import records
from ui.sections import documents


def make_pdf(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.drawString(72, 720, "I-213 Record of Deportable/Inadmissible Alien")
    pdf.showPage()
    pdf.drawString(72, 720, "Narrative: subject consented to entry.")
    pdf.save()
    return path


def make_png(path: Path) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(path), "PNG")
    return path


def add(qtbot, section, path: Path) -> str:
    with qtbot.waitSignal(section.documentAdded, timeout=15000) as added:
        section.add_files([path])
    return added.args[0]


def test_add_a_pdf_and_view_it_from_memory(qtbot, ctx, tmp_path):  # noqa: F811
    source = make_pdf(tmp_path / "i213.pdf")
    section = documents.make(ctx, None)
    qtbot.addWidget(section)
    doc_id = add(qtbot, section, source)
    editor = section.editor
    assert editor.record_id == doc_id
    assert editor.title_edit.text() == "i213"
    assert editor.media_type.text() == "application/pdf"
    assert len(editor.sha256.text()) == 64
    qtbot.waitUntil(lambda: section.model.row_of(doc_id) >= 0, timeout=5000)

    editor.view_document()
    qtbot.waitUntil(lambda: editor.viewer is not None and editor.viewer.isVisible(), timeout=10000)
    viewer = editor.viewer
    qtbot.waitUntil(lambda: viewer.pdf.status() == QPdfDocument.Status.Ready, timeout=10000)
    assert viewer.kind == "pdf"
    assert viewer.pdf.pageCount() >= 1
    assert viewer._buffer is not None and viewer._buffer.isOpen()  # the bytes stay alive while shown
    assert [row["action"] for row in editor.custody.rows()] == ["added", "view"]
    assert not any(p.name.startswith("i213") for p in tmp_path.iterdir() if p != source)

    # metadata edits keep the file's facts
    editor.title_edit.setText("I-213, Rosa")
    editor.kind_combo.setValue("I-213")
    editor.update_dirty()
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    stored = records.get(ctx.vault, "documents", doc_id)
    assert (stored["title"], stored["kind"], stored["media_type"]) == ("I-213, Rosa", "I-213", "application/pdf")

    destination = tmp_path / "out" / "copy.pdf"
    destination.parent.mkdir()
    editor.export_to(destination)
    wait_workers(qtbot, ctx)
    assert destination.read_bytes() == source.read_bytes()
    assert "not encrypted" in editor.status.text()
    assert editor.custody.rows()[-1]["action"] == "export"

    lock(ctx)
    assert not viewer.isVisible()
    assert viewer._buffer is None and viewer._bytes is None
    assert section.model.rowsLoaded == 0 and editor.custody.rowsLoaded == 0


def test_add_a_png_by_dropping_it_and_view_it(qtbot, ctx, tmp_path):  # noqa: F811
    source = make_png(tmp_path / "door.png")
    section = documents.make(ctx, None)
    qtbot.addWidget(section)
    section.resize(1000, 600)
    section.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    event = QDropEvent(QPointF(QPoint(20, 20)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(section.documentAdded, timeout=15000) as added:
        section.view.dropEvent(event)
    doc_id = added.args[0]
    editor = section.editor
    assert editor.record_id == doc_id and editor.media_type.text() == "image/png"
    editor.view_document()
    qtbot.waitUntil(lambda: editor.viewer is not None and editor.viewer.isVisible(), timeout=10000)
    assert editor.viewer.kind == "image"
    pixmap = editor.viewer.image_label.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 0
    editor.viewer.close()
    assert editor.viewer.image_label.pixmap().isNull()


def test_a_file_that_is_not_what_its_name_says_is_refused(qtbot, ctx, tmp_path):  # noqa: F811
    fake = tmp_path / "scan.pdf"
    fake.write_bytes(b"just some words, not a PDF at all\n")
    section = documents.make(ctx, None)
    qtbot.addWidget(section)
    section.add_files([fake])
    wait_workers(qtbot, ctx)
    qtbot.waitUntil(lambda: not section.message.isHidden(), timeout=5000)
    assert "scan.pdf" in section.message.text() and "was not added" in section.message.text()
    assert section.model.rowsLoaded == 0

"""Print in the document viewer (issue 13, finding 13): the system print dialog from the Print
button, and what reaches the printer, read back from a PDF printer's file."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter

from tests.conftest import FIXTURES
from ui.widgets.viewer import DocumentViewer


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _two_page_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for n in (1, 2):
        pdf.drawString(72, 720, f"Notice to Appear, page {n}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_print_button_opens_the_print_dialog_and_text_prints_as_text(qtbot, shell, tmp_path):
    viewer = DocumentViewer(shell.ctx)
    qtbot.addWidget(viewer)
    text = (FIXTURES / "files" / "nta.txt").read_bytes()
    viewer.show_bytes("NTA for Rosa Quispe", text, "text/plain")
    viewer.show()
    qtbot.waitExposed(viewer)
    assert viewer.print_button.isEnabled()
    qtbot.mouseClick(viewer.print_button, Qt.MouseButton.LeftButton)
    dialog = viewer.print_dialog
    assert dialog is not None and dialog.isVisible()
    # The queue sees a neutral name, never the client's.
    assert dialog.printer().docName() == "Casefile document"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: viewer.print_dialog is None)

    out = tmp_path / "printed-text.pdf"
    viewer.print_to(_pdf_printer(out))
    printed = "\n".join(page.extract_text() or "" for page in PdfReader(str(out)).pages)
    first_line = text.decode("utf-8").strip().splitlines()[0].strip()
    assert first_line and " ".join(first_line.split()) in " ".join(printed.split())


def test_a_pdf_prints_every_page_in_a_worker(qtbot, shell, tmp_path):
    viewer = DocumentViewer(shell.ctx)
    qtbot.addWidget(viewer)
    viewer.show_bytes("NTA", _two_page_pdf(), "application/pdf")
    out = tmp_path / "printed.pdf"
    viewer.print_to(_pdf_printer(out))
    qtbot.waitUntil(lambda: viewer.print_button.isEnabled() and out.is_file() and out.stat().st_size > 0)
    assert len(PdfReader(str(out)).pages) == 2


def test_an_image_prints_on_one_page_and_a_message_cannot_print(qtbot, shell, tmp_path):
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    viewer = DocumentViewer(shell.ctx)
    qtbot.addWidget(viewer)
    viewer.show_bytes("photo", bytes(array.data()), "image/png")
    out = tmp_path / "photo.pdf"
    viewer.print_to(_pdf_printer(out))
    assert len(PdfReader(str(out)).pages) == 1
    viewer.show_bytes("archive", b"PK\x03\x04", "application/zip")
    assert viewer.kind == "message" and not viewer.print_button.isEnabled()

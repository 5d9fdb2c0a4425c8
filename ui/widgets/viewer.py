"""Showing a document from memory: PDFs with QtPdf, images, plain text, and video or audio played
from the encrypted store (ui/media_player.py, issue 16).

The decrypted bytes never touch the disk: a PDF is read by ``QPdfDocument`` from a ``QBuffer``
over the bytes (kept alive as long as the document is shown), an image is decoded with
``QImage.fromData``. Closing the window, or locking the vault, drops the bytes.

Print… (Ctrl+P) goes through the system print dialog: PDF pages are rendered by the same
``print_pdf`` as the Reports preview (in a worker), images are scaled to the page, text is
printed as text. The print job is named "Casefile document", never by the document's title,
because print queues are seen by others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.pdf_preview import print_pdf

if TYPE_CHECKING:
    from casefile.vault.blob_reader import BlobReader
    from ui.media_player import MediaPlayerView


class DocumentViewer(QDialog):
    """A window showing one document; ``show_bytes`` fills it, closing empties it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.resize(900, 700)
        self.ctx = ctx
        self._bytes: QByteArray | None = None
        self._buffer: QBuffer | None = None
        self._image: QImage | None = None
        self._scale = 1.0
        self.media: MediaPlayerView | None = None  # made on first use: QtMultimedia loads a lot
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setAccessibleName(self.tr("PDF document"))
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setAccessibleName(self.tr("Image"))
        self.image_scroll = QScrollArea(self)
        self.image_scroll.setWidget(self.image_label)
        self.image_scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll.setWidgetResizable(False)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Document text"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.stack = QStackedWidget(self)
        for page in (self.pdf_view, self.image_scroll, self.text_view, self.message):
            self.stack.addWidget(page)
        self.zoom_in = QPushButton(self.tr("Zoom in"), self)
        self.zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in.setToolTip(self.tr("Zoom in (%1)").replace("%1", QKeySequence(QKeySequence.StandardKey.ZoomIn)
                                                                 .toString(QKeySequence.SequenceFormat.NativeText)))
        self.zoom_out = QPushButton(self.tr("Zoom out"), self)
        self.zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.fit = QPushButton(self.tr("Fit width"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(
            self.tr("Print this document (%1)").replace(
                "%1", QKeySequence(QKeySequence.StandardKey.Print).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.print_button.clicked.connect(self.print_document)
        self.print_dialog: QPrintDialog | None = None
        self.close_button = QPushButton(self.tr("Close"), self)
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit.clicked.connect(self._fit)
        self.close_button.clicked.connect(self.close)
        self.note = QLabel(self.tr("Shown from memory; nothing decrypted is written to disk."), self)
        self.note.setEnabled(False)
        bar = QHBoxLayout()
        for button in (self.zoom_in, self.zoom_out, self.fit):
            bar.addWidget(button)
        bar.addWidget(self.note, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        ctx.vault_locked.connect(self.close)

    @property
    def kind(self) -> str:
        return {0: "pdf", 1: "image", 2: "text", 3: "message", 4: "media"}[self.stack.currentIndex()]

    def show_bytes(self, title: str, data: bytes, media_type: str) -> None:
        self.clear()
        self.setWindowTitle(self.tr("%1 — Casefile").replace("%1", title))
        media_type = (media_type or "").lower()
        if media_type == "application/pdf":
            self._bytes = QByteArray(data)
            self._buffer = QBuffer(self)
            self._buffer.setData(self._bytes)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf.load(self._buffer)
            if self.pdf.status() == QPdfDocument.Status.Error:
                self._show_message(self.tr("This PDF could not be read. Export it to open it in another program."))
                return
            self.pdf_view.setDocument(self.pdf)
            self.stack.setCurrentWidget(self.pdf_view)
        elif media_type.startswith("image/"):
            image = QImage.fromData(data)
            if image.isNull():
                self._show_message(self.tr("This image format cannot be shown inside Casefile. Export it to "
                                           "open it in another program."))
                return
            self._image = image
            self.stack.setCurrentWidget(self.image_scroll)
            self._fit()
        elif media_type.startswith("text/") or media_type in ("application/json", "application/xml"):
            self.text_view.setPlainText(data.decode("utf-8", errors="replace"))
            self.stack.setCurrentWidget(self.text_view)
        else:
            self._show_message(self.tr("Files of this kind (%1) cannot be shown inside Casefile. Export it to "
                                       "open it in another program.").replace("%1", media_type or "?"))
        zoomable = self.kind in ("pdf", "image")
        for button in (self.zoom_in, self.zoom_out, self.fit):
            button.setEnabled(zoomable)
        self.print_button.setEnabled(self.kind != "message")

    def show_media(self, title: str, reader: BlobReader, media_type: str, capture: str = "") -> None:
        """Play a video or audio document through ``reader`` (decrypted chunk by chunk in memory);
        ``capture`` is what its headers say about its capture, shown with the player."""
        self.clear()
        self.setWindowTitle(self.tr("%1 — Casefile").replace("%1", title))
        try:
            from ui.media_device import BlobDevice
            from ui.media_player import MediaPlayerView
        except ImportError:  # QtMultimedia needs system libraries (libpulse on Linux)
            reader.close()
            self._show_message(self.tr("Video and audio cannot be played on this computer (a system library "
                                       "QtMultimedia needs is missing). Export the file to open it in another "
                                       "program."))
            return
        if self.media is None:
            self.media = MediaPlayerView(self.ctx, self)
            self.stack.addWidget(self.media)
        device = BlobDevice(reader, self.media)
        device.open(QIODevice.OpenModeFlag.ReadOnly)
        self.media.load(device, audio_only=(media_type or "").lower().startswith("audio/"), capture=capture)
        self.stack.setCurrentWidget(self.media)
        for button in (self.zoom_in, self.zoom_out, self.fit, self.print_button):
            button.setEnabled(False)
        self.media.play_button.setFocus()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        for button in (self.zoom_in, self.zoom_out, self.fit, self.print_button):
            button.setEnabled(False)

    # ----- printing -----
    def print_document(self) -> None:
        """The system print dialog (window-modal, so locking can close it), then print."""
        if self.kind == "message" or self.print_dialog is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("Casefile document")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the document"))
        self.print_dialog = dialog

        def finished(result: int) -> None:
            self.print_dialog = None
            dialog.deleteLater()
            if result == QPrintDialog.DialogCode.Accepted:
                self.print_to(printer)

        dialog.finished.connect(finished)
        # QPrintDialog.open() wants a receiver in PySide6; this is QDialog.open()'s own effect.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPrinter) -> None:
        """Print what is shown on ``printer``: PDFs in a worker, images and text here (quick)."""
        if self.kind == "pdf" and self._bytes is not None:
            data = self._bytes.data()
            self.print_button.setEnabled(False)

            def done(_result: object = None) -> None:
                self.print_button.setEnabled(self.kind != "message")

            self.ctx.workers.submit(
                lambda _control: print_pdf(data, printer), on_success=done, on_failure=lambda _k, _m: done()
            )
        elif self.kind == "image" and self._image is not None:
            painter = QPainter()
            if not painter.begin(printer):
                return
            try:
                area = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
                area.moveTo(0, 0)
                size = self._image.size().toSizeF().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRectF(area.x(), area.y(), size.width(), size.height())
                painter.drawImage(target, self._image)
            finally:
                painter.end()
        elif self.kind == "text":
            self.text_view.document().print_(printer)

    def _zoom(self, factor: float) -> None:
        if self.kind == "pdf":
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(max(0.1, min(8.0, self.pdf_view.zoomFactor() * factor)))
        elif self.kind == "image" and self._image is not None:
            self._scale = max(0.05, min(8.0, self._scale * factor))
            self._show_image()

    def _fit(self) -> None:
        if self.kind == "pdf":
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif self._image is not None:
            width = max(100, self.image_scroll.viewport().width() - 4)
            self._scale = min(1.0, width / max(1, self._image.width()))
            self._show_image()

    def _show_image(self) -> None:
        if self._image is None:
            return
        pixmap = QPixmap.fromImage(self._image)
        if self._scale != 1.0:
            pixmap = pixmap.scaledToWidth(max(1, int(self._image.width() * self._scale)),
                                          Qt.TransformationMode.SmoothTransformation)
        self.image_label.setPixmap(pixmap)
        self.image_label.resize(pixmap.size())

    def clear(self) -> None:
        """Drop everything decrypted this window holds."""
        if self.print_dialog is not None:
            self.print_dialog.reject()
        self.pdf_view.setDocument(None)  # type: ignore[arg-type]
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = None
        self._bytes = None
        self._image = None
        self.image_label.clear()
        self.text_view.clear()
        self.message.clear()
        if self.media is not None:
            self.media.clear()

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)

    def closeEvent(self, event: Any) -> None:
        self.clear()
        super().closeEvent(event)

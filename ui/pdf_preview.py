"""A PDF shown from memory, with page navigation, zoom and printing: the Reports section's preview.

The bytes never touch the disk: ``QPdfDocument`` reads them through a ``QBuffer`` over a
``QByteArray`` that this widget keeps alive for as long as the document is shown (QtPdf reads
the device lazily, so dropping the buffer early would pull the pages out from under the view).
``clear()`` closes the document and drops both. Printing renders each page to an image at a
bounded resolution and paints it onto the printer, so the system print dialog is the only thing
that decides where the pages go.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

PRINT_DPI = 300  # sharp on paper; a Letter page is then ~34 MB as an image, not ~540 MB at 1200 dpi
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


def _shortcut_text(sequence: QKeySequence | QKeySequence.StandardKey) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class PdfPreview(QWidget):
    """Shows one PDF held in memory. ``load_bytes`` fills it; ``clear`` empties it."""

    page_count_changed = Signal(int)  # pages in the shown document, 0 once cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bytes: QByteArray | None = None
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setObjectName("placeholder")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        self.previous_button = self._tool_button(self.previous_page, QKeySequence("Ctrl+PgUp"))
        self.next_button = self._tool_button(self.next_page, QKeySequence("Ctrl+PgDown"))
        self.page_spin = QSpinBox(self)
        self.page_spin.setMinimum(1)
        self.page_spin.setMaximum(1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(self._page_typed)
        self.page_label = QLabel(self)
        self.zoom_out_button = self._tool_button(self.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_button = self._tool_button(self.zoom_in, QKeySequence.StandardKey.ZoomIn)
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("8888 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.fit_width_button = self._tool_button(self.fit_width, QKeySequence("Ctrl+0"))
        self.fit_page_button = self._tool_button(self.fit_page, None)
        for button in (self.fit_width_button, self.fit_page_button):
            button.setCheckable(True)
            button.setAutoExclusive(False)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_width_button)
        bar.addWidget(self.fit_page_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.view.zoomFactorChanged.connect(lambda _z: self._update_zoom())
        self.view.zoomModeChanged.connect(lambda _m: self._update_zoom())
        self.retranslate()
        self._update_controls()

    # ----- construction -----
    def _tool_button(self, slot, shortcut) -> QToolButton:  # type: ignore[no-untyped-def]
        button = QToolButton(self)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(lambda _checked=False: slot())
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
        button.setProperty("shortcut_text", _shortcut_text(shortcut) if shortcut is not None else "")
        return button

    def _describe(self, button: QToolButton, text: str, tip: str, name: str) -> None:
        button.setText(text)
        shortcut = button.property("shortcut_text")
        button.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        button.setAccessibleName(name)

    def retranslate(self) -> None:
        self._describe(self.previous_button, self.tr("◀"), self.tr("Previous page"), self.tr("Previous page"))
        self._describe(self.next_button, self.tr("▶"), self.tr("Next page"), self.tr("Next page"))
        self._describe(self.zoom_out_button, self.tr("−"), self.tr("Zoom out"), self.tr("Zoom out"))
        self._describe(self.zoom_in_button, self.tr("+"), self.tr("Zoom in"), self.tr("Zoom in"))
        self._describe(
            self.fit_width_button,
            self.tr("Fit width"),
            self.tr("Fit the page width to the window"),
            self.tr("Fit width"),
        )
        self._describe(self.fit_page_button, self.tr("Whole page"), self.tr("Show whole pages"), self.tr("Whole page"))
        self.page_spin.setAccessibleName(self.tr("Page number"))
        self.page_spin.setToolTip(self.tr("Type a page number and press Enter"))
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.view.setAccessibleName(self.tr("Report preview"))
        self.empty.setText(
            self.tr(
                "Choose a report and press Preview. The report is shown here from memory; "
                "nothing is written to disk until you save it."
            )
        )
        self.empty.setAccessibleName(self.empty.text())
        self._update_controls()

    # ----- content -----
    @property
    def loaded(self) -> bool:
        return self._bytes is not None and self.document.status() == QPdfDocument.Status.Ready

    def page_count(self) -> int:
        return self.document.pageCount() if self._bytes is not None else 0

    def load_bytes(self, data: bytes) -> bool:
        """Show ``data`` (a PDF); False, and empty, when QtPdf cannot read it."""
        self.clear()
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Error or self.document.pageCount() < 1:
            self.clear()
            return False
        self.stack.setCurrentWidget(self.view)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().jump(0, QPointF(), 0)
        self._update_controls()
        self.page_count_changed.emit(self.document.pageCount())
        return True

    def clear(self) -> None:
        """Drop the document and every byte of it this widget holds."""
        had = self._bytes is not None
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
        self._buffer = None
        self._bytes = None
        self.stack.setCurrentWidget(self.empty)
        self._update_controls()
        if had:
            self.page_count_changed.emit(0)

    # ----- navigation and zoom -----
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if not self.loaded:
            return
        page = max(0, min(page, self.document.pageCount() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _page_typed(self, value: int) -> None:
        if value - 1 != self.current_page():
            self.go_to_page(value - 1)

    def _page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self._update_controls()

    def zoom_in(self) -> None:
        self._step_zoom(+1)

    def zoom_out(self) -> None:
        self._step_zoom(-1)

    def effective_zoom(self) -> float:
        """The zoom the pages are drawn at, also in the fit modes (where ``zoomFactor`` stays put).

        Mirrors QPdfView's layout: a page is its size in points times the screen's logical
        dots per point, scaled in the fit modes to the viewport less the document margins.
        """
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or not self.loaded:
            return self.view.zoomFactor()
        screen = self.screen() or QGuiApplication.primaryScreen()
        per_point = (screen.logicalDotsPerInch() if screen else 96.0) / 72.0
        page = self.document.pagePointSize(max(0, self.current_page()))
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        width = (viewport.width() - margins.left() - margins.right()) / max(1.0, page.width() * per_point)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return max(0.05, width)
        height = (viewport.height() - margins.top() - margins.bottom()) / max(1.0, page.height() * per_point)
        return max(0.05, min(width, height))

    def _step_zoom(self, direction: int) -> None:
        if not self.loaded:
            return
        current = self.effective_zoom()
        if direction > 0:
            target = next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1])
        else:
            target = next((z for z in reversed(ZOOM_STEPS) if z < current - 0.01), ZOOM_STEPS[0])
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(target)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def _update_zoom(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)
        loaded = self.loaded
        self.zoom_label.setText(
            self.tr("%1 %").replace("%1", str(round(self.effective_zoom() * 100))) if loaded else ""
        )

    def _update_controls(self) -> None:
        pages = self.page_count() if self.loaded else 0
        current = self.current_page() if pages else 0
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(1, pages))
        self.page_spin.setValue(current + 1)
        self.page_spin.blockSignals(False)
        self.page_label.setText(self.tr("of %1").replace("%1", str(pages)) if pages else "")
        self.page_spin.setEnabled(pages > 1)
        self.previous_button.setEnabled(pages > 0 and current > 0)
        self.next_button.setEnabled(pages > 0 and current < pages - 1)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_width_button, self.fit_page_button):
            button.setEnabled(pages > 0)
        self._update_zoom()

    # ----- printing -----
    def ask_printer(self, paper: str = "letter") -> tuple[QPrinter, int, int] | None:
        """The system print dialog: (printer, first page, last page), 0-based; None if cancelled."""
        if not self.loaded:
            return None
        pages = self.page_count()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter))
        printer.setDocName(self.tr("Casefile report"))  # never a person's name: print queues are seen by others
        printer.setFromTo(1, pages)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the report"))
        dialog.setMinMax(1, pages)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted or not self.loaded:
            return None  # (locking while the dialog was open empties the preview: nothing to print)
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            return printer, printer.fromPage() - 1, printer.toPage() - 1
        if printer.printRange() == QPrinter.PrintRange.CurrentPage:
            return printer, self.current_page(), self.current_page()
        return printer, 0, pages - 1

    def print_pages(self, printer: QPrinter, first: int = 0, last: int | None = None) -> int:
        """Print the shown PDF here and now (on this thread); see :func:`print_pdf`."""
        if not self.loaded or self._bytes is None:
            return 0
        return print_pdf(self._bytes.data(), printer, first, last)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._update_zoom()  # the fit modes' zoom follows the window's size

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def print_pdf(
    data: bytes,
    printer: QPrinter,
    first: int = 0,
    last: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Paint pages ``first``..``last`` (0-based, inclusive) of the PDF ``data`` onto ``printer``.

    Returns how many pages were printed. Each page is rendered at up to PRINT_DPI and scaled to
    fit the printable area, centred, keeping its proportions (a Letter report on A4 paper shrinks
    a little rather than losing its margins). Safe on a worker thread: it reads ``data`` with a
    QPdfDocument of its own, and QPainter may paint on a QPrinter outside the GUI thread. A
    ``progress(done, total)`` that raises stops the job and aborts what the printer received.
    """
    array = QByteArray(data)
    buffer = QBuffer()
    buffer.setData(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        count = document.pageCount() if document.status() == QPdfDocument.Status.Ready else 0
        last = count - 1 if last is None else min(last, count - 1)
        first = max(0, first)
        if first > last:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            area = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            area.moveTo(0, 0)  # the painter's origin is already the printable area's corner
            dpi = min(PRINT_DPI, max(72, printer.resolution()))
            for page in range(first, last + 1):
                if progress is not None:
                    progress(printed, last - first + 1)
                if printed:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(
                    page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                scale = min(area.width() / max(1.0, points.width()), area.height() / max(1.0, points.height()))
                width, height = points.width() * scale, points.height() * scale
                target = QRectF(
                    area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2, width, height
                )
                painter.drawImage(target, image)
                printed += 1
        except BaseException:
            printer.abort()  # nothing half-printed reaches the queue
            raise
        finally:
            painter.end()
        return printed
    finally:
        document.close()
        buffer.close()

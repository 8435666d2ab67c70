"""An in-app PDF preview with Print and Save as PDF, used by the letter wizard and the registers.

The PDF is loaded from bytes through a QBuffer (no temporary file: letters hold personal data).
QPdfView paints asynchronously; ``page_count()`` is known once the document reports Ready.
Printing draws each page as an image at the printer's resolution (QPdfDocument.render), so what is
printed is exactly what was previewed. A copy that leaves the app is produced by an op: a draft is
rendered again by the register (which records it in the audit trail) off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from legalaid.gui.file_dialogs import save_file
from legalaid.gui.ops import Op
from legalaid.gui.widgets import named

WriteCopy = Callable[[Path, bytes], None]  # the register's writer of a copy the user saves


class PdfPreview(QWidget):
    """Shows one PDF; ``saved_as`` tells where the user saved a copy."""

    saved_as = Signal(str)

    def __init__(self, write_copy: WriteCopy, parent: QWidget | None = None,
                 with_buttons: bool = True) -> None:
        super().__init__(parent)
        self._write_copy = write_copy
        self.document = QPdfDocument(self)
        self.view = named(QPdfView(self), "pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._data = b""
        self._buffer: QBuffer | None = None
        self.suggested_name = "letter.pdf"
        # Set while a draft is shown: each copy that leaves the app (file or paper) goes out
        # through this, so that the register records it in the audit trail.
        self.output_through: Callable[[Callable[[bytes], None]], object] | None = None
        self.print_button = named(QPushButton(self), "printButton")
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button = named(QPushButton(self), "savePdfButton")
        self.save_button.clicked.connect(self.save_as)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        if with_buttons:
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.print_button)
            row.addWidget(self.save_button)
            layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("Save as &PDF…"))

    def sizeHint(self) -> QSize:
        return QSize(620, 760)

    def show_pdf(self, data: bytes, suggested_name: str = "letter.pdf") -> None:
        """Load ``data``; the previous buffer is released after the document lets go of it."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._data = data
        self.suggested_name = suggested_name
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)

    def page_count(self) -> int:
        return self.document.pageCount()

    def pdf_bytes(self) -> bytes:
        return self._data

    def save_as(self) -> None:
        if not self._data:
            return
        path = save_file(self, self.tr("Save as PDF"), self.suggested_name,
                         self.tr("PDF files (*.pdf)"))
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> None:
        """Write the PDF atomically (never half a file, only a regular file) and report where."""
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        write_copy = self._write_copy
        self._output(lambda data: write_copy(path, data), lambda: self.saved_as.emit(str(path)))

    def _output(self, write: Callable[[bytes], None], done: Callable[[], object]) -> None:
        """Hand the PDF to ``write`` (through ``output_through`` when set) off the UI thread,
        then ``done()``; an error goes to the error dialog."""
        data, through = self._data, self.output_through

        def output() -> None:
            if through is None:
                write(data)
            else:
                through(write)

        Op(self, output).success(lambda _result: done()).run()

    def print_pdf(self) -> None:
        if self.page_count() <= 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            # Painting stays on the UI thread: the op only records the copy (and renders it).
            self._output(lambda _shown: None, lambda: self.print_to(printer))

    def print_to(self, printer: QPrinter) -> None:
        """Each page rendered at the printer's resolution, scaled into its page rectangle."""
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            dpi = printer.resolution()
            for index in range(self.page_count()):
                if index:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.document.render(index, size)
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.x(), target.y(), image.scaled(scaled))
        finally:
            painter.end()

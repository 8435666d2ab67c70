"""Showing a scan inside the app: a PDF page by page, an image scaled to the window; and the
small PNG drawn for the list when a scan is attached.

Both are drawn from bytes in memory (a QBuffer for PDFs): a scan never passes through a
temporary file, which another program could read or a crash could leave behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from legalaid.gui.file_dialogs import save_file
from legalaid.gui.views.pdf_preview import PdfPreview
from legalaid.gui.widgets import named
from legalaid.services.attachments import AttachmentRow

PDF = "application/pdf"


def _pdf_first_page(data: bytes, size: QSize) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    image = document.render(0, size) if document.pageCount() > 0 else QImage()
    document.close()
    buffer.close()
    return image


def thumbnail(data: bytes, media_type: str, size: QSize) -> QPixmap:
    """The scan drawn small (the first page of a PDF); an empty pixmap if it cannot be."""
    if media_type == PDF:
        image = _pdf_first_page(data, size)
        return QPixmap.fromImage(image) if not image.isNull() else QPixmap()
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return QPixmap()
    return pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


def png_bytes(pixmap: QPixmap) -> bytes | None:
    """The pixmap as PNG bytes, to store with the attachment; None for an empty one."""
    if pixmap.isNull():
        return None
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return bytes(buffer.data().data())


class AttachmentViewer(QDialog):
    """One scan, with Save copy (through ``save``, which writes and audits it) and Close.

    ``data`` is what Qt can draw (``displayable``: a HEIC photo comes as a PNG); the copy saved
    is the stored original all the same."""

    def __init__(self, row: AttachmentRow, data: bytes, save: Callable[[Path], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.row = row
        self._save = save
        self.setWindowTitle(row.title)
        layout = QVBoxLayout(self)
        if row.media_type == PDF:
            self.pdf: PdfPreview | None = PdfPreview(lambda path, _data: save(path), self,
                                                     with_buttons=False)
            self.pdf.show_pdf(data, row.file_name)
            self.image: QLabel | None = None
            layout.addWidget(self.pdf, 1)
        else:
            self.pdf = None
            self.image = named(QLabel(), "attachmentImage")
            self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            self.image.setPixmap(pixmap.scaled(
                QSize(900, 1100), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation)
                if pixmap.height() > 1100 or pixmap.width() > 900 else pixmap)
            scroll = QScrollArea()
            scroll.setWidget(self.image)
            scroll.setWidgetResizable(True)
            layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = named(buttons.addButton(
            self.tr("Save &copy…"), QDialogButtonBox.ButtonRole.ActionRole), "viewerSaveCopy")
        self.save_button.clicked.connect(self.save_copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(700, 820)

    def save_copy(self) -> None:
        target = save_file(self, self.tr("Save a copy"), self.row.file_name, "")
        if target is not None:
            self._save(target)

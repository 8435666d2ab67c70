"""The scans of a client file, under the documents: a list with a thumbnail per scan, Attach
(a button or a file dropped on the list), View, Save copy and Remove.

A scan attached while a document row is selected belongs to that document; otherwise to the
client. The bytes are read off the UI thread (a scan may be 20 MB) and shown in the viewer;
a copy leaves the app only through "Save copy", which the service writes and audits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from legalaid.errors import LegalAidError, ValidationError
from legalaid.gui.application import user_message
from legalaid.gui.file_dialogs import open_files, save_file
from legalaid.gui.i18n import format_date
from legalaid.gui.ops import Op
from legalaid.gui.views.attachment_viewer import AttachmentViewer, png_bytes, thumbnail
from legalaid.gui.widgets import named
from legalaid.services.attachments import (
    AttachmentFile,
    AttachmentRow,
    AttachmentService,
    displayable,
    media_type_of,
)

THUMBNAIL = QSize(48, 64)
FILE_FILTER = "*.pdf *.jpg *.jpeg *.png *.heic *.heif"


class AttachmentsPanel(QWidget):
    """The client's scans (not those on cases); ``changed`` after an attach or a removal."""

    changed = Signal()

    def __init__(self, service: AttachmentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.client_id = 0
        self.document_of: Callable[[], int | None] = lambda: None  # the selected document
        self.document_name: Callable[[int], str] = str
        self.list = named(QListWidget(), "attachmentList")
        self.list.setIconSize(THUMBNAIL)
        self.list.setAcceptDrops(False)  # the panel takes the drop
        self.list.itemDoubleClicked.connect(lambda _item: self.view_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.title = named(QLabel(), "attachmentsTitle")
        self.attach_button = named(QPushButton(), "attachButton")
        self.view_button = named(QPushButton(), "viewAttachment")
        self.save_button = named(QPushButton(), "saveAttachmentCopy")
        self.remove_button = named(QPushButton(), "removeAttachment")
        self.message = named(QLabel(wordWrap=True), "attachmentMessage")
        self.attach_button.clicked.connect(self.choose_files)
        self.view_button.clicked.connect(self.view_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for widget in (self.attach_button, self.view_button, self.save_button,
                       self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.setAcceptDrops(True)
        self.rows: list[AttachmentRow] = []
        self.viewer: AttachmentViewer | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Scans (drop PDF, JPEG, PNG or HEIC files here)"))
        self.attach_button.setText(self.tr("A&ttach scan…"))
        self.view_button.setText(self.tr("&View"))
        self.save_button.setText(self.tr("Save &copy…"))
        self.remove_button.setText(self.tr("Re&move scan"))
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------------
    def show_client(self, client_id: int) -> None:
        self.client_id = client_id
        self.message.setText("")
        self.reload()

    def reload(self) -> None:
        client_id = self.client_id
        Op(self, lambda: self._service.attachments(client_id)) \
            .handle(LegalAidError, self._refused) \
            .success(lambda found: self._show(client_id, found)).quietly().run()

    def _show(self, client_id: int, found: Sequence[AttachmentRow]) -> None:
        if client_id != self.client_id:
            return  # another client's file is open now
        self.rows = list(found)
        self.list.clear()
        for row in found:
            where = self.document_name(row.document_id) if row.document_id else \
                self.tr("client file")
            item = QListWidgetItem(
                _icon(row),
                f"{row.title} — {where}\n{_size(row.size_bytes)}, {format_date(row.added_at)}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.file_name)
            self.list.addItem(item)
        self._update_buttons()

    def selected(self) -> AttachmentRow | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        chosen = item.data(Qt.ItemDataRole.UserRole)
        return next((row for row in self.rows if row.id == chosen), None)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for widget in (self.view_button, self.save_button, self.remove_button):
            widget.setEnabled(chosen)

    def _refused(self, error: LegalAidError) -> None:
        self.message.setText(user_message(error))

    # -- attaching -------------------------------------------------------------------------------
    def choose_files(self) -> None:
        self.attach_files(open_files(self, self.tr("Attach scans"),
                                     self.tr("Scans (%1)").replace("%1", FILE_FILTER)))

    def attach_files(self, paths: Sequence[Path]) -> None:
        """Attach each file to the selected document (or the client); one refusal names its
        file and the others are still attached."""
        if not paths:
            return
        client_id, document_id = self.client_id, self.document_of()
        service = self._service

        def work() -> list[str]:
            refused = []
            for path in paths:
                try:
                    data = path.read_bytes()
                    service.attach(client_id, AttachmentFile(
                        path.name, data, thumbnail=_small_picture(data)), document_id)
                except OSError as error:
                    refused.append(f"{path.name}: {error.strerror}")
                except ValidationError as error:  # names the file: the field is not shown
                    refused.append(error.problem)
                except LegalAidError as error:
                    refused.append(user_message(error))
            return refused

        Op(self, work).success(self._attached).run()

    def _attached(self, refused: list[str]) -> None:
        self.message.setText("\n".join(refused))
        self.reload()
        self.changed.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.attach_files(paths)

    # -- viewing, saving, removing -------------------------------------------------------------
    def view_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        Op(self, lambda: displayable(self._service.content(row.id)[1])) \
            .handle(LegalAidError, self._refused) \
            .success(lambda data: self._open_viewer(row, data)).run()

    def _open_viewer(self, row: AttachmentRow, data: bytes) -> None:
        self.viewer = AttachmentViewer(row, data, lambda target: self._save(row, target), self)
        self.viewer.open()

    def save_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        target = save_file(self, self.tr("Save a copy"), row.file_name, "")
        if target is not None:
            self._save(row, target)

    def _save(self, row: AttachmentRow, target: Path) -> None:
        Op(self, lambda: self._service.save_copy(row.id, target)) \
            .handle(LegalAidError, self._refused) \
            .success(lambda _none: self.message.setText(
                self.tr("A copy was saved to %1").replace("%1", str(target)))).run()

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        Op(self, lambda: self._service.delete(row.id)) \
            .handle(LegalAidError, self._refused) \
            .success(lambda _none: self._removed(row)).run()

    def _removed(self, row: AttachmentRow) -> None:
        self.message.setText(self.tr("%1 was moved to the bin.").replace("%1", row.title))
        self.reload()
        self.changed.emit()


def _small_picture(data: bytes) -> bytes | None:
    """The thumbnail kept with a scan, drawn from what the desktop can read of it."""
    shown = displayable(data)
    return png_bytes(thumbnail(shown, media_type_of(shown) or "", THUMBNAIL))


def _icon(row: AttachmentRow) -> QIcon:
    """The thumbnail drawn when it was attached, or the desktop's icon for its kind."""
    pixmap = QPixmap()
    if row.thumbnail and pixmap.loadFromData(row.thumbnail):
        return QIcon(pixmap)
    return QIcon.fromTheme("application-pdf" if row.media_type == "application/pdf"
                           else "image-x-generic")


def _size(size_bytes: int) -> str:
    if size_bytes < 1024 * 1024:
        return f"{max(1, round(size_bytes / 1024))} KB"
    return f"{size_bytes / (1024 * 1024):.1f} MB"


"""The Documents tab: the client's documents with add, edit and delete, expiry coloured at
90/30/7 days (red when expired) with a legend, and the dialog that edits one document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from legalaid.domain.enums import DocumentType
from legalaid.domain.records import DocumentRecord
from legalaid.domain.validation import document_problems
from legalaid.errors import ValidationError
from legalaid.gui.i18n import format_date
from legalaid.gui.labels import document_label
from legalaid.gui.ops import Op
from legalaid.gui.views.client_file.attachments import AttachmentsPanel
from legalaid.gui.views.client_file.dialogs import (
    ItemDialog,
    Submit,
    combo,
    line_edit,
    not_connected,
    refill,
    select,
)
from legalaid.gui.views.client_file.tabs import (
    EXPIRED_COLOUR,
    EXPIRY_COLOURS,
    ItemTable,
    expiry_colour,
)
from legalaid.gui.wizards.fields import DateField

UNTIL_COLUMN, LEFT_COLUMN = 3, 4


class DocumentDialog(ItemDialog):
    """Type, number, issuer and validity of one document."""

    def __init__(self, submit: Submit, document: DocumentRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("documentDialog", submit, parent)
        self.document_id = document.id if document else None
        self.document_version = document.version if document else None  # saved against
        self.type = combo("documentType")
        self.number = line_edit("documentNumber")
        self.issuer = line_edit("documentIssuer")
        self.valid_from = DateField("documentFrom")
        self.valid_until = DateField("documentUntil")
        for key, widget in (("type", self.type), ("number", self.number),
                            ("issuer", self.issuer), ("valid_from", self.valid_from),
                            ("valid_until", self.valid_until)):
            self.add_field(key, widget)
        self.finish_layout()
        self.retranslate()
        if document is not None:
            select(self.type, document.type.value)
            self.number.setText(document.number or "")
            self.issuer.setText(document.issuer or "")
            self.valid_from.set_date(document.valid_from)
            self.valid_until.set_date(document.valid_until)
        self.setMinimumWidth(420)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit document") if self.document_id else
                            self.tr("Add document"))
        self.set_labels((self.tr("&Type"), self.tr("&Number"),
                         self.tr("&Issued by (country or authority)"),
                         self.tr("Valid &from"), self.tr("Valid &until")))
        refill(self.type, [(document_label(kind), kind.value) for kind in DocumentType])

    def problems(self) -> list[ValidationError]:
        return document_problems(self.document(), "document")

    def document(self) -> DocumentRecord:
        return DocumentRecord(
            type=DocumentType(self.type.currentData()),
            number=self.number.text().strip() or None,
            issuer=self.issuer.text().strip() or None,
            valid_from=self.valid_from.date(), valid_until=self.valid_until.date(),
            id=self.document_id, version=self.document_version)


def _swatch(colour: QColor, text: str) -> str:
    return (f'<span style="background:{colour.name()};color:white;">&nbsp;{text}&nbsp;</span>')


class DocumentsTab(QWidget):
    """The documents table; ``add``/``edit``/``delete`` carry the document (or its id)."""

    delete = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = ItemTable("documentTable", 5)
        self.table = self.items.table
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.legend = QLabel()
        self.legend.setObjectName("expiryLegend")
        self.items.add_clicked.connect(lambda: self.open_dialog(None))
        self.items.edit_clicked.connect(self._edit)
        self.items.delete_clicked.connect(self.delete)
        legend_row = QHBoxLayout()
        legend_row.addWidget(self.legend)
        legend_row.addStretch(1)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.items, 1)
        layout.addLayout(legend_row)
        self._documents: list[DocumentRecord] = []
        self.dialog: DocumentDialog | None = None
        self.attachments: AttachmentsPanel | None = None
        # Set by the page: the op that saves a document (a refusal is shown in the dialog).
        self.save_document: Callable[[DocumentRecord], Op[Any]] = not_connected
        self.retranslate()

    def add_attachments(self, panel: AttachmentsPanel) -> None:
        """The client's scans under the documents; a scan attached while a document is
        selected belongs to it."""
        self.attachments = panel
        panel.document_of = self.selected_document_id
        panel.document_name = self._document_name
        self._layout.addWidget(panel, 1)

    def selected_document_id(self) -> int | None:
        return self.items.current_id() if self.table.selectedItems() else None

    def _document_name(self, document_id: int) -> str:
        document = next((d for d in self._documents if d.id == document_id), None)
        if document is None:
            return ""
        return " ".join(part for part in (document_label(document.type), document.number) if part)

    def retranslate(self) -> None:
        if self.attachments is not None:
            self.attachments.retranslate()
        self.items.set_texts(
            [self.tr("Document"), self.tr("Number"), self.tr("Valid from"),
             self.tr("Valid until"), self.tr("Expires")],
            self.tr("&Add document…"), self.tr("&Edit…"), self.tr("&Delete"))
        (week, week_colour), (month, month_colour), (quarter, quarter_colour) = EXPIRY_COLOURS
        self.legend.setText(self.tr("Expiry: %1 %2 %3 %4")
                            .replace("%1", _swatch(EXPIRED_COLOUR, self.tr("expired")))
                            .replace("%2", _swatch(week_colour, self._within(week)))
                            .replace("%3", _swatch(month_colour, self._within(month)))
                            .replace("%4", _swatch(quarter_colour, self._within(quarter))))

    def _within(self, days: int) -> str:
        return self.tr("within %n day(s)", "", days)

    def show_documents(self, documents: Sequence[DocumentRecord], today: dt.date) -> None:
        ordered = sorted(documents, key=lambda d: d.valid_until or dt.date.max)
        self._documents = ordered
        self.items.show_rows(
            [d.id or 0 for d in ordered],
            [(document_label(d.type), d.number or "", format_date(d.valid_from),
              format_date(d.valid_until), self._left(d.valid_until, today)) for d in ordered])
        for row, document in enumerate(ordered):
            colour = expiry_colour(document.valid_until, today)
            if colour is None:
                continue
            for column in (UNTIL_COLUMN, LEFT_COLUMN):
                item = self.table.item(row, column)
                assert item is not None
                item.setBackground(colour)
                item.setForeground(QColor("white"))
                item.setToolTip(self._left(document.valid_until, today))

    def _left(self, until: dt.date | None, today: dt.date) -> str:
        if until is None:
            return ""
        left = (until - today).days
        if left < 0:
            return self.tr("expired %n day(s) ago", "", -left)
        return self.tr("in %n day(s)", "", left)

    def _edit(self, document_id: int) -> None:
        for document in self._documents:
            if document.id == document_id:
                self.open_dialog(document)

    def open_dialog(self, document: DocumentRecord | None) -> None:
        """The add (None) or edit dialog; it stays open with the typed values when refused."""
        dialog = DocumentDialog(lambda: self.save_document(dialog.document()), document, self)
        self.dialog = dialog
        dialog.open()

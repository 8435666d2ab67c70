"""The Family tab: links to other clients (spouse, child, ...), found by name in any script through
the search service; open the relative's file, remove a link (undoable)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from legalaid.domain.read_models import FamilyLinkRow, SearchHit
from legalaid.gui.i18n import format_date
from legalaid.gui.ops import Op
from legalaid.gui.views.client_file.dialogs import (
    ItemDialog,
    Submit,
    combo,
    line_edit,
    not_connected,
    refill,
)
from legalaid.gui.views.client_file.tabs import ItemTable

RELATIONSHIPS = ("spouse", "child", "parent", "sibling", "relative")


def relationship_label(code: str) -> str:
    """Known relationships in the interface language; anything typed by hand as it was typed."""
    labels = {"spouse": QCoreApplication.translate("FamilyTab", "spouse"),
              "child": QCoreApplication.translate("FamilyTab", "child"),
              "parent": QCoreApplication.translate("FamilyTab", "parent"),
              "sibling": QCoreApplication.translate("FamilyTab", "brother or sister"),
              "relative": QCoreApplication.translate("FamilyTab", "other relative")}
    return labels.get(code, code)


class LinkDialog(ItemDialog):
    """Type a name (any script, a typo is fine), pick the client, say how they are related."""

    def __init__(self, submit: Submit, search: Callable[[str], list[SearchHit]],
                 parent: QWidget | None = None) -> None:
        super().__init__("linkDialog", submit, parent)
        self._search = search
        self.query = line_edit("linkSearch")
        self.results = QListWidget()
        self.results.setObjectName("linkResults")
        self.relationship = combo("linkRelationship")
        self.add_field("search", self.query)
        self.add_field("other_client_id", self.results)
        self.add_field("relationship", self.relationship)
        self.finish_layout()
        self.query.textChanged.connect(self._find)
        self.retranslate()
        self.setMinimumWidth(460)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Link a relative"))
        self.query.setPlaceholderText(self.tr("Name in any script"))
        self.set_labels((self.tr("&Find client"), self.tr("&Client"),
                         self.tr("&Relationship")))
        refill(self.relationship, [(relationship_label(r), r) for r in RELATIONSHIPS])

    def _find(self, text: str) -> None:
        self.results.clear()
        if not text.strip():
            return
        for hit in self._search(text):
            born = format_date(hit.date_of_birth)
            label = " · ".join(part for part in (" / ".join(hit.names), born) if part)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, hit.client_id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def chosen_client(self) -> int | None:
        item = self.results.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def relationship_code(self) -> str:
        return str(self.relationship.currentData())


class FamilyTab(QWidget):
    open_client = Signal(int)
    remove_link = Signal(int)  # link id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = ItemTable("familyTable", 2)
        self.table = self.items.table
        self.hint = QLabel()
        self.items.add_clicked.connect(self.open_dialog)
        self.items.edit_clicked.connect(self._open)
        self.items.delete_clicked.connect(self.remove_link)
        self._links: list[FamilyLinkRow] = []
        self.dialog: LinkDialog | None = None
        # Set by the page: search, and the op that saves a link.
        self.search: Callable[[str], list[SearchHit]] = lambda _text: []
        self.save_link: Callable[[int | None, str], Op[Any]] = not_connected
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.items, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Double-click a relative (or press Enter) to open their file."))
        self.items.set_texts([self.tr("Relative"), self.tr("Relationship")],
                             self.tr("&Link a relative…"), self.tr("&Open file"),
                             self.tr("&Remove link"))
        self.show_links(self._links)

    def show_links(self, links: Sequence[FamilyLinkRow]) -> None:
        self._links = list(links)
        self.items.show_rows([link.id for link in links],
                             [(link.other_name, relationship_label(link.relationship))
                              for link in links])

    def _open(self, link_id: int) -> None:
        for link in self._links:
            if link.id == link_id:
                self.open_client.emit(link.other_client_id)

    def open_dialog(self) -> None:
        def submit() -> Op[Any]:
            return self.save_link(dialog.chosen_client(), dialog.relationship_code())

        dialog = LinkDialog(submit, self.search, self)
        self.dialog = dialog
        dialog.open()

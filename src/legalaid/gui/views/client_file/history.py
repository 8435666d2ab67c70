"""The History tab (what changed in the file, when, by whom: field names, never values) and the
client's Bin (deleted items, each restorable)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from legalaid.domain.read_models import DeletedItem, HistoryEntry
from legalaid.gui.views.client_file.tabs import ItemTable, fill, read_only_table

# The history entry a change of rules pack leaves (``db.repositories.rule_packs``).
RULES_ITEM, RULES_ACTION = "rule_pack", "rules"


def item_label(kind: str) -> str:
    labels = {"client": QCoreApplication.translate("HistoryTab", "profile"),
              "document": QCoreApplication.translate("HistoryTab", "document"),
              "trip": QCoreApplication.translate("HistoryTab", "trip"),
              "event": QCoreApplication.translate("HistoryTab", "event"),
              "case": QCoreApplication.translate("HistoryTab", "case"),
              "task": QCoreApplication.translate("HistoryTab", "task"),
              "note": QCoreApplication.translate("HistoryTab", "note"),
              "family_link": QCoreApplication.translate("HistoryTab", "family link")}
    return labels.get(kind, kind)


def action_label(action: str) -> str:
    labels = {"create": QCoreApplication.translate("HistoryTab", "Added"),
              "update": QCoreApplication.translate("HistoryTab", "Changed"),
              "delete": QCoreApplication.translate("HistoryTab", "Deleted"),
              "restore": QCoreApplication.translate("HistoryTab", "Restored")}
    return labels.get(action, action)


def _what(entry: HistoryEntry) -> str:
    translate = QCoreApplication.translate
    if entry.action == "merge":  # the file of another client merged into this one
        return translate("HistoryTab", "Merged from #%1").replace("%1", str(entry.item_id))
    if entry.action == "unmerge":
        return translate("HistoryTab", "Merge of #%1 undone").replace("%1", str(entry.item_id))
    return f"{action_label(entry.action)}: {item_label(entry.item)}"


class HistoryTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = read_only_table("historyTable", 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self._entries: list[HistoryEntry] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                              self.tr("Fields")])
        self.show_history(self._entries)

    def show_history(self, entries: Sequence[HistoryEntry]) -> None:
        self._entries = list(entries)
        rows = [(e.at.strftime("%d.%m.%Y %H:%M"), e.by or "", *self._what(e)) for e in entries]
        fill(self.table, rows)

    def _what(self, entry: HistoryEntry) -> tuple[str, str]:
        """What changed and which fields; a new rules pack names the pack it replaced."""
        if entry.item == RULES_ITEM and entry.action == RULES_ACTION and len(entry.fields) == 2:
            new, old = entry.fields
            return (self.tr("Status changed because rules pack %1 replaced %2")
                    .replace("%1", new).replace("%2", old), "")
        return _what(entry), ", ".join(entry.fields)


class BinDialog(QDialog):
    """The client's deleted items, newest first; Restore brings the selected one back."""

    def __init__(self, load: Callable[[], list[DeletedItem]],
                 restore: Callable[[str, int], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("binDialog")
        self._load, self._restore = load, restore
        self.items = ItemTable("binTable", 3)
        self.items.add_button.hide()
        self.items.delete_button.hide()
        self.items.edit_clicked.connect(self._restore_item)
        self.empty = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self._deleted: list[DeletedItem] = []
        self.retranslate()
        self.reload()
        self.resize(620, 360)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bin: deleted items of this client"))
        self.items.set_texts([self.tr("Deleted"), self.tr("Item"), self.tr("Details")], "",
                             self.tr("&Restore"), "")
        self.empty.setText(self.tr("The bin is empty."))

    def reload(self) -> None:
        self._deleted = self._load()
        self.items.show_rows(
            list(range(len(self._deleted))),
            [(d.deleted_at.strftime("%d.%m.%Y %H:%M"), item_label(d.kind), d.summary)
             for d in self._deleted])
        self.empty.setVisible(not self._deleted)
        if self._deleted:
            self.items.table.selectRow(0)

    def _restore_item(self, index: int) -> None:
        item = self._deleted[index]
        self._restore(item.kind, item.item_id)  # the page reloads the bin once it is restored

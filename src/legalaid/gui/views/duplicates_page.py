"""Possible duplicates across the caseload (for supervisors): ranked pairs with their reasons and
a score, built in the background; each pair can be merged or marked "not the same person",
which keeps it off the list from then on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legalaid.gui.i18n import format_date
from legalaid.gui.ops import Op
from legalaid.gui.views.merge_dialog import MergeDialog
from legalaid.services.duplicates import DuplicateList, DuplicatePair, DuplicateService
from legalaid.services.merge import MergeService


def reason_label(reason: str) -> str:
    translate = QCoreApplication.translate
    labels = {"document": translate("DuplicatesPage", "same document"),
              "phone": translate("DuplicatesPage", "same phone"),
              "name": translate("DuplicatesPage", "same name"),
              "similar_name": translate("DuplicatesPage", "similar name"),
              "across_scripts": translate("DuplicatesPage", "in another script"),
              "birth_date": translate("DuplicatesPage", "same date of birth"),
              "birth_date_near": translate("DuplicatesPage", "date of birth one slip apart")}
    return labels.get(reason, reason)


def _person(client_id: int, names: tuple[str, ...], born: dt.date | None) -> str:
    when = format_date(born)
    return f"#{client_id} {' / '.join(names[:2])}" + (f"\n{when}" if when else "")


class DuplicatesPage(QWidget):
    """The ranked list; ``open_client(id)`` asks the window to open a file."""

    open_client = Signal(int)

    def __init__(self, duplicates: DuplicateService, merge: MergeService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPage")
        self.duplicates, self.merge = duplicates, merge
        self.pairs: list[DuplicatePair] = []
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("duplicatesSummary")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("duplicatesTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.find_button = QPushButton()
        self.find_button.setObjectName("findDuplicatesButton")
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("mergePairButton")
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("notSamePersonButton")
        self.find_button.clicked.connect(self.build_list)
        self.merge_button.clicked.connect(self.merge_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.cellDoubleClicked.connect(self._open)
        buttons = QHBoxLayout()
        for button in (self.find_button, self.merge_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.merge_dialog: MergeDialog | None = None
        self._found: DuplicateList | None = None
        self.retranslate()
        self._update()

    def build_list(self) -> Op[DuplicateList]:
        """Build the list in the background (seconds for a large caseload)."""
        self.find_button.setEnabled(False)
        self.summary.setText(self.tr("Comparing every file…"))
        duplicates = self.duplicates
        return Op(self, duplicates.pairs) \
            .finally_(lambda: self.find_button.setEnabled(True)) \
            .success(self.show_pairs).run()

    def show_pairs(self, found: DuplicateList) -> None:
        self._found = found
        self.pairs = list(found.pairs)
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            cells = (f"{pair.score:.2f}", _person(pair.first, pair.first_names, pair.first_born),
                     _person(pair.second, pair.second_names, pair.second_born),
                     ", ".join(reason_label(reason) for reason in pair.reasons))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.retranslate()
        self._update()

    def selected(self) -> DuplicatePair | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.pairs[min(rows)] if rows else None

    def _update(self) -> None:
        chosen = self.selected() is not None
        self.merge_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    def _open(self, row: int, column: int) -> None:
        pair = self.pairs[row]
        self.open_client.emit(pair.second if column == 2 else pair.first)

    def merge_selected(self) -> MergeDialog | None:
        """The merge dialog for the selected pair: the older file (smaller number) is kept."""
        pair = self.selected()
        if pair is None:
            return None
        dialog = MergeDialog(self.merge, pair.first, pair.second, self)
        dialog.merged.connect(lambda _keep, _other: self._drop(pair))
        dialog.unmerged.connect(lambda _keep, _other: self._restore(pair))
        self.merge_dialog = dialog
        dialog.open()
        dialog.load()
        return dialog

    def dismiss_selected(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        duplicates = self.duplicates
        Op(self, lambda: duplicates.dismiss(pair.first, pair.second)) \
            .success(lambda _none: self._drop(pair)).run()

    def _drop(self, pair: DuplicatePair) -> None:
        if pair in self.pairs:
            self.pairs.remove(pair)
            self._fill()

    def _restore(self, pair: DuplicatePair) -> None:
        if pair not in self.pairs:
            self.pairs.append(pair)
            self.pairs.sort(key=lambda p: (-p.score, p.first, p.second))
            self._fill()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Score"), self.tr("File"),
                                              self.tr("May be the same as"), self.tr("Why")])
        if self._found is None:
            self.summary.setText(self.tr("Find files that may belong to one person: the same "
                                         "document or phone, names that match across scripts, "
                                         "birth dates one slip apart."))
        else:
            self.summary.setText(self.tr("%1 possible duplicate pair(s) among %2 clients.")
                                 .replace("%1", str(len(self.pairs)))
                                 .replace("%2", str(self._found.clients)))
        self.find_button.setText(self.tr("&Find possible duplicates"))
        self.merge_button.setText(self.tr("&Merge…"))
        self.dismiss_button.setText(self.tr("&Not the same person"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DuplicatesWindow(QDialog):
    """The list in a window of its own, opened from the Clients menu."""

    def __init__(self, duplicates: DuplicateService, merge: MergeService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesWindow")
        self.page = DuplicatesPage(duplicates, merge, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        self.resize(900, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Possible duplicates"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""What the tabs of a client file share: a read-only table of items with Add/Edit/Delete buttons
(Enter or double-click edits, Delete deletes), the expiry colours of documents, and the History
and Letters tabs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

EXPIRED_COLOUR = QColor("#c62828")
# (days left at most, colour): the alert steps of the settings, most urgent first.
EXPIRY_COLOURS = ((7, QColor("#e65100")), (30, QColor("#ef8f00")), (90, QColor("#c9a000")))


def expiry_colour(valid_until: dt.date | None, today: dt.date) -> QColor | None:
    """Red when expired, then orange to yellow within 7, 30 and 90 days; None beyond."""
    if valid_until is None:
        return None
    left = (valid_until - today).days
    if left < 0:
        return EXPIRED_COLOUR
    for limit, colour in EXPIRY_COLOURS:
        if left <= limit:
            return colour
    return None


class ItemTableWidget(QTableWidget):
    """Rows are read-only; Enter asks to edit the current row and Delete to delete it."""

    enter_pressed = Signal()
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
        elif event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
        else:
            super().keyPressEvent(event)


def read_only_table(name: str, columns: int) -> ItemTableWidget:
    table = ItemTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))


def button(name: str) -> QPushButton:
    widget = QPushButton()
    widget.setObjectName(name)
    return widget


class ItemTable(QWidget):
    """A table of one kind of item with Add, Edit and Delete; signals carry the item's id."""

    add_clicked = Signal()
    edit_clicked = Signal(int)
    delete_clicked = Signal(int)

    def __init__(self, name: str, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = read_only_table(name, columns)
        self.add_button = button(f"{name}Add")
        self.edit_button = button(f"{name}Edit")
        self.delete_button = button(f"{name}Delete")
        self.ids: list[int] = []
        self.add_button.clicked.connect(self.add_clicked)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.table.cellDoubleClicked.connect(lambda _row, _column: self._edit())
        self.table.enter_pressed.connect(self._edit)
        self.table.delete_pressed.connect(self._delete)
        self.buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(widget)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def set_texts(self, headers: Sequence[str], add: str, edit: str, delete: str) -> None:
        self.table.setHorizontalHeaderLabels(list(headers))
        self.add_button.setText(add)
        self.edit_button.setText(edit)
        self.delete_button.setText(delete)

    def show_rows(self, ids: Sequence[int], rows: Sequence[Sequence[str]]) -> None:
        self.ids = list(ids)
        fill(self.table, rows)
        has_rows = bool(self.ids)
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def select_id(self, item_id: int) -> None:
        if item_id in self.ids:
            self.table.selectRow(self.ids.index(item_id))

    def _edit(self) -> None:
        item_id = self.current_id()
        if item_id is not None:
            self.edit_clicked.emit(item_id)

    def _delete(self) -> None:
        item_id = self.current_id()
        if item_id is not None:
            self.delete_clicked.emit(item_id)


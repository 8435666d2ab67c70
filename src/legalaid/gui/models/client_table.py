"""The client list as a lazily fetched table model over ``ClientRow`` pages.

Rows come from ``clients.list_rows(query, 0, limit)`` and then, a page at a time as the view
scrolls (``canFetchMore``/``fetchMore``), from the page after the last row held (keyset paging),
so a list of 100,000 clients opens with one small query and its end costs what its top does.
Sorting is done by the database (an index per sortable column): ``sort()`` changes the query and
reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from legalaid.domain.enums import Status
from legalaid.domain.read_models import ClientPage, ClientQuery, ClientRow, SortColumn
from legalaid.gui.backend import ClientsApi
from legalaid.gui.i18n import format_date
from legalaid.gui.labels import category_label, country_label, status_label

PAGE_SIZE = 200
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex

# (sort key, header) per column; the header text is translated when asked for.
COLUMNS: tuple[tuple[str, str], ...] = (
    (SortColumn.NAME, "Name"),
    (SortColumn.NAME, "Other spelling"),
    (SortColumn.DATE_OF_BIRTH, "Date of birth"),
    (SortColumn.CITIZENSHIP, "Citizenship"),
    (SortColumn.CATEGORY, "Category"),
    (SortColumn.STATUS, "Status"),
    (SortColumn.DAYS_REMAINING, "Days left"),
    (SortColumn.LAWYER, "Lawyer"),
    (SortColumn.NEXT_DEADLINE, "Next deadline"),
)


def _headers() -> list[str]:
    # Literal strings so the translation tools find them.
    return [
        QCoreApplication.translate("ClientTableModel", "Name"),
        QCoreApplication.translate("ClientTableModel", "Other spelling"),
        QCoreApplication.translate("ClientTableModel", "Date of birth"),
        QCoreApplication.translate("ClientTableModel", "Citizenship"),
        QCoreApplication.translate("ClientTableModel", "Category"),
        QCoreApplication.translate("ClientTableModel", "Status"),
        QCoreApplication.translate("ClientTableModel", "Days left"),
        QCoreApplication.translate("ClientTableModel", "Lawyer"),
        QCoreApplication.translate("ClientTableModel", "Next deadline"),
    ]


# Per column, the text of one cell: only the asked column is formatted (the view asks for every
# visible cell on each paint, so formatting the whole row each time cost a search keystroke ms).
_CELLS: tuple[Callable[[ClientRow], str], ...] = (
    lambda row: row.name,
    lambda row: row.other_name,
    lambda row: format_date(row.date_of_birth),
    lambda row: country_label(row.citizenship),
    lambda row: category_label(row.category),
    lambda row: status_label(row.status),
    lambda row: "",  # days: plural text, made by the model (``ClientTableModel._days_text``)
    lambda row: row.lawyer or "",
    lambda row: format_date(row.next_deadline),
)
DAYS_COLUMN = 6


def cell_text(row: ClientRow, column: int) -> str:
    """The shown text of a cell other than the days column."""
    return _CELLS[column](row)


class ClientTableModel(QAbstractTableModel):
    """Client rows for the list view, fetched in pages as the user scrolls."""

    def __init__(self, clients: ClientsApi, parent: Any = None) -> None:
        super().__init__(parent)
        self._clients = clients
        self._query = ClientQuery()
        self._rows: list[ClientRow] = []
        self._exhausted = True
        self._total: int | None = None

    # -- queries -------------------------------------------------------------------------------
    @property
    def query(self) -> ClientQuery:
        return self._query

    def set_query(self, query: ClientQuery) -> None:
        """Replace the filters and reload the first page."""
        self._query = query
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        page = self._clients.list_rows(self._query, 0, PAGE_SIZE)
        self._rows = list(page)
        self._exhausted = len(self._rows) < PAGE_SIZE
        # A text search's first page says how many match: no second search for the count.
        self._total = page.total if isinstance(page, ClientPage) else None
        self.endResetModel()

    def total(self) -> int:
        """How many clients match (asked of the database once per query)."""
        if self._total is None or self._exhausted:
            self._total = len(self._rows) if self._exhausted else self._clients.count(self._query)
        return self._total

    def row_at(self, row: int) -> ClientRow:
        return self._rows[row]

    def client_id(self, row: int) -> int:
        return self._rows[row].id

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or self._exhausted:
            return
        # After the last row, not at an offset: the 500th page comes as fast as the first.
        after = self._rows[-1] if self._rows else None
        page = list(self._clients.list_rows(self._query, len(self._rows), PAGE_SIZE, after))
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            return self._days_text(row) if column == DAYS_COLUMN else cell_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return self._status_tip(row)
        if role == STATUS_ROLE:
            return row.status.value
        if role == CLIENT_ID_ROLE:
            return row.id
        return None

    def _days_text(self, row: ClientRow) -> str:
        if row.status == Status.OVERSTAY and row.overstay_days:
            # self.tr with the count: the form pyside6-lupdate collects as a plural message.
            return self.tr("%n day(s) over", "", row.overstay_days)
        return "" if row.days_remaining is None else str(row.days_remaining)

    def _status_tip(self, row: ClientRow) -> str:
        if row.last_lawful_day is None:
            return status_label(row.status)
        return QCoreApplication.translate("ClientTableModel", "Last lawful day: %1").replace(
            "%1", format_date(row.last_lawful_day))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return _headers()[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=COLUMNS[column][0], descending=descending))

    def retranslate(self) -> None:
        """Labels depend on the language: repaint everything."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

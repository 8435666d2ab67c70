"""The audit trail viewer for supervisors: filters (user, action, dates, client id), a table that
loads entries page by page as it is scrolled, and "Verify chain" with its verdict.

Entries hold no personal data (ids only), so the viewer shows them as stored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from legalaid.gui.widgets import named
from legalaid.services.audit import AuditFilter, AuditRow, AuditService

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex


def _day(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class AuditTableModel(QAbstractTableModel):
    """Entries newest first, fetched ``PAGE`` at a time by id (keyset paging)."""

    def __init__(self, audit: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audit = audit
        self._filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._exhausted = False

    def set_filter(self, wanted: AuditFilter) -> None:
        self.beginResetModel()
        self._filter, self._rows, self._exhausted = wanted, [], False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        before = self._rows[-1].id if self._rows else None
        page = self._audit.entries(dataclasses.replace(self._filter, before_id=before), PAGE)
        self._exhausted = len(page) < PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        record = f"{row.table_name or ''} {row.record_id or ''}".strip()
        values = (row.at.strftime("%d.%m.%Y %H:%M:%S"), row.user or "", row.action, record,
                  "" if row.client_id is None else str(row.client_id), row.detail)
        return values[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("When"), self.tr("User"), self.tr("Action"), self.tr("Record"),
                  self.tr("Client"), self.tr("Detail"))
        return titles[section] if 0 <= section < len(titles) else None


class AuditViewer(QDialog):
    """A window of its own, so the trail can stay open beside the client files."""

    def __init__(self, audit: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditViewer")
        self._audit = audit
        self.model = AuditTableModel(audit, self)
        self.table = named(QTableView(), "auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.user = named(QComboBox(), "auditUser")
        self.action = named(QComboBox(), "auditAction")
        self.client = named(QLineEdit(), "auditClient")
        self.dates = named(QCheckBox(), "auditDates")
        today = QDate.currentDate()
        self.first = named(QDateEdit(today.addDays(-30)), "auditFirst")
        self.last = named(QDateEdit(today), "auditLast")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.apply_button = named(QPushButton(), "auditApply")
        self.verify_button = named(QPushButton(), "verifyChain")
        self.verdict = named(QLabel(wordWrap=True), "chainVerdict")
        self.message = named(QLabel(), "auditMessage")
        self.apply_button.clicked.connect(self.apply)
        self.client.returnPressed.connect(self.apply)
        self.verify_button.clicked.connect(self.verify)
        self._layout()
        self.retranslate()
        self._fill_choices()
        self.apply()
        self.resize(900, 560)

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.user, self.action, self.client, self.dates, self.first, self.last,
                       self.apply_button):
            filters.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.verdict, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        self.client.setPlaceholderText(self.tr("Client id"))
        self.dates.setText(self.tr("From – to"))
        self.apply_button.setText(self.tr("Show"))
        self.verify_button.setText(self.tr("Verify chain"))
        if self.user.count():
            self.user.setItemText(0, self.tr("All users"))
            self.action.setItemText(0, self.tr("All actions"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_choices(self) -> None:
        users, actions = self._audit.filter_values()
        for box, values, everything in ((self.user, users, self.tr("All users")),
                                        (self.action, actions, self.tr("All actions"))):
            box.clear()
            box.addItem(everything, None)
            for value in values:
                box.addItem(value, value)

    def current_filter(self) -> AuditFilter | None:
        """The filter the fields describe; None (with a message) when the client id is not one."""
        text = self.client.text().strip()
        if text and not text.isdigit():
            self.message.setText(self.tr("Client id: type the number only."))
            return None
        self.message.setText("")
        dated = self.dates.isChecked()
        return AuditFilter(
            user=self.user.currentData(), action=self.action.currentData(),
            client_id=int(text) if text else None,
            first=_day(self.first) if dated else None, last=_day(self.last) if dated else None)

    def apply(self) -> None:
        wanted = self.current_filter()
        if wanted is not None:
            self.model.set_filter(wanted)

    def verify(self) -> None:
        result = self._audit.verify()
        if result.ok:
            text = self.tr("The chain holds: %1 entries, none altered or removed.")
            self.verdict.setStyleSheet("color: #2e7d32;")
        else:
            text = self.tr("The chain is broken at entry %2 (of %1 checked): entries were "
                           "altered or removed.").replace("%2", str(result.first_broken))
            self.verdict.setStyleSheet("color: #c62828; font-weight: bold;")
        text = text.replace("%1", str(result.entries))
        if result.findings:  # what was found there: altered, missing, unsigned, …
            text += "\n" + result.findings[0].message
        self.verdict.setText(text)

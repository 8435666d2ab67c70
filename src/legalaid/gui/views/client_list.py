"""The Clients page: filters over a lazily loaded client table; Enter opens the client file.

The text search is typed into the main window's global search box, which calls ``set_text``; it is
debounced so a burst of keystrokes costs one query.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.enums import Category, Status
from legalaid.domain.read_models import ClientQuery
from legalaid.gui.backend import ClientsApi
from legalaid.gui.changes import Kind, Refresher
from legalaid.gui.header_fit import fit_header_texts
from legalaid.gui.labels import category_label, status_label
from legalaid.gui.models.client_table import ClientTableModel
from legalaid.gui.views.status_chip import StatusChipDelegate
from legalaid.gui.widgets import named

SEARCH_DELAY_MS = 150
EXPIRY_CHOICES = (7, 30, 90)


class ClientTable(QTableView):
    """The table; Enter or Return opens the current client."""

    activated_client = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        model = self.model()
        if isinstance(model, ClientTableModel) and index.isValid():
            self.activated_client.emit(model.client_id(index.row()))


class ClientListPage(QWidget):
    """Filters on top, the client table below, a count of matches at the bottom."""

    open_client = Signal(int)

    def __init__(self, clients: ClientsApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClientTableModel(clients, self)
        self._text = ""
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self._build()
        self.retranslate()
        self.apply_filters()
        self.refresher = Refresher(self, (Kind.LIST_ROWS,), self.refresh)

    def _build(self) -> None:
        self.status_filter = named(QComboBox(), "statusFilter")
        self.category_filter = named(QComboBox(), "categoryFilter")
        self.citizenship_filter = named(QLineEdit(maxLength=2), "citizenshipFilter")
        self.lawyer_filter = named(QLineEdit(), "lawyerFilter")
        self.expiry_filter = named(QComboBox(), "expiryFilter")
        self._filter_labels = [QLabel() for _ in range(5)]
        # Two rows, each as wide as its own filters need (a grid's shared columns did not fit
        # Kazakh's longest category beside its longest label at the default window size).
        filters = QVBoxLayout()
        rows = (((0, self.status_filter), (1, self.category_filter), (2, self.citizenship_filter)),
                ((4, self.expiry_filter), (3, self.lawyer_filter)))
        for row in rows:
            line = QHBoxLayout()
            for label_index, widget in row:
                label = self._filter_labels[label_index]
                label.setBuddy(widget)
                line.addWidget(label)
                line.addWidget(widget)
            line.addStretch(1)
            filters.addLayout(line)
        for combo in (self.status_filter, self.category_filter, self.expiry_filter):
            # Sized again when the language changes, not only for the first language shown.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.citizenship_filter, self.lawyer_filter):
            edit.textChanged.connect(self._debounce.start)
        self.table = named(ClientTable(), "clientTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(5, StatusChipDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_header_texts(self.table.horizontalHeader())
        # The columns up to "Days left" fit a 1280-pixel window in each language.
        for column, width in enumerate((190, 150, 95, 125, 160, 150, 90, 120, 110)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self.table._open)
        self.table.activated_client.connect(self.open_client)
        self.count_label = named(QLabel(), "clientCount")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def set_text(self, text: str) -> None:
        """Search text from the global search box (debounced)."""
        self._text = text
        self._debounce.start()

    def current_query(self) -> ClientQuery:
        statuses = self.status_filter.currentData()
        categories = self.category_filter.currentData()
        citizenship = self.citizenship_filter.text().strip().upper() or None
        return replace(
            self.model.query,
            text=self._text.strip(),
            statuses=frozenset({Status(statuses)}) if statuses else frozenset(),
            categories=frozenset({Category(categories)}) if categories else frozenset(),
            citizenship=citizenship,
            lawyer=self.lawyer_filter.text().strip() or None,
            documents_expiring_within_days=self.expiry_filter.currentData() or None,
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.current_query())
        self._update_count()

    def refresh(self) -> None:
        self.model.reload()
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n client(s)", "", self.model.total()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = (self.tr("&Status:"), self.tr("C&ategory:"), self.tr("Citi&zenship:"),
                 self.tr("La&wyer:"), self.tr("&Documents expiring:"))
        for label, text in zip(self._filter_labels, texts, strict=True):
            label.setText(text)
        self.citizenship_filter.setPlaceholderText(self.tr("e.g. UZ"))
        self.citizenship_filter.setToolTip(self.tr("Two-letter country code"))
        self._fill(self.status_filter, self.tr("Any status"),
                   [(status_label(s), s.value) for s in Status])
        self._fill(self.category_filter, self.tr("Any category"),
                   [(category_label(c), c.value) for c in Category])
        self._fill(self.expiry_filter, self.tr("Any time"),
                   [(self.tr("within %n day(s)", "", days), days) for days in EXPIRY_CHOICES])
        self.table.setAccessibleName(self.tr("Client table"))
        self.model.retranslate()
        self._update_count()

    @staticmethod
    def _fill(combo: QComboBox, any_text: str, items: list[tuple[str, object]]) -> None:
        current = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(current, 0))
        combo.blockSignals(False)

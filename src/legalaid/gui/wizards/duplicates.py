"""The side panel of the intake wizard: possible existing files of the person being typed in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.read_models import SearchHit
from legalaid.gui.i18n import format_date
from legalaid.gui.labels import country_label


class DuplicatePanel(QWidget):
    """Lists possible duplicates with the reasons; "Open existing file" emits the client id."""

    open_existing = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(300)
        self.title = QLabel(wordWrap=True)
        self.title.setObjectName("duplicateTitle")
        self.list = QListWidget()
        self.list.setObjectName("duplicateList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openExistingButton")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open)
        self.list.currentRowChanged.connect(
            lambda row: self.open_button.setEnabled(row >= 0))
        self.list.itemActivated.connect(lambda _item: self._open())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.open_button)
        self._hits: list[SearchHit] = []
        self.retranslate()

    def show_hits(self, hits: Sequence[SearchHit]) -> None:
        self._hits = list(hits)
        self.list.clear()
        for hit in self._hits:
            item = QListWidgetItem(self._describe(hit))
            item.setData(Qt.ItemDataRole.UserRole, hit.client_id)
            self.list.addItem(item)
        self.retranslate()

    def hit_count(self) -> int:
        return len(self._hits)

    def _describe(self, hit: SearchHit) -> str:
        names = "\n".join(hit.names[:2])
        born = format_date(hit.date_of_birth)
        reasons = ", ".join(self._reason(reason) for reason in hit.reasons)
        details = " · ".join(part for part in (born, country_label(hit.citizenship)) if part)
        return f"{names}\n{details}\n{reasons}"

    def _reason(self, reason: str) -> str:
        labels = {"name": self.tr("similar name"), "date_of_birth": self.tr("same date of birth"),
                  "document": self.tr("same document number")}
        return labels.get(reason, reason)

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_existing.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def retranslate(self) -> None:
        if self._hits:
            self.title.setText(self.tr("Possibly already on file (%n):", "", len(self._hits)))
            self.title.setStyleSheet("color: #b26a00; font-weight: bold;")
        else:
            self.title.setText(self.tr("No similar client on file."))
            self.title.setStyleSheet("")
        self.open_button.setText(self.tr("Open existing file"))
        self.list.setAccessibleName(self.tr("Possible duplicates"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

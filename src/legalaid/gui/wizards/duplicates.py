"""The side panel of the intake wizard (possible existing files of the person being typed in) and
the choice asked on Save when there are any."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.read_models import SearchHit
from legalaid.gui.i18n import format_date
from legalaid.gui.labels import country_label


def reason_text(reason: str) -> str:
    translate = QCoreApplication.translate
    labels = {"name": translate("DuplicatePanel", "similar name"),
              "date_of_birth": translate("DuplicatePanel", "same date of birth"),
              "document": translate("DuplicatePanel", "same document number")}
    return labels.get(reason, reason)


def describe_hit(hit: SearchHit) -> str:
    """Two spellings, the birth date and citizenship, and why the person may be this one."""
    names = "\n".join(hit.names[:2])
    born = format_date(hit.date_of_birth)
    reasons = ", ".join(reason_text(reason) for reason in hit.reasons)
    details = " · ".join(part for part in (born, country_label(hit.citizenship)) if part)
    return f"{names}\n{details}\n{reasons}"


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
        return describe_hit(hit)

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


class DuplicateChoiceDialog(QDialog):
    """Asked on Save when the person may be on file already: open the existing file, add this
    spelling and these papers to it, or register a new person, saying why (audited). Emits
    ``chosen(choice, client_id, reason)`` with choice "open", "add" or "new"."""

    chosen = Signal(str, int, str)

    def __init__(self, hits: Sequence[SearchHit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateChoiceDialog")
        self.setModal(True)
        self._hits = list(hits)
        self.intro = QLabel(wordWrap=True)
        self.people = QListWidget()
        self.people.setObjectName("duplicateChoiceList")
        self.people.setWordWrap(True)
        for hit in self._hits:
            item = QListWidgetItem(describe_hit(hit))
            item.setData(Qt.ItemDataRole.UserRole, hit.client_id)
            self.people.addItem(item)
        self.people.setCurrentRow(0)
        self.open_choice = QRadioButton()
        self.open_choice.setObjectName("openExistingChoice")
        self.add_choice = QRadioButton()
        self.add_choice.setObjectName("addToExistingChoice")
        self.new_choice = QRadioButton()
        self.new_choice.setObjectName("registerNewChoice")
        self.open_choice.setChecked(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("duplicateReason")
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._choose)
        self.buttons.rejected.connect(self.reject)
        for control in (self.open_choice, self.add_choice, self.new_choice):
            control.toggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.people, 1)
        for control in (self.open_choice, self.add_choice, self.new_choice):
            layout.addWidget(control)
        row = QHBoxLayout()
        row.addWidget(self.reason_label)
        row.addWidget(self.reason, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self.retranslate()
        self._update()

    def same_document(self) -> bool:
        return any("document" in hit.reasons for hit in self._hits)

    def _update(self) -> None:
        needs_reason = self.new_choice.isChecked()
        self.reason.setEnabled(needs_reason)
        self.reason_label.setEnabled(needs_reason)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.people.currentRow() >= 0 and (
            not needs_reason or bool(self.reason.text().strip())))

    def _choose(self) -> None:
        if self.people.currentRow() < 0:
            return
        item = self.people.currentItem()
        client_id = int(item.data(Qt.ItemDataRole.UserRole))
        choice = "open" if self.open_choice.isChecked() else \
            "add" if self.add_choice.isChecked() else "new"
        self.chosen.emit(choice, client_id, self.reason.text().strip())
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Possibly already on file"))
        if self.same_document():
            self.intro.setText(self.tr("A document with this number is already on file. "
                                       "Is this the same person?"))
        else:
            self.intro.setText(self.tr("This person may already have a file. Choose what to do."))
        self.open_choice.setText(self.tr("&Open the existing file (nothing is saved)"))
        self.add_choice.setText(self.tr("&Add this spelling and these papers to that file"))
        self.new_choice.setText(self.tr("&Register a new person — another person, because:"))
        self.reason_label.setText(self.tr("Reason:"))
        self.reason.setPlaceholderText(self.tr("e.g. namesake, born in another town"))
        self.people.setAccessibleName(self.tr("Possible duplicates"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

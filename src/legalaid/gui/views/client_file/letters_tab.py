"""The Letters tab of the client file: the client's part of the letters register, "New letter"
(also Ctrl+L anywhere in the file) and reopening a stored letter in the preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legalaid.gui.header_fit import fit_header_texts
from legalaid.gui.i18n import format_date
from legalaid.gui.ops import Op
from legalaid.gui.permissions import Permissions
from legalaid.gui.views.pdf_preview import PdfPreview, WriteCopy
from legalaid.gui.widgets import named
from legalaid.gui.wizards.letter import language_label
from legalaid.services.consent import ConsentService
from legalaid.services.letters.register import LetterRegisterService, RegisteredLetter
from legalaid.services.roles import Action


def register_table(name: str) -> QTableWidget:
    table = named(QTableWidget(0, 4), name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    fit_header_texts(table.horizontalHeader())
    return table


def fill_register(table: QTableWidget, letters: list[RegisteredLetter],
                  extra: list[str] | None = None) -> None:
    """Number, date, language, title (and any extra column) per letter; id kept on the row."""
    table.setRowCount(len(letters))
    for row, letter in enumerate(letters):
        cells = [letter.number, format_date(letter.date), language_label(letter.language),
                 letter.title]
        cells += [extra[row]] if extra else []
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, letter.id)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


def selected_letter(table: QTableWidget) -> int | None:
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


class StoredLetterDialog(QDialog):
    """A registered letter exactly as stored, with Print and Save as PDF."""

    def __init__(self, number: str, pdf: bytes, write_copy: WriteCopy,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storedLetter")
        self.setWindowTitle(number)
        self.preview = PdfPreview(write_copy, self)
        self.preview.show_pdf(pdf, f"{number.replace('/', '-')}.pdf")
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        self.resize(700, 860)


def open_stored(letters: LetterRegisterService, letter_id: int, parent: QWidget) -> None:
    """Read the stored letter off the UI thread, then show it."""
    Op(parent, lambda: (letters.letter(letter_id).number, letters.pdf(letter_id))) \
        .success(lambda found: _show_stored(*found, letters.write_copy, parent)).run()


def _show_stored(number: str, pdf: bytes, write_copy: WriteCopy,
                 parent: QWidget) -> StoredLetterDialog:
    dialog = StoredLetterDialog(number, pdf, write_copy, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class LettersTab(QWidget):
    """``shortcut_scope`` is the client file page: Ctrl+L works wherever the focus is in it.
    The client's letters are read when the tab is first shown for that client."""

    def __init__(self, letters: LetterRegisterService, consent: ConsentService,
                 permissions: Permissions, shortcut_scope: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = letters
        self.consent = consent
        self.permissions = permissions
        self.client_id = 0  # set by show_client()
        self.client_languages: tuple[str, ...] = ()  # the file's spoken languages, when read
        self._loaded = False
        self.table = register_table("clientLetters")
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.new_button = named(QPushButton(), "newLetter")
        self.new_button.clicked.connect(self.new_letter)
        self.open_button = named(QPushButton(), "openLetter")
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.shortcut = QShortcut(QKeySequence("Ctrl+L"), shortcut_scope or self)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.new_letter)
        self.wizard: QWidget | None = None
        self.retranslate()

    def show_client(self, client_id: int) -> None:
        self.client_id = client_id
        self.client_languages = ()
        self._loaded = False
        self.table.setRowCount(0)
        self.refresh()

    def refresh(self) -> None:
        """Read again now if in view, else when next shown."""
        if self.isVisible():
            self.reload()
        else:
            self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New letter…"))
        self.new_button.setToolTip(self.tr("New letter (Ctrl+L)"))
        self.shortcut.setWhatsThis(self.new_button.text())  # Help > Keyboard shortcuts lists it
        self.open_button.setText(self.tr("&Open"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Date"), self.tr("Language"), self.tr("Letter")])

    def reload(self) -> None:
        self._loaded = True
        fill_register(self.table, self.register.letters_of_client(self.client_id))

    def new_letter(self) -> None:
        from legalaid.gui.wizards.letter import LetterWizard

        wizard = LetterWizard(
            self.register, self.client_id, self, self.consent,
            may_override=self.permissions.may(Action.OVERRIDE_CONSENT),
            may_record=self.permissions.may(Action.CONSENT),
            client_languages=self.client_languages)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.saved.connect(lambda _letter: self.reload())  # also when shown outside a file
        self.wizard = wizard
        wizard.show()

    def open_selected(self) -> None:
        letter_id = selected_letter(self.table)
        if letter_id is not None:
            open_stored(self.register, letter_id, self)

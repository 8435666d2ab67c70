"""The Letters page: the register of every letter (filter by date and template), reopening a
stored letter, batch letters and the organisation profile printed as the letterhead
(``organisation_profile``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from legalaid.gui.changes import Kind, Refresher
from legalaid.gui.i18n import current_language
from legalaid.gui.views.client_file.letters_tab import (
    fill_register,
    open_stored,
    register_table,
    selected_letter,
)
from legalaid.gui.views.organisation_profile import OrganisationDialog
from legalaid.gui.widgets import named
from legalaid.services.clients import ClientService
from legalaid.services.consent import ConsentService
from legalaid.services.letters.register import LetterRegisterService


class LettersPage(QWidget):
    def __init__(self, letters: LetterRegisterService, clients: ClientService,
                 consent: ConsentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lettersPage")
        self.register, self.clients, self.consent = letters, clients, consent
        today = QDate.currentDate()
        self.date_from = named(QDateEdit(today.addYears(-1)), "registerFrom")
        self.date_to = named(QDateEdit(today), "registerTo")
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self.refresh)
        self.template = named(QComboBox(), "registerTemplate")
        self.template.currentIndexChanged.connect(self.refresh)
        self.table = register_table("letterRegister")
        self.table.setColumnCount(5)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.open_button = named(QPushButton(), "registerOpen")
        self.open_button.clicked.connect(self.open_selected)
        self.batch_button = named(QPushButton(), "batchLetters")
        self.batch_button.clicked.connect(self.open_batch)
        self.org_button = named(QPushButton(), "organisationProfile")
        self.org_button.clicked.connect(self.open_organisation)
        self.from_label, self.to_label = QLabel(), QLabel()
        filters = QHBoxLayout()
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to,
                       self.template):
            filters.addWidget(widget)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.batch_button, self.org_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.dialog: QDialog | None = None
        self.retranslate()
        self.refresher = Refresher(self, (Kind.LETTERS, Kind.LANGUAGE), self.refresh)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.open_button.setText(self.tr("&Open"))
        self.batch_button.setText(self.tr("&Batch letters…"))
        self.org_button.setText(self.tr("Organisation &profile…"))
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Date"),
                                              self.tr("Language"), self.tr("Letter"),
                                              self.tr("Client")])
        current = self.template.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        self.template.addItem(self.tr("All letters"), "")
        language = current_language()
        for template in self.register.all_templates():
            self.template.addItem(template.title.get(language, template.title["en"]), template.id)
        self.template.setCurrentIndex(max(0, self.template.findData(current)))
        self.template.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        letters = self.register.letters(
            date_from=_date(self.date_from), date_to=_date(self.date_to),
            template=str(self.template.currentData() or "") or None)
        fill_register(self.table, letters, [letter.client_name for letter in letters])

    def open_selected(self) -> None:
        letter_id = selected_letter(self.table)
        if letter_id is not None:
            open_stored(self.register, letter_id, self)

    def open_batch(self) -> None:
        from legalaid.gui.views.letters_batch import BatchDialog

        self.dialog = BatchDialog(self.register, self.clients, self.consent, self)
        self.dialog.open()

    def open_organisation(self) -> None:
        self.dialog = OrganisationDialog(self.register, self)
        self.dialog.open()


def _date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())

"""The Letters page: the register of every letter (filter by date and template), reopening a
stored letter, batch letters and the organisation profile printed as the letterhead."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from legalaid.errors import ValidationError
from legalaid.gui.changes import Changes, Kind, Refresher
from legalaid.gui.file_dialogs import open_file
from legalaid.gui.i18n import current_language
from legalaid.gui.ops import Op
from legalaid.gui.views.client_file.letters_tab import (
    fill_register,
    open_stored,
    register_table,
    selected_letter,
)
from legalaid.gui.widgets import named
from legalaid.services.clients import ClientService
from legalaid.services.consent import ConsentService
from legalaid.services.letters.register import LetterRegisterService, OrganisationProfile


class OrganisationDialog(QDialog):
    """Name, address, phone, logo, outgoing prefix and signatory of the organisation."""

    def __init__(self, letters: LetterRegisterService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationDialog")
        self.register = letters
        self.profile = letters.organisation()
        self.logo_image = self.profile.logo_image
        self.edits = {key: named(QLineEdit(getattr(self.profile, key)), f"org_{key}")
                      for key in ("name", "address", "phone", "prefix", "signatory")}
        self.logo_label = named(QLabel(self.profile.logo_name or "—"), "org_logo")
        logo_button = QPushButton(self.tr("Choose image…"))
        logo_button.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(logo_button)
        form = QFormLayout()
        labels = {"name": self.tr("Name"), "address": self.tr("Address"),
                  "phone": self.tr("Phone"), "prefix": self.tr("Outgoing number prefix"),
                  "signatory": self.tr("Signs for the organisation")}
        for key, edit in self.edits.items():
            form.addRow(labels[key], edit)
        form.addRow(self.tr("Logo"), logo_row)
        self.problem = named(QLabel(), "orgProblem")
        self.problem.setStyleSheet("color: #c62828;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Organisation profile"))
        self._logo_name = self.profile.logo_name

    def _choose_logo(self) -> None:
        path = open_file(self, self.tr("Logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if path is not None:
            self.set_logo(path)

    def set_logo(self, path: Path) -> None:
        """Take the image at ``path`` as the logo; one that is not a PNG or JPEG of a sensible
        size is refused with the reason, and the previous logo stays."""
        try:
            self.logo_image = self.register.read_logo(path)
        except ValidationError as error:
            self.problem.setText(error.problem)
            return
        self.problem.clear()
        self._logo_name = path.name
        self.logo_label.setText(path.name)

    def save(self) -> None:
        profile = OrganisationProfile(
            **{key: edit.text() for key, edit in self.edits.items()},
            logo_name=self._logo_name, logo_image=self.logo_image,
        )
        letters = self.register
        Op(self, lambda: letters.save_organisation(profile), Changes.of(Kind.SETTINGS)) \
            .handle(ValidationError, self._refused).success(self._saved).run()

    def _refused(self, error: ValidationError) -> None:
        if error.field in self.edits:  # the logo has no edit to mark
            self.edits[error.field].setStyleSheet("border: 2px solid #c62828;")
        self.problem.setText(error.problem)

    def _saved(self, profile: OrganisationProfile) -> None:
        self.profile = profile
        self.accept()


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

"""The intake wizard: a new client's name (any script), details, first document and trip.

While the user types, possible duplicates (same person under another spelling, same date of birth
or document number) are listed beside the pages; the user can open that file instead. On Save
the check runs once more, and when anyone is found the user must choose: open the existing file,
add this spelling and these papers to it, or register a new person with a reason (audited). A
validation error from the services is shown at the field and the wizard stays open with
everything that was typed. The checks and the save run as ops, off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QWidget, QWizard

from legalaid.domain.enums import Category, DocumentType, Script, Sex
from legalaid.domain.parsing import language_codes
from legalaid.domain.read_models import SearchHit
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord
from legalaid.errors import LegalAidError, ValidationError
from legalaid.gui.application import report_error
from legalaid.gui.changes import CLIENT_DATA, Changes
from legalaid.gui.ops import Op
from legalaid.gui.problems import problem_text
from legalaid.gui.wizards.duplicates import DuplicateChoiceDialog, DuplicatePanel
from legalaid.gui.wizards.fields import show_problem
from legalaid.gui.wizards.intake_pages import DetailsPage, NamePage, TravelPage
from legalaid.services.clients import ClientService
from legalaid.services.consent import ConsentService
from legalaid.services.search import SearchService

DUPLICATE_CHECK_DELAY_MS = 250


class IntakeWizard(QWizard):
    """Create a client; emits ``client_created(id)`` or ``open_existing(id)``."""

    client_created = Signal(int)
    open_existing = Signal(int)

    def __init__(self, clients: ClientService, search: SearchService, consent: ConsentService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.clients, self.search, self.consent = clients, search, consent
        self.names = NamePage()
        self.details = DetailsPage()
        self.travel = TravelPage()
        for page in (self.names, self.details, self.travel):
            self.addPage(page)
        self.duplicates = DuplicatePanel()
        self.duplicates.open_existing.connect(self._open_existing)
        self.setSideWidget(self.duplicates)
        self._check = QTimer(self, singleShot=True, interval=DUPLICATE_CHECK_DELAY_MS)
        self._check.timeout.connect(self.check_duplicates)
        self.names.names_changed.connect(self._check.start)
        self.details.details_changed.connect(self._check.start)
        self._checks = 0  # only the answer to the latest check is shown
        self.choice: DuplicateChoiceDialog | None = None  # asked on Save
        self.resize(880, 560)
        self.retranslate()

    # -- duplicates ----------------------------------------------------------------------------
    def check_duplicates(self) -> None:
        self._check.stop()
        names = [n.full for n in self._spellings()]
        if not names:
            self.duplicates.show_hits([])
            return
        number = self.travel.document_number.text().strip()
        born = self.details.birth.date()
        self._checks += 1
        check = self._checks
        search = self.search
        Op(self, lambda: search.find_duplicates(names, born, [number] if number else [])) \
            .quietly().success(lambda hits: self._show_hits(check, hits)).run()

    def _show_hits(self, check: int, hits: list[SearchHit]) -> None:
        if check == self._checks:
            self.duplicates.show_hits(hits)

    def _open_existing(self, client_id: int) -> None:
        self.open_existing.emit(client_id)
        self.reject()

    # -- building the record -------------------------------------------------------------------
    def _spellings(self) -> list[NameSpelling]:
        page = self.names
        family, given = page.family.text().strip(), page.given.text().strip()
        if not family and not given:
            return []
        spellings = [NameSpelling(family, given, page.primary_script(),
                                  page.patronymic.text().strip() or None)]
        other_family = page.other_family.text().strip()
        other_given = page.other_given.text().strip()
        if other_family or other_given:
            spellings.append(NameSpelling(other_family, other_given, page.other_script()))
        return spellings

    def record(self) -> ClientRecord:
        details, travel = self.details, self.travel
        citizenship = details.citizenship.currentData()
        document_type = travel.document_type.currentData()
        documents: tuple[DocumentRecord, ...] = ()
        if document_type:
            documents = (DocumentRecord(DocumentType(document_type),
                                        travel.document_number.text().strip() or None,
                                        valid_until=travel.document_until.date()),)
        entry = travel.entry.date()
        trips = (TripRecord(entry, travel.exit.date()),) if entry else ()
        sex, category = details.sex.currentData(), details.category.currentData()
        return ClientRecord(
            names=tuple(self._spellings()),
            sex=Sex(sex) if sex else None,
            date_of_birth=details.birth.date(),
            citizenship=None if citizenship is None else str(citizenship),  # None: stateless
            category=Category(category) if category else None,
            phone=details.phone.text().strip() or None,
            safe_to_contact=details.safe_to_contact.isChecked(),
            address=details.address.text().strip() or None,
            languages=language_codes(details.languages.text()),
            interpreter=details.interpreter.isChecked(),
            documents=documents,
            trips=trips,
            reporting_consent=details.reporting_consent.isChecked(),
        )

    def consented_purposes(self) -> list[str]:
        """The consent-register purposes the client agreed to on the details page."""
        boxes = ((self.details.legal_aid_consent, "legal_aid"),
                 (self.details.reporting_consent, "reporting"))
        return [purpose for box, purpose in boxes if box.isChecked()]

    def accept(self) -> None:
        record = self.record()
        finish = self.button(QWizard.WizardButton.FinishButton)
        finish.setEnabled(False)  # one save, however often Save is clicked
        names = [name.full for name in record.names]
        numbers = [document.number for document in record.documents if document.number]
        search = self.search
        Op(self, lambda: search.find_duplicates(names, record.date_of_birth, numbers, limit=5)) \
            .handle(LegalAidError, self._check_failed) \
            .success(lambda hits: self._checked(record, hits)).run()

    def _check_failed(self, error: LegalAidError) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        report_error(self, error)

    def _checked(self, record: ClientRecord, hits: list[SearchHit]) -> None:
        if not hits:
            self._save_new(record, None)
            return
        self.duplicates.show_hits(hits)
        self.choice = DuplicateChoiceDialog(hits, self)
        self.choice.chosen.connect(lambda choice, client_id, reason:
                                   self._chosen(record, choice, client_id, reason))
        self.choice.rejected.connect(
            lambda: self.button(QWizard.WizardButton.FinishButton).setEnabled(True))
        self.choice.open()

    def _chosen(self, record: ClientRecord, choice: str, client_id: int, reason: str) -> None:
        if choice == "open":
            self._open_existing(client_id)
        elif choice == "add":
            clients = self.clients
            Op(self, lambda: clients.add_to_existing(client_id, record),
               lambda _added: Changes.of(*CLIENT_DATA, clients=(client_id,))) \
                .handle(ValidationError, self._show_at_field) \
                .finally_(lambda: self.button(QWizard.WizardButton.FinishButton)
                          .setEnabled(True)) \
                .success(lambda _added: self._open_existing(client_id)).run()
        else:
            self._save_new(record, reason)

    def _save_new(self, record: ClientRecord, reason: str | None) -> None:
        purposes = self.consented_purposes()
        finish = self.button(QWizard.WizardButton.FinishButton)
        Op(self, lambda: self._save(record, purposes, reason),
           lambda saved: Changes.of(*CLIENT_DATA, clients=(saved[0],))) \
            .handle(ValidationError, self._show_at_field) \
            .finally_(lambda: finish.setEnabled(True)) \
            .success(self._created).run()

    def _save(self, record: ClientRecord, purposes: list[str], reason: str | None = None
              ) -> tuple[int, LegalAidError | None]:
        """The new client's id, and the refusal of a consent entry if there was one."""
        client_id = self.clients.add(record, allow_duplicate=reason)
        try:
            for purpose in purposes:
                self.consent.record_consent(client_id, purpose)
        except LegalAidError as error:
            return client_id, error
        return client_id, None

    def _created(self, saved: tuple[int, LegalAidError | None]) -> None:
        client_id, refused = saved
        if refused is not None:  # the client is saved either way: the refusal is said
            report_error(self, refused)
        self.client_created.emit(client_id)
        super().accept()

    def _show_at_field(self, error: ValidationError) -> None:
        """Put the service's message beside the field it names and go to its page."""
        field = error.field
        if field.startswith("names"):
            page, label = 0, self.names.family_error
        elif field.startswith("date_of_birth"):
            page, label = 1, self.details.birth.error
        elif field.startswith("documents"):
            page, label = 2, self.travel.document_until.error
        else:
            page, label = 2, self.travel.exit_error
        while self.currentId() > page:
            self.back()
        show_problem(label, problem_text(error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New client"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save"))
        finish = self.button(QWizard.WizardButton.FinishButton)
        finish.setObjectName("saveButton")
        finish.setAccessibleName(self.tr("Save client"))


__all__ = ["IntakeWizard", "Script"]

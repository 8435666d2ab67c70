"""The letter wizard of the client file: template -> fields and language -> preview -> save to the
register, print, or save as PDF.

Templates that suit the client's category come first. Fields are prefilled from the file and the
required ones without a value are highlighted with the reason; Next refuses until the letter can be
rendered, and the field the renderer names is highlighted. The preview is the real PDF (with a
blank for the outgoing number until the letter is saved to the register). A letter needs the
client's consent its template names (legal aid, referral): without it Save stays disabled, the
message says which consent is missing, the user may record it, and a supervisor may instead give
a reason (the override is audited by the access layer).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from legalaid.errors import ValidationError
from legalaid.gui.application import report_error
from legalaid.gui.changes import Changes, Kind
from legalaid.gui.i18n import current_language
from legalaid.gui.ops import Op
from legalaid.gui.views.pdf_preview import PdfPreview
from legalaid.gui.widgets import named
from legalaid.gui.wizards.letter_fields import FieldsForm
from legalaid.services.letters.compose import (
    LetterRequest,
    MissingFieldsError,
    ProfileFieldMissing,
)
from legalaid.services.letters.register import LetterRegisterService, SavedLetter

if TYPE_CHECKING:
    from legalaid.services.consent import ConsentService

LANGUAGES = ("ru", "kk", "en")
_CLI_HINT = re.compile(r"\s*\((?:give|use|pass) --[^)]*\)")


def without_cli_hint(problem: str) -> str:
    """A refusal as a desktop user reads it: no "(give --field NAME=VALUE)"."""
    return _CLI_HINT.sub("", problem)


def language_label(code: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {"ru": QCoreApplication.translate("LetterWizard", "Russian"),
             "kk": QCoreApplication.translate("LetterWizard", "Kazakh"),
             "en": QCoreApplication.translate("LetterWizard", "English")}
    return names.get(code, code)


def default_language(spoken: tuple[str, ...], interface: str) -> str:
    """The language a client-facing letter starts in: the client's first spoken language that
    is a letter language, else the interface's (else Russian)."""
    for code in spoken:
        if code in LANGUAGES:
            return code
    return interface if interface in LANGUAGES else LANGUAGES[0]


def profile_problem_text(error: ProfileFieldMissing) -> str:
    """Which detail is missing and where it is filled in, in the interface's language."""
    from PySide6.QtCore import QCoreApplication

    from legalaid.gui.views.organisation_profile import missing_detail

    if error.what == "lawyer":
        return QCoreApplication.translate(
            "LetterWizard", "The client's lawyer is missing: choose them in the client file's "
            "Profile tab.")
    return missing_detail(error.what, error.language)


class TemplatePage(QWizardPage):
    def __init__(self, wizard: LetterWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.list = named(QListWidget(), "templateList")
        self.list.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.list.itemDoubleClicked.connect(lambda _: wizard.next())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        self.setTitle(self.tr("Choose a letter"))
        self.setSubTitle(self.tr("Letters that suit this client's category are listed first."))
        language = current_language()
        for template, suits in wizard.register.templates(wizard.client_id):
            item = QListWidgetItem(template.title.get(language, template.title["en"]))
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            if not suits:
                item.setForeground(Qt.GlobalColor.gray)
                item.setToolTip(self.tr("Not usually for this client's category"))
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def template_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def isComplete(self) -> bool:
        return self.list.currentItem() is not None


class FieldsPage(QWizardPage):
    def __init__(self, wizard: LetterWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.language = named(QComboBox(), "letterLanguage")
        for code in LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(LANGUAGES.index(default_language(
            wizard.client_languages, current_language())))
        self.fields = named(FieldsForm(), "letterFields")
        # A detail of the organisation (or the client's lawyer) the letter would print empty.
        self.profile_problem = named(QLabel(wordWrap=True), "letterProfileProblem")
        self.profile_problem.setStyleSheet("color: #c62828;")
        self.profile_problem.hide()
        self.language.currentIndexChanged.connect(lambda _: self.profile_problem.hide())
        top = QFormLayout()
        top.addRow(self.tr("Language of the letter"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.profile_problem)
        layout.addWidget(self.fields, 1)
        self.setTitle(self.tr("Check the details"))
        self.setSubTitle(self.tr("Values come from the client file; fields marked * are "
                                 "required."))
        self._template = ""
        self._rendered = False  # the preview of what is typed is ready: Next may go on

    def initializePage(self) -> None:
        template_id = self.owner.template_page.template_id()
        if template_id != self._template:
            self._template = template_id
            self.fields.show_fields(self.owner.register.fields(
                template_id, self.owner.client_id, self.current_language()))

    def current_language(self) -> str:
        return str(self.language.currentData())

    def validatePage(self) -> bool:
        """Next renders the preview off the UI thread and goes on once it is ready."""
        if self._rendered:
            self._rendered = False
            return True
        self.fields.clear_marks()
        self.profile_problem.hide()
        request, register = self.owner.request(), self.owner.register
        Op(self, lambda: register.preview(request)) \
            .handle(ValidationError, self._refused) \
            .success(lambda pdf: self._show_preview(pdf, request)).run()
        return False

    def _refused(self, error: ValidationError) -> None:
        """Every missing field marked at once by its label; another refusal beside its field,
        without the command line's hints."""
        if isinstance(error, MissingFieldsError):
            self.fields.mark_all_missing(error.fields)
        elif isinstance(error, ProfileFieldMissing):
            self.profile_problem.setText(profile_problem_text(error))
            self.profile_problem.show()
        elif error.field in self.fields.editors:
            self.fields.mark_missing(error.field, without_cli_hint(error.problem))
        else:
            report_error(self, error)

    def _show_preview(self, pdf: bytes, request: LetterRequest) -> None:
        preview = self.owner.preview_page.preview
        preview.show_pdf(pdf, f"{self._template}.pdf")
        register = self.owner.register
        preview.output_through = lambda write: register.preview(request, sink=write)
        self._rendered = True
        self.owner.next()


class PreviewPage(QWizardPage):
    def __init__(self, wizard: LetterWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.preview = named(PdfPreview(wizard.register.write_copy), "letterPreview")
        self.save_button = named(QPushButton(), "saveToRegister")
        self.save_button.clicked.connect(wizard.save_to_register)
        self.saved_label = named(QLabel(), "savedNumber")
        self.consent_problem = named(QLabel(wordWrap=True), "consentProblem")
        self.consent_problem.setStyleSheet("color: #c62828;")
        self.override_reason = named(QLineEdit(), "overrideReason")
        self.override_reason.textChanged.connect(lambda _: wizard.update_consent())
        self.record_consent = named(QPushButton(), "recordConsent")
        self.record_consent.clicked.connect(wizard.record_consent)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.override_reason, 1)
        consent_row.addWidget(self.record_consent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.consent_problem)
        layout.addLayout(consent_row)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Save the letter to the register to give it its outgoing "
                                 "number, then print it or save it as PDF."))
        self.save_button.setText(self.tr("&Save to register"))
        self.override_reason.setPlaceholderText(self.tr(
            "Supervisor: reason to send it without the client's consent"))
        self.record_consent.setText(self.tr("The client consents today"))

    def initializePage(self) -> None:
        self.owner.update_consent()


class LetterWizard(QWizard):
    """``saved`` carries the register line once the letter is saved."""

    saved = Signal(object)

    def __init__(self, register: LetterRegisterService, client_id: int,
                 parent: QWidget | None = None, consent: ConsentService | None = None,
                 may_override: bool = False, may_record: bool = False,
                 client_languages: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("letterWizard")
        self.client_languages = client_languages  # the first letter language is the default
        self.setWindowTitle(self.tr("New letter"))
        self.register = register
        self.client_id = client_id
        self.consent = consent
        self.may_override = may_override
        self.may_record = may_record
        self.result_letter: SavedLetter | None = None
        self.template_page = TemplatePage(self)
        self.fields_page = FieldsPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.template_page, self.fields_page, self.preview_page):
            self.addPage(page)
        self.resize(760, 820)

    def request(self) -> LetterRequest:
        return LetterRequest(
            template_id=self.template_page.template_id(), client_id=self.client_id,
            language=self.fields_page.current_language(),
            fields=self.fields_page.fields.values(),
        )

    def purpose(self) -> str | None:
        """The consent the chosen template needs (None when it needs none)."""
        return self.register.consent_needed(self.template_page.template_id())

    def consent_missing(self) -> bool:
        purpose = self.purpose()
        return (self.consent is not None and purpose is not None
                and not self.consent.has_consent(self.client_id, purpose))

    def update_consent(self) -> None:
        """Without the client's consent the letter cannot be saved, unless a supervisor
        gives a reason; the message says which consent is missing."""
        page = self.preview_page
        missing = self.consent_missing()
        purpose = self.purpose()
        names = {"referral": self.tr("referral to partner organisations"),
                 "legal_aid": self.tr("legal aid")}
        page.consent_problem.setVisible(missing)
        page.consent_problem.setText(self.tr(
            "The client has not consented to %1, so this letter cannot be sent. Record the "
            "consent first; a supervisor may send it anyway, giving a reason.").replace(
            "%1", names.get(purpose or "", purpose or "")) if missing else "")
        page.override_reason.setVisible(missing and self.may_override)
        page.record_consent.setVisible(missing and self.may_record)
        reason = page.override_reason.text().strip()
        page.save_button.setEnabled(self.result_letter is None
                                    and (not missing or (self.may_override and bool(reason))))

    def record_consent(self) -> None:
        consent, purpose = self.consent, self.purpose()
        if consent is None or purpose is None:
            return
        Op(self, lambda: consent.record_consent(self.client_id, purpose),
           Changes.client(self.client_id, Kind.LIST_ROWS)) \
            .finally_(self.update_consent).run()

    def save_to_register(self) -> None:
        """Save once: the letter gets its number and the preview shows the stored PDF."""
        if self.result_letter is not None:
            return
        consent, request, purpose = self.consent, self.request(), self.purpose()
        missing = self.consent_missing()
        reason = self.preview_page.override_reason.text().strip() or None

        def save() -> SavedLetter:
            if consent is not None and missing and purpose is not None:
                consent.require_consent_or_override(self.client_id, purpose, reason)
            return self.register.save(request)

        self.preview_page.save_button.setEnabled(False)
        Op(self, save, Changes.client(self.client_id, Kind.LETTERS)) \
            .finally_(self.update_consent).success(self._saved).run()

    def _saved(self, saved: SavedLetter) -> None:
        self.result_letter = saved
        page = self.preview_page
        page.preview.show_pdf(saved.pdf, f"{saved.letter.number.replace('/', '-')}.pdf")
        page.preview.output_through = None  # registered: its printing is on record already
        page.saved_label.setText(self.tr("Saved to the register as %1.").replace(
            "%1", saved.letter.number))
        page.save_button.setEnabled(False)
        page.override_reason.setEnabled(False)
        self.saved.emit(saved.letter)

"""The organisation profile: name, address and signatory in each letter language (Kazakh, Russian,
English: a letter prints those of its own language), phone, outgoing number prefix and logo.

Edited from Settings (and the Letters page) in ``OrganisationDialog``; asked for at the first
start, right after the first administrator is created, in ``FirstStartOrganisationDialog`` (it may
be left for later: letters are refused until what they print is filled in, and say where).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from legalaid.errors import ValidationError
from legalaid.gui.changes import Changes, Kind
from legalaid.gui.file_dialogs import open_file
from legalaid.gui.ops import Op
from legalaid.gui.views.settings_page import EntryButton
from legalaid.gui.widgets import named
from legalaid.services.letters.register import (
    LanguageProfile,
    LetterRegisterService,
    OrganisationProfile,
)

#: The letter languages, in the order their tabs are shown.
LANGUAGES = ("kk", "ru", "en")
_TEXTS = ("name", "address", "signatory")
_BAD = "border: 2px solid #c62828;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganisationProfile", text)


def language_name(code: str) -> str:
    return {"kk": _tr("Kazakh"), "ru": _tr("Russian"), "en": _tr("English")}[code]


def field_name(what: str) -> str:
    """A detail of the profile as the form labels it."""
    return {"name": _tr("Name"), "address": _tr("Address"),
            "signatory": _tr("Signs for the organisation"), "phone": _tr("Phone")}[what]


def missing_detail(what: str, language: str) -> str:
    """What the letter wizard says when a letter would print an empty detail of the profile."""
    if what == "phone":
        return _tr("The organisation's phone is missing: fill it in Settings → Organisation "
                   "profile.")
    return (_tr("The organisation's %1 in %2 is missing: fill it in Settings → Organisation "
                "profile.").replace("%1", field_name(what).lower())
            .replace("%2", language_name(language).lower()))


class OrganisationTexts(QTabWidget):
    """One tab per letter language with the name, address and signatory in it."""

    def __init__(self, profile: OrganisationProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationLanguages")
        self.edits: dict[tuple[str, str], QLineEdit] = {}
        self._labels: list[tuple[QLabel, str]] = []
        for language in LANGUAGES:
            texts = profile.in_language(language)
            page = QWidget()
            form = QFormLayout(page)
            for what in _TEXTS:
                edit = named(QLineEdit(getattr(texts, what)), f"org_{what}_{language}")
                edit.textEdited.connect(lambda _text, e=edit: e.setStyleSheet(""))
                label = QLabel()
                label.setBuddy(edit)
                form.addRow(label, edit)
                self.edits[(what, language)] = edit
                self._labels.append((label, what))
            self.addTab(page, "")
        self.retranslate()

    def retranslate(self) -> None:
        for index, language in enumerate(LANGUAGES):
            self.setTabText(index, language_name(language))
        for label, what in self._labels:
            label.setText(field_name(what))

    def texts(self, language: str) -> LanguageProfile:
        return LanguageProfile(*(self.edits[(what, language)].text() for what in _TEXTS))

    def mark(self, field: str) -> bool:
        """Mark the edit of ``name_kk`` (and the like) and show its tab; False if none."""
        what, _, language = field.rpartition("_")
        edit = self.edits.get((what, language))
        if edit is None:
            return False
        edit.setStyleSheet(_BAD)
        self.setCurrentIndex(LANGUAGES.index(language))
        return True

    def profile(self, base: OrganisationProfile) -> OrganisationProfile:
        return OrganisationProfile(
            kk=self.texts("kk"), ru=self.texts("ru"), en=self.texts("en"), phone=base.phone,
            prefix=base.prefix, logo_name=base.logo_name, logo_image=base.logo_image)


class _ProfileDialog(QDialog):
    """The per-language texts and the phone, saved through the register service."""

    def __init__(self, letters: LetterRegisterService, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.register = letters
        self.profile = letters.organisation()
        self.languages = OrganisationTexts(self.profile)
        self.phone = named(QLineEdit(self.profile.phone), "org_phone")
        self.problem = named(QLabel(wordWrap=True), "orgProblem")
        self.problem.setStyleSheet("color: #c62828;")

    def edited_profile(self) -> OrganisationProfile:
        from dataclasses import replace

        return replace(self.languages.profile(self.profile), phone=self.phone.text())

    def save(self) -> None:
        profile = self.edited_profile()
        letters = self.register
        Op(self, lambda: letters.save_organisation(profile), Changes.of(Kind.SETTINGS)) \
            .handle(ValidationError, self._refused).success(self._saved).run()

    def _refused(self, error: ValidationError) -> None:
        self.mark(error.field)
        self.problem.setText(_tr("Give the organisation's name in at least one language.")
                             if error.field.startswith("name_") else error.problem)

    def mark(self, field: str) -> None:
        if not self.languages.mark(field) and field == "phone":
            self.phone.setStyleSheet(_BAD)

    def _saved(self, profile: OrganisationProfile) -> None:
        self.profile = profile
        self.accept()


class OrganisationDialog(_ProfileDialog):
    """The whole profile: the texts per language, phone, logo and outgoing number prefix."""

    def __init__(self, letters: LetterRegisterService, parent: QWidget | None = None) -> None:
        super().__init__(letters, parent)
        self.setObjectName("organisationDialog")
        self.logo_image = self.profile.logo_image
        self._logo_name = self.profile.logo_name
        self.prefix = named(QLineEdit(self.profile.prefix), "org_prefix")
        self.logo_label = named(QLabel(self.profile.logo_name or "—"), "org_logo")
        logo_button = QPushButton(self.tr("Choose image…"))
        logo_button.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(logo_button)
        form = QFormLayout()
        form.addRow(field_name("phone"), self.phone)
        form.addRow(self.tr("Outgoing number prefix"), self.prefix)
        form.addRow(self.tr("Logo"), logo_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Letters print the name, address and signatory of their own "
                               "language; a letter in a language left empty is refused."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.languages)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Organisation profile"))

    def edited_profile(self) -> OrganisationProfile:
        from dataclasses import replace

        return replace(super().edited_profile(), prefix=self.prefix.text(),
                       logo_name=self._logo_name, logo_image=self.logo_image)

    def mark(self, field: str) -> None:
        if field == "prefix":
            self.prefix.setStyleSheet(_BAD)
        else:
            super().mark(field)

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


class FirstStartOrganisationDialog(_ProfileDialog):
    """The first start's page after the administrator: the organisation as letters print it."""

    def __init__(self, letters: LetterRegisterService, parent: QWidget | None = None) -> None:
        super().__init__(letters, parent)
        self.setObjectName("firstStartOrganisation")
        self.setWindowTitle(self.tr("Your organisation"))
        intro = named(QLabel(self.tr(
            "Letters are printed on your organisation's letterhead. Give its name, address and "
            "who signs for it in each language you write letters in. You can change them later "
            "in Settings → Organisation profile.")), "firstStartOrganisationIntro")
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(field_name("phone"), self.phone)
        buttons = QDialogButtonBox()
        self.save_button = named(buttons.addButton(QDialogButtonBox.StandardButton.Save),
                                 "organisationSave")
        self.later_button = named(buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole), "organisationLater")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.languages)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())


def ask_at_first_start(letters: LetterRegisterService, parent: QWidget | None) -> None:
    """The organisation profile asked once, after the first administrator is created."""
    FirstStartOrganisationDialog(letters, parent).exec()


class OrganisationEntryPoint(EntryButton):
    """The Settings button that opens the organisation profile (for those who may change it)."""

    def __init__(self, letters: LetterRegisterService, parent: QWidget | None = None) -> None:
        super().__init__("openOrganisationProfile", lambda: self.tr("Organisation profile…"),
                         parent)
        self._letters = letters
        self.button.clicked.connect(self.open_dialog)
        self.dialog: OrganisationDialog | None = None

    def open_dialog(self) -> OrganisationDialog:
        self.dialog = OrganisationDialog(self._letters, self)
        self.dialog.open()
        return self.dialog


def add_organisation_section(settings_page: QWidget,
                             letters: LetterRegisterService) -> OrganisationEntryPoint:
    """The organisation profile's entry on the Settings page."""
    layout = settings_page.layout()
    assert isinstance(layout, QFormLayout)
    entry = OrganisationEntryPoint(letters, settings_page)
    layout.addRow(entry)
    return entry

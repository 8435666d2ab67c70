"""The pages of the intake wizard: name, personal details, contact, first document and trip.

Each page marks required fields and invalid values at the field, with the reason, before the user
can go on; values stay in the fields whatever goes wrong.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizardPage,
)

from legalaid.domain.enums import Category, DocumentType, Script, Sex
from legalaid.domain.names import detect_script, transliterate
from legalaid.gui.labels import category_label, citizenship_choices, document_label
from legalaid.gui.problems import label_text
from legalaid.gui.wizards.fields import DateField, error_label, show_problem


def _add_rows(form: QFormLayout, widgets: Sequence[QWidget]) -> list[QLabel]:
    """Add one labelled row per widget; the labels get their text in ``retranslate``."""
    labels = []
    for widget in widgets:
        label = QLabel()
        label.setBuddy(widget.edit if isinstance(widget, DateField) else widget)
        form.addRow(label, widget)
        labels.append(label)
    return labels


def _set_texts(labels: Sequence[QLabel], texts: Sequence[str]) -> None:
    for label, text in zip(labels, texts, strict=True):
        label.setText(text)


def _edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    return edit


class NamePage(QWizardPage):
    """The name as the client writes it, and the same name in the other script."""

    names_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.family, self.given, self.patronymic = (
            _edit("familyEdit"), _edit("givenEdit"), _edit("patronymicEdit"))
        self.other_family, self.other_given = _edit("otherFamilyEdit"), _edit("otherGivenEdit")
        self.family_error, self.given_error = error_label("familyError"), error_label("givenError")
        self.suggestion = QLabel()
        self.suggestion.setObjectName("transliterationHint")
        self.use_suggestion = QPushButton()
        self.use_suggestion.setObjectName("useTransliteration")
        self.use_suggestion.clicked.connect(self.fill_other_script)
        hint = QHBoxLayout()
        hint.addWidget(self.suggestion, 1)
        hint.addWidget(self.use_suggestion)
        self.form = QFormLayout(self)
        self.labels = _add_rows(self.form, (self.family,))
        self.form.addRow(self.family_error)
        self.labels += _add_rows(self.form, (self.given,))
        self.form.addRow(self.given_error)
        self.labels += _add_rows(self.form, (self.patronymic,))
        self.form.addRow(hint)
        self.labels += _add_rows(self.form, (self.other_family, self.other_given))
        # Why Next is greyed out, said beside it rather than left to be guessed.
        self.next_hint = QLabel(wordWrap=True)
        self.next_hint.setObjectName("nextHint")
        self.form.addRow(self.next_hint)
        for edit in (self.family, self.given, self.patronymic):
            edit.textChanged.connect(self._typed)
        self.retranslate()

    def primary_script(self) -> Script:
        return detect_script(f"{self.family.text()} {self.given.text()}")

    def other_script(self) -> Script:
        return Script.LATIN if self.primary_script() is Script.CYRILLIC else Script.CYRILLIC

    def _typed(self) -> None:
        full = " ".join(p for p in (self.family.text(), self.given.text()) if p.strip())
        offer = transliterate(full, self.other_script()) if full.strip() else ""
        self.suggestion.setText(self.tr("In the other script: %1").replace("%1", offer)
                                if offer else "")
        self.use_suggestion.setEnabled(bool(offer))
        self.names_changed.emit()
        self._explain_next()
        self.completeChanged.emit()

    def _explain_next(self) -> None:
        missing = [label_text(label.text()) for label, edit in
                   zip(self.labels, (self.family, self.given), strict=False)
                   if not edit.text().strip()]
        self.next_hint.setText(self.tr("To go on, type: %1").replace("%1", ", ".join(missing))
                               if missing else "")
        self.next_hint.setVisible(bool(missing))

    def fill_other_script(self) -> None:
        script = self.other_script()
        self.other_family.setText(transliterate(self.family.text().strip(), script))
        self.other_given.setText(transliterate(self.given.text().strip(), script))

    def isComplete(self) -> bool:
        return bool(self.family.text().strip() and self.given.text().strip())

    def validatePage(self) -> bool:
        required = self.tr("Required")
        show_problem(self.family_error, "" if self.family.text().strip() else required)
        show_problem(self.given_error, "" if self.given.text().strip() else required)
        return self.isComplete()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Name"))
        self.setSubTitle(self.tr("Type the name as in the passport or as the client writes it, in "
                                 "any script."))
        labels = (self.tr("&Family name *"), self.tr("&Given name *"), self.tr("&Patronymic"),
                  self.tr("Family name (other script)"), self.tr("Given name (other script)"))
        _set_texts(self.labels, labels)
        self.use_suggestion.setText(self.tr("&Use this spelling"))
        self._typed()


class DetailsPage(QWizardPage):
    """Sex, date of birth, citizenship, category and contact."""

    details_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sex = QComboBox()
        self.sex.setObjectName("sexBox")
        self.birth = DateField("birthEdit", past_only=True)
        self.citizenship = QComboBox()
        self.citizenship.setObjectName("citizenshipBox")
        self.category = QComboBox()
        self.category.setObjectName("categoryBox")
        self.phone = _edit("phoneEdit")
        self.safe_to_contact = QCheckBox()
        self.safe_to_contact.setObjectName("safeToContact")
        self.address = _edit("addressEdit")
        self.languages = _edit("languagesEdit")
        self.interpreter = QCheckBox()
        self.interpreter.setObjectName("interpreterBox")
        # Asked at intake, recorded in the consent register when the client is saved.
        self.legal_aid_consent = QCheckBox()
        self.legal_aid_consent.setObjectName("legalAidConsent")
        self.reporting_consent = QCheckBox()
        self.reporting_consent.setObjectName("reportingConsent")
        self.form = QFormLayout(self)
        self.labels = _add_rows(self.form, (self.sex, self.birth, self.citizenship,
                                            self.category, self.phone, self.safe_to_contact,
                                            self.address, self.languages, self.interpreter,
                                            self.legal_aid_consent))
        self.form.addRow("", self.reporting_consent)
        self.birth.edit.editingFinished.connect(self.details_changed)
        self.retranslate()

    def validatePage(self) -> bool:
        return self.birth.check()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Personal details"))
        self.setSubTitle(self.tr("Dates are typed as dd.mm.yyyy."))
        labels = (self.tr("&Sex"), self.tr("&Date of birth"), self.tr("&Citizenship"),
                  self.tr("C&ategory"), self.tr("&Phone"), self.tr("Contact"), self.tr("&Address"),
                  self.tr("Spoken la&nguages"), self.tr("Interpreter"), self.tr("Consent"))
        _set_texts(self.labels, labels)
        self.safe_to_contact.setText(self.tr("Safe to contact at this number"))
        self.interpreter.setText(self.tr("Needs an interpreter"))
        self.languages.setPlaceholderText(self.tr("codes, preferred first: uz, ru"))
        self.legal_aid_consent.setText(self.tr("Consents to legal aid and to the processing of "
                                               "personal data for it"))
        self.reporting_consent.setText(self.tr("Consents to be counted in anonymous reports"))
        _refill(self.sex, [(self.tr("Not stated"), None), (self.tr("Male"), Sex.MALE.value),
                           (self.tr("Female"), Sex.FEMALE.value), (self.tr("Other"),
                                                                   Sex.OTHER.value)])
        _refill(self.citizenship, citizenship_choices())
        _refill(self.category, [(self.tr("Not stated"), None)]
                + [(category_label(c), c.value) for c in Category])


class TravelPage(QWizardPage):
    """The first identity document and the current trip (entry to Kazakhstan)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document_type = QComboBox()
        self.document_type.setObjectName("documentTypeBox")
        self.document_number = _edit("documentNumberEdit")
        self.document_until = DateField("documentUntilEdit")
        self.entry = DateField("entryEdit", past_only=True)
        self.exit = DateField("exitEdit")
        self.exit_error = error_label("tripError")
        self.form = QFormLayout(self)
        self.labels = _add_rows(self.form, (self.document_type, self.document_number,
                                            self.document_until, self.entry, self.exit))
        self.form.addRow(self.exit_error)
        self.retranslate()

    def validatePage(self) -> bool:
        fields_ok = all([self.document_until.check(), self.entry.check(), self.exit.check()])
        entry, exit_ = self.entry.date(), self.exit.date()
        problem = ""
        if exit_ is not None and entry is None:
            problem = self.tr("Give the entry date of this trip")
        elif entry is not None and exit_ is not None and exit_ < entry:
            problem = self.tr("The exit date is before the entry date")
        show_problem(self.exit_error, problem)
        return fields_ok and not problem

    def retranslate(self) -> None:
        self.setTitle(self.tr("Document and current trip"))
        self.setSubTitle(self.tr("Leave the exit date empty if the client is still in "
                                 "Kazakhstan."))
        labels = (self.tr("First &document"), self.tr("Document &number"),
                  self.tr("&Valid until"), self.tr("&Entered Kazakhstan on"),
                  self.tr("Le&ft on"))
        _set_texts(self.labels, labels)
        _refill(self.document_type, [(self.tr("None yet"), None)]
                + [(document_label(d), d.value) for d in DocumentType])


def _refill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    current = combo.currentIndex()
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(current, 0))

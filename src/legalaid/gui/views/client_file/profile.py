"""The Profile tab: the client's identity, contact, spoken languages (and whether an interpreter
is needed) and lawyer as an editable form. The lawyer is chosen among the lawyers' user accounts;
a name typed before that matches no account is shown as it is, marked, until another is chosen.

Save (the button or Ctrl+S) hands a ``ClientRecord`` to the page; a refusal is shown at the field
it names and every typed value stays. The form keeps what the user typed while the rest of the file
reloads, and says plainly when someone else saved the profile first (optimistic lock).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.enums import Category, Script, Sex
from legalaid.domain.names import detect_script, transliterate
from legalaid.domain.parsing import language_codes
from legalaid.domain.records import ClientRecord, NameSpelling
from legalaid.domain.validation import profile_problems
from legalaid.errors import ValidationError
from legalaid.gui.labels import category_label, citizenship_choices
from legalaid.gui.problems import problem_text
from legalaid.gui.views.client_file.dialogs import combo, field_key, line_edit, refill, select
from legalaid.gui.wizards.fields import DateField, error_label, show_problem

# The fields of the form in the order of its labels, by the names the services give them.
_FIELDS = ("family", "given", "patronymic", "other_family", "other_given", "sex",
           "date_of_birth", "citizenship", "category", "phone", "safe_to_contact", "address",
           "iin", "languages", "interpreter", "lawyer")


def _other(script: Script) -> Script:
    return Script.LATIN if script is Script.CYRILLIC else Script.CYRILLIC


class ProfileTab(QWidget):
    """Identity and contact form; ``save_requested`` carries the record to save."""

    save_requested = Signal(object)  # ClientRecord
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: ClientRecord | None = None
        self.version: int | None = None
        self.dirty = False
        self._loading = False
        self._shown = False  # problems are on show: each edit checks again
        self._build_fields()
        self._build_layout()
        self._connect_dirty()
        self.retranslate()

    # -- construction ----------------------------------------------------------------------------
    def _build_fields(self) -> None:
        self.family, self.given = line_edit("profileFamily"), line_edit("profileGiven")
        self.patronymic = line_edit("profilePatronymic")
        self.other_family = line_edit("profileOtherFamily")
        self.other_given = line_edit("profileOtherGiven")
        self.offer = QLabel()
        self.offer.setObjectName("profileTransliteration")
        self.use_offer = QPushButton()
        self.use_offer.setObjectName("profileUseTransliteration")
        self.use_offer.clicked.connect(self.fill_other_script)
        self.sex, self.citizenship = combo("profileSex"), combo("profileCitizenship")
        self.category = combo("profileCategory")
        # Sized for a usual name, not the longest country or category of the list (which made
        # the file wider than the window's default in Russian).
        for box in (self.citizenship, self.category):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(18)
        self.birth = DateField("profileBirth", past_only=True)
        self.phone, self.address = line_edit("profilePhone"), line_edit("profileAddress")
        self.safe_to_contact = QCheckBox()
        self.safe_to_contact.setObjectName("profileSafeToContact")
        self.iin, self.lawyer = line_edit("profileIin"), combo("profileLawyer")
        self.languages = line_edit("profileLanguages")
        self.interpreter = QCheckBox()
        self.interpreter.setObjectName("profileInterpreter")
        self.lawyer_accounts: list[str] = []  # the lawyers' accounts the lawyer is chosen from
        self.save_button = QPushButton()
        self.save_button.setObjectName("profileSave")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.setObjectName("profileRevert")
        self.revert_button.clicked.connect(self.reload_requested)
        self.problem = error_label("profileProblem")
        # One error line under each field shown; a problem with anything else (the spoken
        # languages, which this form does not show) goes to the general problem line.
        self.errors = {key: error_label(f"profile{key.title()}Error") for key in (
            "family", "given", "other_family", "other_given", "citizenship", "phone", "iin",
            "languages")}
        self.errors["date_of_birth"] = self.birth.error

    def _form(self, rows: list[tuple[QWidget, str | None]]) -> tuple[QFormLayout, list[QLabel]]:
        """Labelled rows, each followed by its error line if it has one."""
        form, labels = QFormLayout(), []
        for widget, error in rows:
            label = QLabel()
            label.setBuddy(widget.edit if isinstance(widget, DateField) else widget)
            form.addRow(label, widget)
            labels.append(label)
            if error is not None:
                form.addRow("", self.errors[error])
        return form, labels

    def _build_layout(self) -> None:
        offer_row = QHBoxLayout()
        offer_row.addWidget(self.offer, 1)
        offer_row.addWidget(self.use_offer)
        identity_form, identity_labels = self._form([
            (self.family, "family"), (self.given, "given"),
            (self.patronymic, None),
            (self.other_family, "other_family"),
            (self.other_given, "other_given"), (self.sex, None),
            (self.birth, None), (self.citizenship, "citizenship"),
            (self.category, None)])
        identity_form.insertRow(5, offer_row)  # under the patronymic
        contact_form, contact_labels = self._form([
            (self.phone, "phone"), (self.safe_to_contact, None),
            (self.address, None), (self.iin, "iin"),
            (self.languages, "languages"), (self.interpreter, None),
            (self.lawyer, None)])
        self.labels = identity_labels + contact_labels
        self.identity_box, self.contact_box = QGroupBox(), QGroupBox()
        self.identity_box.setLayout(identity_form)
        contact_column = QVBoxLayout()
        contact_column.addLayout(contact_form)
        contact_column.addStretch(1)
        self.contact_box.setLayout(contact_column)
        self.conflict = error_label("profileConflict")
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        boxes = QHBoxLayout()
        boxes.addWidget(self.identity_box, 3)
        boxes.addWidget(self.contact_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes, 1)
        layout.addWidget(self.conflict)
        layout.addLayout(buttons)

    def _connect_dirty(self) -> None:
        for edit in (self.family, self.given, self.patronymic, self.other_family,
                     self.other_given, self.birth.edit, self.phone, self.address, self.iin,
                     self.languages):
            edit.textEdited.connect(self._edited)
        for box in (self.sex, self.citizenship, self.category, self.lawyer):
            box.activated.connect(self._edited)
        self.safe_to_contact.clicked.connect(self._edited)
        self.interpreter.clicked.connect(self._edited)
        for edit in (self.family, self.given, self.patronymic):
            edit.textChanged.connect(self._offer_spelling)

    def retranslate(self) -> None:
        self.identity_box.setTitle(self.tr("Identity"))
        self.contact_box.setTitle(self.tr("Contact and lawyer"))
        texts = (self.tr("&Family name *"), self.tr("&Given name *"), self.tr("&Patronymic"),
                 self.tr("Family name (other script)"), self.tr("Given name (other script)"),
                 self.tr("&Sex"), self.tr("&Date of birth"), self.tr("&Citizenship"),
                 self.tr("C&ategory"), self.tr("P&hone"), self.tr("Contact"),
                 self.tr("Add&ress"), self.tr("&IIN"), self.tr("Spoken la&nguages"),
                 self.tr("Interpreter"), self.tr("&Lawyer"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.safe_to_contact.setText(self.tr("Safe to contact at this number"))
        self.interpreter.setText(self.tr("Needs an interpreter"))
        self.languages.setPlaceholderText(self.tr("codes, preferred first: uz, ru"))
        self.languages.setToolTip(self.tr("The first of kk, ru and en is the language new "
                                          "letters start in."))
        self._fill_lawyers(self.lawyer.currentData())
        self.use_offer.setText(self.tr("&Use this spelling"))
        self.save_button.setText(self.tr("&Save profile"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.revert_button.setText(self.tr("&Revert"))
        refill(self.sex, [(self.tr("Not stated"), None), (self.tr("Male"), Sex.MALE.value),
                          (self.tr("Female"), Sex.FEMALE.value),
                          (self.tr("Other"), Sex.OTHER.value)])
        refill(self.citizenship, citizenship_choices())
        refill(self.category, [(self.tr("Not stated"), None)]
               + [(category_label(c), c.value) for c in Category])
        self._offer_spelling()
        if self.conflict.isVisible():
            self.show_conflict()

    # -- showing ---------------------------------------------------------------------------------
    def show_record(self, record: ClientRecord, version: int | None, *, force: bool = False
                    ) -> None:
        """Fill the form, unless the user has unsaved edits (then only remember the record)."""
        if self.dirty and not force:
            return
        self.record, self.version = record, version
        self._loading = True
        names = list(record.names)
        primary = names[0] if names else NameSpelling("", "", Script.CYRILLIC)
        other = next((n for n in names[1:] if n.script != primary.script), None)
        self.family.setText(primary.family)
        self.given.setText(primary.given)
        self.patronymic.setText(primary.patronymic or "")
        self.other_family.setText(other.family if other else "")
        self.other_given.setText(other.given if other else "")
        select(self.sex, record.sex.value if record.sex else None)
        self.birth.set_date(record.date_of_birth)
        select(self.citizenship, record.citizenship)
        select(self.category, record.category.value if record.category else None)
        self.phone.setText(record.phone or "")
        self.safe_to_contact.setChecked(record.safe_to_contact)
        self.address.setText(record.address or "")
        self.iin.setText(record.iin or "")
        self.languages.setText(", ".join(record.languages))
        self.interpreter.setChecked(record.interpreter)
        self._fill_lawyers(record.lawyer)
        self._loading = False
        self.dirty = False
        self._clear_problems()
        show_problem(self.conflict, "")

    def set_lawyer_accounts(self, names: list[str]) -> None:
        """The lawyers' accounts to choose from (the choice made is kept)."""
        self.lawyer_accounts = list(names)
        self._fill_lawyers(self.lawyer.currentData())

    def _fill_lawyers(self, chosen: object) -> None:
        """Nobody, each lawyer's account, and a name typed earlier that is no account's;
        ``chosen`` selected."""
        entries: list[tuple[str, object]] = [(self.tr("Not assigned"), None)]
        entries += [(name, name) for name in self.lawyer_accounts]
        known = {name.strip().casefold() for name in self.lawyer_accounts}
        if isinstance(chosen, str) and chosen.strip().casefold() not in known:
            entries.append((self.tr("%1 (no user account)").replace("%1", chosen), chosen))
        self.lawyer.blockSignals(True)
        self.lawyer.clear()
        for text, value in entries:
            self.lawyer.addItem(text, value)
        match = next((index for index, (_text, value) in enumerate(entries)
                      if isinstance(value, str) and isinstance(chosen, str)
                      and value.strip().casefold() == chosen.strip().casefold()), 0)
        self.lawyer.setCurrentIndex(match)
        self.lawyer.blockSignals(False)

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self._recheck()

    def _offer_spelling(self) -> None:
        full = " ".join(p for p in (self.family.text(), self.given.text()) if p.strip())
        offer = transliterate(full, _other(detect_script(full))) if full.strip() else ""
        self.offer.setText(self.tr("In the other script: %1").replace("%1", offer)
                           if offer else "")
        self.use_offer.setEnabled(bool(offer))

    def fill_other_script(self) -> None:
        script = _other(detect_script(f"{self.family.text()} {self.given.text()}"))
        self.other_family.setText(transliterate(self.family.text().strip(), script))
        self.other_given.setText(transliterate(self.given.text().strip(), script))
        self.dirty = True

    # -- saving ----------------------------------------------------------------------------------
    def _names(self) -> tuple[NameSpelling, ...]:
        assert self.record is not None
        old = list(self.record.names)
        primary_script = detect_script(f"{self.family.text()} {self.given.text()}")
        old_other = next((n for n in old[1:] if n.script != (old[0].script if old else None)),
                         None)
        names = [NameSpelling(self.family.text().strip(), self.given.text().strip(),
                              primary_script, self.patronymic.text().strip() or None,
                              old[0].source if old else None)]
        if self.other_family.text().strip() or self.other_given.text().strip():
            names.append(NameSpelling(
                self.other_family.text().strip(), self.other_given.text().strip(),
                _other(primary_script), old_other.patronymic if old_other else None,
                old_other.source if old_other else None))
        names += [n for n in old[1:] if n is not old_other]
        return tuple(names)

    def profile_record(self) -> ClientRecord:
        assert self.record is not None
        citizenship = self.citizenship.currentData()
        category, sex = self.category.currentData(), self.sex.currentData()
        return dataclasses.replace(
            self.record, names=self._names(), sex=Sex(sex) if sex else None,
            date_of_birth=self.birth.date(),
            citizenship=citizenship,  # None: stateless; XXX: not stated
            category=Category(category) if category else None,
            phone=_text(self.phone), safe_to_contact=self.safe_to_contact.isChecked(),
            address=_text(self.address), iin=_text(self.iin),
            languages=language_codes(self.languages.text()),
            interpreter=self.interpreter.isChecked(), lawyer=self.lawyer.currentData())

    def save(self) -> None:
        """Check the fields here first, every problem shown at once; then the services decide
        (``refuse`` shows why not)."""
        if self.check() and self.record is not None:
            self.save_requested.emit(self.profile_record())

    def check(self) -> bool:
        self._clear_problems()
        if self.record is None:
            return False
        birth_ok = self.birth.check()
        problems = profile_problems(self.profile_record(), dt.date.today()) if birth_ok else []
        for problem in problems:
            self.refuse(problem)
        self._shown = bool(problems) or not birth_ok
        return not self._shown

    def _recheck(self) -> None:
        """A problem on show goes as soon as its field is put right."""
        if self._shown:
            self.check()

    def refuse(self, error: ValidationError) -> None:
        key = field_key(error.field)
        if error.field.startswith("names[") and not error.field.startswith("names[0]"):
            key = f"other_{key}"
        labels = dict(zip(_FIELDS, (label.text() for label in self.labels), strict=True))
        label = self.errors.get(key, self.problem)
        text = problem_text(error, labels)
        show_problem(label, f"{label.text()}\n{text}" if label.text() else text)
        self._shown = True

    def show_conflict(self) -> None:
        show_problem(self.conflict, self.tr(
            "Someone else saved this profile after you opened it. Your changes are still in the "
            "form: press Revert to see theirs, then type your changes again."))

    def saved(self) -> None:
        self.dirty = False

    def _clear_problems(self) -> None:
        for label in (*self.errors.values(), self.problem):
            show_problem(label, "")


def _text(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None

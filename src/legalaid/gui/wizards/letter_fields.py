"""The form of a letter template's fields: prefilled from the client file, typed by the user,
missing required ones highlighted with the reason. Used by the letter wizard and by batch letters
(which shows only the fields the wizard asks for, the same for every client).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from legalaid.gui.i18n import current_language, format_date, parse_date
from legalaid.services.letters.compose import FieldState

MISSING_STYLE = "border: 2px solid #c62828; background: #fff3f3;"


translate = QCoreApplication.translate


def source_label(source: str, name: str) -> str:
    """The label of a value taken from the client file."""
    labels = {
        "client.name": translate("LetterFields", "Name"),
        "client.name_cyrillic": translate("LetterFields", "Name in Cyrillic"),
        "client.name_latin": translate("LetterFields", "Name in Latin letters"),
        "client.date_of_birth": translate("LetterFields", "Date of birth"),
        "client.citizenship": translate("LetterFields", "Citizenship"),
        "client.sex": translate("LetterFields", "Sex"),
        "client.address": translate("LetterFields", "Address"),
        "client.phone": translate("LetterFields", "Phone"),
        "client.iin": translate("LetterFields", "IIN"),
        "client.entry_date": translate("LetterFields", "Date of entry"),
        "client.passport.number": translate("LetterFields", "Passport number"),
        "client.passport.valid_until": translate("LetterFields", "Passport valid until"),
        "client.asylum_certificate.number":
            translate("LetterFields", "Asylum-seeker certificate number"),
        "client.asylum_certificate.valid_until":
            translate("LetterFields", "Asylum-seeker certificate valid until"),
        "client.refugee_certificate.number":
            translate("LetterFields", "Refugee certificate number"),
        "client.refugee_certificate.valid_until":
            translate("LetterFields", "Refugee certificate valid until"),
        "client.kandas_status.valid_until": translate("LetterFields", "Kandas status valid until"),
        "case.number": translate("LetterFields", "Case number"),
        "assessment.last_lawful_day": translate("LetterFields", "Last lawful day"),
        "assessment.overstay_days": translate("LetterFields", "Days of overstay"),
        "assessment.deadline.reg_01": translate("LetterFields", "Registration deadline"),
    }
    return labels.get(source, name.replace("_", " "))


def field_label(name: str, source: str | None, label: Mapping[str, str] | None) -> str:
    """A template field as a person reads it: its label in the interface language, else the
    label of the client-file value it comes from."""
    if label:
        return label.get(current_language()) or label.get("en") or name
    return source_label(source or "", name)


class FieldsForm(QWidget):
    """One editor per field; ``values()`` gives the typed text of every field the user set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.problem = QLabel(wordWrap=True)
        self.problem.setObjectName("fieldsProblem")
        self.problem.setStyleSheet("color: #c62828;")
        self.contact_warning = QLabel(wordWrap=True)
        self.contact_warning.setObjectName("contactWarning")
        self.contact_warning.setStyleSheet("color: #8a5300;")
        self.contact_warning.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.contact_warning)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.states: list[FieldState] = []
        self.editors: dict[str, QWidget] = {}
        self._prefilled: dict[str, str] = {}

    def show_fields(self, states: Sequence[FieldState], wizard_only: bool = False) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors.clear()
        self.states = [s for s in states if not (wizard_only and s.source is not None)]
        self._prefilled = {s.name: s.value for s in self.states}
        for state in self.states:
            editor = self._editor(state)
            editor.setObjectName(f"field_{state.name}")
            self.editors[state.name] = editor
            label = self._label(state)
            self.form.addRow(label + (" *" if state.required else ""), editor)
            self._unmark_on_edit(state.name, editor)
        self.mark_all_missing([state.name for state in self.states if state.missing])
        withheld = [self._label(state) for state in self.states if state.withheld]
        self.contact_warning.setVisible(bool(withheld))
        self.contact_warning.setText(translate(
            "LetterFields", "This client is not marked safe to contact, so %1 is left out of "
            "the letter. Type it in only if the client agrees.").replace(
            "%1", ", ".join(withheld)) if withheld else "")

    def _label(self, state: FieldState) -> str:
        return field_label(state.name, state.source, state.label)

    def _reason(self, state: FieldState) -> str:
        if state.source is not None:
            return translate("LetterFields",
                             "Required for this letter and not recorded in the client file.")
        return translate("LetterFields", "Required for this letter: please fill it in.")

    def _editor(self, state: FieldState) -> QWidget:
        if state.type == "bool":
            box = QCheckBox()
            box.setChecked(state.value == "true")
            return box
        if state.type == "choice":
            combo = QComboBox()
            combo.addItem("", "")
            language = current_language()
            for choice in state.choices:
                labels = (state.choice_labels or {}).get(choice, {})
                combo.addItem(labels.get(language) or labels.get("en")
                              or choice.replace("_", " "), choice)
            combo.setCurrentIndex(max(0, combo.findData(state.value)))
            return combo
        line = QLineEdit()
        if state.type == "date":
            line.setPlaceholderText(translate("LetterFields", "dd.mm.yyyy"))
            line.setText(format_date(dt.date.fromisoformat(state.value)) if state.value else "")
        else:
            line.setText(state.value)
        return line

    def mark_missing(self, name: str, reason: str) -> None:
        """Mark one field with what is wrong with it (its label and the reason shown below)."""
        editor = self.editors.get(name)
        if editor is None:
            return
        editor.setStyleSheet(MISSING_STYLE)
        editor.setToolTip(reason)
        self.problem.setText(f"{self.label_of(name)}: {reason}")

    def mark_all_missing(self, names: Sequence[str]) -> None:
        """Mark every required field left empty at once; the message names them by label."""
        for name in names:
            editor = self.editors.get(name)
            if editor is not None:
                editor.setStyleSheet(MISSING_STYLE)
                editor.setToolTip(self._reason(self._state(name)) if self._has(name)
                                  else translate("LetterFields",
                                                 "Required for this letter: please fill it in."))
        self.problem.setText(translate("LetterFields", "Please fill in: %1").replace(
            "%1", ", ".join(self.label_of(name) for name in names)) if names else "")

    def label_of(self, name: str) -> str:
        """The field's label as the form shows it (never its internal name)."""
        return self._label(self._state(name)) if self._has(name) else name.replace("_", " ")

    def _has(self, name: str) -> bool:
        return any(s.name == name for s in self.states)

    def _state(self, name: str) -> FieldState:
        return next(s for s in self.states if s.name == name)

    def _unmark_on_edit(self, name: str, editor: QWidget) -> None:
        """A marked field loses its mark once changed; the message goes with the last mark."""
        def unmark() -> None:
            editor.setStyleSheet("")
            editor.setToolTip("")
            if not self.missing_names():
                self.problem.clear()

        if isinstance(editor, QCheckBox):
            editor.toggled.connect(unmark)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(unmark)
        elif isinstance(editor, QLineEdit):
            editor.textEdited.connect(unmark)

    def clear_marks(self) -> None:
        for editor in self.editors.values():
            editor.setStyleSheet("")
            editor.setToolTip("")
        self.problem.clear()

    def missing_names(self) -> list[str]:
        """Fields currently highlighted as missing."""
        return [name for name, editor in self.editors.items() if editor.styleSheet()]

    def text_of(self, name: str) -> str:
        editor = self.editors[name]
        if isinstance(editor, QCheckBox):
            return "true" if editor.isChecked() else "false"
        if isinstance(editor, QComboBox):
            return str(editor.currentData() or "")
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if self._state(name).type == "date" and text:
            parsed = parse_date(text)
            return parsed.isoformat() if parsed else text
        return text

    def values(self) -> dict[str, str]:
        """What to pass as the letter's fields: everything typed or changed, never the unchanged
        value from the file (so the file stays the source of it)."""
        result = {}
        for state in self.states:
            text = self.text_of(state.name)
            unchanged = text == self._prefilled.get(state.name, "")
            if text and (state.source is None or not unchanged):
                result[state.name] = text
        return result

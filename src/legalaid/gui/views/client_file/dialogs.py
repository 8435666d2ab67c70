"""The small edit dialogs of a client file share one behaviour: Save hands the typed values to the
page, which answers with the op that writes them; a refusal from the services is shown under the
field it concerns, and the dialog stays open with everything the user typed (nothing is lost on a
validation error, nor on any other error, which goes to the app's error dialog).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from legalaid.errors import ValidationError
from legalaid.gui.ops import Op
from legalaid.gui.problems import problem_text
from legalaid.gui.wizards.fields import DateField, error_label, show_problem

_INDEX = re.compile(r"\[\d+\]")
Submit = Callable[[], Op[Any]]  # the op that writes what the dialog holds (not yet run)


def field_key(path: str) -> str:
    """``trip.exit`` or ``[0].documents[1].valid_until`` → the field's own name (``exit``)."""
    return _INDEX.sub("", path).rsplit(".", 1)[-1]


def line_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    return edit


def combo(name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    return box


def refill(box: QComboBox, entries: Sequence[tuple[str, object]]) -> None:
    """Replace the entries (e.g. in a new language) keeping the chosen value, not the index:
    a list sorted by translated names changes order with the language."""
    chosen = box.currentData()
    box.blockSignals(True)
    box.clear()
    for text, value in entries:
        box.addItem(text, value)
    select(box, chosen)
    box.blockSignals(False)


def select(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


class ItemDialog(QDialog):
    """A form of labelled fields with Save/Cancel; ``submit`` gives the op that saves them."""

    def __init__(self, name: str, submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._submit = submit
        self.form = QFormLayout(self)
        self.problem = error_label(f"{name}Problem")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName(f"{name}Save")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._labels: list[QLabel] = []
        self._label_of: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}
        self._dates: list[DateField] = []
        self._shown = False  # problems are on show: each edit checks again

    def add_field(self, key: str, widget: QWidget) -> QLabel:
        """A labelled row with its own error line (DateFields bring theirs)."""
        label = QLabel()
        label.setBuddy(widget.edit if isinstance(widget, DateField) else widget)
        self.form.addRow(label, widget)
        self._labels.append(label)
        self._label_of[key] = label
        edit = widget.edit if isinstance(widget, DateField) else widget
        if isinstance(edit, QLineEdit):
            edit.textEdited.connect(self._edited)
        elif isinstance(edit, QComboBox):
            edit.activated.connect(self._edited)
        elif isinstance(edit, QAbstractButton):
            edit.toggled.connect(self._edited)
        if isinstance(widget, DateField):
            self._dates.append(widget)
            self._errors[key] = widget.error
        else:
            error = error_label(f"{self.objectName()}{key.title()}Error")
            self.form.addRow("", error)
            self._errors[key] = error
        return label

    def finish_layout(self) -> None:
        self.form.addRow(self.problem)
        self.form.addRow(self.buttons)

    def set_labels(self, texts: Sequence[str]) -> None:
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)

    def labels(self) -> dict[str, str]:
        """Each field's internal name and the label it has on the form."""
        return {key: label.text() for key, label in self._label_of.items()}

    def problems(self) -> list[ValidationError]:
        """What the services would refuse in the typed values, every field at once (run only
        when every date is a real date)."""
        return []

    def check(self) -> bool:
        """Every problem of the form at once, each under its field: first that dates are real
        dates, then the services' own checks of the typed values."""
        for error in self._errors.values():
            show_problem(error, "")
        show_problem(self.problem, "")
        dates_ok = all([field.check() for field in self._dates])
        problems = self.problems() if dates_ok else []
        for problem in problems:
            self.refuse(problem)
        self._shown = not dates_ok or bool(problems)
        return not self._shown

    def _edited(self) -> None:
        """A problem on show goes as soon as the field is put right."""
        if self._shown:
            self.check()

    def refuse(self, error: ValidationError) -> None:
        """Show the services' reason at the field it names (or under the form)."""
        label = self._errors.get(field_key(error.field), self.problem)
        text = problem_text(error, self.labels())
        shown = label.text()
        show_problem(label, f"{shown}\n{text}" if shown else text)
        self._shown = True

    def save(self) -> None:
        if not self.check():
            return
        self.save_button.setEnabled(False)  # one save at a time
        self._submit().handle(ValidationError, self.refuse) \
            .finally_(lambda: self.save_button.setEnabled(True)) \
            .success(self._saved).run()

    def _saved(self, result: object) -> None:
        self.saved = result  # what the save answered (a new item's id), for whoever opened it
        self.accept()


def not_connected(*_args: object) -> Op[Any]:
    """A tab's save before its page connects it."""
    return Op(None, _refuse)


def _refuse() -> None:
    raise RuntimeError("this tab was not connected to its client file")

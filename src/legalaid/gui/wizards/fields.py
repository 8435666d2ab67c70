"""Form fields that explain themselves: a date entry that refuses invalid dates at the field, and a
red message label placed under any field that holds a problem."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from legalaid.gui.i18n import format_date, parse_date


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet("color: #c62828;")
    label.setWordWrap(True)
    label.hide()
    return label


def show_problem(label: QLabel, problem: str) -> None:
    label.setText(problem)
    label.setVisible(bool(problem))


class DateField(QWidget):
    """A dd.MM.yyyy entry with its own error line; ``date()`` is None while empty or invalid."""

    def __init__(self, name: str, *, required: bool = False, past_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setInputMask("")
        self.edit.setPlaceholderText(QCoreApplication.translate("DateField", "dd.mm.yyyy"))
        self.error = error_label(f"{name}Error")
        self._required = required
        self._past_only = past_only
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.edit.editingFinished.connect(self.check)

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setText(format_date(value))

    def date(self) -> dt.date | None:
        return parse_date(self.edit.text())

    def problem(self) -> str:
        """Why the text is not acceptable, in words; "" when it is."""
        text = self.edit.text().strip()
        if not text:
            return (QCoreApplication.translate("DateField", "Required") if self._required
                    else "")
        value = parse_date(text)
        if value is None:
            return QCoreApplication.translate(
                "DateField", "“%1” is not a real date; type it as dd.mm.yyyy, e.g. 17.04.1991"
            ).replace("%1", text)
        if self._past_only and value > dt.date.today():
            return QCoreApplication.translate("DateField", "This date is in the future")
        if value.year < 1900:
            return QCoreApplication.translate("DateField", "The year must be 1900 or later")
        return ""

    def check(self) -> bool:
        problem = self.problem()
        show_problem(self.error, problem)
        return not problem

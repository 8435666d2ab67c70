"""Someone else saved a record while you were editing it: what is stored now beside what you typed,
field by field, and the choice to reload their version (yours stays in the form otherwise).

``differences`` compares the record as stored now with the one the user tried to save; the
dialog is window-modal and non-blocking (``open``), and its ``accepted`` signal means "reload".
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legalaid.gui.i18n import format_date
from legalaid.gui.labels import field_label

# The profile's fields the dialog compares (the file's lists are saved one item at a time).
PROFILE_FIELDS = (
    "names",
    "sex",
    "date_of_birth",
    "citizenship",
    "category",
    "languages",
    "interpreter",
    "phone",
    "safe_to_contact",
    "address",
    "iin",
    "lawyer",
)
_NOT_COMPARED = frozenset({"id", "version", "tasks", "created", "author", "source_rule"})


def _shown(value: Any) -> str:
    translate = QCoreApplication.translate
    if value is None or value == () or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("StaleDialog", "yes") if value else translate("StaleDialog", "no")
    if isinstance(value, dt.datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, tuple):
        return "; ".join(getattr(part, "full", None) or str(part) for part in value)
    return str(value)


@dataclass(frozen=True)
class Difference:
    """One field whose stored value is not the one the user typed."""

    field: str
    theirs: str
    yours: str


def differences(theirs: Any, yours: Any, fields: Sequence[str] | None = None) -> list[Difference]:
    """The fields (of two records of one kind: all but ids, versions and lists, unless
    ``fields`` names them) where what is stored now differs from what the user typed."""
    names = (
        fields
        if fields is not None
        else [
            name
            for name in vars(type(yours)).get("__dataclass_fields__", {})
            if name not in _NOT_COMPARED
        ]
    )
    return [
        Difference(
            field_label(name), _shown(getattr(theirs, name, None)),
            _shown(getattr(yours, name, None)),
        )
        for name in names
        if getattr(theirs, name, None) != getattr(yours, name, None)
    ]


class StaleDialog(QDialog):
    """ "Changed by someone else": their version beside yours; Reload (accept) or go back."""

    def __init__(
        self, rows: Sequence[Difference], parent: QWidget | None = None, *, gone: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staleDialog")
        self.rows = list(rows)
        self.gone = gone  # the record was deleted meanwhile: nothing to compare
        self.text = QLabel()
        self.text.setObjectName("staleText")
        self.text.setWordWrap(True)
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setObjectName("staleTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        for row, difference in enumerate(self.rows):
            for column, value in enumerate((difference.field, difference.theirs, difference.yours)):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)  # a long value is cut short in its column
                self.table.setItem(row, column, cell)
        self.table.setVisible(bool(self.rows))
        self.buttons = QDialogButtonBox()
        self.reload_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.reload_button.setObjectName("staleReload")
        self.back_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setObjectName("staleBack")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changed by someone else"))
        if self.gone:
            message = self.tr(
                "Someone else deleted this record after you opened it. Your changes were not saved."
            )
        elif self.rows:
            message = self.tr(
                "Someone else saved this record after you opened it. Your "
                "changes were not saved; this is what differs:"
            )
        else:
            message = self.tr(
                "Someone else saved this record after you opened it. Your changes were not saved."
            )
        self.text.setText(message)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Saved by them"), self.tr("Yours")]
        )
        self.reload_button.setText(self.tr("&Reload their version"))
        self.back_button.setText(self.tr("&Back to mine"))

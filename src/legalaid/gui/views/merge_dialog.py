"""Merging two files of one person: what will move, the profile fields the files fill
differently (the user picks each), then one merge, with Undo while the window is open (and in
the rest of the session through the service)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legalaid.errors import ConflictError, LegalAidError
from legalaid.gui.application import report_error
from legalaid.gui.changes import CLIENT_DATA, Changes
from legalaid.gui.i18n import format_date
from legalaid.gui.labels import field_label
from legalaid.gui.ops import Op
from legalaid.services.merge import MergePlan, MergeService


def kind_label(kind: str) -> str:
    translate = QCoreApplication.translate
    labels = {"client_name": translate("MergeDialog", "name spellings"),
              "document": translate("MergeDialog", "documents"),
              "trip": translate("MergeDialog", "trips"),
              "event": translate("MergeDialog", "events"),
              "legal_case": translate("MergeDialog", "cases"),
              "task": translate("MergeDialog", "tasks"),
              "note": translate("MergeDialog", "notes"),
              "consent": translate("MergeDialog", "consents"),
              "referral": translate("MergeDialog", "referrals"),
              "family_link": translate("MergeDialog", "family links"),
              "family_link.other_client_id": translate("MergeDialog", "links from relatives"),
              "letter": translate("MergeDialog", "letters"),
              "case_party": translate("MergeDialog", "parties of cases"),
              "attachment": translate("MergeDialog", "attachments"),
              "import_fingerprint": translate("MergeDialog", "imported rows")}
    return labels.get(kind, kind)


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate("MergeDialog", "yes") if value \
            else QCoreApplication.translate("MergeDialog", "no")
    if isinstance(value, dt.date):
        return format_date(value)
    return "" if value is None else str(value)


class MergeDialog(QDialog):
    """Merge client ``other`` into ``keep``; emits ``merged(keep, other)`` and, after an undo,
    ``unmerged(keep, other)``."""

    merged = Signal(int, int)
    unmerged = Signal(int, int)

    def __init__(self, merge: MergeService, keep: int, other: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.merge, self.keep, self.other = merge, keep, other
        self.plan: MergePlan | None = None
        self.title = QLabel(wordWrap=True)
        self.moves = QLabel(wordWrap=True)
        self.moves.setObjectName("mergeMoves")
        self.conflicts_label = QLabel(wordWrap=True)
        self.conflicts = QTableWidget(0, 2)
        self.conflicts.setObjectName("mergeConflicts")
        self.conflicts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.conflicts.verticalHeader().hide()
        self.choices: dict[str, QComboBox] = {}
        self.outcome = QLabel(wordWrap=True)
        self.outcome.setObjectName("mergeOutcome")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(False)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoMergeButton")
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.hide()  # after adding: the box shows what it is given
        self.buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self._merge)
        self.undo_button.clicked.connect(self._undo)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.moves, self.conflicts_label):
            layout.addWidget(widget)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.resize(620, 440)
        self.retranslate()

    def load(self) -> Op[MergePlan]:
        """Read what the merge would do (off the UI thread)."""
        merge, keep, other = self.merge, self.keep, self.other
        return Op(self, lambda: merge.plan(keep, other)).success(self._show_plan).run()

    def _show_plan(self, plan: MergePlan) -> None:
        self.plan = plan
        # "name spellings (1)": a count before a plural noun would read "1 name spellings"
        moved = ", ".join(f"{kind_label(kind)} ({count})" for kind, count in
                          sorted(plan.moves.items()) if count)
        self.moves.setText(self.tr("Moves into the kept file: %1.").replace(
            "%1", moved or self.tr("nothing")))
        self.conflicts.setRowCount(len(plan.conflicts))
        self.choices.clear()
        for row, conflict in enumerate(plan.conflicts):
            self.conflicts.setItem(row, 0, QTableWidgetItem(field_label(conflict.field)))
            choice = QComboBox()
            choice.setObjectName(f"mergeChoice_{conflict.field}")
            choice.addItem(self.tr("#%1: %2").replace("%1", str(self.keep))
                           .replace("%2", _shown(conflict.keep)), "keep")
            choice.addItem(self.tr("#%1: %2").replace("%1", str(self.other))
                           .replace("%2", _shown(conflict.other)), "other")
            self.conflicts.setCellWidget(row, 1, choice)
            self.choices[conflict.field] = choice
        self.conflicts.setVisible(bool(plan.conflicts))
        self.merge_button.setEnabled(True)
        self.retranslate()

    def preferences(self) -> dict[str, str]:
        return {field: str(box.currentData()) for field, box in self.choices.items()}

    def _merge(self) -> None:
        merge, keep, other, prefer = self.merge, self.keep, self.other, self.preferences()
        shown = self.plan
        self.merge_button.setEnabled(False)
        Op(self, lambda: merge.merge(keep, other, prefer, shown),
           lambda _result: Changes.of(*CLIENT_DATA, clients=(keep, other))) \
            .handle(LegalAidError, self._failed) \
            .success(lambda _result: self._done()).run()

    def _failed(self, error: LegalAidError) -> None:
        self.merge_button.setEnabled(True)
        report_error(self, error)
        if isinstance(error, ConflictError):  # changed meanwhile: show the files as they are now
            self.load()

    def _done(self) -> None:
        self.outcome.setText(self.tr("Merged: file #%1 is now part of #%2 and waits in the "
                                     "Bin, empty.").replace("%1", str(self.other))
                             .replace("%2", str(self.keep)))
        self.undo_button.show()
        self.undo_button.setEnabled(True)
        self.merged.emit(self.keep, self.other)

    def _undo(self) -> None:
        merge, keep, other = self.merge, self.keep, self.other
        self.undo_button.setEnabled(False)
        Op(self, lambda: merge.undo(keep),
           lambda _other: Changes.of(*CLIENT_DATA, clients=(keep, other))) \
            .success(lambda _other: self._undone()).run()

    def _undone(self) -> None:
        self.outcome.setText(self.tr("Undone: both files are back as they were."))
        self.undo_button.hide()
        self.merge_button.setEnabled(True)
        self.unmerged.emit(self.keep, self.other)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge two files"))
        self.title.setText(self.tr("Everything of file #%1 moves into file #%2; #%1 goes to "
                                   "the Bin.").replace("%1", str(self.other))
                           .replace("%2", str(self.keep)))
        if self.plan is None:
            self.moves.setText(self.tr("Reading both files…"))
        self.conflicts_label.setText(
            self.tr("The files differ in these fields: choose the value to keep.")
            if self.plan is not None and self.plan.conflicts else "")
        self.conflicts.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value to keep")])
        self.merge_button.setText(self.tr("&Merge"))
        self.undo_button.setText(self.tr("&Undo merge"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The Cases tab: the client's cases (type, status, opened/closed, outcome), each with its tasks
and deadlines; add and edit a case, add a task, mark a task done or not done, delete either.

A case against an employer, a landlord or an agency records that other party (name, kind, an
identifier such as a BIN) in the case dialog; "Check for conflicts" looks it up among the clients
and the parties of other cases, across scripts, and lists the matches before the case is saved."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.enums import CaseStatus
from legalaid.domain.records import CaseRecord, TaskRecord
from legalaid.gui.i18n import format_date
from legalaid.gui.ops import Op
from legalaid.gui.views.client_file.dialogs import (
    ItemDialog,
    Submit,
    combo,
    line_edit,
    not_connected,
    refill,
    select,
)
from legalaid.gui.views.client_file.tabs import button
from legalaid.gui.wizards.fields import DateField
from legalaid.services.parties import PARTY_KINDS, ConflictMatch

Party = tuple[str, str, str | None]  # name, kind, identifier
CheckParty = Callable[[str, str | None, int | None], Op[list[ConflictMatch]]]

KIND_ROLE = Qt.ItemDataRole.UserRole  # ("case" | "task", id)


def party_kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {"employer": QCoreApplication.translate("CasesTab", "employer"),
              "landlord": QCoreApplication.translate("CasesTab", "landlord"),
              "agency": QCoreApplication.translate("CasesTab", "agency"),
              "person": QCoreApplication.translate("CasesTab", "person"),
              "other": QCoreApplication.translate("CasesTab", "other")}
    return labels.get(kind, kind)


def case_status_label(status: CaseStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {CaseStatus.OPEN: QCoreApplication.translate("CasesTab", "open"),
              CaseStatus.PENDING: QCoreApplication.translate("CasesTab", "pending"),
              CaseStatus.CLOSED: QCoreApplication.translate("CasesTab", "closed")}
    return labels[status]


class CaseDialog(ItemDialog):
    """Type, status, dates and outcome of one case."""

    def __init__(self, submit: Submit, case: CaseRecord | None,
                 parent: QWidget | None = None, check_party: CheckParty | None = None) -> None:
        super().__init__("caseDialog", submit, parent)
        self._original = case
        self._check_party = check_party
        self.type, self.status = line_edit("caseType"), combo("caseStatus")
        self.opened = DateField("caseOpened", required=True)
        self.closed = DateField("caseClosed")
        self.outcome = line_edit("caseOutcome")
        self.party_name, self.party_kind = line_edit("partyName"), combo("partyKind")
        self.party_identifier = line_edit("partyIdentifier")
        self.check_button = QPushButton()
        self.check_button.setObjectName("checkConflicts")
        self.check_button.clicked.connect(self.check_conflicts)
        self.conflicts = QLabel(wordWrap=True)
        self.conflicts.setObjectName("partyConflicts")
        self.conflicts.setTextFormat(Qt.TextFormat.PlainText)
        self.matches: list[ConflictMatch] | None = None
        for key, widget in (("type", self.type), ("status", self.status),
                            ("opened", self.opened), ("closed", self.closed),
                            ("outcome", self.outcome), ("party_name", self.party_name),
                            ("party_kind", self.party_kind),
                            ("identifier", self.party_identifier)):
            self.add_field(key, widget)
        self.form.addRow(self.check_button, self.conflicts)
        self.finish_layout()
        self.retranslate()
        if case is not None:
            self.type.setText(case.type)
            select(self.status, case.status.value)
            self.opened.set_date(case.opened)
            self.closed.set_date(case.closed)
            self.outcome.setText(case.outcome or "")
        else:
            self.opened.set_date(dt.date.today())
        self.setMinimumWidth(420)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit case") if self._original else self.tr("Add case"))
        self.type.setPlaceholderText(self.tr("e.g. residence permit, deportation appeal"))
        self.set_labels((self.tr("&Type *"), self.tr("&Status"), self.tr("&Opened *"),
                         self.tr("&Closed"), self.tr("O&utcome"), self.tr("Other &party"),
                         self.tr("Party &kind"), self.tr("&BIN / IIN")))
        refill(self.status, [(case_status_label(s), s.value) for s in CaseStatus])
        refill(self.party_kind, [(party_kind_label(kind), kind) for kind in PARTY_KINDS])
        self.party_name.setPlaceholderText(self.tr("employer, landlord or agency the case is "
                                                   "against"))
        self.check_button.setText(self.tr("Check for &conflicts"))
        self._show_matches()

    @property
    def original(self) -> CaseRecord | None:
        """The case edited (None for a new one)."""
        return self._original

    def party(self) -> Party | None:
        """The other party typed in, or None."""
        name = self.party_name.text().strip()
        if not name:
            return None
        return (name, str(self.party_kind.currentData()),
                self.party_identifier.text().strip() or None)

    def check_conflicts(self) -> Op[list[ConflictMatch]] | None:
        """Look the other party up among the clients and the parties of other cases."""
        party = self.party()
        if party is None or self._check_party is None:
            return None
        self.check_button.setEnabled(False)
        case_id = self._original.id if self._original is not None else None
        return self._check_party(party[0], party[2], case_id) \
            .finally_(lambda: self.check_button.setEnabled(True)) \
            .success(self._found).run()

    def _found(self, matches: list[ConflictMatch]) -> None:
        self.matches = list(matches)
        self._show_matches()

    def _show_matches(self) -> None:
        if self.matches is None:
            self.conflicts.setText("")
        elif not self.matches:
            self.conflicts.setText(self.tr("No client or party on file matches."))
        else:
            lines = []
            for match in self.matches:
                if match.case_id is None:
                    where = self.tr("client #%1").replace("%1", str(match.client_id))
                else:
                    where = self.tr("%1 in case #%2 of client #%3") \
                        .replace("%1", party_kind_label(match.kind)) \
                        .replace("%2", str(match.case_id)).replace("%3", str(match.client_id))
                lines.append(f"{match.name} — {where}")
            self.conflicts.setText(self.tr("Possible conflict of interest:") + "\n"
                                   + "\n".join(lines))

    def case(self) -> CaseRecord:
        opened = self.opened.date()
        assert opened is not None
        fields = {"type": self.type.text().strip(), "opened": opened,
                  "status": CaseStatus(self.status.currentData()),
                  "closed": self.closed.date(), "outcome": self.outcome.text().strip() or None}
        if self._original is not None:
            return dataclasses.replace(self._original, **fields)  # type: ignore[arg-type]
        return CaseRecord(**fields)  # type: ignore[arg-type]


class TaskDialog(ItemDialog):
    """Title and due date of a task of a case."""

    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__("taskDialog", submit, parent)
        self.title = line_edit("taskTitle")
        self.due = DateField("taskDue", required=True)
        self.add_field("title", self.title)
        self.add_field("due", self.due)
        self.finish_layout()
        self.retranslate()
        self.setMinimumWidth(380)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add task"))
        self.set_labels((self.tr("&Task *"), self.tr("&Due on *")))

    def task(self) -> TaskRecord:
        due = self.due.date()
        assert due is not None
        return TaskRecord(self.title.text().strip(), due)


class CasesTab(QWidget):
    """Cases as a tree with their tasks below them."""

    delete_item = Signal(str, int)  # "case" | "task", id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("caseTree")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self._edit_or_toggle())
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.add_case_button, self.edit_button = button("addCase"), button("editCase")
        self.add_task_button, self.done_button = button("addTask"), button("taskDone")
        self.delete_button = button("deleteCaseItem")
        self.add_case_button.clicked.connect(lambda: self.open_case_dialog(None))
        self.edit_button.clicked.connect(self._edit_or_toggle)
        self.add_task_button.clicked.connect(self.open_task_dialog)
        self.done_button.clicked.connect(self.toggle_done)
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        for widget in (self.add_case_button, self.edit_button, self.add_task_button,
                       self.done_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._cases: list[CaseRecord] = []
        self.dialog: ItemDialog | None = None
        # Set by the page: the ops that save (a refusal is shown in the dialog).
        self.save_case: Callable[[CaseRecord], Op[Any]] = not_connected
        self.save_party: Callable[[int, str, str, str | None], Op[Any]] = not_connected
        self.check_party: CheckParty = not_connected
        self.save_task: Callable[[TaskRecord, int], Op[Any]] = not_connected
        self.set_task_done: Callable[[TaskRecord], object] = not_connected
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Case or task"), self.tr("Status"), self.tr("Opened"),
                                   self.tr("Due / closed"), self.tr("Outcome")])
        self.add_case_button.setText(self.tr("Add &case…"))
        self.edit_button.setText(self.tr("&Edit case…"))
        self.add_task_button.setText(self.tr("Add &task…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.show_cases(self._cases)

    def show_cases(self, cases: Sequence[CaseRecord]) -> None:
        selected = self.selected()
        self._cases = list(cases)
        self.tree.clear()
        for case in cases:
            item = QTreeWidgetItem([case.type, case_status_label(case.status),
                                    format_date(case.opened), format_date(case.closed),
                                    case.outcome or ""])
            item.setData(0, KIND_ROLE, ("case", case.id))
            for task in case.tasks:
                done = (self.tr("done %1").replace("%1", format_date(task.done)) if task.done
                        else self.tr("to do"))
                child = QTreeWidgetItem([task.title, done, "", format_date(task.due), ""])
                child.setData(0, KIND_ROLE, ("task", task.id))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()
        self._select(selected)
        self._enable()

    def selected(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, KIND_ROLE)

    def select(self, kind: str, item_id: int) -> None:
        self._select((kind, item_id))

    def _select(self, wanted: tuple[str, int] | None) -> None:
        if wanted is None:
            return
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            assert top is not None
            for item in (top, *(top.child(i) for i in range(top.childCount()))):
                if item is not None and tuple(item.data(0, KIND_ROLE)) == tuple(wanted):
                    self.tree.setCurrentItem(item)

    def _case(self, case_id: int) -> CaseRecord | None:
        return next((case for case in self._cases if case.id == case_id), None)

    def _task(self, task_id: int) -> TaskRecord | None:
        tasks = (task for case in self._cases for task in case.tasks)
        return next((task for task in tasks if task.id == task_id), None)

    def _case_of_selection(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        top = item.parent() or item
        kind, case_id = top.data(0, KIND_ROLE)
        return int(case_id) if kind == "case" else None

    def _enable(self) -> None:
        selected = self.selected()
        is_task = selected is not None and selected[0] == "task"
        task = self._task(selected[1]) if selected and is_task else None
        self.edit_button.setEnabled(selected is not None and not is_task)
        self.add_task_button.setEnabled(selected is not None)
        self.done_button.setEnabled(is_task)
        self.delete_button.setEnabled(selected is not None)
        self.done_button.setText(self.tr("Mark not d&one") if task and task.done
                                 else self.tr("Mark d&one"))

    def open_case_dialog(self, case: CaseRecord | None) -> None:
        dialog = CaseDialog(lambda: self.save_case(dialog.case()), case, self,
                            lambda name, identifier, case_id:
                            self.check_party(name, identifier, case_id))
        dialog.accepted.connect(lambda: self._save_party(dialog))
        self.dialog = dialog
        dialog.open()

    def _save_party(self, dialog: CaseDialog) -> None:
        """The case is saved: record its other party (a new case's id is the save's answer)."""
        party = dialog.party()
        saved = getattr(dialog, "saved", None)
        case_id = case.id if (case := dialog.original) is not None else saved
        if party is not None and isinstance(case_id, int):
            self.save_party(case_id, *party).run()

    def open_task_dialog(self) -> None:
        case_id = self._case_of_selection()
        if case_id is None:
            return
        dialog = TaskDialog(lambda: self.save_task(dialog.task(), case_id), self)
        self.dialog = dialog
        dialog.open()

    def _edit_or_toggle(self) -> None:
        selected = self.selected()
        if selected is None:
            return
        kind, item_id = selected
        if kind == "case" and (case := self._case(item_id)) is not None:
            self.open_case_dialog(case)
        elif kind == "task":
            self.toggle_done()

    def toggle_done(self) -> None:
        selected = self.selected()
        task = self._task(selected[1]) if selected and selected[0] == "task" else None
        if task is not None:
            self.set_task_done(dataclasses.replace(
                task, done=None if task.done else dt.date.today()))

    def _delete(self) -> None:
        selected = self.selected()
        if selected is not None:
            self.delete_item.emit(*selected)

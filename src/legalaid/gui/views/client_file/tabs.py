"""The simpler tabs of a client file: Profile, Documents, Cases, Family, Notes, Letters, History.

Each shows plain values from the services; document expiry is coloured at 90/30/7 days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.records import ClientRecord, DocumentRecord
from legalaid.gui.i18n import format_date
from legalaid.gui.labels import category_label, country_label, document_label
from legalaid.gui.wizards.fields import error_label, show_problem

EXPIRED_COLOUR = QColor("#c62828")
# (days left at most, colour): the alert steps of the settings, most urgent first.
EXPIRY_COLOURS = ((7, QColor("#e65100")), (30, QColor("#ef8f00")), (90, QColor("#c9a000")))


def expiry_colour(valid_until: dt.date | None, today: dt.date) -> QColor | None:
    """Red when expired, then orange to yellow within 7, 30 and 90 days; None beyond."""
    if valid_until is None:
        return None
    left = (valid_until - today).days
    if left < 0:
        return EXPIRED_COLOUR
    for limit, colour in EXPIRY_COLOURS:
        if left <= limit:
            return colour
    return None


def read_only_table(name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))


class ProfileTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)

    def show_record(self, record: ClientRecord) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        yes, no = self.tr("yes"), self.tr("no")
        rows = [
            (self.tr("Names"), "\n".join(name.full for name in record.names)),
            (self.tr("Date of birth"), format_date(record.date_of_birth)),
            (self.tr("Citizenship"), country_label(record.citizenship)),
            (self.tr("Category"), category_label(record.category)),
            (self.tr("Languages"), ", ".join(record.languages)),
            (self.tr("Phone"), record.phone or ""),
            (self.tr("Safe to contact"), yes if record.safe_to_contact else no),
            (self.tr("Address"), record.address or ""),
            (self.tr("IIN"), record.iin or ""),
            (self.tr("Lawyer"), record.lawyer or ""),
        ]
        for label, value in rows:
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label, field)


class DocumentsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = read_only_table("documentTable", [
            self.tr("Document"), self.tr("Number"), self.tr("Valid from"), self.tr("Valid until"),
            self.tr("Expires")])
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_documents(self, documents: Sequence[DocumentRecord], today: dt.date) -> None:
        ordered = sorted(documents, key=lambda d: d.valid_until or dt.date.max)
        fill(self.table, [(document_label(d.type), d.number or "", format_date(d.valid_from),
                           format_date(d.valid_until), self._left(d.valid_until, today))
                          for d in ordered])
        for row, document in enumerate(ordered):
            colour = expiry_colour(document.valid_until, today)
            if colour is not None:
                for column in (3, 4):
                    item = self.table.item(row, column)
                    assert item is not None
                    item.setBackground(colour)
                    item.setForeground(QColor("white"))

    def _left(self, until: dt.date | None, today: dt.date) -> str:
        if until is None:
            return ""
        left = (until - today).days
        if left < 0:
            return self.tr("expired %n day(s) ago", "", -left)
        return self.tr("in %n day(s)", "", left)


class CasesTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("caseTree")
        self.tree.setHeaderLabels([self.tr("Case or task"), self.tr("Status"), self.tr("Opened"),
                                   self.tr("Due / closed")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)

    def show_cases(self, record: ClientRecord) -> None:
        self.tree.clear()
        for case in record.cases:
            item = QTreeWidgetItem([case.type, str(case.status), format_date(case.opened),
                                    format_date(case.closed)])
            for task in case.tasks:
                done = self.tr("done %1").replace("%1", format_date(task.done)) if task.done \
                    else self.tr("open")
                item.addChild(QTreeWidgetItem([task.title, done, "", format_date(task.due)]))
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()


class FamilyTab(QWidget):
    open_client = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = read_only_table("familyTable", [self.tr("Relative"), self.tr("Relationship")])
        self.table.cellDoubleClicked.connect(self._open)
        self._ids: list[int] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Double-click a relative to open their file.")))
        layout.addWidget(self.table)

    def show_links(self, links: Sequence[tuple[int, str, str]]) -> None:
        self._ids = [link[0] for link in links]
        fill(self.table, [(name, relationship) for _, name, relationship in links])

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._ids):
            self.open_client.emit(self._ids[row])


class NotesTab(QWidget):
    add_note = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = read_only_table("noteTable", [self.tr("Written"), self.tr("By"),
                                                   self.tr("Note")])
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText(self.tr("New note…"))
        self.editor.setMaximumHeight(90)
        self.problem = error_label("noteProblem")
        self.add_button = QPushButton(self.tr("Add &note"))
        self.add_button.setObjectName("addNoteButton")
        self.add_button.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(self.editor, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)

    def show_notes(self, record: ClientRecord) -> None:
        fill(self.table, [(n.created.strftime("%d.%m.%Y %H:%M") if n.created else "",
                           n.author or "", n.text) for n in record.notes])

    def _add(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text:
            show_problem(self.problem, self.tr("Type the note first"))
            return
        show_problem(self.problem, "")
        self.add_note.emit(text)

    def note_saved(self) -> None:
        self.editor.clear()

    def note_refused(self, problem: str) -> None:
        show_problem(self.problem, problem)  # the text stays in the editor


class HistoryTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = read_only_table("historyTable", [self.tr("When"), self.tr("Who"),
                                                      self.tr("What"), self.tr("Fields")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_history(self, rows: Sequence[tuple[dt.datetime, str, str, str]]) -> None:
        fill(self.table, [(at.strftime("%d.%m.%Y %H:%M"), by, what, fields)
                          for at, by, what, fields in rows])


class LettersTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(self.tr("The letters register will list every letter sent for this "
                               "client. Letters are not available in this version yet."))
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addStretch(1)

"""The Notes tab: free-text notes, newest last; add below the list, edit in a dialog, delete
(undoable)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from legalaid.domain.records import NoteRecord
from legalaid.gui.ops import Op
from legalaid.gui.views.client_file.dialogs import ItemDialog, Submit, not_connected
from legalaid.gui.views.client_file.tabs import ItemTable
from legalaid.gui.wizards.fields import error_label, show_problem


class NoteDialog(ItemDialog):
    def __init__(self, submit: Submit, note: NoteRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__("noteDialog", submit, parent)
        self._original = note
        self.text = QPlainTextEdit(note.text)
        self.text.setObjectName("noteText")
        self.add_field("text", self.text)
        self.finish_layout()
        self.retranslate()
        self.resize(480, 260)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit note"))
        self.set_labels((self.tr("&Note"),))

    def note(self) -> NoteRecord:
        return dataclasses.replace(self._original, text=self.text.toPlainText().strip())


class NotesTab(QWidget):
    add_note = Signal(str)
    delete_note = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = ItemTable("noteTable", 3)
        self.table = self.items.table
        self.items.add_clicked.connect(self._add)
        self.items.edit_clicked.connect(self._edit)
        self.items.delete_clicked.connect(self.delete_note)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setMaximumHeight(90)
        self.problem = error_label("noteProblem")
        self.add_button = self.items.add_button
        row = QHBoxLayout()
        row.addWidget(self.editor, 1)
        # The Add button sits beside the editor rather than under the list.
        self.items.buttons.removeWidget(self.add_button)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.items, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self._notes: list[NoteRecord] = []
        self.dialog: NoteDialog | None = None
        # Set by the page: the op that saves an edited note.
        self.save_note: Callable[[NoteRecord], Op[Any]] = not_connected
        self.retranslate()

    def retranslate(self) -> None:
        self.editor.setPlaceholderText(self.tr("New note…"))
        self.items.set_texts([self.tr("Written"), self.tr("By"), self.tr("Note")],
                             self.tr("Add &note"), self.tr("&Edit note…"),
                             self.tr("&Delete note"))

    def show_notes(self, notes: Sequence[NoteRecord]) -> None:
        self._notes = list(notes)
        self.items.show_rows(
            [n.id or 0 for n in notes],
            [(n.created.strftime("%d.%m.%Y %H:%M") if n.created else "", n.author or "",
              n.text) for n in notes])

    def _add(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text:
            show_problem(self.problem, self.tr("Type the note first"))
            return
        show_problem(self.problem, "")
        self.add_note.emit(text)

    def _edit(self, note_id: int) -> None:
        note = next((n for n in self._notes if n.id == note_id), None)
        if note is not None:
            dialog = NoteDialog(lambda: self.save_note(dialog.note()), note, self)
            self.dialog = dialog
            dialog.open()

    def note_saved(self) -> None:
        self.editor.clear()

    def note_refused(self, problem: str) -> None:
        show_problem(self.problem, problem)  # the text stays in the editor

"""The spreadsheet import wizard: choose a file, map its columns, see the dry run, import.

The mapping step shows each column with the field it goes to (remembered for the file's layout,
or guessed from its name). The dry run lists every problem (row, column, value, reason) and
every likely duplicate; Import is possible only when there is no problem, and runs as an op
under a progress dialog whose Cancel rolls the whole import back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legalaid.errors import LegalAidError
from legalaid.gui.application import user_message
from legalaid.gui.changes import CLIENT_DATA, Changes
from legalaid.gui.file_dialogs import open_file
from legalaid.gui.ops import Op, Progress
from legalaid.gui.widgets import named
from legalaid.services.imports import ImportService


class ImportWizard(QDialog):
    """File -> mapping -> dry run -> import, in one dialog."""

    imported = Signal(int)

    def __init__(self, imports: ImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.imports = imports
        self.path: Path | None = None
        self.op: Op[Any] | None = None
        self.choose_button = named(QPushButton(self.tr("Choose a CSV or XLSX file…")),
                                   "chooseFile")
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.mapping = named(QTableWidget(0, 2), "importMapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Field")])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.check_button = named(QPushButton(self.tr("&Check (dry run)")), "dryRun")
        self.check_button.clicked.connect(self.dry_run)
        self.summary = named(QLabel(), "dryRunSummary")
        self.findings = named(QTableWidget(0, 4), "dryRunFindings")
        self.findings.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")])
        self.findings.horizontalHeader().setStretchLastSection(True)
        # what a row that may be a client on file becomes (a same passport needs a choice)
        self.duplicate_rows = named(QComboBox(), "duplicateRows")
        self.duplicate_rows.addItem(self.tr("Rows that may be a client on file: import as new"),
                                    "new")
        self.duplicate_rows.addItem(self.tr("Rows that may be a client on file: leave out"),
                                    "skip")
        self.duplicate_rows.addItem(
            self.tr("Rows that may be a client on file: add their names and papers to that file"),
            "merge")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = named(self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole), "runImport")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.choose_button, self.file_label, self.mapping, self.check_button,
                       self.summary, self.findings, self.duplicate_rows, self.buttons):
            layout.addWidget(widget)
        self.setWindowTitle(self.tr("Import clients from a spreadsheet"))
        self.resize(820, 640)

    def choose_file(self) -> None:
        chosen = open_file(self, self.tr("Spreadsheet to import"),
                           self.tr("Spreadsheets (*.xlsx *.csv)"))
        if chosen is not None:
            self.load(chosen)

    def load(self, path: Path) -> None:
        """Show the file's columns with their proposed fields."""
        layout = self.imports.layout(path)
        self.path = path
        self.file_label.setText(self.tr("%1: %n row(s)", "", int(layout.rows))
                                .replace("%1", path.name))
        self.mapping.setRowCount(len(layout.header))
        fields = self.imports.fields()
        for row, column in enumerate(layout.header):
            self.mapping.setItem(row, 0, QTableWidgetItem(column))
            box = QComboBox()
            box.addItem(self.tr("(do not import)"), "")
            for field in fields:
                box.addItem(field, field)
            box.setCurrentIndex(max(box.findData(layout.mapping.get(column, "")), 0))
            self.mapping.setCellWidget(row, 1, box)
        self.import_button.setEnabled(False)

    def chosen_mapping(self) -> dict[str, object]:
        mapping: dict[str, object] = {}
        for row in range(self.mapping.rowCount()):
            column = self.mapping.item(row, 0)
            box = self.mapping.cellWidget(row, 1)
            if column is not None and isinstance(box, QComboBox):
                mapping[column.text()] = str(box.currentData() or "")
        return mapping

    def dry_run(self) -> None:
        if self.path is None:
            return
        path, mapping = self.path, self.chosen_mapping()
        imports = self.imports
        Op(self, lambda: imports.dry_run(path, mapping)).success(self.show_report).run()

    def show_report(self, report: Any) -> None:
        rows = [(str(p.row), p.column, p.value, p.reason) for p in report.problems]
        translate = QCoreApplication.translate
        for match in report.duplicates:
            other = (translate("ImportWizard", "client %1").replace("%1", str(match.client_id))
                     if match.client_id is not None else
                     translate("ImportWizard", "row %1").replace("%1", str(match.other_row)))
            rows.append((str(match.row), "", "",
                         translate("ImportWizard", "may be the same person as %1").replace(
                             "%1", other)))
        self.findings.setRowCount(len(rows))
        for index, values in enumerate(rows):
            for column, value in enumerate(values):
                self.findings.setItem(index, column, QTableWidgetItem(value))
        self.summary.setText(
            self.tr("%1 rows: %2 with problems, %3 likely duplicates.")
            .replace("%1", str(report.rows)).replace("%2", str(len(report.problem_rows())))
            .replace("%3", str(len(report.duplicates))))
        self.import_button.setEnabled(report.ok and report.valid > 0)

    def run_import(self) -> None:
        if self.path is None:
            return
        path, mapping = self.path, self.chosen_mapping()
        imports = self.imports
        choice = self.duplicate_rows.currentData()

        def work(progress: Progress) -> Any:
            return imports.import_file(path, mapping, progress=progress.report,
                                       cancel=progress.cancelled,
                                       skip_duplicates=choice == "skip",
                                       merge_duplicates=choice == "merge")

        self.op = Op.tracked(self, work, Changes.of(*CLIENT_DATA)) \
            .with_dialog(self.tr("Importing…"), cancel=self.tr("Cancel"),
                         name="importProgress") \
            .handle(LegalAidError, lambda error: self.summary.setText(user_message(error))) \
            .success(self._imported).run()

    def _imported(self, report: Any) -> None:
        self.imported.emit(int(report.imported))
        self.summary.setText(self.tr("%n client(s) imported.", "", int(report.imported)))
        self.import_button.setEnabled(False)

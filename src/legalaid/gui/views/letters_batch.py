"""Batch letters from the Letters page: one template for the clients of a list filter, written into
one folder. The batch service runs in a worker thread; a QProgressDialog shows progress and its
Cancel stops between letters (files are renamed into place only when complete)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.enums import Status
from legalaid.domain.read_models import ClientQuery
from legalaid.gui.application import show_error
from legalaid.gui.backend import Desk
from legalaid.gui.i18n import current_language
from legalaid.gui.widgets import named
from legalaid.gui.wizards.letter import LANGUAGES, language_label
from legalaid.gui.wizards.letter_fields import FieldsForm
from legalaid.pdf.loader import find_template, load_templates
from legalaid.services.letters.batch import (
    BatchRequest,
    BatchSummary,
    consent_precheck,
    run_batch,
)

#: Client-list filters a batch can take its clients from.
GROUPS: dict[str, frozenset[Status]] = {
    "at_risk": frozenset({Status.AT_RISK}),
    "overstay": frozenset({Status.OVERSTAY}),
    "all": frozenset(),
}


class BatchWorker(QThread):
    progressed = Signal(int, int)
    finished_with = Signal(object)
    failed = Signal(object)

    def __init__(self, desk: Desk, request: BatchRequest, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.request = request
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            # Clients without the consent the template needs are skipped with that reason.
            purpose = find_template(self.request.template_id).consent
            summary = run_batch(self.desk.services.letters, self.request,
                                progress=self.progressed.emit, cancelled=self.stop.is_set,
                                precheck=consent_precheck(self.desk.services.consent, purpose))
        except Exception as error:  # shown through the one error dialog
            self.failed.emit(error)
        else:
            self.finished_with.emit(summary)


class BatchDialog(QDialog):
    """Choose template, language, clients and folder; then run with progress and a summary."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self.desk = desk
        self.worker: BatchWorker | None = None
        self.summary: BatchSummary | None = None
        language = current_language()
        self.template = named(QComboBox(), "batchTemplate")
        for template in load_templates():
            self.template.addItem(template.title.get(language, template.title["en"]), template.id)
        self.template.currentIndexChanged.connect(self._template_changed)
        self.language = named(QComboBox(), "batchLanguage")
        for code in LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.group = named(QComboBox(), "batchClients")
        for key, text in ((k, self._group_label(k)) for k in GROUPS):
            self.group.addItem(text, key)
        self.folder = named(QLineEdit(), "batchFolder")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.fields = named(FieldsForm(), "batchFields")
        form = QFormLayout()
        form.addRow(self.tr("Letter"), self.template)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Clients"), self.group)
        form.addRow(self.tr("Folder"), folder_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Produce letters"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Batch letters"))
        self._template_changed()

    def _group_label(self, key: str) -> str:
        return {"at_risk": self.tr("Clients at risk"), "overstay": self.tr("Clients in overstay"),
                "all": self.tr("All clients")}[key]

    def _template_changed(self) -> None:
        from legalaid.services.letters.compose import FieldState

        template = next(t for t in load_templates() if t.id == self.template.currentData())
        self.fields.show_fields([
            FieldState(s.name, s.type, s.required, s.source, s.label, s.choices, "", False)
            for s in template.fields if s.source is None
        ])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"))
        if folder:
            self.folder.setText(folder)

    def client_ids(self) -> list[int]:
        query = ClientQuery(statuses=GROUPS[str(self.group.currentData())])
        clients = self.desk.clients
        return [row.id for row in clients.list_rows(query, 0, clients.count(query))]

    def request(self) -> BatchRequest:
        return BatchRequest(
            template_id=str(self.template.currentData()), client_ids=self.client_ids(),
            language=str(self.language.currentData()), folder=Path(self.folder.text().strip()),
            fields=self.fields.values(),
        )

    def start(self) -> None:
        request = self.request()
        if not self.folder.text().strip() or not request.folder.is_dir():
            self.folder.setStyleSheet("border: 2px solid #c62828;")
            self.folder.setToolTip(self.tr("Choose an existing folder."))
            return
        progress = named(QProgressDialog(self.tr("Producing letters…"), self.tr("Cancel"), 0,
                                         max(1, len(request.client_ids)), self), "batchProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        worker = BatchWorker(self.desk, request, self)
        worker.progressed.connect(lambda done, total: progress.setValue(done))
        progress.canceled.connect(worker.stop.set)
        worker.finished_with.connect(lambda summary: self._done(summary, progress))
        worker.failed.connect(lambda error: self._failed(error, progress))
        self.progress = progress
        self.worker = worker
        worker.start()

    def _failed(self, error: BaseException, progress: QProgressDialog) -> None:
        progress.close()
        show_error(self, error)

    def _done(self, summary: BatchSummary, progress: QProgressDialog) -> None:
        progress.close()
        self.summary = summary
        lines = [self.tr("Produced: %1 of %2.").replace("%1", str(len(summary.produced)))
                 .replace("%2", str(summary.total))]
        if summary.cancelled:
            lines.append(self.tr("Cancelled before the end; every file written is complete."))
        if summary.skipped:
            lines.append(self.tr("Skipped: %1.").replace("%1", str(len(summary.skipped))))
            lines += [self.tr("Client %1: %2").replace("%1", str(s.client_id))
                      .replace("%2", f"{s.field}: {s.reason}" if s.field else s.reason)
                      for s in summary.skipped[:20]]
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Batch letters"),
                          "\n".join(lines), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("batchSummary")
        box.open()
        self.summary_box = box

"""Batch letters from the Letters page: one template for the clients of a list filter, written into
one folder. The batch runs as an op with a progress dialog whose Cancel stops between letters
(files are renamed into place only when complete)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.enums import Status
from legalaid.domain.read_models import ClientQuery
from legalaid.gui.changes import Changes, Kind
from legalaid.gui.file_dialogs import choose_folder
from legalaid.gui.i18n import current_language
from legalaid.gui.ops import Op, Progress
from legalaid.gui.widgets import named
from legalaid.gui.wizards.letter import LANGUAGES, language_label, without_cli_hint
from legalaid.gui.wizards.letter_fields import FieldsForm, field_label
from legalaid.services.clients import ClientService
from legalaid.services.consent import ConsentService
from legalaid.services.letters.batch import (
    BatchRequest,
    BatchSummary,
    consent_precheck,
    run_batch,
)
from legalaid.services.letters.register import LetterRegisterService

#: Client-list filters a batch can take its clients from.
GROUPS: dict[str, frozenset[Status]] = {
    "at_risk": frozenset({Status.AT_RISK}),
    "overstay": frozenset({Status.OVERSTAY}),
    "all": frozenset(),
}


def produce(letters: LetterRegisterService, consent: ConsentService, request: BatchRequest,
            progress: Progress) -> BatchSummary:
    """The batch (off the UI thread); clients without the consent the template needs are
    skipped with that reason."""
    purpose = letters.consent_needed(request.template_id)
    precheck = None if purpose is None else consent_precheck(consent, purpose)
    return run_batch(letters, request, progress=progress.report,
                     cancelled=progress.cancelled, precheck=precheck)


class BatchDialog(QDialog):
    """Choose template, language, clients and folder; then run with progress and a summary."""

    def __init__(self, letters: LetterRegisterService, clients: ClientService,
                 consent: ConsentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self.register, self.clients, self.consent = letters, clients, consent
        self.op: Op[BatchSummary] | None = None
        self.summary: BatchSummary | None = None
        self._names: dict[int, str] = {}
        language = current_language()
        self.template = named(QComboBox(), "batchTemplate")
        for template in letters.all_templates():
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

    def _skip_reason(self, field: str | None, reason: str, missing: tuple[str, ...] = ()
                     ) -> str:
        """Why a client was skipped, for the person reading it: fields by their labels (every
        one left empty at once), no command-line hint, no internal name."""
        reason = without_cli_hint(reason)
        if field is None and not missing:
            return reason
        template = next(t for t in self.register.all_templates()
                        if t.id == self.template.currentData())

        def label(name: str) -> str:
            spec = next((s for s in template.fields if s.name == name), None)
            return field_label(name, spec.source, spec.label) if spec else name

        if missing:
            return self.tr("no value for %1").replace("%1", ", ".join(map(label, missing)))
        assert field is not None
        return f"{label(field)}: {reason}"

    def _group_label(self, key: str) -> str:
        return {"at_risk": self.tr("Clients at risk"), "overstay": self.tr("Clients in overstay"),
                "all": self.tr("All clients")}[key]

    def _template_changed(self) -> None:
        from legalaid.services.letters.compose import FieldState

        template = next(t for t in self.register.all_templates()
                        if t.id == self.template.currentData())
        self.fields.show_fields([
            FieldState(s.name, s.type, s.required, s.source, s.label, s.choices, "", False,
                       choice_labels=s.choice_labels)  # the choices by label, not by value
            for s in template.fields if s.source is None
        ])

    def _choose_folder(self) -> None:
        folder = choose_folder(self, self.tr("Folder for the letters"))
        if folder is not None:
            self.folder.setText(str(folder))

    def client_ids(self) -> list[int]:
        query = ClientQuery(statuses=GROUPS[str(self.group.currentData())])
        clients = self.clients
        rows = clients.list_rows(query, 0, clients.count(query))
        self._names = {row.id: row.name for row in rows}  # the summary names whom it skipped
        return [row.id for row in rows]

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
        letters, consent = self.register, self.consent
        self.op = Op.tracked(self, lambda progress: produce(letters, consent, request, progress),
                             Changes.of(Kind.LETTERS, clients=request.client_ids)) \
            .with_dialog(self.tr("Producing letters…"), cancel=self.tr("Cancel"),
                         name="batchProgress") \
            .success(self._done).run()

    def _done(self, summary: BatchSummary) -> None:
        self.summary = summary
        lines = [self.tr("Produced: %1 of %2.").replace("%1", str(len(summary.produced)))
                 .replace("%2", str(summary.total))]
        if summary.cancelled:
            lines.append(self.tr("Cancelled before the end; every file written is complete."))
        if summary.skipped:
            lines.append(self.tr("Skipped: %1.").replace("%1", str(len(summary.skipped))))
            lines += [self.tr("Client %1: %2")
                      .replace("%1", self._names.get(s.client_id, str(s.client_id)))
                      .replace("%2", self._skip_reason(s.field, s.reason, s.missing))
                      for s in summary.skipped[:20]]
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Batch letters"),
                          "\n".join(lines), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("batchSummary")
        box.open()
        self.summary_box = box

""""New case from template": choose the kind of case and the trigger date, see the checklist and
the tasks with their due dates, then open the case (``case_templates.open_case_from_template``).

The Today page opens it with ``CaseTemplateDialog(case_templates, status, client_id, parent)``;
``case_opened(case_id, client_id)`` says when a case was created.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from legalaid.errors import LegalAidError
from legalaid.gui.application import user_message
from legalaid.gui.changes import Changes
from legalaid.gui.i18n import current_language, format_date, parse_date
from legalaid.gui.ops import Op
from legalaid.gui.widgets import named
from legalaid.services.case_templates import CaseTemplateService, case_from_template
from legalaid.services.status import StatusService


class CaseTemplateDialog(QDialog):
    """A small form; the preview shows what will be created before anything is saved."""

    case_opened = Signal(int, int)  # case id, client id

    def __init__(self, case_templates: CaseTemplateService, status: StatusService,
                 client_id: int | None, parent: QWidget | None = None,
                 clock: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("caseTemplateDialog")
        self.case_templates, self.status, self.clock = case_templates, status, clock
        self.templates = case_templates.case_templates()
        self.setWindowTitle(self.tr("New case from template"))
        self.client = named(QSpinBox(), "templateClient")
        self.client.setRange(1, 2_000_000_000)
        if client_id is not None:
            self.client.setValue(client_id)
        self.kind = named(QComboBox(), "templateKind")
        language = current_language()
        for template in self.templates:
            self.kind.addItem(template.title(language), template.id)
        self.trigger_label = QLabel()
        self.trigger = named(QLineEdit(format_date(self.clock())), "templateTrigger")
        self.preview = named(QListWidget(), "templatePreview")
        self.problem = named(QLabel(), "templateProblem")
        self.problem.setStyleSheet("color: #c62828;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Client number"), self.client)
        form.addRow(self.tr("Kind of case"), self.kind)
        form.addRow(self.trigger_label, self.trigger)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Documents to collect and tasks:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.trigger.textChanged.connect(lambda _t: self.update_preview())
        self.resize(620, 480)
        self.update_preview()

    def update_preview(self) -> None:
        self.preview.clear()
        if not self.templates:
            return
        template = self.templates[max(self.kind.currentIndex(), 0)]
        language = current_language()
        self.trigger_label.setText(template.trigger.get(language) or template.trigger["en"])
        day = parse_date(self.trigger.text())
        self.problem.setText("" if day else self.tr("Type the date as dd.mm.yyyy."))
        if day is None:
            return
        case = case_from_template(template, day, self.clock(),
                                  self.status.rulebook(), language)
        for task in case.tasks:
            rule = f"  [{task.source_rule}]" if task.source_rule else ""
            self.preview.addItem(f"{format_date(task.due)}  {task.title}{rule}")

    def accept(self) -> None:
        day = parse_date(self.trigger.text())
        if day is None or not self.templates:
            self.problem.setText(self.tr("Type the date as dd.mm.yyyy."))
            return
        template = self.templates[max(self.kind.currentIndex(), 0)]
        client_id, language, opened = self.client.value(), current_language(), self.clock()
        templates = self.case_templates
        Op(self, lambda: templates.open_case_from_template(client_id, template.id, day,
                                                          language=language, opened=opened),
           Changes.client(client_id)) \
            .handle(LegalAidError, lambda error: self.problem.setText(user_message(error))) \
            .success(lambda case_id: self._opened(case_id, client_id)).run()

    def _opened(self, case_id: int, client_id: int) -> None:
        self.case_opened.emit(case_id, client_id)
        super().accept()

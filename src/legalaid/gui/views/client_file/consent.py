"""The Consent tab of a client file, and the tabs a role may not open.

One row per purpose (legal aid, referral to partners, anonymous reporting): whether consent is in
force, since when, who recorded it, and any withdrawal. Record and Withdraw act on the selected
purpose, dated today; the services keep who did it and write the audit entry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from legalaid.errors import LegalAidError
from legalaid.gui.application import user_message
from legalaid.gui.changes import Changes, Kind
from legalaid.gui.i18n import format_date
from legalaid.gui.ops import Op
from legalaid.gui.permissions import Permissions
from legalaid.gui.views.client_file.tabs import button, fill, read_only_table
from legalaid.gui.widgets import named
from legalaid.services.consent import ConsentRow, ConsentService, Purpose
from legalaid.services.roles import Action

PURPOSES = (Purpose.LEGAL_AID, Purpose.REFERRAL, Purpose.REPORTING)


def purpose_label(purpose: Purpose) -> str:
    translate = QCoreApplication.translate
    return {
        Purpose.LEGAL_AID: translate("ConsentTab", "Legal aid"),
        Purpose.REFERRAL: translate("ConsentTab", "Referral to partners"),
        Purpose.REPORTING: translate("ConsentTab", "Anonymous reporting"),
    }[purpose]


def restrict_tabs(tabs: QTabWidget, permissions: Permissions, casework: Sequence[QWidget],
                  locked: bool = False) -> None:
    """Cases, notes and letters tabs disabled, with the reason as tooltip, for intake staff and
    for an account that holds no key to the file's encrypted casework (``locked``)."""
    reason = permissions.reason(Action.VIEW_CASES)
    if locked:
        reason = " ".join(part for part in (reason, QCoreApplication.translate(
            "ConsentTab", "Casework is encrypted for lawyers, supervisors and administrators; "
            "this account holds no key to it.")) if part)
    for tab in casework:
        index = tabs.indexOf(tab)
        tabs.setTabEnabled(index, not reason)
        tabs.setTabToolTip(index, reason)


class ConsentTab(QWidget):
    """Consent per purpose with Record and Withdraw buttons."""

    def __init__(self, consent: ConsentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._consent = consent
        self.client_id = 0  # set by show_client()
        self.table = read_only_table("consentTable", 4)
        self.table.setRowCount(len(PURPOSES))
        self.record_button = button("recordConsent")
        self.withdraw_button = button("withdrawConsent")
        self.record_button.clicked.connect(self.record_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.message = named(QLabel(wordWrap=True), "consentMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self._rows: list[ConsentRow] = []
        self._loaded = False  # read when first shown: opening a file need not wait for it
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def show_client(self, client_id: int) -> None:
        """Another client's consents: read now if the tab is in view, else when it is shown."""
        self.client_id = client_id
        self._rows, self._loaded = [], False
        if self.isVisible():
            self.reload()
        else:
            self._show()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Purpose"), self.tr("Consent"), self.tr("Recorded by"),
             self.tr("Withdrawn")])
        self.record_button.setText(self.tr("&Record consent"))
        self.withdraw_button.setText(self.tr("&Withdraw consent"))
        self._show()

    def reload(self) -> None:
        self._rows = self._consent.consents(self.client_id)
        self._loaded = True
        self._show()

    def _latest(self, purpose: Purpose) -> ConsentRow | None:
        return next((row for row in self._rows if row.purpose == purpose.value), None)

    def _show(self) -> None:
        selected = self.table.currentRow()
        rows = []
        for purpose in PURPOSES:
            latest = self._latest(purpose)
            if latest is None:
                rows.append((purpose_label(purpose), self.tr("Not recorded"), "", ""))
                continue
            withdrawn = "" if latest.withdrawn_on is None else self.tr("%1 by %2").replace(
                "%1", format_date(latest.withdrawn_on)).replace("%2", latest.withdrawn_by or "")
            given = (self.tr("Given on %1") if latest.withdrawn_on is None
                     else self.tr("Was given on %1")).replace("%1", format_date(latest.given_on))
            rows.append((purpose_label(purpose), given, latest.recorded_by or "", withdrawn))
        fill(self.table, rows)
        if selected >= 0:
            self.table.selectRow(selected)
        self._update_buttons()

    def selected_purpose(self) -> Purpose | None:
        row = self.table.currentRow()
        return PURPOSES[row] if 0 <= row < len(PURPOSES) and self.table.selectedItems() else None

    def _update_buttons(self) -> None:
        purpose = self.selected_purpose()
        latest = self._latest(purpose) if purpose else None
        standing = latest is not None and latest.withdrawn_on is None
        self.record_button.setEnabled(purpose is not None and not standing)
        self.withdraw_button.setEnabled(standing)

    def record_selected(self) -> None:
        self._act(lambda purpose: self._consent.record_consent(self.client_id, purpose))

    def withdraw_selected(self) -> None:
        self._act(lambda purpose: self._consent.withdraw_consent(self.client_id, purpose))

    def _act(self, action: Callable[[Purpose], object]) -> None:
        purpose = self.selected_purpose()
        if purpose is None:
            return
        Op(self, lambda: action(purpose), Changes.client(self.client_id, Kind.LIST_ROWS)) \
            .handle(LegalAidError, lambda error: self.message.setText(user_message(error))) \
            .success(lambda _result: self._acted()).run()

    def _acted(self) -> None:
        self.message.setText("")
        self.reload()

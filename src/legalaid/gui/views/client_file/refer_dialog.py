"""The Refer dialog: the directory's services ranked by fit for this client (category, region,
language, age, sex), each with its reasons; the lawyer picks one, says why and how urgent, and
the referral is recorded (the client's consent to referral is needed, or a supervisor's reason).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.partners import Reason, Suggestion
from legalaid.gui.changes import Changes, Kind
from legalaid.gui.i18n import current_language
from legalaid.gui.labels import category_label
from legalaid.gui.ops import Op
from legalaid.gui.widgets import named
from legalaid.services.referrals import ReferralService


def kind_label(kind: str | None) -> str:
    translate = QCoreApplication.translate
    return {
        "shelter": translate("Referrals", "shelter"),
        "medical": translate("Referrals", "medical care"),
        "legal": translate("Referrals", "legal aid"),
        "psychosocial": translate("Referrals", "psychosocial support"),
        "unhcr_partner": translate("Referrals", "UNHCR partner"),
        "state_body": translate("Referrals", "state body"),
        "other": translate("Referrals", "other"),
    }.get(kind or "", kind or "")


def reason_text(reason: Reason) -> str:
    """One reason, in the interface language: ✓ for, ✗ against."""
    translate = QCoreApplication.translate
    value = reason.value
    texts = {
        ("category", True): translate("Referrals", "serves %1"),
        ("category", False): translate("Referrals", "does not serve %1"),
        ("region", True): translate("Referrals", "works in the client's region"),
        ("region", False): translate("Referrals", "not in the client's region"),
        ("language", True): translate("Referrals", "speaks %1"),
        ("language", False): translate("Referrals", "does not speak %1"),
        ("age", True): translate("Referrals", "age fits"),
        ("age", False): translate("Referrals", "age outside its range"),
        ("sex", True): translate("Referrals", "for this sex"),
        ("sex", False): translate("Referrals", "not for this sex"),
    }
    shown = category_label(value) if reason.code == "category" else value.replace(",", ", ")
    return ("✓ " if reason.fits else "✗ ") + texts[(reason.code, reason.fits)].replace(
        "%1", shown)


class ReferDialog(QDialog):
    """``referred`` carries the new referral's id once it is recorded."""

    referred = Signal(int)

    def __init__(self, referrals: ReferralService, client_id: int, *, has_consent: bool,
                 may_override: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referDialog")
        self.referrals = referrals
        self.client_id = client_id
        self.has_consent = has_consent
        self.may_override = may_override
        self.suggestions: list[Suggestion] = []
        self.table = named(QTableWidget(0, 4), "referSuggestions")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.currentCellChanged.connect(lambda *_: self._update_button())
        self.reason = named(QLineEdit(), "referReason")
        self.urgent = named(QCheckBox(), "referUrgent")
        self.override = named(QLineEdit(), "referOverride")
        self.consent_note = named(QLabel(), "referConsentNote")
        self.consent_note.setWordWrap(True)
        self.consent_note.setStyleSheet("color: #b71c1c;")
        self.reason_label, self.override_label = QLabel(), QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.reason_label, self.reason)
        self.form.addRow(self.urgent)
        self.form.addRow(self.override_label, self.override)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.refer)
        self.buttons.rejected.connect(self.reject)
        self.override.textChanged.connect(lambda _t: self._update_button())
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.consent_note)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(820, 520)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Refer client #%1").replace("%1", str(self.client_id)))
        self.intro.setText(self.tr("Services of the partner directory, best fit first. "
                                   "Choose one and say why the client is referred."))
        self.table.setHorizontalHeaderLabels([self.tr("Partner"), self.tr("Service"),
                                              self.tr("Fit"), self.tr("Why")])
        self.reason_label.setText(self.tr("Reason"))
        self.urgent.setText(self.tr("Urgent (answer due in 1 day)"))
        self.override_label.setText(self.tr("Supervisor's reason to refer without consent"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Refer"))
        self.consent_note.setText(
            self.tr("The client has not consented to referral: record the consent first, or a "
                    "supervisor gives a reason.") if not self.has_consent else "")
        self.consent_note.setVisible(not self.has_consent)
        self.override.setVisible(not self.has_consent and self.may_override)
        self.override_label.setVisible(not self.has_consent and self.may_override)

    def load(self) -> None:
        client_id, referrals = self.client_id, self.referrals
        Op(self, lambda: referrals.suggest(client_id)).success(self.show_suggestions).run()

    def show_suggestions(self, suggestions: list[Suggestion]) -> None:
        self.suggestions = suggestions
        language = current_language()
        self.table.setRowCount(len(suggestions))
        for row, found in enumerate(suggestions):
            why = "; ".join(reason_text(reason) for reason in found.reasons)
            fit = str(found.score) if found.eligible else self.tr("not eligible")
            cells = (found.partner.name(language), kind_label(found.service.kind), fit, why)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row)
                item.setToolTip(why if column == 3 else text)
                if not found.eligible:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if suggestions:
            self.table.selectRow(0)
        self._update_button()

    def chosen(self) -> Suggestion | None:
        row = self.table.currentRow()
        return self.suggestions[row] if 0 <= row < len(self.suggestions) else None

    def _update_button(self) -> None:
        allowed = self.has_consent or (self.may_override and bool(self.override.text().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.chosen() is not None and allowed)

    def refer(self) -> None:
        found = self.chosen()
        if found is None:
            return
        client_id, referrals = self.client_id, self.referrals
        uid, kind = found.partner.uid, found.service.kind
        reason, urgent = self.reason.text().strip() or None, self.urgent.isChecked()
        override = None if self.has_consent else self.override.text().strip() or None
        Op(self, lambda: referrals.create(client_id, uid, kind, reason, urgent, override),
           Changes.client(client_id, Kind.REFERRALS)).success(self._done).run()

    def _done(self, referral_id: int) -> None:
        self.referred.emit(referral_id)
        self.accept()

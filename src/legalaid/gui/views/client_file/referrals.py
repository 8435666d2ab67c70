"""The Referrals tab of the client file: the client's referrals (to partners and from them), the
dated steps of the one chosen, "Refer…", the next step, the referral form and the packet."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.partners import NEXT, ReferralState
from legalaid.gui.changes import Changes, Kind
from legalaid.gui.file_dialogs import save_file
from legalaid.gui.i18n import current_language, format_date
from legalaid.gui.ops import Op
from legalaid.gui.permissions import Permissions
from legalaid.gui.views.client_file.letters_tab import open_stored
from legalaid.gui.views.client_file.refer_dialog import ReferDialog, kind_label
from legalaid.gui.widgets import named
from legalaid.output_file import write_output
from legalaid.services.consent import ConsentService
from legalaid.services.referrals import (
    DEFAULT_PACKET_FIELDS,
    PACKET_FIELDS,
    ReferralRow,
    ReferralService,
    StepRow,
)
from legalaid.services.roles import Action

if TYPE_CHECKING:
    from legalaid.gui.backend import FileServices


def status_text(status: str) -> str:
    translate = QCoreApplication.translate
    return {
        "sent": translate("Referrals", "sent"),
        "acknowledged": translate("Referrals", "acknowledged"),
        "accepted": translate("Referrals", "accepted"),
        "declined": translate("Referrals", "declined"),
        "provided": translate("Referrals", "service provided"),
        "not_attended": translate("Referrals", "client did not attend"),
        "closed": translate("Referrals", "closed"),
    }.get(status, status)


class StepDialog(QDialog):
    """The next step of a referral: the statuses its course allows, and why."""

    def __init__(self, row: ReferralRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralStep")
        self.setWindowTitle(self.tr("Referral to %1").replace("%1", row.partner))
        self.status = named(QComboBox(), "referralNextStatus")
        for state in sorted(NEXT[ReferralState(row.status)], key=list(ReferralState).index):
            self.status.addItem(status_text(state.value), state.value)
        self.reason = named(QLineEdit(), "referralStepReason")
        form = QFormLayout(self)
        form.addRow(self.tr("New status"), self.status)
        form.addRow(self.tr("Reason (required when declined)"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def field_label(name: str) -> str:
    translate = QCoreApplication.translate
    return {
        "names": translate("Referrals", "names"), "sex": translate("Referrals", "sex"),
        "date_of_birth": translate("Referrals", "date of birth"),
        "citizenship": translate("Referrals", "citizenship"),
        "category": translate("Referrals", "category"),
        "languages": translate("Referrals", "languages"),
        "documents": translate("Referrals", "documents"), "phone": translate("Referrals", "phone"),
        "address": translate("Referrals", "address"), "trips": translate("Referrals", "trips"),
        "events": translate("Referrals", "events"),
    }.get(name, name)


class PacketDialog(QDialog):
    """What the packet will carry, shown before it is written: the parts of the file chosen
    (the names always), and the referral or the answer."""

    def __init__(self, referrals: ReferralService, row: ReferralRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packetDialog")
        self.referrals, self.row = referrals, row
        self.setWindowTitle(self.tr("Packet for %1").replace("%1", row.partner))
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        if row.direction == "outgoing":
            for index, name in enumerate(PACKET_FIELDS):
                box = named(QCheckBox(field_label(name)), f"packetField_{name}")
                box.setChecked(name in DEFAULT_PACKET_FIELDS)
                box.setEnabled(name != "names")
                box.toggled.connect(lambda _on: self.load())
                self.boxes[name] = box
                grid.addWidget(box, index // 4, index % 4)
        self.preview = named(QPlainTextEdit(), "packetPreview")
        self.preview.setReadOnly(True)
        self.note = QLabel(self.tr("Encrypted to the partner's key and signed by this office; "
                                   "only the partner can open it. No password goes with it."))
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(640, 520)
        self.load()

    def fields(self) -> tuple[str, ...]:
        return tuple(name for name, box in self.boxes.items() if box.isChecked())

    def load(self) -> None:
        referrals, referral_id, fields = self.referrals, self.row.id, self.fields()
        Op(self, lambda: referrals.packet_preview(referral_id, fields or DEFAULT_PACKET_FIELDS)) \
            .success(self.show_preview).run()

    def show_preview(self, payload: dict[str, Any]) -> None:
        shown = {key: value for key, value in payload.items()
                 if key in ("referral", "answer", "client")}
        self.preview.setPlainText(json.dumps(shown, ensure_ascii=False, indent=2))


class ReferralsTab(QWidget):
    """Read when first shown for a client, and again after any change to referrals."""

    def __init__(self, referrals: ReferralService, consent: ConsentService,
                 permissions: Permissions, print_form: Callable[[int], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.referrals = referrals
        self.consent = consent
        self.permissions = permissions
        self.print_form = print_form
        self.client_id = 0
        self.rows: list[ReferralRow] = []
        self._loaded = False
        self.table = named(QTableWidget(0, 6), "clientReferrals")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.currentCellChanged.connect(lambda *_: self.show_steps())
        self.steps = named(QListWidget(), "referralSteps")
        self.steps_title = QLabel()
        self.refer_button = named(QPushButton(), "referButton")
        self.refer_button.clicked.connect(self.refer)
        self.step_button = named(QPushButton(), "referralStepButton")
        self.step_button.clicked.connect(self.next_step)
        self.form_button = named(QPushButton(), "referralFormButton")
        self.form_button.clicked.connect(self._print)
        self.packet_button = named(QPushButton(), "referralPacketButton")
        self.packet_button.clicked.connect(self.export_packet)
        buttons = QHBoxLayout()
        for button in (self.refer_button, self.step_button, self.form_button,
                       self.packet_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.steps_title)
        layout.addWidget(self.steps, 1)
        self.dialog: QDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.refer_button.setText(self.tr("&Refer…"))
        self.step_button.setText(self.tr("Next &step…"))
        self.form_button.setText(self.tr("Print &form"))
        self.packet_button.setText(self.tr("Save &packet…"))
        self.steps_title.setText(self.tr("History of the chosen referral"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Partner"), self.tr("Service"), self.tr("Sent"), self.tr("Status"),
            self.tr("Answer due"), self.tr("Reason")])
        if self.rows:
            self.show_rows(self.rows)

    def show_client(self, client_id: int) -> None:
        self.client_id = client_id
        self.rows = []
        self.table.setRowCount(0)
        self.steps.clear()
        self.refresh()

    def refresh(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._loaded = True
        client_id, referrals = self.client_id, self.referrals
        Op(self, lambda: referrals.of_client(client_id)).quietly() \
            .success(lambda rows: self.show_rows(rows) if client_id == self.client_id else None) \
            .run()

    def show_rows(self, rows: list[ReferralRow]) -> None:
        chosen = self.current()
        self.rows = rows
        language = current_language()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            direction = "← " if row.direction == "incoming" else ""
            cells = (direction + row.partner_in(language), kind_label(row.service_kind),
                     format_date(row.date),
                     status_text(row.status) + (f", {format_date(row.status_on)}"
                                                if row.status_on else ""),
                     format_date(row.feedback_due) if row.feedback_due else "",
                     row.reason or "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        ids = [row.id for row in rows]
        if rows:
            self.table.selectRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        self.show_steps()

    def current(self) -> ReferralRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def show_steps(self) -> None:
        row = self.current()
        writable = self.permissions.may(Action.LETTERS)
        self.step_button.setEnabled(row is not None and writable
                                    and bool(NEXT[ReferralState(row.status)]))
        self.form_button.setEnabled(row is not None and writable
                                    and row.direction == "outgoing")
        self.packet_button.setEnabled(row is not None and writable)
        self.refer_button.setEnabled(writable)
        if row is None:
            self.steps.clear()
            return
        referral_id, referrals = row.id, self.referrals
        Op(self, lambda: referrals.steps(referral_id)).quietly() \
            .success(lambda steps: self._show_steps(referral_id, steps)).run()

    def _show_steps(self, referral_id: int, steps: list[StepRow]) -> None:
        current = self.current()
        if current is None or current.id != referral_id:
            return
        self.steps.clear()
        for step in steps:
            text = f"{format_date(step.on)}  {status_text(step.status)}"
            text += f" — {step.reason}" if step.reason else ""
            text += f"  ({step.by})" if step.by else ""
            self.steps.addItem(text)

    # -- actions ---------------------------------------------------------------------------------
    def refer(self) -> None:
        has_consent = self.consent.has_consent(self.client_id, "referral")
        dialog = ReferDialog(self.referrals, self.client_id, has_consent=has_consent,
                             may_override=self.permissions.may(Action.OVERRIDE_CONSENT),
                             parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def next_step(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = StepDialog(row, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.take_step(
            row.id, str(dialog.status.currentData()), dialog.reason.text().strip() or None))
        dialog.open()

    def take_step(self, referral_id: int, status: str, reason: str | None) -> None:
        referrals, client_id = self.referrals, self.client_id
        Op(self, lambda: referrals.update_status(referral_id, status, reason),
           Changes.client(client_id, Kind.REFERRALS)).run()

    def _print(self) -> None:
        row = self.current()
        if row is not None and self.print_form is not None:
            self.print_form(row.id)

    def export_packet(self, path: Path | None = None,
                      fields: tuple[str, ...] | None = None) -> None:
        """Show what the packet carries; on Save, ask where and write it."""
        row = self.current()
        if row is None:
            return
        if fields is None:
            dialog = PacketDialog(self.referrals, row, self)
            self.dialog = dialog
            dialog.accepted.connect(lambda: self.export_packet(path, dialog.fields()))
            dialog.open()
            return
        if path is None:
            path = save_file(self, self.tr("Save the packet for the partner"),
                             f"referral-{row.id}.lapacket",
                             self.tr("LegalAid packets (*.lapacket)"))
            if path is None:
                return
        referral_id, referrals, target = row.id, self.referrals, path
        chosen_fields = fields or DEFAULT_PACKET_FIELDS
        Op(self, lambda: write_output(target, referrals.export_packet(referral_id,
                                                                      chosen_fields),
                                      "packet")).run()


def print_referral_form(services: FileServices, referral_id: int, parent: QWidget) -> None:
    """Register the referral's form as a letter and show it, ready to print."""
    referrals, letters, language = services.referrals, services.letters, current_language()
    Op(parent, lambda: letters.save(referrals.form_request(referral_id, language)),
       Changes.of(Kind.LETTERS)) \
        .success(lambda saved: open_stored(letters, saved.letter.id, parent)).run()

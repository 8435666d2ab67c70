"""The Partners page: the partner directory (name, kind, regions, languages, who is eligible, how
to send, the short fingerprint of a partner's keys), edited by supervisors; and this office's own
identity to give partners (``partners me``), with its fingerprint to read out by phone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.enums import Category
from legalaid.domain.partners import Partner, PartnerKind, SendBy, partner_json
from legalaid.errors import ValidationError
from legalaid.gui import header_fit
from legalaid.gui.changes import CLIENT_DATA, Changes, Kind, Refresher
from legalaid.gui.file_dialogs import open_file
from legalaid.gui.i18n import current_language
from legalaid.gui.labels import category_label
from legalaid.gui.ops import Op
from legalaid.gui.permissions import Permissions
from legalaid.gui.views.client_file.refer_dialog import kind_label
from legalaid.gui.views.client_file.referrals import status_text
from legalaid.gui.widgets import named
from legalaid.services.partners import PartnerDirectory
from legalaid.services.referrals import ImportResult, ReferralService
from legalaid.services.roles import Action

COLUMNS = 7
MAX_PACKET_BYTES = 64 * 1024 * 1024


def read_packet(path: Path) -> bytes:
    """A packet file's bytes (a file larger than any packet is refused by the import)."""
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_PACKET_BYTES + 1)
    except OSError as error:
        raise ValidationError("FILE", f"cannot read {path.name}: {error.strerror}") from None
MAX_WIDTH = 260


def send_label(send_by: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {"paper": QCoreApplication.translate("PartnersPage", "paper form"),
            "email": QCoreApplication.translate("PartnersPage", "e-mail"),
            "packet": QCoreApplication.translate("PartnersPage", "LegalAid packet")
            }.get(send_by, send_by)


def _codes(text: str) -> list[str]:
    return [part.strip().lower() for part in text.split(",") if part.strip()]


class PartnerDialog(QDialog):
    """One partner's fields (its first service's eligibility); keys pasted as ``partners me``
    JSON from the partner."""

    def __init__(self, partner: Partner | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerDialog")
        self.partner = partner
        self.names = {language: named(QLineEdit(), f"partnerName_{language}")
                      for language in ("kk", "ru", "en")}
        self.kind = named(QComboBox(), "partnerKind")
        for kind in PartnerKind:
            self.kind.addItem(kind_label(kind.value), kind.value)
        self.regions = named(QLineEdit(), "partnerRegions")
        self.languages = named(QLineEdit(), "partnerLanguages")
        self.contacts = named(QLineEdit(), "partnerContacts")
        self.send_by = named(QComboBox(), "partnerSendBy")
        for send in SendBy:
            self.send_by.addItem(send_label(send.value), send.value)
        self.category = named(QComboBox(), "partnerCategory")
        self.category.addItem(self.tr("anyone"), "")
        for category in Category:
            self.category.addItem(category_label(category), category.value)
        self.sex = named(QComboBox(), "partnerSex")
        for label, value in ((self.tr("anyone"), ""), (self.tr("women"), "F"),
                             (self.tr("men"), "M")):
            self.sex.addItem(label, value)
        self.age_min, self.age_max = named(QSpinBox(), "partnerAgeMin"), named(QSpinBox(),
                                                                              "partnerAgeMax")
        for box in (self.age_min, self.age_max):
            box.setRange(0, 130)
            box.setSpecialValueText(self.tr("no limit"))
        self.capacity = named(QLineEdit(), "partnerCapacity")
        self.keys = named(QPlainTextEdit(), "partnerKeys")
        self.keys.setPlaceholderText(self.tr("Paste the partner's identity (legalaid partners "
                                             "me --json) to receive packets from it"))
        self.keys.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Name (Kazakh)"), self.names["kk"])
        form.addRow(self.tr("Name (Russian)"), self.names["ru"])
        form.addRow(self.tr("Name (English)"), self.names["en"])
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Regions (e.g. almaty, astana)"), self.regions)
        form.addRow(self.tr("Languages (e.g. kk, ru, uz)"), self.languages)
        form.addRow(self.tr("Contacts"), self.contacts)
        form.addRow(self.tr("How to send"), self.send_by)
        form.addRow(self.tr("For clients who are"), self.category)
        form.addRow(self.tr("Sex"), self.sex)
        ages = QHBoxLayout()
        ages.addWidget(self.age_min)
        ages.addWidget(QLabel("–"))
        ages.addWidget(self.age_max)
        form.addRow(self.tr("Age"), ages)
        form.addRow(self.tr("Capacity"), self.capacity)
        form.addRow(self.tr("Keys"), self.keys)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Partner") if partner is None else partner.name())
        if partner is not None:
            self._show(partner)

    def _show(self, partner: Partner) -> None:
        for language, edit in self.names.items():
            edit.setText(partner.names.get(language, ""))
        self.kind.setCurrentIndex(max(self.kind.findData(partner.kind), 0))
        self.regions.setText(", ".join(partner.regions))
        self.languages.setText(", ".join(partner.languages))
        self.contacts.setText(partner.contacts or "")
        self.send_by.setCurrentIndex(max(self.send_by.findData(partner.send_by), 0))
        offer = partner.services[0] if partner.services else None
        if offer is not None:
            first = offer.categories[0] if offer.categories else ""
            self.category.setCurrentIndex(max(self.category.findData(first), 0))
            self.sex.setCurrentIndex(max(self.sex.findData(offer.sex or ""), 0))
            self.age_min.setValue(offer.age_min or 0)
            self.age_max.setValue(offer.age_max or 0)
            self.capacity.setText(offer.capacity or "")
        if partner.age_public:
            self.keys.setPlainText(json.dumps({"age_public": partner.age_public,
                                               "sign_public": partner.sign_public}))

    def data(self) -> dict[str, Any]:
        """The partner's JSON as ``partners add`` takes it (checked by the service)."""
        kind = str(self.kind.currentData())
        service: dict[str, Any] = {
            "kind": kind, "categories": [self.category.currentData()]
            if self.category.currentData() else [],
            "sex": self.sex.currentData() or None,
            "age_min": self.age_min.value() or None, "age_max": self.age_max.value() or None,
            "capacity": self.capacity.text().strip() or None}
        if self.partner is not None:  # other services of the partner are kept
            service_list = [service, *[s for s in partner_json(self.partner)["services"][1:]]]
        else:
            service_list = [service]
        data: dict[str, Any] = {
            "names": {language: edit.text().strip() for language, edit in self.names.items()
                      if edit.text().strip()},
            "kind": kind, "regions": _codes(self.regions.text()),
            "languages": _codes(self.languages.text()),
            "contacts": self.contacts.text().strip() or None,
            "send_by": self.send_by.currentData(), "services": service_list}
        pasted = self.keys.toPlainText().strip()
        if pasted:
            try:
                keys = json.loads(pasted)
            except ValueError:
                keys = {}
            for name in ("age_public", "sign_public", "fingerprint"):
                if isinstance(keys, dict) and name in keys:
                    data[name] = keys[name]
            if self.partner is None and isinstance(keys, dict) and "id" in keys:
                data["id"] = keys["id"]
        else:
            data.update(age_public=None, sign_public=None)
        return data


class PartnersPage(QWidget):
    def __init__(self, partners: PartnerDirectory, permissions: Permissions,
                 parent: QWidget | None = None, referrals: ReferralService | None = None,
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("partnersPage")
        self.partners_service = partners
        self.referrals = referrals
        self.imported: ImportResult | None = None
        self.permissions = permissions
        self.partners: list[Partner] = []
        self.identity: Partner | None = None
        self._loaded = False
        self.title = named(QLabel(), "partnersTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.table = named(QTableWidget(0, COLUMNS), "partnersTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Not stretched: a stretched last column shrinks below its title when the others
        # already fill the page; the table scrolls sideways instead.
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.add_button = named(QPushButton(), "addPartner")
        self.add_button.clicked.connect(lambda: self.edit(new=True))
        self.edit_button = named(QPushButton(), "editPartner")
        self.edit_button.clicked.connect(lambda: self.edit())
        self.me_button = named(QPushButton(), "copyIdentity")
        self.me_button.clicked.connect(self.copy_identity)
        self.import_button = named(QPushButton(), "importPacket")
        self.import_button.clicked.connect(lambda: self.import_packet())
        self.import_result = named(QLabel(), "packetImported")
        self.import_result.setWordWrap(True)
        may_import = referrals is not None and permissions.may(Action.IMPORT)
        self.import_button.setVisible(may_import)
        self.setAcceptDrops(may_import)
        self.identity_label = named(QLabel(), "ourFingerprint")
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        editable = permissions.may(Action.USERS)
        self.add_button.setVisible(editable)
        self.edit_button.setVisible(editable)
        self.me_button.setVisible(permissions.may(Action.LETTERS))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for button in (self.add_button, self.edit_button, self.me_button, self.import_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.identity_label)
        layout.addWidget(self.import_result)
        layout.addWidget(self.table, 1)
        self.dialog: PartnerDialog | None = None
        self.refresher = Refresher(self, (Kind.REFERRALS, Kind.LANGUAGE), self.reload)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._loaded = True
        service = self.partners_service
        may_sign = self.permissions.may(Action.LETTERS)

        def read() -> tuple[list[Partner], Partner | None]:
            return service.listing(), service.me() if may_sign else None

        Op(self, read).quietly().success(lambda found: self.show_partners(*found)).run()

    def show_partners(self, partners: list[Partner], identity: Partner | None) -> None:
        self.partners, self.identity = partners, identity
        language = current_language()
        self.table.setRowCount(len(partners))
        for row, partner in enumerate(partners):
            offer = partner.services[0] if partner.services else None
            eligible = ", ".join(category_label(c) for c in offer.categories) \
                if offer and offer.categories else self.tr("anyone")
            cells = (partner.name(language), kind_label(partner.kind),
                     ", ".join(partner.regions), ", ".join(partner.languages), eligible,
                     send_label(partner.send_by), partner.fingerprint or "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, partner.uid)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self._fit_columns()
        self._show_identity()

    def _fit_columns(self) -> None:
        """Each column as wide as its widest cell, capped so that long lists of categories stay
        readable by tooltip, and never narrower than its title."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(COLUMNS):
            title = self.table.horizontalHeaderItem(column)
            title_width = header.fontMetrics().horizontalAdvance(
                title.text() if title else "") + header_fit.PADDING
            self.table.setColumnWidth(
                column, max(min(self.table.columnWidth(column), MAX_WIDTH), title_width))

    def _show_identity(self) -> None:
        if self.identity is None:
            self.identity_label.setText("")
            return
        self.identity_label.setText(
            self.tr("This office: %1 · fingerprint %2 (read it to partners by phone)")
            .replace("%1", self.identity.uid).replace("%2", self.identity.fingerprint or ""))

    def current(self) -> Partner | None:
        row = self.table.currentRow()
        return self.partners[row] if 0 <= row < len(self.partners) else None

    def edit(self, new: bool = False) -> None:
        if not self.permissions.may(Action.USERS):
            return
        partner = None if new else self.current()
        if partner is None and not new:
            return
        dialog = PartnerDialog(partner, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.save(partner, dialog.data()))
        dialog.open()

    def save(self, partner: Partner | None, data: dict[str, Any]) -> None:
        service = self.partners_service
        work = (lambda: service.add(data)) if partner is None else \
            (lambda: service.update(partner.uid, data))
        Op(self, work, Changes.of(Kind.REFERRALS)).success(lambda _p: self.reload()).run()

    # -- packets from partners (a button, or a file dropped on the page) ---------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.import_packet(Path(files[0]))

    def import_packet(self, path: Path | None = None) -> None:
        """Apply a partner's packet: a new incoming referral (and its client), or a partner's
        answer to one of ours; a refused packet changes nothing and says why."""
        referrals = self.referrals
        if referrals is None:
            return
        if path is None:
            path = open_file(self, self.tr("Import a packet from a partner"),
                             self.tr("LegalAid packets (*.lapacket);;All files (*)"))
            if path is None:
                return
        source = path
        Op(self, lambda: referrals.import_packet(read_packet(source)),
           Changes.of(*CLIENT_DATA, Kind.REFERRALS)).success(self._imported).run()

    def _imported(self, result: ImportResult) -> None:
        self.imported = result
        if result.kind == "answer":
            text = self.tr("The partner's answer is recorded on referral %1: %2.") \
                .replace("%1", str(result.referral_id)).replace("%2", status_text(result.status))
        elif result.client_created:
            text = self.tr("A referral came in: client #%1 was added.").replace(
                "%1", str(result.client_id))
        else:
            text = self.tr("A referral came in for client #%1, who was already here.").replace(
                "%1", str(result.client_id))
        self.import_result.setText(text)

    def copy_identity(self) -> None:
        if self.identity is not None:
            QGuiApplication.clipboard().setText(json.dumps(partner_json(self.identity),
                                                           ensure_ascii=False, indent=2))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Partner directory"))
        self.add_button.setText(self.tr("&Add partner…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.me_button.setText(self.tr("Copy our identity"))
        self.import_button.setText(self.tr("&Import packet…"))
        self.import_button.setToolTip(self.tr("A packet from a partner (or drop the file on "
                                              "this page)"))
        self.me_button.setToolTip(self.tr("This office's public keys as JSON, to send to a "
                                          "partner (legalaid partners add on their side)"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Kind"), self.tr("Regions"), self.tr("Languages"),
            self.tr("For"), self.tr("How to send"), self.tr("Fingerprint")])
        if self.partners:
            self.show_partners(self.partners, self.identity)
        else:
            self._fit_columns()

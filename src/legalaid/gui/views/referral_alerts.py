"""The Today page's overdue referrals: one line per referral whose partner has not answered by
the day feedback was due ("Shelter X has not answered about client #117 for 9 days"); a click
opens the client's referrals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from legalaid.gui.i18n import current_language
from legalaid.gui.ops import Op
from legalaid.gui.widgets import named
from legalaid.services.referrals import ReferralRow, ReferralService


class ReferralAlerts(QWidget):
    open_client = Signal(int, str)  # client id, tab name

    def __init__(self, referrals: ReferralService, clock: Callable[[], dt.date],
                 lawyer: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralAlerts")
        self.referrals, self.clock, self.lawyer = referrals, clock, lawyer
        self.rows: list[ReferralRow] = []
        self.title = named(QLabel(), "referralAlertsTitle")
        self.title.setStyleSheet("font-weight: bold; color: #6a1b9a;")
        self.list = named(QListWidget(), "overdueReferrals")
        self.list.setMaximumHeight(110)
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.hide()  # the Today page refreshes it with its own lists

    def refresh(self) -> None:
        referrals, lawyer = self.referrals, self.lawyer()
        Op(self, lambda: referrals.listing(overdue=True, lawyer=lawyer)).quietly() \
            .success(self.show_rows).run()

    def line(self, row: ReferralRow) -> str:
        days = (self.clock() - row.date).days
        return self.tr("%1 has not answered about client #%2 for %n day(s)", "", days) \
            .replace("%1", row.partner_in(current_language())) \
            .replace("%2", str(row.client_id))

    def show_rows(self, rows: list[ReferralRow]) -> None:
        self.rows = rows
        self.list.clear()
        for row in rows:
            self.list.addItem(QListWidgetItem(self.line(row)))
        self.title.setText(self.tr("Partners' answers overdue: %n", "", len(rows)))
        self.setVisible(bool(rows))

    def _open(self, item: QListWidgetItem) -> None:
        index = self.list.row(item)
        if 0 <= index < len(self.rows):
            self.open_client.emit(self.rows[index].client_id, "referrals")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.rows:
            self.show_rows(self.rows)
        super().changeEvent(event)

"""The Consent tab records and withdraws consent per purpose; the audit viewer filters, loads
entries as it scrolls and tells whether the chain holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QPushButton, QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection, text
from tests.conftest import database_key

from legalaid.db.session import create_engine_for
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.views.audit_viewer import PAGE, AuditViewer
from legalaid.gui.views.client_file.consent import ConsentTab
from legalaid.services.command_context import CommandContext


def test_consent_is_recorded_and_withdrawn_per_purpose(
    window: MainWindow, client_ids: dict[str, int], context: CommandContext
) -> None:
    window.open_client(client_ids["asel"])
    assert wait_idle()  # the file is read off the UI thread
    tabs = window.client_file.findChild(QTabWidget, "clientTabs")
    tab = window.client_file.findChild(ConsentTab)
    tabs.setCurrentWidget(tab)
    assert tabs.tabText(tabs.currentIndex()) == "Consent"
    column = [tab.table.item(row, 1).text() for row in range(3)]
    assert column == ["Not recorded"] * 3
    tab.table.selectRow(1)  # referral to partners
    assert tab.table.item(1, 0).text() == "Referral to partners"
    assert tab.record_button.isEnabled() and not tab.withdraw_button.isEnabled()
    tab.record_button.click()
    assert wait_idle()
    today = dt.date.today().strftime("%d.%m.%Y")
    assert tab.table.item(1, 1).text() == f"Given on {today}"
    assert tab.table.item(1, 2).text() == "admin"
    assert context.services().consent.has_consent(client_ids["asel"], "referral")
    tab.table.selectRow(1)
    tab.withdraw_button.click()
    assert wait_idle()
    assert tab.table.item(1, 1).text() == f"Was given on {today}"
    assert tab.table.item(1, 3).text() == f"{today} by admin"
    assert not context.services().consent.has_consent(client_ids["asel"], "referral")
    assert tab.table.item(0, 1).text() == "Not recorded"


@contextmanager
def _tamper(context: CommandContext) -> Iterator[Connection]:
    """The database file opened directly, as someone holding it and its passphrase could."""
    engine = create_engine_for(context.database_target,
                               database_key(Path(context.database_target)))
    try:
        with engine.begin() as connection:
            yield connection
    finally:
        engine.dispose()


def _viewer(qtbot: QtBot, window: MainWindow) -> AuditViewer:
    window.settings_page.findChild(QPushButton, "openAuditTrail").click()
    viewer = window.findChild(AuditViewer)
    assert viewer is not None and viewer.isVisible()
    qtbot.addWidget(viewer)
    return viewer


def test_audit_viewer_filters_pages_and_verifies(
    qtbot: QtBot, window: MainWindow, client_ids: dict[str, int], context: CommandContext
) -> None:
    audit = context.services().audit
    for _ in range(PAGE + 50):
        audit.record("admin", "print", "client", client_ids["ivan"], client_ids["ivan"], "x")
    viewer = _viewer(qtbot, window)
    assert viewer.model.rowCount() == PAGE  # one page first
    QAbstractItemModelTester(viewer.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    viewer.table.scrollToBottom()
    qtbot.waitUntil(lambda: viewer.model.rowCount() > PAGE)
    viewer.action.setCurrentIndex(viewer.action.findText("print"))
    viewer.client.setText(str(client_ids["ivan"]))
    viewer.apply_button.click()
    while viewer.model.canFetchMore(viewer.model.index(-1, -1)):
        viewer.model.fetchMore(viewer.model.index(-1, -1))
    assert viewer.model.rowCount() == PAGE + 50
    assert viewer.model.index(0, 2).data() == "print"
    assert viewer.model.index(0, 4).data() == str(client_ids["ivan"])
    viewer.client.setText("Ivan")
    viewer.apply_button.click()
    assert viewer.message.text() == "Client id: type the number only."

    viewer.verify_button.click()
    assert viewer.verdict.text().startswith("The chain holds")
    with _tamper(context) as connection:
        connection.execute(text("DROP TRIGGER audit_log_no_update"))
        connection.execute(text("UPDATE audit_log SET detail = 'y' WHERE id = 3"))
    viewer.verify_button.click()
    assert "broken at entry 3" in viewer.verdict.text()


def test_contact_details_are_masked_until_shown_and_showing_is_audited(
    window: MainWindow, client_ids: dict[str, int], context: CommandContext
) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLineEdit

    from legalaid.services.audit import AuditFilter

    window.open_client(client_ids["asel"])
    assert wait_idle()  # the file is read off the UI thread
    page = window.client_file
    profile, guard = page.profile, page.contact_guard
    profile.phone.setText("+7 701 555 44 12")
    assert profile.phone.displayText() != "+7 701 555 44 12"  # masked on screen
    assert profile.phone.text() == "+7 701 555 44 12"  # what Save reads is the real number
    profile.safe_to_contact.setChecked(False)
    assert guard.warning.isVisibleTo(page)
    assert guard.warning.text().startswith("Not safe to contact")
    profile.safe_to_contact.setChecked(True)
    assert not guard.warning.isVisibleTo(page)

    guard.show_actions[0].trigger()
    assert wait_idle()  # the view is recorded off the UI thread
    assert profile.phone.echoMode() == QLineEdit.EchoMode.Normal
    assert profile.phone.displayText() == "+7 701 555 44 12"
    shown = context.services().audit.entries(AuditFilter(action="view",
                                                         client_id=client_ids["asel"]))
    assert shown[0].detail == "contact details shown"
    guard.copy_actions[0].trigger()
    assert QGuiApplication.clipboard().text() == "+7 701 555 44 12"

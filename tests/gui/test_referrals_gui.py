"""Referrals on the real main window: the Refer dialog ranks the directory for the client, an
unanswered referral shows on Today, and a new status reaches the client file and Today at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import update
from tests.conftest import database_key

from legalaid.db.migrate import migrate_to_head
from legalaid.db.models import Referral
from legalaid.db.session import create_engine_for
from legalaid.domain.enums import Category, Script, Sex
from legalaid.domain.partners import partner_json
from legalaid.domain.records import ClientRecord, NameSpelling
from legalaid.gui.application import ensure_application
from legalaid.gui.backend import Desk
from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.views.client_file.refer_dialog import ReferDialog
from legalaid.gui.views.client_file.referrals import PacketDialog, ReferralsTab
from legalaid.paths import AppPaths
from legalaid.services import Services, build_services
from legalaid.services.command_context import CommandContext
from legalaid.settings import Settings

SURVIVOR = ClientRecord(
    names=(NameSpelling("Turgunova", "Malika", Script.LATIN),), sex=Sex.FEMALE,
    date_of_birth=dt.date(1998, 6, 1), citizenship="UZ", category=Category.TRAFFICKING_VICTIM,
    languages=("uz", "ru"), address="Almaty, Raiymbek avenue 100")
CLINIC = {"names": {"en": "City clinic No. 4"}, "kind": "medical", "regions": ["almaty"],
          "languages": ["ru", "kk"], "services": [{"kind": "medical"}]}
SHELTER = {"names": {"en": "Kamkor shelter", "ru": "Приют «Камкор»"}, "kind": "shelter",
           "regions": ["almaty"], "languages": ["ru", "uz"],
           "services": [{"kind": "shelter", "categories": ["trafficking_victim"], "sex": "F"}]}
FAR_SHELTER = {"names": {"en": "Shymkent shelter"}, "kind": "shelter", "regions": ["shymkent"],
               "services": [{"kind": "shelter", "categories": ["trafficking_victim"]}]}


@pytest.fixture
def built(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, int, dict[str, str]]]:
    paths = AppPaths.create(tmp_path / "base").ensure()
    context = CommandContext(paths=paths, settings=Settings(last_page="today"))
    services = context.services()
    client = services.clients.add(SURVIVOR)
    services.consent.record_consent(client, "referral")
    partners = {name: services.partners.add(data).uid
                for name, data in (("clinic", CLINIC), ("shelter", SHELTER),
                                   ("far", FAR_SHELTER))}
    ensure_application()
    install_language("en")
    window = MainWindow(context, Desk(services))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, client, partners
    window.close()
    context.close()


def sent_days_ago(base: Path, referral_id: int, days: int) -> None:
    """The referral as if sent ``days`` ago, its answer due 7 days after that."""
    database = AppPaths.create(base).default_database
    engine = create_engine_for(str(database), database_key(database))
    sent = dt.date.today() - dt.timedelta(days=days)
    try:
        with engine.begin() as connection:
            connection.execute(update(Referral).where(Referral.id == referral_id).values(
                date=sent, status_on=sent, feedback_due=sent + dt.timedelta(days=7)))
    finally:
        engine.dispose()


def referrals_tab(window: MainWindow, client: int) -> ReferralsTab:
    window.open_client(client, "referrals")
    assert wait_idle()
    page = window.client_file
    assert page is not None and page.client_id == client
    assert isinstance(page.referrals, ReferralsTab)
    assert page.tabs.currentWidget() is page.referrals
    assert wait_idle()
    return page.referrals


def test_refer_ranks_a_shelter_above_a_clinic_for_a_trafficking_survivor_in_almaty(
        qtbot: QtBot, built: tuple[MainWindow, int, dict[str, str]]) -> None:
    window, client, _ = built
    tab = referrals_tab(window, client)
    qtbot.mouseClick(tab.refer_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ReferDialog)
    assert wait_idle()
    table = dialog.table
    shown = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert shown.index("Kamkor shelter") < shown.index("City clinic No. 4")
    assert shown[0] == "Kamkor shelter"
    why = table.item(0, 3).text()
    assert "✓ serves Victim of trafficking" in why and "✓ works in the client's region" in why
    far = shown.index("Shymkent shelter")
    assert "✗ not in the client's region" in table.item(far, 3).text()
    dialog.reason.setText("safe accommodation")
    dialog.urgent.setChecked(True)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == "Kamkor shelter"
    assert tab.table.item(0, 3).text().startswith("sent")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert tab.table.item(0, 4).text() == tomorrow.strftime("%d.%m.%Y")  # urgent: one day
    assert [tab.steps.item(i).text().split("  ")[1] for i in range(tab.steps.count())] == [
        "sent"]


def test_without_consent_refer_stays_disabled_for_a_lawyer_who_may_not_override(
        qtbot: QtBot, built: tuple[MainWindow, int, dict[str, str]]) -> None:
    window, client, _ = built
    window.desk.services.consent.withdraw_consent(client, "referral")
    tab = referrals_tab(window, client)
    dialog = ReferDialog(tab.referrals, client, has_consent=False, may_override=False,
                         parent=tab)
    qtbot.addWidget(dialog)
    assert wait_idle()
    assert dialog.table.rowCount() == 3
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.consent_note.isVisibleTo(dialog) and not dialog.override.isVisibleTo(dialog)


def test_an_overdue_referral_is_on_today_and_a_new_status_updates_file_and_today_at_once(
        qtbot: QtBot, built: tuple[MainWindow, int, dict[str, str]], tmp_path: Path) -> None:
    window, client, partners = built
    services = window.desk.services
    referral = services.referrals.create(client, partners["shelter"], "shelter", "safety")
    sent_days_ago(tmp_path / "base", referral, 9)
    window.show_page("today")
    window.today_page.refresh()
    assert wait_idle()
    alerts = window.today_page.referral_alerts
    assert alerts is not None and alerts.isVisible()
    assert [alerts.list.item(i).text() for i in range(alerts.list.count())] == [
        f"Kamkor shelter has not answered about client #{client} for 9 days"]

    alerts.list.itemClicked.emit(alerts.list.item(0))  # opens the client's referrals
    assert wait_idle()
    tab = window.client_file.referrals if window.client_file else None
    assert isinstance(tab, ReferralsTab) and window.client_file is not None
    assert window.client_file.tabs.currentWidget() is tab
    assert wait_idle()
    assert tab.table.item(0, 3).text().startswith("sent")
    tab.take_step(referral, "accepted", None)
    assert wait_idle()
    assert tab.table.item(0, 3).text().startswith("accepted")  # the file, at once
    assert wait_idle()
    assert [tab.steps.item(i).text().split("  ")[1] for i in range(tab.steps.count())] == [
        "sent", "accepted"]
    window.show_page("today")
    assert wait_idle()
    assert alerts.list.count() == 0 and not alerts.isVisible()  # and Today


@pytest.fixture
def office_b(tmp_path: Path) -> Iterator[Services]:
    """Another office's services on a database of its own."""
    engine = create_engine_for(str(tmp_path / "office_b.sqlite"))
    migrate_to_head(engine)
    yield build_services(engine)
    engine.dispose()


def test_a_packet_shows_what_it_carries_and_a_dropped_answer_updates_the_referral(
        qtbot: QtBot, built: tuple[MainWindow, int, dict[str, str]], office_b: Services,
        tmp_path: Path) -> None:
    window, client, _ = built
    services = window.desk.services
    b = services.partners.add(partner_json(office_b.partners.me())).uid
    office_b.partners.add(partner_json(services.partners.me()))
    referral = services.referrals.create(client, b, "legal", "unpaid wages")
    tab = referrals_tab(window, client)
    tab.table.selectRow(0)
    tab.export_packet(tmp_path / "to_b.lapacket")
    dialog = tab.dialog
    assert isinstance(dialog, PacketDialog)
    assert wait_idle()
    assert '"Turgunova"' in dialog.preview.toPlainText()
    assert '"address"' not in dialog.preview.toPlainText()  # not chosen by default
    assert not dialog.boxes["names"].isEnabled()
    dialog.boxes["languages"].setChecked(False)
    assert wait_idle()
    assert '"languages"' not in dialog.preview.toPlainText()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert wait_idle()
    incoming = office_b.referrals.import_packet((tmp_path / "to_b.lapacket").read_bytes())
    assert office_b.clients.get(incoming.client_id).languages == ()  # left out when sent
    office_b.referrals.update_status(incoming.referral_id, "accepted")
    answer = tmp_path / "answer.lapacket"
    answer.write_bytes(office_b.referrals.export_packet(incoming.referral_id))

    window.show_page("partners")
    assert wait_idle()
    page = window.partners_page
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(answer))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(drop)
    assert wait_idle()
    assert page.import_result.text() == (
        f"The partner's answer is recorded on referral {referral}: accepted.")
    assert services.referrals.get(referral).status == "accepted"
    assert window.client_file is not None
    window.open_client(client, "referrals")
    assert wait_idle()
    assert wait_idle()
    assert tab.table.item(0, 3).text().startswith("accepted")

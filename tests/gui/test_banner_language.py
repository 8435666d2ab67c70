"""The client file's status banner explains the verdict in the interface language: the rules
file's Kazakh and Russian texts, dates as dd.mm.yyyy, deadline titles translated too."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from legalaid.domain.enums import Category, DocumentType, Script
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord
from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.services.command_context import CommandContext

TODAY = dt.date.today()


def ddmmyyyy(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def test_the_banner_in_kazakh_and_russian(qtbot: QtBot, window: MainWindow,
                                          context: CommandContext) -> None:
    # A Russian visitor who entered 9 days ago, arrival notified: 10 days used (K1); the window
    # is [today - 179, today]; the last lawful day is entry + 89 = today + 80 (STAY-02).
    entry = TODAY - dt.timedelta(days=9)
    passport_end = TODAY + dt.timedelta(days=400)
    client_id = context.services().clients.add(ClientRecord(
        names=(NameSpelling("Petrova", "Anna", Script.LATIN),), citizenship="RU",
        category=Category.VISITOR, trips=(TripRecord(entry, host_notified=entry),),
        documents=(DocumentRecord(DocumentType.PASSPORT, "7500", valid_until=passport_end),)))
    window.open_client(client_id)
    assert wait_idle()  # the file is read off the UI thread
    page = window.client_file
    assert page is not None
    first, last = TODAY - dt.timedelta(days=179), TODAY + dt.timedelta(days=80)
    install_language("kk")
    qtbot.waitUntil(lambda: "күні пайдаланылды" in page.banner.details.text())
    details = page.banner.details.text()
    assert (f"{ddmmyyyy(first)} – {ddmmyyyy(TODAY)} аралығындағы 180 күнде 90 күннің 10 күні "
            f"пайдаланылды; {ddmmyyyy(last)} кешіктірмей шығу қажет") in details
    assert f"{ddmmyyyy(passport_end)} — Паспорттың мерзімі аяқталады" in details
    install_language("ru")
    qtbot.waitUntil(lambda: "Использовано 10 из 90 дней" in page.banner.details.text())
    assert "Истекает срок паспорта" in page.banner.details.text()
    install_language("en")
    qtbot.waitUntil(lambda: "10 of 90 days used" in page.banner.details.text())
    assert "Passport expires" in page.banner.details.text()

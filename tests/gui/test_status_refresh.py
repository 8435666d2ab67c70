"""Stale status snapshots are brought up to date in the background after the window opens: the
client list's status chip changes from the old day's verdict to today's without a click."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from legalaid.app import AppContext
from legalaid.domain.enums import Category, Script
from legalaid.domain.records import ClientRecord, NameSpelling, TripRecord
from legalaid.gui.application import ensure_application
from legalaid.gui.backend import Desk
from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow

TODAY = dt.date.today()


@pytest.fixture
def stale_client(context: AppContext) -> int:
    """A US visitor (30 days per stay) who entered 20 days ago, last evaluated 10 days ago.

    Last lawful day = entry + 29 = today + 9. Ten days ago 19 days remained (lawful); today 9
    remain, within the 14-day threshold (at risk)."""
    entry = TODAY - dt.timedelta(days=20)
    services = context.services()
    client_id = services.clients.add(ClientRecord(
        names=(NameSpelling("Stale", "Jane", Script.LATIN),), citizenship="US",
        category=Category.VISITOR, trips=(TripRecord(entry, host_notified=entry),)))
    services.status.refresh([client_id], TODAY - dt.timedelta(days=10))
    return client_id


@pytest.fixture
def opened(qtbot: QtBot, context: AppContext, stale_client: int) -> Iterator[MainWindow]:
    ensure_application()
    install_language("en")
    main = MainWindow(context, Desk(context.services()))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main


def status_shown(window: MainWindow) -> str:
    model = window.clients_page.model
    return str(model.data(model.index(0, 5)))


def test_the_list_shows_todays_status_after_the_background_refresh(
        qtbot: QtBot, opened: MainWindow, context: AppContext, stale_client: int) -> None:
    qtbot.waitUntil(lambda: status_shown(opened) == "At risk", timeout=10_000)
    snapshot = context.services().status.get(stale_client)
    assert snapshot is not None
    assert (snapshot.as_of, snapshot.days_remaining) == (TODAY, 9)
    qtbot.waitUntil(lambda: not opened.status_refresh.running())
    assert not opened.status_refresh.bar.isVisible()


def test_closing_the_window_stops_the_refresh(qtbot: QtBot, opened: MainWindow) -> None:
    opened.close()
    assert not opened.status_refresh.running()

"""Stale status snapshots are brought up to date in the background after the window opens: the
client list's status chip changes from the old day's verdict to today's without a click."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from legalaid.domain.enums import Category, Script
from legalaid.domain.records import ClientRecord, NameSpelling, TripRecord
from legalaid.gui.application import ensure_application
from legalaid.gui.backend import Desk
from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow
from legalaid.services.command_context import CommandContext

TODAY = dt.date.today()


@pytest.fixture
def stale_client(context: CommandContext) -> int:
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
def opened(qtbot: QtBot, context: CommandContext, stale_client: int) -> Iterator[MainWindow]:
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
        qtbot: QtBot, opened: MainWindow, context: CommandContext, stale_client: int) -> None:
    qtbot.waitUntil(lambda: status_shown(opened) == "At risk", timeout=10_000)
    snapshot = context.services().status.get(stale_client)
    assert snapshot is not None
    assert (snapshot.as_of, snapshot.days_remaining) == (TODAY, 9)
    qtbot.waitUntil(lambda: not opened.status_refresh.running())
    assert not opened.status_refresh.bar.isVisible()


def test_closing_the_window_stops_the_refresh(qtbot: QtBot, opened: MainWindow) -> None:
    opened.close()
    assert not opened.status_refresh.running()


def test_progress_shows_in_the_status_bar_while_the_ui_stays_responsive(qtbot: QtBot) -> None:
    import threading
    from collections.abc import Callable

    from PySide6.QtWidgets import QMainWindow

    from legalaid.gui.status_refresh import StatusRefresh

    ensure_application()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    release = threading.Event()
    calls: list[dt.date] = []
    refreshed: list[int] = []

    def slow_refresh(as_of: dt.date, progress: Callable[[int, int], None],
                     cancelled: Callable[[], bool]) -> int:
        calls.append(as_of)
        progress(1000, 4000)  # the first of four chunks is done
        release.wait(10)
        progress(4000, 4000)
        return 4000

    refresh = StatusRefresh(window, slow_refresh, lambda: refreshed.append(1),
                            today=lambda: dt.date(2024, 3, 15))
    refresh.start()
    # The worker waits; the UI thread goes on handling events and shows a quarter done.
    qtbot.waitUntil(lambda: refresh.bar.isVisible() and refresh.bar.value() == 1000)
    assert refresh.bar.maximum() == 4000
    assert refresh.running()
    release.set()
    qtbot.waitUntil(lambda: not refresh.running())
    assert not refresh.bar.isVisible()
    assert refreshed == [1]
    assert calls == [dt.date(2024, 3, 15)]
    refresh.start()  # the same day again: nothing to do
    assert not refresh.running() and calls == [dt.date(2024, 3, 15)]

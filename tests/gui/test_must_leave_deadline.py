"""The must-leave date is a deadline in view: the Calendar lists it on its day and the client
list's next deadline is that date when it is the nearest (a US visitor entered 15.11.2026, last
lawful day 14.12.2026, passport valid until 2030)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from legalaid.domain.enums import Category, DocumentType, Script
from legalaid.domain.read_models import SortColumn
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord
from legalaid.gui.application import ensure_application
from legalaid.gui.backend import Desk
from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow
from legalaid.gui.models.client_table import COLUMNS
from legalaid.paths import AppPaths
from legalaid.services.command_context import CommandContext
from legalaid.settings import Settings

TODAY = dt.date(2026, 12, 6)
MUST_LEAVE = dt.date(2026, 12, 14)
VISITOR = ClientRecord(
    names=(NameSpelling("Miller", "Anna", Script.LATIN),), citizenship="US",
    category=Category.VISITOR,
    documents=(DocumentRecord(DocumentType.PASSPORT, "P1", valid_until=dt.date(2030, 5, 1)),),
    trips=(TripRecord(dt.date(2026, 11, 15), host_notified=dt.date(2026, 11, 16)),))


@pytest.fixture
def built(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, int]]:
    context = CommandContext(paths=AppPaths.create(tmp_path / "base").ensure(),
                         settings=Settings(last_page="clients"))
    services = context.services()
    client_id = services.clients.add(VISITOR)
    services.status.refresh(None, TODAY)
    ensure_application()
    install_language("en")
    desk = Desk(services, today=lambda: TODAY)
    window = MainWindow(context, desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, client_id
    window.close()
    context.close()


def test_the_calendar_lists_the_must_leave_date_on_its_day(
        built: tuple[MainWindow, int]) -> None:
    window, client_id = built
    window.show_page("calendar")
    page = window.calendar_page
    page.choose(MUST_LEAVE)
    assert [(row.client_id, row.rule) for row in page.rows] == [(client_id, "STAY-01")]
    shown = page.agenda.item(0).text()
    assert shown.startswith("14.12.2026")
    assert "Must leave or regularise by" in shown and "[STAY-01]" in shown
    page.choose(MUST_LEAVE - dt.timedelta(days=1))
    assert page.rows == []


def test_the_client_list_shows_the_must_leave_date_as_next_deadline(
        built: tuple[MainWindow, int]) -> None:
    window, _ = built
    window.show_page("clients")
    model = window.clients_page.model
    model.reload()
    column = [key for key, _ in COLUMNS].index(SortColumn.NEXT_DEADLINE)
    assert model.rowCount() == 1
    assert model.index(0, column).data() == "14.12.2026"  # not the passport's 01.05.2030

"""Day counts in the client list and the status banner take the plural form of the language:
Russian "1 день / 3 дня / 5 дней / 21 день", Kazakh and English as their grammar has it."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from legalaid.domain.enums import Category, DocumentType, Script
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord
from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow
from legalaid.gui.models.client_table import CLIENT_ID_ROLE
from legalaid.gui.ops import wait_idle
from legalaid.services.command_context import CommandContext

TODAY = dt.date.today()
DAYS_COLUMN = 6
COUNTS = (1, 3, 5, 21)

# Written out by hand: the grammar of each language, not the output of the code.
OVER = {
    "ru": {1: "1 день сверх срока", 3: "3 дня сверх срока", 5: "5 дней сверх срока",
           21: "21 день сверх срока"},
    "kk": {n: f"{n} күн артық" for n in COUNTS},
    "en": {1: "1 day over", 3: "3 days over", 5: "5 days over", 21: "21 days over"},
}
LEFT = {
    "ru": {1: "остался 1 день", 3: "осталось 3 дня", 5: "осталось 5 дней", 21: "остался 21 день"},
    "kk": {n: f"{n} күн қалды" for n in COUNTS},
    "en": {1: "1 day left", 3: "3 days left", 5: "5 days left", 21: "21 days left"},
}
BANNER_OVER = {"ru": "Просрочка пребывания с {since} — {over}",
               "kk": "{since} бастап мерзімнен асып жүр — {over}",
               "en": "Overstaying since {since} — {over}"}
BANNER_LEFT = {"ru": "Должен выехать до {last} — {left}",
               "kk": "{last} дейін шығуы керек — {left}",
               "en": "Must leave by {last} — {left}"}


def visitor(name: str, entry: dt.date) -> ClientRecord:
    """A Russian visitor (90 days in any 180) present since ``entry``, arrival notified: the
    last lawful day is entry + 89."""
    return ClientRecord(
        names=(NameSpelling(name, "Test", Script.LATIN),), citizenship="RU",
        category=Category.VISITOR, trips=(TripRecord(entry, host_notified=entry),),
        documents=(DocumentRecord(DocumentType.PASSPORT, "7500",
                                  valid_until=TODAY + dt.timedelta(days=900)),))


def ddmmyyyy(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def list_cell(window: MainWindow, client_id: int) -> str:
    model = window.clients_page.model
    for row in range(model.rowCount()):
        index = model.index(row, DAYS_COLUMN)
        if model.data(index, CLIENT_ID_ROLE) == client_id:
            return str(model.data(index))
    raise AssertionError(f"client {client_id} is not in the list")


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_days_over_and_left_in_plural_forms(qtbot: QtBot, window: MainWindow,
                                            context: CommandContext, language: str) -> None:
    clients = context.services().clients
    # Overstaying by n: last lawful day = today - n, so entry = today - n - 89.
    over = {n: clients.add(visitor(f"Over{n}", TODAY - dt.timedelta(days=n + 89)))
            for n in COUNTS}
    # n days left: last lawful day = today + n, so entry = today + n - 89.
    left = {n: clients.add(visitor(f"Left{n}", TODAY - dt.timedelta(days=89 - n)))
            for n in COUNTS}
    install_language(language)
    window.refresh()
    for n, client_id in over.items():
        assert list_cell(window, client_id) == OVER[language][n]
    for n, client_id in over.items():
        window.open_client(client_id)
        assert wait_idle()  # the file is read off the UI thread
        page = window.client_file
        assert page is not None
        since = ddmmyyyy(TODAY - dt.timedelta(days=n - 1))
        assert page.banner.verdict_plain() == BANNER_OVER[language].format(
            since=since, over=OVER[language][n])
    for n, client_id in left.items():
        window.open_client(client_id)
        assert wait_idle()  # the file is read off the UI thread
        page = window.client_file
        assert page is not None
        last = ddmmyyyy(TODAY + dt.timedelta(days=n))
        assert page.banner.verdict_plain() == BANNER_LEFT[language].format(
            last=last, left=LEFT[language][n])


# Written out by hand, as above: the unit after the at-risk threshold in Settings.
THRESHOLD_UNIT = {"ru": {1: " день", 3: " дня", 5: " дней", 21: " день"},
                  "kk": {n: " күн" for n in COUNTS},
                  "en": {1: " day", 3: " days", 5: " days", 21: " days"}}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_at_risk_threshold_unit_agrees_with_its_number(
        qtbot: QtBot, window: MainWindow, language: str) -> None:
    install_language(language)
    spin = window.settings_page.threshold
    for count in COUNTS:
        spin.setValue(count)
        assert spin.suffix() == THRESHOLD_UNIT[language][count]

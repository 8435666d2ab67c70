"""The Calendar reads at a glance: each count of a day is drawn in the colour its legend gives,
and the month is titled in words in the interface language."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow
from legalaid.gui.views.calendar import KIND_COLOURS, MonthGrid
from legalaid.services.calendar import DayCounts


def _near(pixel: QColor, wanted: QColor) -> bool:
    return max(abs(pixel.red() - wanted.red()), abs(pixel.green() - wanted.green()),
               abs(pixel.blue() - wanted.blue())) <= 24


def test_each_count_is_drawn_in_its_legend_colour(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("calendar")
    page = window.calendar_page
    legend = dict(re.findall(r"color:(#[0-9a-f]{6})'>●</span>\s*([^&<]+)", page.legend.text()))
    by_word = {"expiry": "documents", "rule": "rule", "task": "tasks", "referral": "partners"}
    for kind, colour in KIND_COLOURS.items():  # the legend says which colour is which kind
        assert by_word[kind] in legend[colour.name()]
    grid = MonthGrid()
    qtbot.addWidget(grid)
    grid.resize(900, 600)
    month = dt.date(2026, 12, 1)
    busy = dt.date(2026, 12, 16)  # a Wednesday, one of each kind
    grid.show_month(month, {busy: DayCounts(expiry=1, rule=2, task=3)}, month, month)
    grid.show()
    qtbot.waitExposed(grid)
    image = grid.viewport().grab().toImage()

    def colours_in(row: int, column: int) -> set[str]:
        rect = grid.visualRect(grid.model().index(row, column))
        return {kind for kind, colour in KIND_COLOURS.items()
                if any(_near(image.pixelColor(x, y), colour)
                       for x in range(rect.left(), rect.right())
                       for y in range(rect.top(), rect.bottom()))}

    offset = (busy - grid.first).days
    assert colours_in(offset // 7, offset % 7) == {"expiry", "rule", "task"}
    quiet = offset + 1
    assert colours_in(quiet // 7, quiet % 7) == set()


@pytest.mark.parametrize(("language", "title"), [
    ("kk", "Желтоқсан 2026"), ("ru", "Декабрь 2026"), ("en", "December 2026")])
def test_month_titles_are_words(qtbot: QtBot, window: MainWindow, language: str,
                                title: str) -> None:
    window.show_page("calendar")
    page = window.calendar_page
    install_language(language)
    page.choose(dt.date(2026, 12, 7))
    qtbot.waitUntil(lambda: page.month_label.text() == title, timeout=5000)


def test_the_agenda_speaks_the_new_language_at_once(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("calendar")
    page = window.calendar_page
    page.choose(dt.date(2031, 3, 3))  # a day without deadlines
    qtbot.waitUntil(lambda: page.agenda.count() == 1
                    and page.agenda.item(0).text() == "No deadlines.", timeout=5000)
    for language, words in (("kk", "Мерзімдер жоқ."), ("ru", "Сроков нет.")):
        install_language(language)  # widgets hear of it through a posted event
        qtbot.waitUntil(lambda words=words: page.agenda.item(0).text() == words, timeout=5000)
    install_language("en")

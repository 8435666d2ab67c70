"""The Today and Calendar pages on the real main window, over clients whose situation on a fixed
day the test knows by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from legalaid.domain.enums import Category, DocumentType, Script, Status
from legalaid.domain.records import (
    CaseRecord,
    ClientRecord,
    DocumentRecord,
    NameSpelling,
    TaskRecord,
    TripRecord,
)
from legalaid.gui.application import ensure_application
from legalaid.gui.backend import Desk
from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.paths import AppPaths
from legalaid.services.command_context import CommandContext
from legalaid.settings import Settings

TODAY = dt.date(2024, 3, 15)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def visitor(family: str, entry_offset: int) -> ClientRecord:
    entry = day(entry_offset)  # a US visitor: 30 days per stay, host notification recorded
    return ClientRecord(names=(NameSpelling(family, "Jane", Script.LATIN),), citizenship="US",
                        category=Category.VISITOR, lawyer="N. Kim",
                        trips=(TripRecord(entry, host_notified=entry),))


def holder(family: str, passport_end: dt.date) -> ClientRecord:
    return ClientRecord(names=(NameSpelling(family, "Ali", Script.LATIN),), citizenship="UZ",
                        category=Category.LABOUR_IMMIGRANT, lawyer="A. Seitkali",
                        documents=(DocumentRecord(DocumentType.PASSPORT, "X1",
                                                  valid_until=passport_end),))


@pytest.fixture
def built(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, dict[str, int]]]:
    context = CommandContext(paths=AppPaths.create(tmp_path / "base").ensure(),
                         settings=Settings(last_page="today"))
    services = context.services()
    ids = {
        "over": services.clients.add(visitor("Over", -40)),  # last lawful day 11 days ago
        "risk": services.clients.add(visitor("Risk", -20)),  # 9 days left
        "fine": services.clients.add(visitor("Fine", -5)),  # 24 days left
        "p5": services.clients.add(holder("Five", day(5))),
        "p20": services.clients.add(holder("Twenty", day(20))),
        "p60": services.clients.add(holder("Sixty", day(60))),
    }
    services.clients.add_case(ids["fine"], CaseRecord("unpaid wages", day(-20), tasks=(
        TaskRecord("File the appeal", day(-3)), TaskRecord("Call the client", day(-1)),
        TaskRecord("Court hearing", day(2)))))
    services.status.refresh(None, TODAY)
    ensure_application()
    install_language("en")
    desk = Desk(services, today=lambda: TODAY)
    window = MainWindow(context, desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, ids
    window.close()
    context.close()


def count_shown(window: MainWindow, key: str) -> str:
    return window.today_page.buttons[key].text().split("\n")[0]


def test_today_shows_the_counts_computed_by_hand(built: tuple[MainWindow, dict[str, int]]
                                                 ) -> None:
    window, _ = built
    assert window.stack.currentWidget() is window.today_page
    # overstay: Over; at risk: Risk; passports ending in 5, 20, 60 days; this week: the
    # passport in 5 days and the hearing in 2; overdue: two tasks.
    expected = {"overstay": "1", "at_risk": "1", "expiring_7": "1", "expiring_30": "2",
                "expiring_90": "3", "this_week": "2", "overdue": "2"}
    assert {key: count_shown(window, key) for key in expected} == expected
    assert window.today_page.chart.shown["category"] == [
        ("Visitor", 3), ("Labour immigrant", 3)] or \
        sorted(window.today_page.chart.shown["category"]) == [("Labour immigrant", 3),
                                                              ("Visitor", 3)]


def test_clicking_a_row_opens_the_client_at_the_right_tab(
        qtbot: QtBot, built: tuple[MainWindow, dict[str, int]]) -> None:
    window, ids = built
    page = window.today_page
    qtbot.mouseClick(page.buttons["expiring_30"], Qt.MouseButton.LeftButton)
    table = page.table
    assert table.rowCount() == 2
    assert table.item(0, 1).text() == "Passport ends"
    assert table.item(0, 2).text() == day(5).strftime("%d.%m.%Y")
    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wait_idle()  # the file is read off the UI thread
    assert window.client_file is not None
    assert window.client_file.client_id == ids["p5"]
    assert window.client_file.tabs.currentWidget() is window.client_file.documents


def test_enter_on_an_overstay_row_opens_the_travel_tab(
        qtbot: QtBot, built: tuple[MainWindow, dict[str, int]]) -> None:
    window, ids = built
    page = window.today_page
    qtbot.mouseClick(page.buttons["overstay"], Qt.MouseButton.LeftButton)
    assert page.table.item(0, 1).text() == "Overstaying 11 days"
    page.table.setFocus()
    page.table.setCurrentCell(0, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert wait_idle()  # the file is read off the UI thread
    assert window.client_file is not None and window.client_file.client_id == ids["over"]
    assert window.client_file.tabs.currentWidget() is window.client_file.travel


def test_what_to_do_has_the_room_the_done_column_does_not_need_and_a_tooltip(
        qtbot: QtBot, built: tuple[MainWindow, dict[str, int]]) -> None:
    window, _ids = built
    page = window.today_page
    qtbot.mouseClick(page.buttons["overstay"], Qt.MouseButton.LeftButton)
    cell = page.table.item(0, 1)
    assert cell.toolTip() == cell.text() == "Overstaying 11 days"
    assert page.table.cellWidget(0, 4) is None  # no task here: the last column stays narrow
    assert page.table.columnWidth(4) < page.table.columnWidth(3)


def test_marking_a_task_done_removes_it_from_the_overdue_list(
        qtbot: QtBot, built: tuple[MainWindow, dict[str, int]]) -> None:
    window, _ = built
    page = window.today_page
    qtbot.mouseClick(page.buttons["overdue"], Qt.MouseButton.LeftButton)
    assert [page.table.item(r, 1).text() for r in range(page.table.rowCount())] == [
        "Task: File the appeal", "Task: Call the client"]
    done = page.table.cellWidget(0, 4)
    assert isinstance(done, QPushButton)
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert [page.table.item(r, 1).text() for r in range(page.table.rowCount())] == [
        "Task: Call the client"]
    assert count_shown(window, "overdue") == "1"


def test_calendar_month_keyboard_and_ics_export(
        qtbot: QtBot, built: tuple[MainWindow, dict[str, int]], tmp_path: Path) -> None:
    window, ids = built
    window.show_page("calendar")
    page = window.calendar_page
    assert page.month_label.text() == "March 2024"
    grid = page.grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # 17.03, the hearing
    assert page.chosen == day(2)
    assert [(row.client_id, row.title) for row in page.rows] == [(ids["fine"], "Court hearing")]
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert page.chosen == dt.date(2024, 4, 17) and page.month_label.text() == "April 2024"
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    assert page.chosen == TODAY
    page.choose(day(5))
    assert [(row.client_id, row.rule is not None) for row in page.rows] == [(ids["p5"], True)]
    target = tmp_path / "week.ics"
    page.mode.setCurrentIndex(1)  # the whole month
    # March: the two overdue tasks, the hearing and the passport ending on 20.03.
    assert page.export_ics(target) == len(page.rows) >= 4
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert {event.decoded("dtstart") for event in events} >= {day(-3), day(-1), day(2), day(5)}
    assert all(len(list(event.walk("VALARM"))) == 2 for event in events)
    assert not any("Five" in str(event["summary"]) for event in events)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_chart_label_is_shown_whole_at_the_default_window_size(
        built: tuple[MainWindow, dict[str, int]], language: str) -> None:
    """Every status and every category, with the longest names of each language, beside
    its count: none cut to "Еңбек имм…" as the axis labels of the old chart were."""
    window, _ = built
    install_language(language)
    chart = window.today_page.chart
    chart.show_counts([(status.value, 1000) for status in Status],
                      [(category.value, 100) for category in list(Category)[:8]])
    wait_idle()
    assert len(chart.by_status.labels()) == len(Status)
    assert len(chart.by_category.labels()) == 8
    for bars in (chart.by_status, chart.by_category):
        metrics = bars.fontMetrics()
        for label, count in bars.rows:
            needed = metrics.horizontalAdvance(label) + metrics.horizontalAdvance(
                f"  {count}")
            assert needed <= bars.width(), f"{language}: {label!r} is cut"
    install_language("en")

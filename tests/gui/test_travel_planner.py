"""The Travel tab tells the truth: the what-if planner answers the question asked (leaving on the
last lawful day, a later trip is lawful), and the chart has ticks at 0/30/60/90, a today line,
a projection that ends on the planner's departure, and a legend in view at the default size."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QDateTimeAxis, QValueAxis
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from legalaid.domain.enums import Category, Script
from legalaid.domain.records import ClientRecord, NameSpelling, TripRecord
from legalaid.gui.i18n import format_date
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.views.client_file.page import ClientFilePage
from legalaid.services.command_context import CommandContext

DAY = dt.timedelta(days=1)


def _visitor(context: CommandContext, entry: dt.date) -> int:
    """A US citizen (visa-free, 30 days a stay) in Kazakhstan since ``entry``."""
    return context.services().clients.add(ClientRecord(
        names=(NameSpelling("Miller", "Anna", Script.LATIN),), citizenship="US",
        category=Category.VISITOR, trips=(TripRecord(entry),)))


def _travel(window: MainWindow, client_id: int) -> ClientFilePage:
    window.open_client(client_id)
    assert wait_idle()  # the file is read off the UI thread
    page = window.client_file
    assert page is not None
    page.tabs.setCurrentWidget(page.travel)
    return page


def test_a_trip_after_leaving_on_the_last_lawful_day_is_lawful(
        qtbot: QtBot, window: MainWindow, context: CommandContext) -> None:
    # On 06.12.2026: entered 15.11.2026, last lawful day 14.12.2026, trip 10.01–20.01.2027.
    today = dt.date.today()
    entry = today - 21 * DAY
    last = entry + 29 * DAY
    trip_entry, trip_exit = last + 27 * DAY, last + 37 * DAY
    page = _travel(window, _visitor(context, entry))
    assert page.banner.verdict_plain().startswith(f"Must leave by {format_date(last)}")
    qtbot.mouseClick(page.banner.why, Qt.MouseButton.LeftButton)
    explanation = page.banner.details.text()  # the counting conventions, cited and marked
    assert "How the days are counted" in explanation
    assert "K3; counting convention" in explanation and "check current law" in explanation
    travel = page.travel
    qtbot.keyClicks(travel.plan_leave.edit, format_date(last))
    qtbot.keyClicks(travel.plan_entry.edit, format_date(trip_entry))
    qtbot.keyClicks(travel.plan_exit.edit, format_date(trip_exit))
    qtbot.mouseClick(travel.plan_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    lines = travel.plan_result.text().split("\n")
    assert lines == [
        f"Current stay, leaving on {format_date(last)}: lawful. (STAY-01)",
        f"Trip {format_date(trip_entry)} – {format_date(trip_exit)}: lawful; the stay could "
        f"last until {format_date(trip_entry + 29 * DAY)}. (STAY-01)",
    ]


def test_staying_on_past_the_last_lawful_day_is_not_lawful(
        qtbot: QtBot, window: MainWindow, context: CommandContext) -> None:
    today = dt.date.today()
    entry = today - 21 * DAY
    last = entry + 29 * DAY
    travel = _travel(window, _visitor(context, entry)).travel
    qtbot.keyClicks(travel.plan_leave.edit, format_date(last + 5 * DAY))
    qtbot.mouseClick(travel.plan_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert travel.plan_result.text() == (
        f"Current stay, leaving on {format_date(last + 5 * DAY)}: not lawful from "
        f"{format_date(last + DAY)}; leave by {format_date(last)} at the latest. (STAY-01)")


def test_chart_ticks_today_line_projection_and_legend(
        qtbot: QtBot, window: MainWindow, context: CommandContext) -> None:
    today = dt.date.today()
    entry = today - 21 * DAY
    last = entry + 29 * DAY
    window.resize(1200, 760)  # the main window's default size
    page = _travel(window, _visitor(context, entry))
    view = page.travel.chart_view
    names = view.series_names()
    assert names["today"] == "Today"
    assert names["leave"] == f"Must leave by {format_date(last)}"
    assert {"used", "projected", "limit"} <= set(names)
    axis = next(a for a in view.chart().axes(Qt.Orientation.Vertical))
    assert isinstance(axis, QValueAxis)
    assert axis.tickType() == QValueAxis.TickType.TicksDynamic
    assert (axis.tickAnchor(), axis.tickInterval(), axis.min()) == (0, 30, 0)
    assert axis.max() < 120  # ticks 0, 30, 60, 90
    dates = next(a for a in view.chart().axes(Qt.Orientation.Horizontal))
    assert isinstance(dates, QDateTimeAxis)
    assert dates.max().date().toPython() >= last >= today  # the projection is in view
    series = {s.objectName(): s for s in view.chart().series()}
    projected = [point.y() for point in series["projected"].points()]
    assert max(projected) == 30  # leaves on day 30 of the stay (per-stay cap), not day 111
    assert projected[-1] == 30  # and stays out: the count no longer grows
    qtbot.waitUntil(lambda: view.chart().legend().geometry().height() > 0, timeout=3000)
    legend = view.mapFromScene(view.chart().legend().geometry()).boundingRect()
    assert view.viewport().rect().contains(legend)
    assert view.isVisible() and view.height() >= view.minimumHeight()

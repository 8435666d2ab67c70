"""The rolling-window chart of the Travel tab: days used in the window ending on each day, the
limit of the rule that applies, a "today" line and, from today on, the projection of the current
stay ending on the day the planner gives (the last lawful day: per-stay caps and documents
included), with that day marked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from legalaid.gui.i18n import format_date

TICK_DAYS = 30  # the value axis reads 0, 30, 60, 90
USED_COLOUR, LIMIT_COLOUR = QColor("#1565c0"), QColor("#c62828")
TODAY_COLOUR, LEAVE_COLOUR = QColor("#424242"), QColor("#ef8f00")

Usage = Sequence[tuple[dt.date, int, int | None]]


@dataclass(frozen=True)
class ChartData:
    """What the chart shows: the day-by-day usage (projected after ``today``), today and the
    planned departure of the current stay (None when absent or nothing limits the stay)."""

    usage: Usage
    today: dt.date
    departure: dt.date | None


def _moment(day: dt.date) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))


def _stamp(day: dt.date) -> float:
    return float(_moment(day).toMSecsSinceEpoch())


def _series(name: str, colour: QColor, style: Qt.PenStyle, width: int = 2) -> QLineSeries:
    series = QLineSeries()
    series.setObjectName(name)
    series.setPen(QPen(colour, width, style))
    return series


def axis_top(highest: int) -> int:
    """The value axis ends a little above the highest value, so the limit line is not the edge."""
    return highest + TICK_DAYS // 3


class WindowChart(QChartView):
    """The chart view; ``show_data`` redraws, ``retranslate`` renames the series."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setObjectName("windowChart")
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self._chart.setMargins(QMargins(4, 0, 4, 0))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(170)
        self._data: ChartData | None = None

    def series_names(self) -> dict[str, str]:
        """Object name → legend text of every series shown (for tests and screen readers)."""
        return {series.objectName(): series.name() for series in self._chart.series()}

    def show_data(self, data: ChartData) -> None:
        self._data = data
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        used = _series("used", USED_COLOUR, Qt.PenStyle.SolidLine)
        projected = _series("projected", USED_COLOUR, Qt.PenStyle.DotLine)
        limit = _series("limit", LIMIT_COLOUR, Qt.PenStyle.DashLine)
        highest = 3 * TICK_DAYS
        used_points, projected_points, limit_points = [], [], []
        for day, count, cap in data.usage:
            point = QPointF(_stamp(day), count)
            if day <= data.today:
                used_points.append(point)
            if day >= data.today:
                projected_points.append(point)
            highest = max(highest, count, cap or 0)
            if cap is not None:
                limit_points.append(QPointF(point.x(), cap))
        top = axis_top(highest)
        used.replace(used_points)  # one call: appending point by point repaints each time
        projected.replace(projected_points)
        limit.replace(limit_points)
        shown = [used, projected] + ([limit] if limit_points else [])
        shown.append(self._marker("today", data.today, top, TODAY_COLOUR, Qt.PenStyle.SolidLine))
        if data.departure is not None and data.usage and data.usage[-1][0] >= data.departure:
            shown.append(self._marker("leave", data.departure, top, LEAVE_COLOUR,
                                      Qt.PenStyle.DashDotLine))
        for series in shown:
            chart.addSeries(series)
        self._add_axes(top, data.usage)
        self.retranslate()

    def _marker(self, name: str, day: dt.date, top: int, colour: QColor,
                style: Qt.PenStyle) -> QLineSeries:
        line = _series(name, colour, style)
        line.replace([QPointF(_stamp(day), 0), QPointF(_stamp(day), top)])
        return line

    def _add_axes(self, top: int, usage: Usage) -> None:
        chart = self._chart
        x_axis, y_axis = QDateTimeAxis(), QValueAxis()
        x_axis.setFormat("dd.MM.yy")
        if usage:  # the whole period, projection included (not only the first series' days)
            x_axis.setRange(_moment(usage[0][0]), _moment(usage[-1][0]))
        y_axis.setRange(0, top)
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(TICK_DAYS)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)

    def retranslate(self) -> None:
        departure = self._data.departure if self._data else None
        names = {
            "used": self.tr("Days used in the window"),
            "projected": self.tr("Projected"),
            "limit": self.tr("Limit"),
            "today": self.tr("Today"),
            "leave": self.tr("Must leave by %1").replace("%1", format_date(departure)),
        }
        for series in self._chart.series():
            series.setName(names.get(series.objectName(), series.name()))

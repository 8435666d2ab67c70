"""The Travel tab: trips (add, delete with undo), the rolling-window chart and the what-if planner.

The chart plots the days used in the rolling window ending on each day against the limit of the
rule that applies, from ``rules.window_usage``; the planner asks ``rules.what_if``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QMargins, QPointF, Qt, QTime, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.records import ClientRecord, TripRecord
from legalaid.errors import ValidationError
from legalaid.gui.i18n import format_date
from legalaid.gui.wizards.fields import DateField, error_label, show_problem

CHART_PAST_DAYS = 270
CHART_FUTURE_DAYS = 90


class TripDialog(QDialog):
    """Entry and exit of one trip; the service's objections are shown here, fields kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tripDialog")
        self.setWindowTitle(self.tr("Add trip"))
        self.entry = DateField("tripEntryEdit", required=True)
        self.exit = DateField("tripExitEdit")
        self.problem = error_label("tripProblem")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("tripSave")
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Entered Kazakhstan on"), self.entry)
        form.addRow(self.tr("&Left on (empty if still here)"), self.exit)
        form.addRow(self.problem)
        form.addRow(buttons)

    def trip(self) -> TripRecord:
        entry = self.entry.date()
        assert entry is not None
        return TripRecord(entry, self.exit.date())

    def show_problem(self, text: str) -> None:
        show_problem(self.problem, text)

    def _check_and_accept(self) -> None:
        if not (self.entry.check() and self.exit.check()):
            return
        entry, exit_ = self.entry.date(), self.exit.date()
        if entry is not None and exit_ is not None and exit_ < entry:
            self.show_problem(self.tr("The exit date is before the entry date"))
            return
        self.accept()


class TravelTab(QWidget):
    """Trips table with add/delete, the window chart and the what-if planner."""

    add_trip = Signal(object)  # TripRecord
    delete_trip = Signal(int)
    plan = Signal(object, object)  # entry, exit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("tripTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("&Add trip…"))
        self.add_button.setObjectName("addTripButton")
        self.add_button.clicked.connect(self._ask_trip)
        self.delete_button = QPushButton(self.tr("&Delete trip"))
        self.delete_button.setObjectName("deleteTripButton")
        self.delete_button.clicked.connect(self._delete_selected)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.plan_entry = DateField("planEntryEdit", required=True)
        self.plan_exit = DateField("planExitEdit", required=True)
        self.plan_button = QPushButton(self.tr("&Check plan"))
        self.plan_button.setObjectName("planButton")
        self.plan_button.clicked.connect(self._ask_plan)
        self.plan_result = QLabel(wordWrap=True)
        self.plan_result.setObjectName("planResult")
        self._build_layout()
        self._trip_ids: list[int | None] = []
        self.dialog: TripDialog | None = None

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        planner = QGroupBox(self.tr("What if… (planned trip)"))
        form = QFormLayout(planner)
        form.addRow(self.tr("Planned &entry"), self.plan_entry)
        form.addRow(self.tr("Planned e&xit"), self.plan_exit)
        form.addRow(self.plan_button, self.plan_result)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        top.addLayout(left, 1)
        top.addWidget(planner, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.chart_view, 1)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Entered"), self.tr("Left"), self.tr("Days")])

    def show_trips(self, record: ClientRecord, today: dt.date) -> None:
        trips = sorted(record.trips, key=lambda trip: trip.entry, reverse=True)
        self.table.setRowCount(len(trips))
        self._trip_ids = [trip.id for trip in trips]
        for row, trip in enumerate(trips):
            last = trip.exit or today
            values = (format_date(trip.entry),
                      format_date(trip.exit) if trip.exit else self.tr("still in Kazakhstan"),
                      str((last - trip.entry).days + 1))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def show_usage(self, usage: list[tuple[dt.date, int, int | None]]) -> None:
        """Plot days used per day against the rule's limit."""
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        used, limit = QLineSeries(), QLineSeries()
        used.setName(self.tr("Days used in the window"))
        limit.setName(self.tr("Limit"))
        highest = 10
        used_points, limit_points = [], []
        for day, count, cap in usage:
            noon = QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))
            stamp = float(noon.toMSecsSinceEpoch())
            used_points.append(QPointF(stamp, count))
            highest = max(highest, count)
            if cap is not None:
                limit_points.append(QPointF(stamp, cap))
                highest = max(highest, cap)
        used.replace(used_points)  # one call: appending point by point repaints each time
        limit.replace(limit_points)
        limit.setPen(QPen(QColor("#c62828"), 2, Qt.PenStyle.DashLine))
        self.chart.addSeries(used)
        if limit.count():
            self.chart.addSeries(limit)
        x_axis, y_axis = QDateTimeAxis(), QValueAxis()
        x_axis.setFormat("dd.MM.yy")
        y_axis.setRange(0, highest + 10)
        y_axis.setLabelFormat("%d")
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in self.chart.series():
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)

    def show_plan(self, lawful: bool, last: dt.date | None, overstay: int) -> None:
        if lawful:
            text = (self.tr("Lawful: the client may stay until %1.").replace(
                "%1", format_date(last)) if last else self.tr("Lawful."))
        elif last is not None:
            text = self.tr("Not lawful: %n day(s) too late; the last lawful day would be %1.", "",
                           overstay).replace("%1", format_date(last))
        else:
            text = self.tr("Not lawful: the client may not enter on that day.")
        self.plan_result.setText(text)

    def _ask_trip(self) -> None:
        self.dialog = TripDialog(self)
        dialog = self.dialog
        dialog.accepted.connect(lambda: self.add_trip.emit(dialog.trip()))
        self.dialog.open()

    def trip_refused(self, error: ValidationError) -> None:
        """Reopen the dialog with what was typed and the reason."""
        if self.dialog is not None:
            self.dialog.show_problem(error.problem)
            self.dialog.open()

    def _delete_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._trip_ids) and self._trip_ids[row] is not None:
            self.delete_trip.emit(self._trip_ids[row])

    def _ask_plan(self) -> None:
        if self.plan_entry.check() and self.plan_exit.check():
            entry, exit_ = self.plan_entry.date(), self.plan_exit.date()
            if entry and exit_ and exit_ < entry:
                self.plan_result.setText(self.tr("The exit date is before the entry date"))
                return
            self.plan.emit(entry, exit_)

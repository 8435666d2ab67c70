"""The Travel tab: trips (add, edit, delete with undo), the rolling-window chart and the
what-if planner.

The chart plots the days used in the rolling window ending on each day against the limit of the
rule that applies, from ``rules.window_usage``; the planner asks ``rules.what_if``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QMargins, QPointF, Qt, QTime, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.records import TripRecord
from legalaid.gui.i18n import format_date
from legalaid.gui.views.client_file.dialogs import ItemDialog, line_edit
from legalaid.gui.views.client_file.tabs import ItemTable
from legalaid.gui.wizards.fields import DateField, show_problem

CHART_PAST_DAYS = 270
CHART_FUTURE_DAYS = 90
CHECKPOINT_LENGTH = 200  # the trip table's column


class TripDialog(ItemDialog):
    """Entry and exit of one trip, the checkpoint, whether the person crossed outside one, and
    when the host notified the police; the services' objections are shown here, fields kept."""

    def __init__(self, submit: Callable[[], None], trip: TripRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("tripDialog", submit, parent)
        self.trip_id = trip.id if trip else None
        self.entry = DateField("tripEntryEdit", required=True)
        self.exit = DateField("tripExitEdit")
        self.checkpoint = line_edit("tripCheckpoint")
        self.checkpoint.setMaxLength(CHECKPOINT_LENGTH)
        self.irregular = QCheckBox()
        self.irregular.setObjectName("tripIrregularEntry")
        self.irregular.toggled.connect(self.checkpoint.setDisabled)
        self.host_notified = DateField("tripHostNotifiedEdit")
        for key, widget in (("entry", self.entry), ("exit", self.exit),
                            ("checkpoint", self.checkpoint), ("irregular_entry", self.irregular),
                            ("host_notified", self.host_notified)):
            self.add_field(key, widget)
        self.finish_layout()
        self.retranslate()
        if trip is not None:
            self.entry.set_date(trip.entry)
            self.exit.set_date(trip.exit)
            self.checkpoint.setText(trip.checkpoint or "")
            self.irregular.setChecked(trip.irregular_entry)
            self.host_notified.set_date(trip.host_notified)
        self._original = trip
        self.setMinimumWidth(420)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit trip") if self.trip_id else self.tr("Add trip"))
        self.set_labels((self.tr("&Entered Kazakhstan on"),
                         self.tr("&Left on (empty if still here)"),
                         self.tr("&Checkpoint"), self.tr("Irregular entry"),
                         self.tr("&Host notified the police on")))
        self.irregular.setText(self.tr("Crossed the border outside a checkpoint"))

    def trip(self) -> TripRecord:
        entry = self.entry.date()
        assert entry is not None
        irregular = self.irregular.isChecked()
        checkpoint = None if irregular else self.checkpoint.text().strip() or None
        typed = TripRecord(entry, self.exit.date(), checkpoint, irregular,
                           self.host_notified.date())
        if self._original is not None:
            return dataclasses.replace(typed, id=self._original.id)
        return typed

    def check(self) -> bool:
        if not super().check():
            return False
        entry, exit_ = self.entry.date(), self.exit.date()
        if entry is not None and exit_ is not None and exit_ < entry:
            show_problem(self.problem, self.tr("The exit date is before the entry date"))
            return False
        notified = self.host_notified.date()
        if entry is not None and notified is not None and notified < entry:
            show_problem(self.host_notified.error,
                         self.tr("The host cannot notify the police before the entry"))
            return False
        return True

    def _check_and_accept(self) -> None:
        self.save()


class TravelTab(QWidget):
    """Trips table with add/edit/delete, the window chart and the what-if planner."""

    delete_trip = Signal(int)
    plan = Signal(object, object)  # entry, exit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = ItemTable("tripTable", 3)
        self.table = self.items.table
        self.add_button, self.edit_button = self.items.add_button, self.items.edit_button
        self.delete_button = self.items.delete_button
        self.items.add_clicked.connect(self._ask_trip)
        self.items.edit_clicked.connect(self._edit_trip)
        self.items.delete_clicked.connect(self.delete_trip)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.plan_entry = DateField("planEntryEdit", required=True)
        self.plan_exit = DateField("planExitEdit", required=True)
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("planButton")
        self.plan_button.clicked.connect(self._ask_plan)
        self.plan_result = QLabel(wordWrap=True)
        self.plan_result.setObjectName("planResult")
        self._build_layout()
        self._trips: list[TripRecord] = []
        self._today = dt.date.today()
        self.dialog: TripDialog | None = None
        # Set by the page: saves a trip or raises ValidationError (shown in the dialog).
        self.save_trip: Callable[[TripRecord], None] = _not_connected
        self.retranslate()

    def _build_layout(self) -> None:
        self.planner = QGroupBox()
        form = QFormLayout(self.planner)
        self.plan_entry_label, self.plan_exit_label = QLabel(), QLabel()
        self.plan_entry_label.setBuddy(self.plan_entry.edit)
        self.plan_exit_label.setBuddy(self.plan_exit.edit)
        form.addRow(self.plan_entry_label, self.plan_entry)
        form.addRow(self.plan_exit_label, self.plan_exit)
        form.addRow(self.plan_button, self.plan_result)
        top = QHBoxLayout()
        top.addWidget(self.items, 1)
        top.addWidget(self.planner, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.chart_view, 1)

    def retranslate(self) -> None:
        self.items.set_texts([self.tr("Entered"), self.tr("Left"), self.tr("Days")],
                             self.tr("&Add trip…"), self.tr("&Edit trip…"),
                             self.tr("&Delete trip"))
        self.planner.setTitle(self.tr("What if… (planned trip)"))
        self.plan_entry_label.setText(self.tr("Planned &entry"))
        self.plan_exit_label.setText(self.tr("Planned e&xit"))
        self.plan_button.setText(self.tr("&Check plan"))
        self.show_trips(self._trips, self._today)
        for series in self.chart.series():
            series.setName(self.tr("Limit") if series.objectName() == "limit"
                           else self.tr("Days used in the window"))

    def show_trips(self, trips: Sequence[TripRecord], today: dt.date) -> None:
        ordered = sorted(trips, key=lambda trip: trip.entry, reverse=True)
        self._trips, self._today = ordered, today
        rows = []
        for trip in ordered:
            last = trip.exit or today
            rows.append((format_date(trip.entry),
                         format_date(trip.exit) if trip.exit else self.tr("still in Kazakhstan"),
                         str((last - trip.entry).days + 1)))
        self.items.show_rows([trip.id or 0 for trip in ordered], rows)

    def show_usage(self, usage: list[tuple[dt.date, int, int | None]]) -> None:
        """Plot days used per day against the rule's limit."""
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        used, limit = QLineSeries(), QLineSeries()
        limit.setObjectName("limit")
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
        self.open_dialog(None)

    def _edit_trip(self, trip_id: int) -> None:
        for trip in self._trips:
            if trip.id == trip_id:
                self.open_dialog(trip)

    def open_dialog(self, trip: TripRecord | None) -> None:
        """The add (None) or edit dialog; it stays open with the typed dates when refused."""
        dialog = TripDialog(lambda: self.save_trip(dialog.trip()), trip, self)
        self.dialog = dialog
        dialog.open()

    def _ask_plan(self) -> None:
        if self.plan_entry.check() and self.plan_exit.check():
            entry, exit_ = self.plan_entry.date(), self.plan_exit.date()
            if entry and exit_ and exit_ < entry:
                self.plan_result.setText(self.tr("The exit date is before the entry date"))
                return
            self.plan.emit(entry, exit_)


def _not_connected(_trip: TripRecord) -> None:
    raise RuntimeError("the page did not connect the travel tab")

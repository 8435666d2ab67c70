"""The Travel tab: trips (add, edit, delete with undo), the rolling-window chart and the
what-if planner.

The chart (``travel_chart``) plots the days used in the rolling window ending on each day against
the limit of the rule that applies, projected to the planner's departure; the planner takes the
departure of the current stay and a planned trip and shows the planner's answer for each.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.records import TripRecord
from legalaid.domain.validation import trip_problems
from legalaid.errors import ValidationError
from legalaid.gui.i18n import format_date
from legalaid.gui.ops import Op
from legalaid.gui.views.client_file.dialogs import ItemDialog, Submit, line_edit, not_connected
from legalaid.gui.views.client_file.tabs import ItemTable
from legalaid.gui.views.client_file.travel_chart import ChartData, WindowChart
from legalaid.gui.wizards.fields import DateField

if TYPE_CHECKING:
    from legalaid.services.verdicts import PlannedTrip

CHART_PAST_DAYS = 270
CHART_FUTURE_DAYS = 90
CHECKPOINT_LENGTH = 200  # the trip table's column
DAYS_COLUMN = 2


class TripDialog(ItemDialog):
    """Entry and exit of one trip, the checkpoint, whether the person crossed outside one, and
    when the host notified the police; the services' objections are shown here, fields kept."""

    def __init__(self, submit: Submit, trip: TripRecord | None = None,
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
            return dataclasses.replace(typed, id=self._original.id,
                                       version=self._original.version)
        return typed

    def problems(self) -> list[ValidationError]:
        return trip_problems(self.trip(), "trip", dt.date.today())

    def _check_and_accept(self) -> None:
        self.save()


class TravelTab(QWidget):
    """Trips table with add/edit/delete, the window chart and the what-if planner."""

    delete_trip = Signal(int)
    plan = Signal(object, object, object)  # departure of the current stay, entry, exit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = ItemTable("tripTable", 5)
        self.table = self.items.table
        self.table.horizontalHeader().setSectionResizeMode(
            DAYS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)  # the dates and words get room
        self.add_button, self.edit_button = self.items.add_button, self.items.edit_button
        self.delete_button = self.items.delete_button
        self.items.add_clicked.connect(self._ask_trip)
        self.items.edit_clicked.connect(self._edit_trip)
        self.items.delete_clicked.connect(self.delete_trip)
        self.chart_view = WindowChart()
        self.plan_leave = DateField("planLeaveEdit")
        self.plan_entry = DateField("planEntryEdit")
        self.plan_exit = DateField("planExitEdit")
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("planButton")
        self.plan_button.clicked.connect(self._ask_plan)
        self.plan_result = QLabel(wordWrap=True)
        self.plan_result.setObjectName("planResult")
        self.plan_result.setMinimumHeight(3 * self.plan_result.fontMetrics().lineSpacing())
        self._build_layout()
        self._trips: list[TripRecord] = []
        self._today = dt.date.today()
        self._answers: tuple[PlannedTrip, ...] = ()
        self._present = False
        self.dialog: TripDialog | None = None
        # Set by the page: the op that saves a trip (a refusal is shown in the dialog).
        self.save_trip: Callable[[TripRecord], Op[Any]] = not_connected
        self.retranslate()

    def _build_layout(self) -> None:
        self.planner = QGroupBox()
        form = QFormLayout(self.planner)
        self.plan_labels = []
        for field in (self.plan_leave, self.plan_entry, self.plan_exit):
            label = QLabel()
            label.setBuddy(field.edit)
            form.addRow(label, field)
            self.plan_labels.append(label)
        form.addRow("", self.plan_button)
        form.addRow(self.plan_result)  # the whole width: one line per trip
        top = QHBoxLayout()
        top.addWidget(self.items, 1)
        top.addWidget(self.planner, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 0)  # as tall as the planner needs; the chart takes the rest
        layout.addWidget(self.chart_view, 1)

    def retranslate(self) -> None:
        self.items.set_texts([self.tr("Entered"), self.tr("Left"), self.tr("Days"),
                              self.tr("Checkpoint"), self.tr("Host notified")],
                             self.tr("&Add trip…"), self.tr("&Edit trip…"),
                             self.tr("&Delete trip"))
        self.planner.setTitle(self.tr("What if… (planned trip)"))
        for label, text in zip(self.plan_labels, (
                self.tr("&Leaves Kazakhstan on"), self.tr("Planned &entry"),
                self.tr("Planned e&xit")), strict=True):
            label.setText(text)
        self.plan_leave.edit.setToolTip(self.tr("When the client is in Kazakhstan: the day the "
                                                "current stay ends (empty: the last lawful day)"))
        self.plan_button.setText(self.tr("&Check plan"))
        self.show_trips(self._trips, self._today)
        self.chart_view.retranslate()
        if self._answers:
            self.show_plan(self._answers, self._present)

    def show_trips(self, trips: Sequence[TripRecord], today: dt.date) -> None:
        ordered = sorted(trips, key=lambda trip: trip.entry, reverse=True)
        self._trips, self._today = ordered, today
        rows = []
        for trip in ordered:
            last = trip.exit or today
            rows.append((format_date(trip.entry),
                         format_date(trip.exit) if trip.exit else self.tr("still in Kazakhstan"),
                         str((last - trip.entry).days + 1),
                         self.tr("irregular entry") if trip.irregular_entry
                         else trip.checkpoint or "", format_date(trip.host_notified)))
        self.items.show_rows([trip.id or 0 for trip in ordered], rows)

    def show_chart(self, data: ChartData) -> None:
        self.chart_view.show_data(data)

    def show_plan(self, answers: Sequence[PlannedTrip], present: bool) -> None:
        """One line per trip (the current stay first when ``present``): lawful or not, from
        which day not, and the latest lawful exit."""
        self._answers, self._present = tuple(answers), present
        lines = [self._answer_line(answer, index == 0 and present)
                 for index, answer in enumerate(answers)]
        self.plan_result.setText("\n".join(lines))

    def _answer_line(self, answer: PlannedTrip, current: bool) -> str:
        which = (self.tr("Current stay, leaving on %1").replace("%1", format_date(answer.exit))
                 if current else self.tr("Trip %1 – %2").replace(
                     "%1", format_date(answer.entry)).replace("%2", format_date(answer.exit)))
        latest = answer.latest_lawful_exit
        if answer.lawful:
            text = (self.tr("%1: lawful; the stay could last until %2.").replace(
                "%2", format_date(latest)) if latest is not None and latest > answer.exit
                else self.tr("%1: lawful."))
        elif answer.first_unlawful_day is None:
            text = self.tr("%1: cannot be judged: the status is unknown (see the banner).")
        elif latest is None:
            text = self.tr("%1: not lawful: the client may not enter on that day.")
        else:
            text = self.tr("%1: not lawful from %2; leave by %3 at the latest.").replace(
                "%2", format_date(answer.first_unlawful_day)).replace("%3", format_date(latest))
        text = text.replace("%1", which)
        return f"{text} ({answer.rule})" if answer.rule else text

    def show_plan_problem(self, problem: str) -> None:
        self._answers = ()
        self.plan_result.setText(problem)

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
        if not all([self.plan_leave.check(), self.plan_entry.check(), self.plan_exit.check()]):
            return
        leave, entry, exit_ = self.plan_leave.date(), self.plan_entry.date(), self.plan_exit.date()
        if (entry is None) != (exit_ is None):
            self.show_plan_problem(self.tr("Give both the planned entry and the planned exit"))
        elif entry and exit_ and exit_ < entry:
            self.show_plan_problem(self.tr("The exit date is before the entry date"))
        else:
            self.plan.emit(leave, entry, exit_)

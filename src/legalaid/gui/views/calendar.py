"""The Calendar page: a month grid with the number of deadlines per day coloured by kind
(document expiries, other rule deadlines, tasks) and the agenda of the chosen day or of the whole
month. Arrows move by a day or a week, PgUp/PgDn by a month, Home goes to today. Tasks can be
marked done; the agenda shown, or one client's deadlines, can be exported to an ``.ics`` file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from legalaid.gui.changes import CLIENT_DATA, Changes, Kind, Refresher
from legalaid.gui.file_dialogs import save_file
from legalaid.gui.i18n import current_language, format_date
from legalaid.gui.ops import Op
from legalaid.gui.widgets import named
from legalaid.services.calendar import CalendarService, DayCounts
from legalaid.services.deadlines import DeadlineRow
from legalaid.services.exports import ExportService
from legalaid.services.status import StatusService
from legalaid.services.today import TodayService

KIND_COLOURS = {"expiry": QColor("#ef6c00"), "rule": QColor("#c62828"), "task": QColor("#1565c0"),
                "referral": QColor("#6a1b9a")}
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 1


def count_marks(found: DayCounts) -> list[tuple[str, QColor]]:
    """The day's counts as the cell shows them: "● n" in the colour of its kind's legend."""
    return [(f"● {count}", KIND_COLOURS[kind]) for kind, count in
            (("expiry", found.expiry), ("rule", found.rule), ("task", found.task),
             ("referral", found.referral)) if count]


def month_title(month: dt.date) -> str:
    """The month as a word and the year in the interface language ("Желтоқсан 2026",
    "Декабрь 2026", "December 2026")."""
    name = QLocale().standaloneMonthName(month.month)
    return f"{name[:1].upper()}{name[1:]} {month.year}"


class CountsDelegate(QStyledItemDelegate):
    """Draws a day cell: the day's number as the item says, then each count in its colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        marks = index.data(COUNTS_ROLE) or []
        if not marks:
            return
        painter.save()
        metrics = option.fontMetrics
        rect = option.rect
        x = rect.left() + 4
        y = rect.top() + 2 + metrics.height() * 2
        for text, colour in marks:
            width = metrics.horizontalAdvance(text)
            if x + width > rect.right() - 2:  # next line when the cell is narrow
                x, y = rect.left() + 4, y + metrics.height()
            painter.setPen(colour)
            painter.drawText(x, y, text)
            x += width + metrics.horizontalAdvance("  ")
        painter.restore()
CLIENT_EXPORT_DAYS = 365
WEEKS = 6


def grid_start(month: dt.date) -> dt.date:
    """The Monday on or before the first of the month (the grid's first cell)."""
    first = month.replace(day=1)
    return first - dt.timedelta(days=first.weekday())


def row_kind(row: DeadlineRow) -> str:
    if row.kind in ("task", "referral"):
        return row.kind
    return "expiry" if row.document else "rule"


class MonthGrid(QTableWidget):
    """Six weeks of seven days; the keyboard moves the chosen day."""

    day_chosen = Signal(object)  # dt.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(WEEKS, 7, parent)
        self.setObjectName("monthGrid")
        self.setItemDelegate(CountsDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.first = grid_start(dt.date.today())
        self.month = dt.date.today().replace(day=1)
        self.today = dt.date.today()
        self.cellClicked.connect(lambda row, col: self.day_chosen.emit(self.day_at(row, col)))

    def day_at(self, row: int, column: int) -> dt.date:
        return self.first + dt.timedelta(days=row * 7 + column)

    def show_month(self, month: dt.date, counts: dict[dt.date, DayCounts], chosen: dt.date,
                   today: dt.date) -> None:
        self.month, self.first, self.today = month.replace(day=1), grid_start(month), today
        for cell in range(WEEKS * 7):
            day = self.first + dt.timedelta(days=cell)
            found = counts.get(day, DayCounts())
            item = QTableWidgetItem(str(day.day))
            # Each count is drawn by the delegate in its legend colour.
            item.setData(COUNTS_ROLE, count_marks(found))
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            tip = self.tr("%1: %2 document(s) end, %3 rule deadline(s), %4 task(s)")
            for mark, value in (("%1", format_date(day)), ("%2", str(found.expiry)),
                                ("%3", str(found.rule)), ("%4", str(found.task))):
                tip = tip.replace(mark, value)
            item.setToolTip(tip)
            if day.month != self.month.month:
                item.setForeground(QBrush(QColor("#9e9e9e")))
            if day == today:
                item.setBackground(QBrush(QColor("#fff8e1")))
            self.setItem(cell // 7, cell % 7, item)
        offset = (chosen - self.first).days
        if 0 <= offset < WEEKS * 7:
            self.setCurrentCell(offset // 7, offset % 7)

    def chosen(self) -> dt.date:
        return self.day_at(max(self.currentRow(), 0), max(self.currentColumn(), 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: dt.timedelta(days=-1), Qt.Key.Key_Right: dt.timedelta(days=1),
                 Qt.Key.Key_Up: dt.timedelta(days=-7), Qt.Key.Key_Down: dt.timedelta(days=7)}
        key = event.key()
        day = self.chosen()
        if key in steps:
            self.day_chosen.emit(day + steps[Qt.Key(key)])
        elif key == Qt.Key.Key_PageUp:
            self.day_chosen.emit(day - relativedelta(months=1))
        elif key == Qt.Key.Key_PageDown:
            self.day_chosen.emit(day + relativedelta(months=1))
        elif key == Qt.Key.Key_Home:
            self.day_chosen.emit(self.today)
        else:
            super().keyPressEvent(event)



class CalendarPage(QWidget):
    """Month grid on the left, agenda on the right."""

    open_client = Signal(int, str)

    def __init__(self, calendar: CalendarService, today: TodayService, status: StatusService,
                 exports: ExportService, parent: QWidget | None = None,
                 clock: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self.calendar, self.today, self.status, self.exports = calendar, today, status, exports
        self.clock = clock
        self.chosen = self.clock()
        self.rows: list[DeadlineRow] = []
        self._build()
        self.retranslate()
        self.refresh()
        self.refresher = Refresher(self, (*CLIENT_DATA, Kind.REFERRALS, Kind.LANGUAGE),
                                   self.refresh_in_background)

    def _build(self) -> None:
        self.month_label = named(QLabel(), "monthLabel")
        self.month_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        # Tool buttons: a push button's least width would make the two arrows 80 pixels each.
        self.previous = named(QToolButton(), "previousMonth")
        self.next = named(QToolButton(), "nextMonth")
        self.previous.setText("‹")
        self.next.setText("›")
        self.previous.clicked.connect(lambda: self.choose(self.chosen - relativedelta(months=1)))
        self.next.clicked.connect(lambda: self.choose(self.chosen + relativedelta(months=1)))
        self.mode = named(QComboBox(), "agendaMode")
        self.mode.addItems(["", ""])
        self.mode.currentIndexChanged.connect(lambda _i: self._load_agenda())
        self.grid = MonthGrid()
        self.grid.day_chosen.connect(self.choose)
        self.agenda = named(QListWidget(), "agenda")
        self.agenda.itemActivated.connect(self._open_item)
        self.done_button = named(QPushButton(), "markDone")
        self.done_button.clicked.connect(self.mark_done)
        self.export_button = named(QPushButton(), "exportIcs")
        self.export_button.clicked.connect(lambda: self._ask_and_export(None))
        self.client_export = named(QPushButton(), "exportClientIcs")
        self.client_export.clicked.connect(self._export_current_client)
        self.legend = named(QLabel(), "calendarLegend")
        head = QHBoxLayout()
        for widget in (self.previous, self.month_label, self.next):
            head.addWidget(widget)
        head.addStretch(1)
        head.addWidget(self.mode)
        left = QVBoxLayout()
        left.addLayout(head)
        left.addWidget(self.grid, 1)
        left.addWidget(self.legend)
        # The buttons one under another, narrow month arrows and a legend that wraps: side by
        # side, Kazakh's longer labels made the window wider than its default.
        self.legend.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.agenda, 1)
        for button in (self.done_button, self.export_button, self.client_export):
            right.addWidget(button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    # -- navigation ------------------------------------------------------------------------------
    def choose(self, day: dt.date) -> None:
        month_changed = (day.year, day.month) != (self.chosen.year, self.chosen.month)
        self.chosen = day
        if month_changed:
            self.refresh()
        else:
            self.grid.show_month(self.chosen, self._counts, self.chosen, self.clock())
            self._load_agenda()
        self.grid.setFocus()

    def refresh(self) -> None:
        """Read the month's counts again and the agenda."""
        self._show_read(self.chosen, self.period(), self._reader()())

    def refresh_in_background(self) -> None:
        """The same, read off the UI thread (after a change: the page stays responsive)."""
        chosen, period = self.chosen, self.period()
        Op(self, self._reader()).quietly() \
            .success(lambda found: self._show_read(chosen, period, found)).run()

    def _reader(self) -> Callable[[], tuple[dict[dt.date, DayCounts], list[DeadlineRow]]]:
        """The month's counts and the agenda shown, as a call that reads them."""
        first, (start, end), today = grid_start(self.chosen), self.period(), self.clock()
        service = self.calendar

        def read() -> tuple[dict[dt.date, DayCounts], list[DeadlineRow]]:
            counts = service.month_counts(first, first + dt.timedelta(days=WEEKS * 7 - 1))
            return counts, list(service.agenda(start, end, today))

        return read

    def _show_read(self, chosen: dt.date, period: tuple[dt.date, dt.date],
                   found: tuple[dict[dt.date, DayCounts], list[DeadlineRow]]) -> None:
        if (chosen, period) != (self.chosen, self.period()):  # the user moved on meanwhile
            return
        self._counts = found[0]
        self.grid.show_month(self.chosen, self._counts, self.chosen, self.clock())
        self.month_label.setText(month_title(self.chosen))
        self._show_agenda(found[1])

    def period(self) -> tuple[dt.date, dt.date]:
        """The chosen day, or the whole month in agenda mode."""
        if self.mode.currentIndex() == 1:
            first = self.chosen.replace(day=1)
            return first, first + relativedelta(months=1) - dt.timedelta(days=1)
        return self.chosen, self.chosen

    def _load_agenda(self) -> None:
        first, last = self.period()
        self._show_agenda(self.calendar.agenda(first, last, self.clock()))

    def _show_agenda(self, rows: list[DeadlineRow]) -> None:
        self.rows = rows
        self.agenda.clear()
        texts, language = self.status.rulebook().texts, current_language()
        for row in self.rows:
            rule = f"  [{row.rule}]" if row.rule else ""
            title = texts.title_in(row.title, language)  # rule titles in the interface language
            if row.kind == "referral":
                title = self.tr("answer due from %1").replace("%1", row.title)
            item = QListWidgetItem(f"{format_date(row.due)}  #{row.client_id} {row.client_name}"
                                   f" — {title}{rule}")
            item.setForeground(QBrush(KIND_COLOURS[row_kind(row)]))
            self.agenda.addItem(item)
        if not self.rows:
            self.agenda.addItem(self.tr("No deadlines."))

    # -- actions ---------------------------------------------------------------------------------
    def _current_row(self) -> DeadlineRow | None:
        index = self.agenda.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _open_item(self, _item: QListWidgetItem) -> None:
        row = self._current_row()
        if row is not None:
            tab = {"task": "cases", "expiry": "documents",
                   "referral": "referrals"}.get(row_kind(row), "travel")
            self.open_client.emit(row.client_id, tab)

    def mark_done(self) -> None:
        row = self._current_row()
        if row is None or row.task_id is None or row.kind != "task":
            return
        task_id = row.task_id
        Op(self, lambda: self.today.complete_task(
            row.client_id, task_id, self.clock()), Changes.client(row.client_id)).run()

    def export_ics(self, path: Path, rows: list[DeadlineRow] | None = None) -> int:
        """Write these rows (default: the agenda shown) to ``path``, a regular file written
        whole beside its target; returns how many."""
        return self.exports.write_ics(self.rows if rows is None else rows, path)

    def export_client_ics(self, client_id: int, path: Path) -> int:
        """One client's deadlines from today for a year."""
        today = self.clock()
        rows = self.calendar.client_deadlines(
            client_id, today, today + dt.timedelta(days=CLIENT_EXPORT_DAYS), today)
        return self.export_ics(path, rows)

    def _ask_and_export(self, client_id: int | None) -> None:
        path = save_file(self, self.tr("Export deadlines"), "deadlines.ics",
                         self.tr("Calendar files (*.ics)"))
        if path is None:
            return
        if client_id is None:
            rows = self.rows
            Op(self, lambda: self.export_ics(path, rows)).run()
        else:
            Op(self, lambda: self.export_client_ics(client_id, path)).run()

    def _export_current_client(self) -> None:
        row = self._current_row()
        if row is not None:
            self._ask_and_export(row.client_id)

    # -- language --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.grid.setHorizontalHeaderLabels([
            self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
            self.tr("Sat"), self.tr("Sun")])
        self.mode.setItemText(0, self.tr("Agenda of the day"))
        self.mode.setItemText(1, self.tr("Agenda of the month"))
        self.month_label.setText(month_title(self.chosen))
        self._show_agenda(self.rows)  # the agenda's rule titles and words, in the new language
        self.done_button.setText(self.tr("Mark task done"))
        self.export_button.setText(self.tr("Export shown to .ics…"))
        self.client_export.setText(self.tr("Export this client's deadlines…"))
        kinds = {"expiry": self.tr("documents ending"), "rule": self.tr("rule deadlines"),
                 "task": self.tr("tasks"), "referral": self.tr("partners' answers due")}
        self.legend.setText(" &nbsp; ".join(
            f"<span style='color:{KIND_COLOURS[kind].name()}'>●</span> {text}"
            for kind, text in kinds.items()))

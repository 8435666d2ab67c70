"""The Today page (the start page): how many clients overstay or are at risk, which documents end
soon, what is due this week and which tasks are overdue, each count opening its list; one click
(or Enter) on a row opens the client file at the tab that shows it. A small chart shows the
caseload by status and by category. Everything comes from ``TodayService`` (no SQL here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from legalaid.gui.changes import CLIENT_DATA, Changes, Kind, Refresher
from legalaid.gui.header_fit import fit_header_texts
from legalaid.gui.i18n import current_language, format_date, format_number
from legalaid.gui.labels import document_label
from legalaid.gui.ops import Op
from legalaid.gui.views.caseload_chart import CaseloadChart
from legalaid.gui.views.referral_alerts import ReferralAlerts
from legalaid.gui.widgets import named
from legalaid.services.case_templates import CaseTemplateService
from legalaid.services.referrals import ReferralService
from legalaid.services.rule_packs import Activation, RulePackService
from legalaid.services.status import StatusService
from legalaid.services.today import TodayCounts, TodayRow, TodayService
from legalaid.settings import Settings

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 5  # client, what, when, rule, done


def wrapped(text: str, metrics: QFontMetrics, width: int) -> str:
    """The text broken into lines no wider than ``width`` pixels (a longer word keeps a line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


class TodayTable(QTableWidget):
    """The list behind the chosen count; Enter opens the current row's client."""

    open_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.open_row.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class TodayPage(QWidget):
    """Counts on top, the chosen list below, the caseload chart on the right."""

    open_client = Signal(int, str)  # client id, tab name
    case_opened = Signal(int)  # client id

    def __init__(self, today: TodayService, status: StatusService,
                 case_templates: CaseTemplateService, settings: Settings,
                 parent: QWidget | None = None,
                 clock: Callable[[], dt.date] = dt.date.today,
                 referrals: ReferralService | None = None,
                 rule_packs: RulePackService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self.referrals = referrals
        self.today, self.status, self.case_templates = today, status, case_templates
        self.rule_packs = rule_packs
        self.rules_update: Activation | None = None
        self.clock = clock
        self.settings = settings
        self.rows: list[TodayRow] = []
        self.counts: TodayCounts | None = None
        self.section = "overstay"
        self.section_days = 90
        self._reads = 0  # only the latest read is shown
        self._build()
        self.retranslate()
        self.refresh()
        # Tiles, lists and chart labels (in the interface language) come from client data.
        self.refresher = Refresher(self, (*CLIENT_DATA, Kind.REFERRALS, Kind.SETTINGS,
                                          Kind.LANGUAGE), self.refresh_in_background)

    # -- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = named(QLabel(), "todayTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.rules_note = named(QLabel(), "rulesUpdated")  # after a new rules pack: how many
        self.rules_note.hide()
        self.scope = named(QComboBox(), "todayScope")
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.template_button = named(QPushButton(), "newCaseFromTemplate")
        self.template_button.clicked.connect(self.new_case_from_template)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.scope)
        top.addWidget(self.template_button)
        self.buttons: dict[str, QToolButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        grid = QGridLayout()
        for index, key in enumerate(self._button_keys()):
            button = named(QToolButton(), f"count_{key}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumSize(150, 64)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _c=False, key=key: self.show_section_key(key))
            self.group.addButton(button)
            self.buttons[key] = button
            grid.addWidget(button, index // 4, index % 4)
        self.table = named(TodayTable(0, COLUMNS), "todayTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fit_header_texts(self.table.horizontalHeader())
        self.table.cellClicked.connect(lambda row, _col: self._open(row))
        self.table.open_row.connect(self._open)
        self.empty = named(QLabel(), "todayEmpty")
        self.chart = CaseloadChart()
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.rules_note)
        left.addLayout(grid)
        self.referral_alerts: ReferralAlerts | None = None
        if self.referrals is not None:
            self.referral_alerts = ReferralAlerts(self.referrals, self.clock, self.lawyer)
            self.referral_alerts.open_client.connect(self.open_client)
            left.addWidget(self.referral_alerts)
        left.addWidget(self.table, 1)
        left.addWidget(self.empty)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.chart, 1)

    def _button_keys(self) -> list[str]:
        days = sorted({d for d in self.settings.expiry_alert_days if d >= 0}) or [90]
        return ["overstay", "at_risk", *[f"expiring_{d}" for d in days], "this_week", "overdue"]

    # -- data ------------------------------------------------------------------------------------
    def lawyer(self) -> str | None:
        """None for all clients, else the chosen lawyer's name."""
        value = self.scope.currentData()
        return value if isinstance(value, str) and value else None

    def _fill_scope(self) -> None:
        chosen = self.lawyer() or self.settings.lawyer_name or None
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("All clients"), "")
        for name in self.today.lawyers():
            self.scope.addItem(self.tr("Clients of %1").replace("%1", name), name)
        index = self.scope.findData(chosen) if chosen else 0
        self.scope.setCurrentIndex(max(index, 0))
        self.scope.blockSignals(False)

    def refresh(self) -> None:
        """Counts, chart and the current list, read again."""
        if self.scope.count() == 0:
            self._fill_scope()
        self._reads += 1
        self._show_read(self._reads, self._current_key(), self._reader()())
        if self.referral_alerts is not None:
            self.referral_alerts.refresh()
        self._read_rules_update()

    def _read_rules_update(self) -> None:
        """The latest change of rules pack, shown for a week after it: "rules updated: N
        clients changed"."""
        if self.rule_packs is not None:
            Op(self, self.rule_packs.last_activation).quietly() \
                .success(self._show_rules_update).run()

    def _show_rules_update(self, update: Activation | None) -> None:
        recent = update is not None and update.at is not None \
            and update.at.date() >= self.clock() - dt.timedelta(days=7)
        self.rules_update = update if recent else None
        self.rules_note.setVisible(self.rules_update is not None)
        if update is not None and recent:
            self.rules_note.setText(self.tr("Rules updated: %n client(s) changed (%2 replaced %3)",
                                            "", update.changed_clients)
                                    .replace("%2", update.pack)
                                    .replace("%3", update.replaced or ""))

    def refresh_in_background(self) -> None:
        """The same, read off the UI thread (after a change: the page stays responsive)."""
        self._reads += 1
        read, key = self._reads, self._current_key()
        Op(self, self._reader()).quietly() \
            .success(lambda found: self._show_read(read, key, found)).run()
        if self.referral_alerts is not None:
            self.referral_alerts.refresh()

    def _reader(self) -> Callable[[], tuple[TodayCounts, list[TodayRow]]]:
        """What the page shows, as a call that reads it (safe on any thread)."""
        today, lawyer, section, days = (self.clock(), self.lawyer(), self.section,
                                        self.section_days)
        service, at_risk, expiry = (self.today, self.status.at_risk_days,
                                    self.settings.expiry_alert_days)

        def read() -> tuple[TodayCounts, list[TodayRow]]:
            counts = service.counts(today, lawyer, at_risk_days=at_risk, expiry_days=expiry)
            rows = service.section_rows(section, today, lawyer, at_risk_days=at_risk, days=days)
            return counts, list(rows)

        return read

    def _show_read(self, read: int, key: str,
                   found: tuple[TodayCounts, list[TodayRow]]) -> None:
        if read != self._reads:  # a later read is on its way
            return
        self.counts = found[0]
        self._show_counts()
        self.chart.show_counts(self.counts.by_status, self.counts.by_category)
        if key != self._current_key():  # another count was chosen meanwhile: its rows stay
            return
        self.rows = found[1]
        if key in self.buttons:
            self.buttons[key].setChecked(True)
        self._show_rows()

    def show_section_key(self, key: str) -> None:
        if key.startswith("expiring_"):
            self.section, self.section_days = "expiring", int(key.split("_")[1])
        else:
            self.section = key
        self.buttons[key].setChecked(True)
        self._load_rows()

    def _current_key(self) -> str:
        return f"expiring_{self.section_days}" if self.section == "expiring" else self.section

    def _load_rows(self) -> None:
        today = self.clock()
        self.rows = self.today.section_rows(
            self.section, today, self.lawyer(), at_risk_days=self.status.at_risk_days,
            days=self.section_days)
        key = self._current_key()
        if key in self.buttons:
            self.buttons[key].setChecked(True)
        self._show_rows()

    def _count_of(self, key: str) -> int:
        counts = self.counts
        if counts is None:
            return 0
        if key.startswith("expiring_"):
            return dict(counts.expiring).get(int(key.split("_")[1]), 0)
        value = getattr(counts, key)
        return int(value)

    def _show_counts(self) -> None:
        texts = self._button_texts()
        for key, button in self.buttons.items():
            # A tool button does not wrap its text: the label is broken to the button's width
            # (Kazakh and Russian labels are much longer than the English ones).
            label = wrapped(texts(key), button.fontMetrics(), max(button.width(), 150) - 16)
            button.setText(f"{format_number(self._count_of(key))}\n{label}")
            button.setAccessibleName(f"{texts(key)}: {self._count_of(key)}")

    def _button_texts(self) -> Callable[[str], str]:
        def text(key: str) -> str:
            if key.startswith("expiring_"):
                return self.tr("documents end within %n day(s)", "", int(key.split("_")[1]))
            return {
                "overstay": self.tr("overstaying"),
                "at_risk": self.tr("at risk: %n day(s) or fewer left", "",
                                   self.status.at_risk_days),
                "this_week": self.tr("due in the next 7 days"),
                "overdue": self.tr("overdue tasks"),
            }[key]
        return text

    def _what(self, row: TodayRow) -> str:
        if row.kind == "overstay":
            return self.tr("Overstaying %n day(s)", "", row.days or 0)
        if row.kind == "at_risk":
            return self.tr("%n day(s) of lawful stay left", "", row.days or 0)
        if row.kind == "expiry":
            return self.tr("%1 ends").replace("%1", document_label(row.what))
        if row.kind == "task":
            return self.tr("Task: %1").replace("%1", row.what)
        # A rule's deadline: its title from the rules file, in the interface language.
        return self.status.rulebook().texts.title_in(row.what, current_language())

    def _show_rows(self) -> None:
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = (f"#{row.client_id}  {row.client_name}", self._what(row),
                     format_date(row.due) if row.due != dt.date.min else "", row.rule or "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROW_ROLE, index)
                item.setToolTip(text)  # whole, when a narrow window cuts the cell
                self.table.setItem(index, column, item)
            if row.kind == "task":
                self.table.setCellWidget(index, 4, self._done_button(row))
            else:
                self.table.removeCellWidget(index, 4)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(4)  # no empty band where no task has its Done button
        self.empty.setVisible(not self.rows)

    def _done_button(self, row: TodayRow) -> QPushButton:
        button = named(QPushButton(self.tr("Done")), f"done_{row.item_id}")
        button.setToolTip(self.tr("Mark this task done today"))
        button.clicked.connect(lambda _c=False, row=row: self.mark_done(row))
        return button

    # -- actions ---------------------------------------------------------------------------------
    def _open(self, index: int) -> None:
        if 0 <= index < len(self.rows):
            row = self.rows[index]
            self.open_client.emit(row.client_id, row.tab)

    def mark_done(self, row: TodayRow) -> None:
        item_id = row.item_id
        if item_id is None:
            return
        Op(self, lambda: self.today.complete_task(
            row.client_id, item_id, self.clock()), Changes.client(row.client_id)).run()

    def new_case_from_template(self) -> None:
        from legalaid.gui.views.case_template_dialog import CaseTemplateDialog

        client_id = self.rows[self.table.currentRow()].client_id \
            if 0 <= self.table.currentRow() < len(self.rows) else None
        dialog = CaseTemplateDialog(self.case_templates, self.status, client_id, self,
                                    clock=self.clock)
        dialog.case_opened.connect(self._case_opened)
        dialog.open()

    def _case_opened(self, _case_id: int, client_id: int) -> None:
        self.case_opened.emit(client_id)

    # -- language --------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.counts is not None:
            self._show_counts()  # the labels are wrapped to the buttons' new width

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Today, %1").replace("%1", format_date(self.clock())))
        self.template_button.setText(self.tr("New case from template…"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Client"), self.tr("What is due"), self.tr("When"), self.tr("Rule"), ""])
        self.empty.setText(self.tr("Nothing here today."))
        if self.rules_update is not None:
            self._show_rules_update(self.rules_update)
        if self.scope.count():
            self.scope.setItemText(0, self.tr("All clients"))
            for index in range(1, self.scope.count()):
                self.scope.setItemText(index, self.tr("Clients of %1").replace(
                    "%1", str(self.scope.itemData(index))))
        if self.counts is not None:
            self._show_counts()
            self._show_rows()

"""The Reports page: an activity report for a period and funding code, with a bar chart per
breakdown (QtCharts), exported as PDF, XLSX or CSV; and the spreadsheet import.

Counting runs off the UI thread (``gui.ops``). Labels of the report come from the report's own
three-language data file, in the interface language, so screen and PDF say the same.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.report import Report, Section, figure_label, section_label, value_label
from legalaid.gui import i18n
from legalaid.gui.file_dialogs import save_file
from legalaid.gui.ops import run_op
from legalaid.gui.widgets import named
from legalaid.services.imports import ImportService
from legalaid.services.referrals import KindFigures, ReferralService
from legalaid.services.reports import ReportService


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ReportsPage(QWidget):
    """Period and funding choice, the figures, one chart per breakdown, export buttons."""

    def __init__(self, reports: ReportService, imports: ImportService,
                 parent: QWidget | None = None, referrals: ReferralService | None = None) -> None:
        super().__init__(parent)
        self.reports, self.imports = reports, imports
        self.referrals = referrals
        self.referral_figures: list[KindFigures] = []
        self.report: Report | None = None
        today = dt.date.today()
        self.start = named(QDateEdit(_qdate(dt.date(today.year, 1, 1))), "reportFrom")
        self.end = named(QDateEdit(_qdate(today)), "reportTo")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.funding = named(QComboBox(), "reportFunding")
        self.show_button = named(QPushButton(), "showReport")
        self.show_button.clicked.connect(self.refresh)
        self.export_buttons = {fmt: named(QPushButton(), f"export{fmt.upper()}")
                               for fmt in ("pdf", "xlsx", "csv")}
        for fmt, button in self.export_buttons.items():
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, fmt=fmt: self.export(fmt))
        self.import_button = named(QPushButton(), "importSpreadsheet")
        self.import_button.clicked.connect(self.open_import)
        self.labels = [QLabel(), QLabel(), QLabel()]
        self.figures = named(QTableWidget(0, 2), "reportFigures")
        self.figures.verticalHeader().setVisible(False)
        self.figures.horizontalHeader().setStretchLastSection(True)
        self.charts = named(QTabWidget(), "reportCharts")
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for label, widget in zip(self.labels, (self.start, self.end, self.funding), strict=True):
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        # The exports on a row of their own: one row of both is wider than the window's
        # default in Kazakh and Russian.
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (*self.export_buttons.values(), self.import_button):
            actions.addWidget(button)
        body = QHBoxLayout()
        body.addWidget(self.figures, 2)
        body.addWidget(self.charts, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addLayout(body, 1)

    def _load_funding(self) -> None:
        current = self.funding.currentData()
        self.funding.clear()
        self.funding.addItem(self.tr("All funding"), None)
        for code in self.reports.funding_codes():
            self.funding.addItem(code, code)
        index = self.funding.findData(current)
        self.funding.setCurrentIndex(max(index, 0))

    def showEvent(self, event: QShowEvent) -> None:
        if self.funding.count() == 0:
            self._load_funding()
        super().showEvent(event)

    def refresh(self) -> None:
        """Count the report for the chosen period in the background, then show it."""
        if self.funding.count() == 0:
            self._load_funding()
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        funding = self.funding.currentData()
        reports, referrals = self.reports, self.referrals

        def count() -> tuple[Report, list[KindFigures]]:
            figures = referrals.figures(start, end) if referrals is not None else []
            return reports.activity(start, end, funding), figures

        run_op(self, count, lambda found: self.show_report(*found))

    def show_report(self, report: Report, referrals: list[KindFigures] | None = None) -> None:
        self.report = report
        if referrals is not None:
            self.referral_figures = referrals
        language = i18n.current_language()
        self.figures.setRowCount(len(report.figures))
        for row, cell in enumerate(report.figures):
            self.figures.setItem(row, 0, QTableWidgetItem(figure_label(cell.key, language)))
            value = QTableWidgetItem(cell.shown)
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.figures.setItem(row, 1, value)
        self.figures.resizeColumnToContents(0)
        while self.charts.count():
            widget = self.charts.widget(0)
            self.charts.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        for section in report.sections:
            self.charts.addTab(self._chart(section, language), section_label(section.key,
                                                                             language))
        if self.referral_figures:
            self.charts.addTab(self._referral_table(), self.tr("Referrals by partner kind"))
        for button in self.export_buttons.values():
            button.setEnabled(True)

    def _referral_table(self) -> QTableWidget:
        """Per partner kind: sent, answered, accepted, the acceptance rate and the median days
        the partner took to answer."""
        from legalaid.gui.views.client_file.refer_dialog import kind_label

        table = named(QTableWidget(len(self.referral_figures), 6), "referralFigures")
        table.verticalHeader().setVisible(False)
        table.setHorizontalHeaderLabels([
            self.tr("Partner kind"), self.tr("Sent"), self.tr("Answered"), self.tr("Accepted"),
            self.tr("Acceptance rate"), self.tr("Median days to answer")])
        for row, found in enumerate(self.referral_figures):
            rate = "" if found.acceptance_rate is None else f"{found.acceptance_rate:.0%}"
            days = "" if found.median_days_to_answer is None \
                else f"{found.median_days_to_answer:g}"
            for column, text in enumerate((kind_label(found.kind), str(found.sent),
                                           str(found.answered), str(found.accepted), rate,
                                           days)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        return table

    def _chart(self, section: Section, language: str) -> QChartView:
        """Bars for the published cells only: a ``<5`` cell draws nothing."""
        cells = [cell for cell in section.cells if not cell.suppressed and cell.count > 0]
        bars = QBarSet(section_label(section.key, language))
        bars.append([float(cell.count) for cell in cells])
        series = QBarSeries()
        series.append(bars)
        chart = QChart()
        chart.addSeries(series)
        chart.legend().setVisible(False)
        axis_x = QBarCategoryAxis()
        axis_x.append([value_label(cell.key, language)[:18] for cell in cells])
        axis_y = QValueAxis()
        axis_y.setRange(0, max([cell.count for cell in cells], default=1))
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setObjectName(f"chart_{section.key}")
        return view

    def export(self, file_format: str) -> None:
        if self.report is None:
            return
        path = save_file(self, self.tr("Export the report"), f"report.{file_format}",
                         self.tr("Report (*.%1)").replace("%1", file_format))
        if path is not None:
            self.write(path, file_format)

    def write(self, path: Path, file_format: str) -> None:
        """Write the report shown to ``path`` (PDF, XLSX or CSV) in the interface language."""
        report, language = self.report, i18n.current_language()
        if report is None:
            return
        reports = self.reports
        run_op(self, lambda: reports.export(report, path, file_format, language))

    def open_import(self) -> None:
        from legalaid.gui.wizards.import_wizard import ImportWizard

        wizard = ImportWizard(self.imports, self)
        wizard.open()

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("&From:"))
        self.labels[1].setText(self.tr("&To:"))
        self.labels[2].setText(self.tr("F&unding:"))
        self.show_button.setText(self.tr("&Show report"))
        self.export_buttons["pdf"].setText(self.tr("Export PDF…"))
        self.export_buttons["xlsx"].setText(self.tr("Export XLSX…"))
        self.export_buttons["csv"].setText(self.tr("Export CSV…"))
        self.import_button.setText(self.tr("&Import spreadsheet…"))
        self.figures.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Count")])
        if self.funding.count():
            self.funding.setItemText(0, self.tr("All funding"))
        if self.report is not None:
            self.show_report(self.report)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

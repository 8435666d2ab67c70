"""A small chart of the caseload: clients by status and by category (QtCharts bar charts)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from legalaid.domain.enums import Status
from legalaid.gui.labels import STATUS_COLOURS, category_label, status_label
from legalaid.gui.widgets import named

MAX_CATEGORIES = 8  # the chart stays readable; the rest are summed as "other"
MAX_LABEL = 12  # characters of a bar's label; a longer one would be drawn as "..." alone


def _chart_view(name: str) -> QChartView:
    chart = QChart()
    chart.legend().hide()
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.setBackgroundRoundness(0)
    view = named(QChartView(chart), name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _fill(view: QChartView, labels: Sequence[str], values: Sequence[int], colour: str) -> None:
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    bars = QBarSet("")
    bars.append([float(value) for value in values])
    bars.setColor(colour)
    bars.setLabelColor(Qt.GlobalColor.black)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    short = [_short(label) for label in labels]
    # The axis keeps one bar per distinct label: two cut to the same text stay whole.
    axis.append([cut if short.count(cut) == 1 else whole for cut, whole in zip(short, labels,
                                                                                strict=True)])
    axis.setTruncateLabels(False)  # cut by _short, on one line: Qt would draw many as "..."
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)


def _short(label: str) -> str:
    """The label cut to fit beside the bars on one line (Kazakh and Russian names are long;
    a label the axis has to wrap into a row too low for two lines is drawn as "...")."""
    cut = label if len(label) <= MAX_LABEL else f"{label[:MAX_LABEL - 1].rstrip()}…"
    return cut.replace(" ", "\u00a0")


class CaseloadChart(QWidget):
    """Two bar charts, one above the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseloadChart")
        self.status_title = QLabel()
        self.category_title = QLabel()
        self.by_status = _chart_view("chartByStatus")
        self.by_category = _chart_view("chartByCategory")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status_title, self.by_status, self.category_title,
                       self.by_category):
            layout.addWidget(widget)
        self.shown: dict[str, list[tuple[str, int]]] = {}

    def show_counts(self, by_status: Sequence[tuple[str, int]],
                    by_category: Sequence[tuple[str | None, int]]) -> None:
        self.status_title.setText(self.tr("Clients by status"))
        self.category_title.setText(self.tr("Clients by category"))
        statuses = [(status_label(Status(key)), count) for key, count in by_status]
        ranked = sorted(by_category, key=lambda item: -item[1])
        categories = [(category_label(key) or self.tr("No category"), count)
                      for key, count in ranked[:MAX_CATEGORIES]]
        if len(ranked) > MAX_CATEGORIES:
            categories.append((self.tr("Other"), sum(c for _, c in ranked[MAX_CATEGORIES:])))
        self.shown = {"status": statuses, "category": categories}
        # Horizontal bars are drawn bottom-up: reverse so the list reads from the top.
        _fill(self.by_status, [label for label, _ in reversed(statuses)],
              [count for _, count in reversed(statuses)],
              STATUS_COLOURS[Status.PROTECTED].name())
        _fill(self.by_category, [label for label, _ in reversed(categories)],
              [count for _, count in reversed(categories)], "#6a1b9a")

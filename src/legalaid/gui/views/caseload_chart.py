"""A small chart of the caseload: clients by status and by category, as labelled bars.

Each bar has its label on its own line above it, at full length: Kazakh and Russian category
names are two or three times longer than the English ones, and an axis beside the bars had
room only for "Еңбек имм…". The bars are painted directly (no chart library): two short lists
do not need one, and the page opens faster without it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from legalaid.domain.enums import Status
from legalaid.gui.labels import STATUS_COLOURS, category_label, status_label
from legalaid.gui.widgets import named

MAX_CATEGORIES = 8  # the chart stays readable; the rest are summed as "other"
BAR_HEIGHT = 10
ROW_GAP = 6


class BarList(QWidget):
    """Rows of (label, count): the label and the count on one line, a bar scaled to the
    largest count under it."""

    def __init__(self, name: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name)
        self.colour = QColor(colour)
        self.rows: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_rows(self, rows: Sequence[tuple[str, int]]) -> None:
        self.rows = list(rows)
        self.updateGeometry()
        self.update()

    def labels(self) -> list[str]:
        return [label for label, _ in self.rows]

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 2 + BAR_HEIGHT + ROW_GAP

    def sizeHint(self) -> QSize:
        widest = max((self.fontMetrics().horizontalAdvance(f"{label}  {count}")
                      for label, count in self.rows), default=120)
        return QSize(max(widest, 160), self._row_height() * max(len(self.rows), 1))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        largest = max((count for _, count in self.rows), default=0) or 1
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for index, (label, count) in enumerate(self.rows):
            top = index * self._row_height()
            line = QRect(0, top, self.width(), metrics.height())
            painter.setPen(text_colour)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             label)
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(count))
            width = max(2, round(self.width() * count / largest)) if count else 0
            painter.fillRect(QRect(0, top + metrics.height() + 2, width, BAR_HEIGHT),
                             self.colour)
        painter.end()


class CaseloadChart(QWidget):
    """Two bar lists, one above the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseloadChart")
        self.status_title = QLabel()
        self.category_title = QLabel()
        self.by_status = BarList("chartByStatus", STATUS_COLOURS[Status.PROTECTED].name())
        self.by_category = BarList("chartByCategory", "#6a1b9a")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status_title, self.by_status, self.category_title,
                       self.by_category):
            layout.addWidget(widget)
        layout.addStretch(1)
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
        self.by_status.set_rows(statuses)
        self.by_category.set_rows(categories)

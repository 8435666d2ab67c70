"""Table headers that are never cut short: each column is at least as wide as its title in the
interface language (Russian and Kazakh titles are often twice the English ones)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

PADDING = 24  # the sort arrow and the section's margins


def fit_header_texts(header: QHeaderView) -> None:
    """Widen every column whose title does not fit, now and whenever the titles change."""

    def fit(*_args: object) -> None:
        if not shiboken6.isValid(header):
            return
        model = header.model()
        metrics = header.fontMetrics()
        for section in range(header.count()):
            text = str(model.headerData(section, header.orientation(),
                                        Qt.ItemDataRole.DisplayRole) or "")
            wanted = metrics.horizontalAdvance(text) + PADDING
            mode = header.sectionResizeMode(section)
            if text and header.sectionSize(section) < wanted \
                    and mode != QHeaderView.ResizeMode.Stretch:
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(section, wanted)

    fit()
    # The header's own signals: they end with it (a model may outlive its header).
    header.sectionCountChanged.connect(fit)
    header.geometriesChanged.connect(fit)
    header.sectionResized.connect(fit)  # also after resizeColumnToContents


def keep_titles_whole(header: QHeaderView) -> None:
    """No column of a stretched table narrower than the widest title, in any language: the
    header's minimum section size follows its titles (the table scrolls sideways when its
    columns need more room than it has)."""

    def fit(*_args: object) -> None:
        if not shiboken6.isValid(header):
            return
        model = header.model()
        metrics = header.fontMetrics()
        widest = max((metrics.horizontalAdvance(str(model.headerData(
            section, header.orientation(), Qt.ItemDataRole.DisplayRole) or ""))
            for section in range(header.count())), default=0)
        if widest and header.minimumSectionSize() != widest + PADDING:
            header.setMinimumSectionSize(widest + PADDING)

    fit()
    header.sectionCountChanged.connect(fit)
    header.geometriesChanged.connect(fit)
    header.model().headerDataChanged.connect(fit)

"""What the main window shows while the database is being opened at start-up.

Deliberately light (Qt widgets only): it is part of the first paint, before the database layer is
imported.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from legalaid.gui.widgets import named


class OpeningPage(QWidget):
    """A calm "opening the client database" message in place of the pages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingPage")
        self.label = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True),
                           "openingMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Opening the client database…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

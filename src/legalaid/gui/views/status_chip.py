"""A coloured rounded chip with the status label, drawn in the client list's status column."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from legalaid.domain.enums import Status
from legalaid.gui.labels import STATUS_COLOURS, STATUS_TEXT_COLOUR
from legalaid.gui.models.client_table import STATUS_ROLE


class StatusChipDelegate(QStyledItemDelegate):
    """Paints the status text on a chip coloured by severity (red, amber, blue, green, grey)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(STATUS_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not value or not text:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget is not None else None
        if style is not None and option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        colour = STATUS_COLOURS.get(Status(value), STATUS_COLOURS[Status.UNKNOWN])
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(3, 3, -3, -3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(STATUS_TEXT_COLOUR)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(text))
        painter.restore()

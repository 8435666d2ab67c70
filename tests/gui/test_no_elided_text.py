"""No label, button, tab, header, group title or check box of the main pages is cut short in any
language at the default window size: each text's width (its font's metrics) fits the space its
widget has."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import PAGES, MainWindow
from legalaid.gui.ops import wait_idle

DEFAULT_SIZE = (1200, 760)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _cut(root: QWidget) -> list[str]:
    """Every visible text of ``root`` wider than the room its widget gives it."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() \
                and widget.textFormat() != Qt.TextFormat.RichText \
                and "<" not in widget.text():
            room = widget.contentsRect().width() - 2 * widget.margin() - widget.indent() \
                if widget.indent() > 0 else widget.contentsRect().width() - 2 * widget.margin()
            if metrics.horizontalAdvance(_plain(widget.text())) > room:
                found.append(f"label {widget.objectName()!r}: {widget.text()!r}")
        elif isinstance(widget, QAbstractButton) and isinstance(widget, (QPushButton, QCheckBox)) \
                and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(f"button {widget.objectName()!r}: {widget.text()!r}")
        elif isinstance(widget, QComboBox) and widget.currentText():
            if metrics.horizontalAdvance(widget.currentText()) > _combo_room(widget):
                found.append(f"choice {widget.objectName()!r}: {widget.currentText()!r}")
        elif isinstance(widget, QGroupBox) and widget.title():
            if metrics.horizontalAdvance(_plain(widget.title())) + 16 > widget.width():
                found.append(f"group {widget.title()!r}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.tabSizeHint(index).width() > widget.tabRect(index).width() + 1:
                    found.append(f"tab {widget.tabText(index)!r}")
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                room = widget.sectionSize(section) - 12
                if text and metrics.horizontalAdvance(text) > room:
                    found.append(f"header {text!r} ({room}px)")
    return found


def _combo_room(combo: QComboBox) -> int:
    """The width a combo box's frame, arrow and margins leave for its text (the style's own
    geometry of the edit field)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return field.width() - 4


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_no_text_is_cut_short_on_any_page(qtbot: QtBot, window: MainWindow,
                                          language: str) -> None:
    window.resize(*DEFAULT_SIZE)
    install_language(language)
    cut: dict[str, list[str]] = {}
    widened: dict[str, int] = {}
    for key in PAGES:
        window.show_page(key)
        assert wait_idle()
        qtbot.wait(20)
        if found := _cut(window):
            cut[key] = found
        if window.width() != DEFAULT_SIZE[0]:  # a page that needs more pushes the window wider
            widened[key] = window.width()
    install_language("en")
    assert cut == {}
    assert widened == {}

"""Small helpers for building widgets (the typed PySide6 constructors reject ``objectName=``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QLabel

W = TypeVar("W", bound=QObject)
PROBLEM_COLOUR = "#b00020"


def named(widget: W, name: str) -> W:
    """Give ``widget`` an object name (tests and style sheets find widgets by it)."""
    widget.setObjectName(name)
    return widget


def add_message_and_buttons(dialog: QDialog, layout: QBoxLayout, name: str,
                            on_accept: Callable[[], object], text: str = "") -> QLabel:
    """The foot of a small form dialog: a word-wrapped problem line (red) and OK/Cancel.

    Returns the label, in which the dialog explains why OK did not close it."""
    message = named(QLabel(text), name)
    message.setWordWrap(True)
    message.setStyleSheet(f"color: {PROBLEM_COLOUR}")
    layout.addWidget(message)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return message

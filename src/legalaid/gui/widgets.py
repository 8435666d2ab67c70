"""Small helpers for building widgets (the typed PySide6 constructors reject ``objectName=``)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give ``widget`` an object name (tests and style sheets find widgets by it)."""
    widget.setObjectName(name)
    return widget

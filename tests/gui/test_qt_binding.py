"""The Qt binding the app runs on keeps Python's reference counts intact: a binding that loses a
reference to ``None`` on every void call (PySide6 6.12.0 on Python 3.11) aborts the app after a few
minutes of typing."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QLineEdit


def test_void_qt_calls_keep_none_alive(qtbot: object) -> None:
    label, line = QLabel(), QLineEdit()
    before = sys.getrefcount(None)
    for index in range(20_000):
        label.setText("Қоңыратова")
        line.setCursorPosition(index % 3)
    after = sys.getrefcount(None)
    assert abs(after - before) < 100

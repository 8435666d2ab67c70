"""The GUI fixtures' promise for a dialog nobody answers: the run goes on and the test fails,
naming the dialog, instead of waiting for a click forever."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytest_plugins = ["pytester"]

WAITING_TEST = """
from PySide6.QtWidgets import QMessageBox

import tests.gui.conftest as gui


def test_asks_and_nobody_answers(monkeypatch, qtbot):
    monkeypatch.setattr(gui, "UNANSWERED_DIALOG_SECONDS", 1)
    box = QMessageBox(QMessageBox.Icon.Question, "Replace the database?", "Replace it?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    box.exec()
"""

FIXTURES = """
from tests.gui.conftest import _no_unanswered_dialogs  # noqa: F401
"""


def test_a_dialog_left_waiting_is_closed_and_fails_its_test(
        pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(REPO))  # the inner run imports tests.gui.conftest
    pytester.makeconftest(FIXTURES)
    pytester.makepyfile(test_waiting=WAITING_TEST)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")  # its own timers
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(
        ["*dialogs left waiting for an answer: QMessageBox 'Replace the database?'*"])

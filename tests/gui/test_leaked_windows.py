"""The GUI fixtures' own promise: a window a test leaves open fails that test, by name."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

LEAKY_TESTS = """
from PySide6.QtWidgets import QDialog, QLabel

from legalaid.gui.application import ensure_application

KEPT = []


def test_keeps_a_dialog_alive():
    ensure_application()
    KEPT.append(QDialog())


def test_fails_with_a_dialog_open():
    KEPT.append(QDialog())
    raise AssertionError("the test's own failure")


def test_hands_its_window_to_qtbot(qtbot):
    label = QLabel("shown")
    qtbot.addWidget(label)
    label.show()


def test_a_window_only_its_fixture_holds(window_of_fixture):
    assert window_of_fixture.isVisible()


def teardown_module():  # after the checks: the outer test must not see these dialogs
    for dialog in KEPT:
        dialog.deleteLater()
    KEPT.clear()
"""

FIXTURES = """
import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import _no_leaked_windows, pytest_runtest_makereport  # noqa: F401


@pytest.fixture
def window_of_fixture(qtbot):
    label = QLabel("kept by the fixture value only")
    label.show()
    return label
"""


def test_a_window_left_open_fails_its_test_with_its_class(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(FIXTURES)
    pytester.makepyfile(test_leaky=LEAKY_TESTS)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1, errors=1)  # a failing test is not blamed twice
    result.stdout.fnmatch_lines(["*ERROR at teardown of test_keeps_a_dialog_alive*",
                                 "windows left open after the test: QDialog"])

"""The op runner as a user meets it: long work shows a progress dialog whose Cancel stops it, a
refusal is shown where the user acted (not in the error dialog), and closing a window while its
op runs neither crashes nor keeps the other pages from learning what changed."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from legalaid.errors import ValidationError
from legalaid.gui.application import ensure_application
from legalaid.gui.changes import Changes, Kind, hub
from legalaid.gui.ops import Op, Progress, wait_idle


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the error dialog would have said."""
    ensure_application()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    return said


def test_cancel_in_the_progress_dialog_stops_long_work_between_chunks(
        qtbot: QtBot, shown: list[str]) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def chunks(progress: Progress) -> int:
        done = 0
        while not progress.cancelled() and done < 1000:
            done += 1
            progress.report(done, 1000)
            threading.Event().wait(0.01)
        return done

    results: list[int] = []
    op = Op.tracked(parent, chunks).with_dialog("Working…", cancel="Cancel", name="longWork") \
        .success(results.append).run()
    dialog = parent.findChild(QProgressDialog, "longWork")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() > 0, timeout=5000)
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert not op.running() and len(results) == 1 and results[0] < 1000
    assert shown == []


def test_a_refusal_goes_to_the_form_and_any_other_error_to_the_dialog_once(
        qtbot: QtBot, shown: list[str]) -> None:
    refused: list[str] = []

    def refuse() -> None:
        raise ValidationError("phone", "is not a phone number")

    Op(None, refuse).handle(ValidationError, lambda e: refused.append(e.problem)).run()
    assert wait_idle()
    assert refused == ["is not a phone number"] and shown == []

    def fail() -> None:
        raise KeyError("row")

    Op(None, fail).handle(ValidationError, lambda e: refused.append(e.problem)).run()
    assert wait_idle()
    assert len(shown) == 1 and "written to the log file" in shown[0]
    assert refused == ["is not a phone number"]


def test_a_window_closed_while_its_op_runs_still_tells_the_pages(qtbot: QtBot,
                                                                 shown: list[str]) -> None:
    heard: list[Changes] = []
    hub().changed.connect(heard.append)
    release = threading.Event()
    dialog = QWidget()
    dialog.show()
    called: list[str] = []
    Op(dialog, lambda: release.wait(5), Changes.client(7, Kind.LETTERS)) \
        .success(lambda _r: called.append("success")).run()
    dialog.close()
    dialog.deleteLater()
    QApplication.sendPostedEvents(None, 0)  # the deferred delete: the widget is gone
    qtbot.wait(10)
    release.set()
    assert wait_idle()
    assert called == []  # nothing is done to the deleted widget
    assert heard == [Changes.client(7, Kind.LETTERS)] and shown == []
    hub().changed.disconnect(heard.append)


def test_run_op_hands_refusals_to_its_caller_and_reports_the_unexpected(
        qtbot: QtBot, shown: list[str]) -> None:
    from legalaid.gui.ops import run_op

    handled: list[str] = []

    def refuse() -> None:
        raise ValidationError("folder", "is not writable")

    def fail() -> None:
        raise ZeroDivisionError

    run_op(None, refuse, None, lambda error: handled.append(type(error).__name__))
    run_op(None, fail, None, lambda error: handled.append(type(error).__name__))
    assert wait_idle()
    assert handled == ["ValidationError"]
    assert len(shown) == 1 and "written to the log file" in shown[0]

"""Reminders inside the app and the "New case from template" dialog, on the real main window over
clients whose situation on a fixed day the test knows by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from legalaid.domain.enums import Category, DocumentType, Script
from legalaid.domain.records import (
    CaseRecord,
    ClientRecord,
    DocumentRecord,
    NameSpelling,
    TaskRecord,
    TripRecord,
)
from legalaid.gui.application import ensure_application
from legalaid.gui.backend import Desk
from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow
from legalaid.gui.views.case_template_dialog import CaseTemplateDialog
from legalaid.paths import AppPaths
from legalaid.services.command_context import CommandContext
from legalaid.settings import Settings

TODAY = dt.date(2024, 3, 15)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    # Last seen three days ago: what came due on the 13th, 14th or 15th is news.
    context = CommandContext(paths=AppPaths.create(tmp_path / "base").ensure(),
                         settings=Settings(last_page="calendar",
                                           reminders_last_seen=day(-3).isoformat()))
    services = context.services()
    visitor = services.clients.add(ClientRecord(
        names=(NameSpelling("Fine", "Jane", Script.LATIN),), citizenship="US",
        category=Category.VISITOR, trips=(TripRecord(day(-5), host_notified=day(-5)),)))
    services.clients.add(ClientRecord(
        names=(NameSpelling("Seven", "Ali", Script.LATIN),), citizenship="UZ",
        category=Category.LABOUR_IMMIGRANT,
        documents=(DocumentRecord(DocumentType.PASSPORT, "X1", valid_until=day(6)),)))
    services.clients.add_case(visitor, CaseRecord("unpaid wages", day(-20), tasks=(
        TaskRecord("Old task", day(-5)),  # due before the last look: not news
        TaskRecord("Call the client", day(-1)),  # came due since: news
        TaskRecord("Court hearing", day(2)))))  # not due yet
    services.status.refresh(None, TODAY)
    ensure_application()
    install_language("en")
    desk = Desk(services, today=lambda: TODAY)
    shown = MainWindow(context, desk)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


def ok_button(dialog: CaseTemplateDialog) -> QPushButton:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def test_reminder_notice_appears_without_blocking_and_opens_today(
        qtbot: QtBot, window: MainWindow) -> None:
    bar = window.reminders.bar
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    news = window.reminders.news
    assert news is not None
    # One task came due (the 14th); the passport ending on the 21st is now within 7 days
    # (it was not on the 12th: 21 - 12 = 9 days); nobody began to overstay.
    assert (news.tasks_due, news.documents_critical, news.overstays) == (1, 1, 0)
    assert "task" in bar.text.text() and "document" in bar.text.text()
    assert QApplication.activeModalWidget() is None  # a notice, never a dialog
    assert window.stack.currentWidget() is window.calendar_page  # the user stays where they were
    qtbot.mouseClick(bar.show_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.today_page
    assert not bar.isVisible()
    assert window.context.settings.reminders_last_seen == TODAY.isoformat()


def test_dismissed_reminders_stay_quiet_until_something_new(
        qtbot: QtBot, window: MainWindow) -> None:
    bar = window.reminders.bar
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    qtbot.mouseClick(bar.dismiss_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert window.reminders.check().total == 0  # the hourly check later the same day
    assert not bar.isVisible()


def test_case_from_template_dialog_creates_the_case_with_its_dated_tasks(
        qtbot: QtBot, window: MainWindow) -> None:
    desk = window.desk
    client_id = desk.services.clients.add(ClientRecord(
        names=(NameSpelling("Worker", "Bek", Script.LATIN),), citizenship="UZ",
        category=Category.LABOUR_IMMIGRANT))
    dialog = CaseTemplateDialog(desk.services.case_templates, desk.services.status, client_id,
                                window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findText("Unpaid wages"))
    dialog.trigger.clear()
    qtbot.keyClicks(dialog.trigger, "01.03.2024")
    # The unpaid-wages template: three documents to collect within 7 days, then tasks 1, 3 and
    # 17 days after the day the client asked for help (01.03.2024).
    expected = sorted([dt.date(2024, 3, 8)] * 3
                      + [dt.date(2024, 3, 2), dt.date(2024, 3, 4), dt.date(2024, 3, 18)])
    assert dialog.preview.count() == 6
    assert dialog.preview.item(0).text().startswith("02.03.2024")
    with qtbot.waitSignal(dialog.case_opened) as opened:
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    case_id, owner = opened.args
    assert owner == client_id
    case = next(c for c in desk.services.clients.get(client_id).cases if c.id == case_id)
    assert case.type == "unpaid wages"
    assert sorted(task.due for task in case.tasks) == expected
    collect = [task for task in case.tasks if task.title.startswith("Collect: ")]
    assert {task.due for task in collect} == {dt.date(2024, 3, 8)}
    assert len(collect) == 3


def test_case_from_template_dialog_names_a_bad_date(qtbot: QtBot, window: MainWindow) -> None:
    dialog = CaseTemplateDialog(window.desk.services.case_templates,
                                window.desk.services.status, 1, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.trigger.clear()
    qtbot.keyClicks(dialog.trigger, "31.02.2024")
    assert dialog.preview.count() == 0
    assert "dd.mm.yyyy" in dialog.problem.text()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # nothing created, the dialog stays open

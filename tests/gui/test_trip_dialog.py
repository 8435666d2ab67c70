"""The trip dialog records the checkpoint, an irregular entry and the host's notification, and
the engine reads them as the JSON contract does (IRR-01 said, REG-01 no longer asked)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.views.client_file.page import ClientFilePage
from legalaid.services.command_context import CommandContext


def _typed(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _add_trip(qtbot: QtBot, page: ClientFilePage, entry: dt.date, *, checkpoint: str = "",
              irregular: bool = False, notified: dt.date | None = None) -> None:
    page.tabs.setCurrentWidget(page.travel)
    qtbot.mouseClick(page.travel.add_button, Qt.MouseButton.LeftButton)
    dialog = page.travel.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.entry.edit, _typed(entry))
    if checkpoint:
        qtbot.keyClicks(dialog.checkpoint, checkpoint)
    if irregular:
        qtbot.mouseClick(dialog.irregular, Qt.MouseButton.LeftButton)
        assert not dialog.checkpoint.isEnabled()
    if notified is not None:
        qtbot.keyClicks(dialog.host_notified.edit, _typed(notified))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert not dialog.isVisible(), dialog.problem.text()


def test_irregular_entry_and_host_notification_reach_the_engine(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    today = dt.date.today()
    entry, notified = today - dt.timedelta(days=16), today - dt.timedelta(days=15)
    window.open_client(client_ids["shukhrat"])
    assert wait_idle()  # the file is read off the UI thread
    page = window.client_file
    assert page is not None
    _add_trip(qtbot, page, entry, irregular=True, notified=notified)
    trip = context.services().clients.get(client_ids["shukhrat"]).trips[0]
    assert (trip.entry, trip.irregular_entry, trip.host_notified, trip.checkpoint) == (
        entry, True, notified, None)
    row = [page.travel.table.item(0, column).text() for column in range(5)]
    assert row[3:] == ["irregular entry", notified.strftime("%d.%m.%Y")]
    details = page.banner.details.text()
    assert "IRR-01" in details and "outside a checkpoint" in details
    assert "No notification of arrival" not in details


def test_checkpoint_is_kept_and_a_missing_notification_is_asked_for(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    entry = dt.date.today() - dt.timedelta(days=10)
    window.open_client(client_ids["shukhrat"])
    assert wait_idle()  # the file is read off the UI thread
    page = window.client_file
    assert page is not None
    _add_trip(qtbot, page, entry, checkpoint="Zhibek Zholy")
    trip = context.services().clients.get(client_ids["shukhrat"]).trips[0]
    assert (trip.checkpoint, trip.irregular_entry, trip.host_notified) == (
        "Zhibek Zholy", False, None)
    assert "No notification of arrival" in page.banner.details.text()
    page.travel.open_dialog(trip)
    dialog = page.travel.dialog
    assert dialog is not None
    assert dialog.checkpoint.text() == "Zhibek Zholy" and not dialog.irregular.isChecked()
    qtbot.keyClicks(dialog.host_notified.edit, _typed(entry - dt.timedelta(days=1)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.host_notified.error.text() == (
        "Must not be earlier than “Entered Kazakhstan on”")

"""Saving over someone else's change from the client file: the dialog shows what they saved beside
what you typed, and Reload brings their version in."""

from __future__ import annotations

import dataclasses
import datetime as dt

from pytestqt.qtbot import QtBot
from tests.gui.test_client_file import _click, _open

from legalaid.domain.enums import DocumentType
from legalaid.domain.records import CaseRecord, DocumentRecord, TaskRecord
from legalaid.gui.i18n import format_date
from legalaid.gui.main_window import MainWindow
from legalaid.gui.views.stale_dialog import StaleDialog
from legalaid.services.command_context import CommandContext


def _rows(dialog: StaleDialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [tuple(table.item(row, column).text() for column in range(3))  # type: ignore[misc]
            for row in range(table.rowCount())]


def test_a_profile_saved_meanwhile_is_shown_beside_yours_and_reloaded(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    clients = context.services().clients
    ivan = client_ids["ivan"]
    page = _open(window, ivan)
    page.tabs.setCurrentWidget(page.profile)
    # A colleague saves a phone number while this desktop has the file open.
    record = clients.get(ivan)
    clients.update_profile(ivan, dataclasses.replace(record, phone="+7 701 555 00 11"),
                           clients.version(ivan))
    qtbot.keyClicks(page.profile.phone, "+7 777 123 45 67")
    _click(qtbot, page.profile.save_button)
    dialog = page.stale
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Changed by someone else"
    assert _rows(dialog) == [("Phone", "+7 701 555 00 11", "+7 777 123 45 67")]
    assert clients.get(ivan).phone == "+7 701 555 00 11"  # nothing of yours was saved
    _click(qtbot, dialog.reload_button)
    assert not dialog.isVisible()
    assert page.profile.phone.text() == "+7 701 555 00 11"
    assert page.profile.phone.text() == clients.get(ivan).phone


def test_a_document_saved_meanwhile_closes_its_dialog_on_reload(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    clients = context.services().clients
    ivan = client_ids["ivan"]
    clients.add_document(ivan, DocumentRecord(DocumentType.VISA, "V100",
                                              valid_until=dt.date.today() + dt.timedelta(90)))
    page = _open(window, ivan)
    page.tabs.setCurrentWidget(page.documents)
    (document,) = [d for d in clients.get(ivan).documents if d.number == "V100"]
    page.documents.open_dialog(document)
    edit = page.documents.dialog
    assert edit is not None
    clients.update_document(dataclasses.replace(document, number="V200"))  # a colleague
    edit.number.clear()
    qtbot.keyClicks(edit.number, "V300")
    _click(qtbot, edit.save_button)
    stale = page.stale
    assert stale is not None and stale.isVisible() and stale.parent() is edit
    assert _rows(stale) == [("Number", "V200", "V300")]
    assert edit.isVisible()  # Back to mine keeps the typed values; Reload closes it
    _click(qtbot, stale.reload_button)
    assert not edit.isVisible()
    numbers = [page.documents.table.item(row, 1).text()
               for row in range(page.documents.table.rowCount())]
    assert "V200" in numbers and "V300" not in numbers


def test_a_task_renamed_meanwhile_is_not_marked_done_over_the_new_name(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    clients = context.services().clients
    asel = client_ids["asel"]
    due = dt.date.today() + dt.timedelta(days=5)
    clients.add_case(asel, CaseRecord("residence permit", dt.date(2025, 3, 1),
                                      tasks=(TaskRecord("Collect the letter", due),)))
    page = _open(window, asel)
    page.tabs.setCurrentWidget(page.cases)
    (task,) = clients.get(asel).cases[0].tasks
    clients.update_task(dataclasses.replace(task, title="Collect the signed letter"))
    page.cases.tree.setCurrentItem(page.cases.tree.topLevelItem(0).child(0))
    _click(qtbot, page.cases.done_button)
    stale = page.stale
    assert stale is not None and stale.isVisible()
    assert _rows(stale) == [("Title", "Collect the signed letter", "Collect the letter"),
                            ("Done", "—", format_date(dt.date.today()))]
    (stored,) = clients.get(asel).cases[0].tasks
    assert stored.done is None
    _click(qtbot, stale.reload_button)
    assert page.cases.tree.topLevelItem(0).child(0).text(0) == "Collect the signed letter"

"""The caseload's possible duplicates, from the File menu: the pair of Shukhrat's two files is
listed with its reasons, merged with the conflicting citizenship chosen from the other file,
undone and merged again; a pair marked "not the same person" leaves the list for good."""

from __future__ import annotations

import dataclasses

import pytest
from pytestqt.qtbot import QtBot
from tests.gui.conftest import SHUKHRAT

from legalaid.domain.enums import Script
from legalaid.domain.records import NameSpelling
from legalaid.errors import NotFoundError
from legalaid.gui.backend import Desk
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.views.duplicates_page import DuplicatesWindow
from legalaid.services.accounts import Actor
from legalaid.services.command_context import CommandContext
from legalaid.services.roles import Role
from legalaid.settings import Settings


def _open_list(qtbot: QtBot, window: MainWindow) -> DuplicatesWindow:
    assert window.duplicates_action.isVisible()
    window.duplicates_action.trigger()
    found = window.findChild(DuplicatesWindow)
    assert found is not None
    qtbot.waitUntil(lambda: found.page.table.rowCount() > 0, timeout=5000)
    return found


def _second_file(context: CommandContext) -> int:
    again = dataclasses.replace(
        SHUKHRAT, names=(NameSpelling("Абдуллаев", "Шухрат", Script.CYRILLIC),),
        citizenship="TJ", documents=())
    return context.services().clients.add(again)


def test_merge_from_the_list_with_a_conflicting_field(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    other = _second_file(context)
    keep = client_ids["shukhrat"]
    listing = _open_list(qtbot, window)
    page = listing.page
    assert [(pair.first, pair.second) for pair in page.pairs] == [(keep, other)]
    assert "in another script" in page.table.item(0, 3).text()
    page.table.selectRow(0)
    dialog = page.merge_selected()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=3000)
    assert not dialog.undo_button.isVisible()  # nothing to undo yet
    assert list(dialog.choices) == ["citizenship"]
    # the second file brings one spelling (its only paper-free name)
    assert dialog.moves.text() == "Moves into the kept file: name spellings (1)."
    choice = dialog.choices["citizenship"]
    assert choice.itemText(1).endswith("TJ")
    choice.setCurrentIndex(1)  # the other file's value
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.undo_button.isVisible(), timeout=3000)
    assert wait_idle()
    services = context.services()
    merged = services.clients.get(keep)
    assert merged.citizenship == "TJ"
    assert [name.family for name in merged.names] == ["Abdullaev", "Абдуллаев"]
    with pytest.raises(NotFoundError):  # the merged file waits in the Bin
        services.clients.get(other)
    assert page.pairs == []  # merged: off the list
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: not dialog.undo_button.isVisible(), timeout=3000)
    assert wait_idle()
    assert services.clients.get(other).citizenship == "TJ"
    assert services.clients.get(keep).citizenship == "UZ"
    assert [(pair.first, pair.second) for pair in page.pairs] == [(keep, other)]
    dialog.close()
    listing.close()
    window.open_client(keep)
    assert wait_idle()
    assert window.client_file is not None
    table = window.client_file.history.table
    shown = [table.item(row, 2).text() for row in range(table.rowCount())]
    assert shown[:2] == [f"Merge of #{other} undone", f"Merged from #{other}"]


def test_not_the_same_person_stays_off_the_list(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    _second_file(context)
    listing = _open_list(qtbot, window)
    listing.page.table.selectRow(0)
    listing.page.dismiss_button.click()
    qtbot.waitUntil(lambda: listing.page.table.rowCount() == 0, timeout=3000)
    listing.close()
    assert context.services().duplicates.pairs().pairs == ()


def test_merge_from_the_client_file(qtbot: QtBot, window: MainWindow, context: CommandContext,
                                    client_ids: dict[str, int]) -> None:
    other = _second_file(context)
    keep = client_ids["shukhrat"]
    window.open_client(keep)
    assert wait_idle()
    page = window.client_file
    assert page is not None and page.merge_button.isVisible()
    assert page.merge_button.window() is window  # on the page, not a window of its own
    page.merge_button.click()
    ask = page.merge_ask
    assert ask is not None
    ask.setIntValue(other)
    ask.accept()
    dialog = page.merge_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=3000)
    assert dialog.choices["citizenship"].currentData() == "keep"  # the kept file's, unless chosen
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.undo_button.isVisible(), timeout=3000)
    assert wait_idle()
    assert "Абдуллаев Шухрат" in page.other_names.text()
    assert context.services().clients.get(keep).citizenship == "UZ"
    dialog.close()


@pytest.mark.parametrize(("role", "offered"), [(Role.INTAKE, False), (Role.LAWYER, False),
                                               (Role.SUPERVISOR, True)])
def test_the_caseload_list_is_offered_to_supervisors(
        qtbot: QtBot, context: CommandContext, role: Role, offered: bool) -> None:
    own = CommandContext(paths=context.paths, settings=Settings(), actor=Actor("someone", role))
    try:
        main = MainWindow(own, Desk(own.services()))
        qtbot.addWidget(main)
        assert main.duplicates_action.isVisible() is offered
        main.close()
    finally:
        own.close()


def test_a_merge_changed_by_someone_else_meanwhile_is_shown_again(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    other = _second_file(context)
    keep = client_ids["shukhrat"]
    told: list[str] = []
    monkeypatch.setattr("legalaid.gui.views.merge_dialog.report_error",
                        lambda _parent, error: told.append(str(error)))
    listing = _open_list(qtbot, window)
    listing.page.table.selectRow(0)
    dialog = listing.page.merge_selected()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=3000)
    assert dialog.choices["citizenship"].itemText(1).endswith("TJ")
    services = context.services()  # another desk corrects the other file meanwhile
    services.clients.update_profile(other, dataclasses.replace(
        services.clients.get(other), citizenship="KG"))
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    assert told == [f"client {keep} or {other} was changed by someone else since the merge "
                    "was shown; nothing was changed: look at the merge again"]
    qtbot.waitUntil(lambda: dialog.choices["citizenship"].itemText(1).endswith("KG"),
                    timeout=3000)
    assert services.clients.get(other).citizenship == "KG"  # nothing merged
    dialog.merge_button.click()  # looked again: now it merges
    qtbot.waitUntil(lambda: dialog.undo_button.isVisible(), timeout=3000)
    assert wait_idle()
    with pytest.raises(NotFoundError):
        services.clients.get(other)
    dialog.close()
    listing.close()

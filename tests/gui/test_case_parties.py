"""A case against an employer: the other party typed in the case dialog is checked for conflicts
across scripts (here the employer is the office's own client, written in Cyrillic), and is
recorded with the case when it is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.gui.helpers import type_text

from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.views.client_file.cases import CaseDialog
from legalaid.services.command_context import CommandContext


def test_the_other_party_is_checked_and_recorded_with_the_case(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    window.open_client(client_ids["asel"])
    assert wait_idle()
    page = window.client_file
    assert page is not None
    qtbot.mouseClick(page.cases.add_case_button, Qt.MouseButton.LeftButton)
    dialog = page.cases.dialog
    assert isinstance(dialog, CaseDialog)
    qtbot.keyClicks(dialog.type, "unpaid wages")
    type_text(dialog.party_name, "Petrov Ivan")  # the client on file as «Петров Иван»
    dialog.party_kind.setCurrentIndex(dialog.party_kind.findData("employer"))
    qtbot.keyClicks(dialog.party_identifier, "123456789012")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert dialog.matches is not None
    assert [(m.client_id, m.kind) for m in dialog.matches] == [(client_ids["ivan"], "client")]
    assert "Possible conflict of interest" in dialog.conflicts.text()
    assert f"client #{client_ids['ivan']}" in dialog.conflicts.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    services = context.services()
    [case] = services.clients.get(client_ids["asel"]).cases
    assert case.id is not None
    assert [(p.name, p.kind, p.identifier) for p in services.parties.parties(case.id)] == [
        ("Petrov Ivan", "employer", "123456789012")]

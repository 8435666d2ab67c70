"""The users section shows ahead what the account service refuses: a supervisor cannot touch an
administrator's row, nobody their own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from legalaid.gui.application import ensure_application
from legalaid.gui.backend import Desk
from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow
from legalaid.gui.views.admin_settings import UsersSection
from legalaid.services.accounts import Actor
from legalaid.services.command_context import CommandContext
from legalaid.services.roles import Role
from legalaid.settings import Settings


@pytest.fixture
def as_supervisor(qtbot: QtBot, context: CommandContext) -> Iterator[MainWindow]:
    accounts = context.services().accounts
    accounts.add_user("sveta", Role.SUPERVISOR, "supervisor password 1")
    accounts.add_user("marat", Role.LAWYER, "lawyer password 1")
    ensure_application()
    install_language("en")
    own = CommandContext(paths=context.paths, settings=Settings(last_page="settings"),
                     actor=Actor("sveta", Role.SUPERVISOR))
    main = MainWindow(own, Desk(own.services()))
    qtbot.addWidget(main)
    yield main
    own.close()


def test_a_supervisor_may_change_staff_but_not_the_administrator(
    as_supervisor: MainWindow
) -> None:
    section = as_supervisor.settings_page.findChild(UsersSection)
    assert section is not None
    buttons = (section.password_button, section.role_button, section.active_button)
    enabled = {}
    for row, user in enumerate(section.users):
        section.table.selectRow(row)
        enabled[user.name] = [button.isEnabled() for button in buttons]
    assert enabled == {"admin": [False] * 3, "marat": [True] * 3, "sveta": [False] * 3}
    assert [section.role_box.itemText(i) for i in range(section.role_box.count())] == [
        "intake", "lawyer", "supervisor"]

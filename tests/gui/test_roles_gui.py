"""The main window as each role sees it: intake has no casework tabs or pages (and says why),
a lawyer opens another lawyer's client only after giving a reason, supervisors manage users."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget
from pytestqt.qtbot import QtBot
from tests.gui.conftest import ASEL, IVAN
from tests.gui.helpers import type_text

from legalaid.errors import AccessDenied
from legalaid.gui.backend import Desk
from legalaid.gui.main_window import PAGES, MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.views.admin_settings import UsersSection
from legalaid.gui.views.request_access import RequestAccessDialog
from legalaid.services.accounts import Actor
from legalaid.services.audit import AuditFilter
from legalaid.services.command_context import CommandContext
from legalaid.services.roles import Role
from legalaid.settings import Settings


@pytest.fixture
def assigned(context: CommandContext) -> dict[str, int]:
    """Asel is Dana's client, Ivan is Marat's."""
    clients = context.services().clients
    return {"asel": clients.add(dataclasses.replace(ASEL, lawyer="dana")),
            "ivan": clients.add(dataclasses.replace(IVAN, lawyer="marat"))}


def window_for(qtbot: QtBot, context: CommandContext, opened: list[CommandContext], name: str,
               role: Role, page: str = "today") -> MainWindow:
    """The main window over the same database, signed in as ``name``."""
    own = CommandContext(paths=context.paths, settings=Settings(last_page=page),
                     actor=Actor(name, role))
    opened.append(own)
    main = MainWindow(own, Desk(own.services()))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def opened() -> Iterator[list[CommandContext]]:
    """The role's own contexts, closed after the test."""
    contexts: list[CommandContext] = []
    yield contexts
    for context in contexts:
        context.close()


def test_intake_sees_a_plain_today_page_and_no_casework(
    qtbot: QtBot, context: CommandContext, assigned: dict[str, int], opened: list[CommandContext]
) -> None:
    main = window_for(qtbot, context, opened, "nurlan", Role.INTAKE)
    message = main.pages["today"].findChild(QLabel, "restrictedMessage")
    assert "you are signed in as intake" in message.text()
    hidden = [key for row, key in enumerate(PAGES) if main.nav.item(row).isHidden()]
    assert hidden == ["calendar", "letters", "partners", "reports"]

    main.open_client(assigned["ivan"])
    assert wait_idle()  # the file is read off the UI thread
    tabs = main.client_file.findChild(QTabWidget, "clientTabs")
    titles = {tabs.tabText(i): i for i in range(tabs.count())}
    for title in ("Cases", "Notes", "Letters"):
        assert not tabs.isTabEnabled(titles[title])
        assert "open to lawyers and supervisors" in tabs.tabToolTip(titles[title])
    assert tabs.isTabEnabled(titles["Documents"]) and tabs.tabToolTip(titles["Documents"]) == ""
    assert main.settings_page.findChild(UsersSection) is None  # no user management either


def test_lawyer_opens_another_lawyers_client_only_with_a_reason(
    qtbot: QtBot, context: CommandContext, assigned: dict[str, int], opened: list[CommandContext]
) -> None:
    main = window_for(qtbot, context, opened, "dana", Role.LAWYER, "clients")
    main.open_client(assigned["asel"])  # her own client: no question asked
    assert wait_idle()  # the file is read off the UI thread
    assert main.client_file is not None and main.client_file.client_id == assigned["asel"]
    assert main.nav.item(PAGES.index("reports")).isHidden()

    answers: list[bool] = []

    def answer(cancel: bool) -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, RequestAccessDialog) and w.isVisible())
        answers.append(dialog.open_button.isEnabled())
        if cancel:
            dialog.reject()
            return
        type_text(dialog.reason, "covering for Marat during his leave")
        answers.append(dialog.open_button.isEnabled())
        dialog.open_button.click()

    QTimer.singleShot(0, lambda: answer(cancel=True))
    main.open_client(assigned["ivan"])
    assert wait_idle()  # the file is read off the UI thread
    assert main.client_file.client_id == assigned["asel"]  # cancelled: nothing opened
    QTimer.singleShot(0, lambda: answer(cancel=False))
    main.open_client(assigned["ivan"])
    assert wait_idle()  # the file is read off the UI thread
    assert main.client_file.client_id == assigned["ivan"]
    assert answers == [False, False, True]  # Open waits for a reason
    requests = context.services().audit.entries(AuditFilter(user="dana",
                                                            action="access_request"))
    assert [(e.client_id, e.detail) for e in requests] == [
        (assigned["ivan"], "covering for Marat during his leave")]


def test_supervisor_adds_a_user_changes_role_and_deactivates(
    qtbot: QtBot, window: MainWindow, context: CommandContext
) -> None:
    section = window.settings_page.findChild(UsersSection)
    assert [u.name for u in section.users] == ["admin"]
    section.add_button.click()
    dialog = section.dialog
    assert dialog is not None
    type_text(dialog.name, "aigerim")
    dialog.role.setCurrentIndex(dialog.role.findText("lawyer"))
    type_text(dialog.password, "short")
    dialog.accept()
    assert wait_idle()
    assert "at least 8 characters" in dialog.message.text()  # the dialog stays, name kept
    dialog.password.clear()
    type_text(dialog.password, "a long enough password")
    dialog.accept()
    assert wait_idle()
    assert [(section.table.item(r, 0).text(), section.table.item(r, 1).text())
            for r in range(section.table.rowCount())] == [("admin", "administrator"),
                                                          ("aigerim", "lawyer")]
    section.table.selectRow(1)
    section.role_box.setCurrentIndex(section.role_box.findText("supervisor"))
    section.role_button.click()
    assert wait_idle()
    assert section.table.item(1, 1).text() == "supervisor"
    section.table.selectRow(1)
    assert section.active_button.text() == "Deactivate"
    section.active_button.click()
    assert wait_idle()
    assert section.table.item(1, 2).text() == "Deactivated"
    section.table.selectRow(0)
    assert not section.active_button.isEnabled()  # nobody deactivates themselves
    accounts = context.services().accounts  # the deactivated user cannot sign in
    with pytest.raises(AccessDenied, match="unknown user or wrong password"):
        accounts.authenticate("aigerim", "a long enough password")

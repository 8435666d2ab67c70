"""The client file of an account that holds no casework key: its casework tabs say that the
casework is encrypted, and the file still opens with everything intake works with."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

from pytestqt.qtbot import QtBot
from tests.conftest import database_key
from tests.gui.conftest import ASEL

from legalaid.db.casework import casework_access
from legalaid.db.session import create_engine_for
from legalaid.domain.records import CaseRecord, NoteRecord
from legalaid.gui.backend import Desk
from legalaid.gui.ops import wait_idle
from legalaid.gui.views.client_file.page import ClientFilePage
from legalaid.services import build_services
from legalaid.services.access import guard
from legalaid.services.accounts import Actor
from legalaid.services.command_context import CommandContext
from legalaid.services.roles import Role


def _page(qtbot: QtBot, desk: Desk, client_id: int) -> ClientFilePage:
    page = ClientFilePage(desk.client_file())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.show_client(client_id)
    assert wait_idle()
    return page


def test_intake_without_the_key_sees_the_casework_tabs_locked(
        qtbot: QtBot, context: CommandContext) -> None:
    context.services().close()  # the template database, unlocked once
    engine = create_engine_for(context.database_target,
                               database_key(Path(context.database_target)))
    key = os.urandom(32)
    lawyer = build_services(engine, casework=casework_access(key))
    client_id = lawyer.clients.add(dataclasses.replace(
        ASEL, notes=(NoteRecord("fears return to the employer"),),
        cases=(CaseRecord("overstay", dt.date(2026, 9, 1), outcome="pending appeal"),)))

    intake = Desk(guard(build_services(engine, casework=casework_access(None)),
                        Actor("nurlan", Role.INTAKE)))
    page = _page(qtbot, intake, client_id)
    assert page.casework_locked
    assert page.name_label.text() == "Қоңыратова Әсел"
    for tab in (page.cases, page.notes, page.letters):
        index = page.tabs.indexOf(tab)
        assert not page.tabs.isTabEnabled(index)
        assert "Casework is encrypted for lawyers, supervisors and administrators" \
            in page.tabs.tabToolTip(index)
    documents = page.tabs.indexOf(page.documents)
    assert page.tabs.isTabEnabled(documents) and page.tabs.tabToolTip(documents) == ""
    page.retranslate_chrome()  # the language switched: the tabs stay locked, and say why
    assert "encrypted" in page.tabs.tabToolTip(page.tabs.indexOf(page.notes))

    # A lawyer who holds the key sees the same file open.
    own = Desk(guard(lawyer, Actor("admin", Role.ADMINISTRATOR)))
    opened = _page(qtbot, own, client_id)
    assert not opened.casework_locked
    assert opened.tabs.isTabEnabled(opened.tabs.indexOf(opened.notes))
    assert opened.record is not None
    assert [note.text for note in opened.record.notes] == ["fears return to the employer"]
    page.close()
    opened.close()
    engine.dispose()

"""Demo data offered by the desktop is written in the interface's language."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from legalaid.domain.read_models import ClientQuery
from legalaid.gui import add_demo_clients
from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle

# Written out by hand: the English task titles of the demo (none may reach a Kazakh office).
ENGLISH_TASKS = {"Collect documents from the client", "File the application",
                 "Call the client back", "Prepare the appeal", "Court hearing",
                 "Check the decision", "Translate the documents", "Pay the state fee",
                 "Meet the employer", "Send the request letter"}


def test_demo_data_made_with_the_kazakh_interface_has_no_english_tasks(
        qtbot: QtBot, window: MainWindow) -> None:
    install_language("kk")
    clients = window.desk.services.clients
    before = clients.count(ClientQuery())
    add_demo_clients(window, clients, 60)
    wait_idle()
    rows = clients.list_rows(ClientQuery(), limit=200)
    assert len(rows) == before + 60
    files = [clients.file(row.id) for row in rows]
    titles = [task.title for file in files for case in file.record.cases for task in case.tasks]
    kinds = [case.type for file in files for case in file.record.cases]
    assert titles and kinds
    assert not ENGLISH_TASKS & set(titles)
    assert [text for text in titles + kinds if re.search("[A-Za-z]", text)] == []

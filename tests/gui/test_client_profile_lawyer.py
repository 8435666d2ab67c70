"""The Profile tab's rest of the file: the lawyer chosen among the lawyers' accounts only (a name
typed before that is no account's shown as it is), the spoken languages and the interpreter."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.conftest import TEST_PASSWORD

from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.services.roles import Role


def test_the_lawyer_is_chosen_among_lawyer_accounts_and_saved_with_the_languages(
        qtbot: QtBot, window: MainWindow, client_ids: dict[str, int]) -> None:
    services = window.desk.services
    for name, role in (("aigerim", Role.LAWYER), ("serik", Role.LAWYER),
                       ("dana", Role.SUPERVISOR), ("nurlan", Role.INTAKE)):
        services.accounts.add_user(name, role, TEST_PASSWORD)
    client_id = client_ids["shukhrat"]
    services.clients.update_profile(client_id, replace(services.clients.get(client_id),
                                                       lawyer="А. Сеитова"))
    window.open_client(client_id)
    assert wait_idle()
    profile = window.client_file.profile
    box = profile.lawyer
    shown = [box.itemText(index) for index in range(box.count())]
    # Nobody, the two lawyers (no supervisor, no intake), the name typed before: kept, marked.
    assert shown == ["Not assigned", "aigerim", "serik", "А. Сеитова (no user account)"]
    assert box.currentText() == "А. Сеитова (no user account)"
    box.setCurrentIndex(box.findData("serik"))
    box.activated.emit(box.currentIndex())
    profile.languages.clear()
    qtbot.keyClicks(profile.languages, "uz, KK")
    qtbot.mouseClick(profile.interpreter, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    saved = services.clients.get(client_id)
    assert (saved.lawyer, saved.languages, saved.interpreter) == ("serik", ("uz", "kk"), True)

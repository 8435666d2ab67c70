"""Citizenship in the intake wizard and the profile: "Not stated" is saved as XXX, "Stateless" as
no citizenship, a refugee travel document as XXB; the banner asks for a citizenship not stated."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from tests.gui.helpers import type_text

from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.wizards.intake import IntakeWizard
from legalaid.services.command_context import CommandContext


def _save_new_client(qtbot: QtBot, window: MainWindow, family: str, choice: str) -> int:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # the last wizard closed
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = window.findChild(IntakeWizard)
    assert wizard is not None
    type_text(wizard.names.family, family)
    type_text(wizard.names.given, "Test")
    wizard.next()
    box = wizard.details.citizenship
    index = box.findText(choice, Qt.MatchFlag.MatchExactly)
    assert index >= 0, choice
    box.setCurrentIndex(index)
    wizard.next()
    qtbot.keyClicks(wizard.travel.entry.edit, "15.11.2026")
    with qtbot.waitSignal(wizard.client_created, timeout=3000) as created:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
    assert wait_idle()
    wizard.deleteLater()
    return int(created.args[0])


def test_not_stated_and_stateless_are_saved_apart(qtbot: QtBot, window: MainWindow,
                                                  context: CommandContext) -> None:
    clients = context.services().clients
    unstated = _save_new_client(qtbot, window, "Unknownov", "Not stated")
    assert clients.get(unstated).citizenship == "XXX"
    page = window.client_file
    assert page is not None
    assert "Not stated" in page.facts.text()
    assert page.profile.citizenship.currentText() == "Not stated"
    qtbot.mouseClick(page.banner.why, Qt.MouseButton.LeftButton)
    assert "the citizenship is not recorded" in page.banner.details.text()

    stateless = _save_new_client(qtbot, window, "Statelessov", "Stateless")
    assert clients.get(stateless).citizenship is None
    page = window.client_file
    assert page is not None and page.client_id == stateless
    assert page.profile.citizenship.currentText() == "Stateless"

    refugee = _save_new_client(qtbot, window, "Refugeev",
                               "Refugee (1951 Convention travel document)")
    assert clients.get(refugee).citizenship == "XXB"


def test_the_profile_keeps_not_stated_and_records_stateless(
        qtbot: QtBot, window: MainWindow, context: CommandContext) -> None:
    clients = context.services().clients
    client_id = _save_new_client(qtbot, window, "Profilev", "Not stated")
    page = window.client_file
    assert page is not None
    page.tabs.setCurrentWidget(page.profile)
    qtbot.keyClicks(page.profile.phone, "+7 701 111 22 33")
    qtbot.mouseClick(page.profile.save_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert clients.get(client_id).citizenship == "XXX"  # saving the profile changes nothing
    box = page.profile.citizenship
    box.setCurrentIndex(box.findText("Stateless", Qt.MatchFlag.MatchExactly))
    qtbot.mouseClick(page.profile.save_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert clients.get(client_id).citizenship is None

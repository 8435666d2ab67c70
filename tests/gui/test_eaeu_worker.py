"""An EAEU worker recorded through the intake wizard and the document dialog: the employment
contract, not the 90/180 count, limits the stay, and the banner says so (EAEU-02)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from tests.gui.helpers import fill_intake_person

from legalaid.gui.i18n import format_date
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.wizards.intake import IntakeWizard


def _new_client(qtbot: QtBot, window: MainWindow, entry: dt.date) -> int:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = window.findChild(IntakeWizard)
    assert wizard is not None
    fill_intake_person(wizard, "Смирнов", "Алексей", "RU", "eaeu_worker")
    qtbot.keyClicks(wizard.travel.entry.edit, entry.strftime("%d.%m.%Y"))
    with qtbot.waitSignal(wizard.client_created, timeout=3000) as created:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
    assert wait_idle()  # the new client's file is read off the UI thread
    return int(created.args[0])


def test_eaeu_worker_with_a_contract_reads_eaeu_02_in_the_banner(
        qtbot: QtBot, window: MainWindow) -> None:
    today = dt.date.today()
    contract_end = today + dt.timedelta(days=8)
    _new_client(qtbot, window, today - dt.timedelta(days=75))
    page = window.client_file
    assert page is not None
    page.tabs.setCurrentWidget(page.documents)
    qtbot.mouseClick(page.documents.items.add_button, Qt.MouseButton.LeftButton)
    dialog = page.documents.dialog
    assert dialog is not None
    dialog.type.setCurrentIndex(dialog.type.findData("employment_contract"))
    qtbot.keyClicks(dialog.valid_from.edit, (today - dt.timedelta(days=80)).strftime("%d.%m.%Y"))
    qtbot.keyClicks(dialog.valid_until.edit, contract_end.strftime("%d.%m.%Y"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert not dialog.isVisible()

    banner = page.banner
    assert banner.verdict_plain() == f"Must leave by {format_date(contract_end)} — 8 days left"
    qtbot.mouseClick(banner.why, Qt.MouseButton.LeftButton)
    assert banner.details.isVisible()
    assert "EAEU-02" in banner.details.text()

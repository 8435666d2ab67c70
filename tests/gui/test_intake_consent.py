"""The intake wizard asks for consent to legal aid and to anonymous reporting; what the user
ticks is in the consent register (and the reporting flag) once the client is saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from legalaid.gui.main_window import MainWindow
from legalaid.gui.wizards.intake import IntakeWizard
from legalaid.services.command_context import CommandContext

TODAY = dt.date.today()


def _save_new_client(qtbot: QtBot, window: MainWindow, family: str, legal_aid: bool,
                     reporting: bool) -> int:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = window.findChild(IntakeWizard)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    qtbot.keyClicks(wizard.names.family, family)
    qtbot.keyClicks(wizard.names.given, "Test")
    wizard.next()
    details = wizard.details
    assert details.legal_aid_consent.text() == (
        "Consents to legal aid and to the processing of personal data for it")
    assert details.reporting_consent.text() == "Consents to be counted in anonymous reports"
    assert not details.legal_aid_consent.isChecked() and not details.reporting_consent.isChecked()
    if legal_aid:
        qtbot.mouseClick(details.legal_aid_consent, Qt.MouseButton.LeftButton)
    if reporting:
        qtbot.mouseClick(details.reporting_consent, Qt.MouseButton.LeftButton)
    wizard.next()
    with qtbot.waitSignal(wizard.client_created, timeout=3000) as created:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
    client_id = created.args[0]
    assert isinstance(client_id, int)
    return client_id


@pytest.mark.parametrize(("legal_aid", "reporting"),
                         [(True, True), (False, True), (True, False), (False, False)])
def test_consent_ticked_at_intake_is_recorded(qtbot: QtBot, window: MainWindow,
                                              context: CommandContext, legal_aid: bool,
                                              reporting: bool) -> None:
    client_id = _save_new_client(qtbot, window, "Consentova", legal_aid, reporting)
    consent = context.services().consent
    given = sorted((row.purpose, row.given_on) for row in consent.consents(client_id))
    expected = ([("legal_aid", TODAY)] if legal_aid else []) + (
        [("reporting", TODAY)] if reporting else [])
    assert given == expected
    assert consent.has_consent(client_id, "reporting") is reporting
    # A report of today counts the new client, in its breakdowns only with consent.
    report = context.services().reports.activity(TODAY, TODAY)
    assert report.figure("clients_served").count == 4  # three from the fixture and this one
    in_breakdown = next((s.total.count for s in report.sections if s.key == "sex"), 0)
    assert in_breakdown == (1 if reporting else 0)

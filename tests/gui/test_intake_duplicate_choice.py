"""Saving a person who may be on file asks what to do, and each answer does what it says:
open the existing file (nothing saved), add this spelling and these papers to it, or register a
new person with a reason that lands in the audit trail."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard
from pytestqt.qtbot import QtBot
from tests.gui.helpers import type_text

from legalaid.domain.read_models import ClientQuery
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.wizards.duplicates import DuplicateChoiceDialog
from legalaid.gui.wizards.intake import IntakeWizard
from legalaid.services.audit import AuditFilter
from legalaid.services.command_context import CommandContext


def _shukhrat_again(qtbot: QtBot, window: MainWindow) -> IntakeWizard:
    """The man on file as "Abdullaev Shukhrat", typed in Cyrillic, with a new paper and trip."""
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = window.findChild(IntakeWizard)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    type_text(wizard.names.family, "Абдуллаев")
    type_text(wizard.names.given, "Шухрат")
    wizard.next()
    qtbot.keyClicks(wizard.details.birth.edit, "17.04.1991")
    wizard.next()
    travel = wizard.travel
    travel.document_type.setCurrentIndex(travel.document_type.findData("migration_card"))
    qtbot.keyClicks(travel.document_number, "MC555")
    qtbot.keyClicks(travel.entry.edit, (dt.date.today() - dt.timedelta(days=3))
                    .strftime("%d.%m.%Y"))
    return wizard


def _save_and_get_choice(qtbot: QtBot, wizard: IntakeWizard) -> DuplicateChoiceDialog:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.choice is not None and wizard.choice.isVisible(),
                    timeout=3000)
    assert wizard.choice is not None
    return wizard.choice


def _ok(dialog: DuplicateChoiceDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_open_the_existing_file_saves_nothing(qtbot: QtBot, window: MainWindow,
                                              context: CommandContext,
                                              client_ids: dict[str, int]) -> None:
    choice = _save_and_get_choice(qtbot, _shukhrat_again(qtbot, window))
    assert "Abdullaev Shukhrat" in choice.people.item(0).text()
    choice.open_choice.setChecked(True)
    _ok(choice)
    assert wait_idle()
    assert window.client_file is not None
    assert window.client_file.client_id == client_ids["shukhrat"]
    assert context.services().clients.count(ClientQuery()) == 3


def test_add_this_spelling_and_these_papers_to_the_file_on_file(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    choice = _save_and_get_choice(qtbot, _shukhrat_again(qtbot, window))
    choice.add_choice.setChecked(True)
    _ok(choice)
    assert wait_idle()
    record = context.services().clients.get(client_ids["shukhrat"])
    assert [name.full for name in record.names] == ["Abdullaev Shukhrat", "Абдуллаев Шухрат"]
    assert {document.number for document in record.documents} == {"FA1234567", "MC555"}
    assert len(record.trips) == 1
    assert context.services().clients.count(ClientQuery()) == 3
    assert window.client_file is not None
    assert window.client_file.client_id == client_ids["shukhrat"]


def test_register_a_new_person_needs_a_reason_and_audits_it(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    wizard = _shukhrat_again(qtbot, window)
    choice = _save_and_get_choice(qtbot, wizard)
    choice.new_choice.setChecked(True)
    ok = choice.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason, no new file
    type_text(choice.reason, "namesake, born in Osh")
    assert ok.isEnabled()
    with qtbot.waitSignal(wizard.client_created, timeout=3000) as created:
        _ok(choice)
    new_id = created.args[0]
    assert new_id not in client_ids.values()
    assert context.services().clients.count(ClientQuery()) == 4
    entries = context.services().audit.entries(AuditFilter(action="duplicate_allowed"))
    assert [(entry.client_id, entry.detail) for entry in entries] == [
        (new_id, "namesake, born in Osh")]

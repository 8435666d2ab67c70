"""The intake wizard end to end: another script offered, a duplicate warned about, an invalid
date refused at the field, and the new client saved and opened."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard
from pytestqt.qtbot import QtBot
from tests.gui.helpers import open_intake, type_text

from legalaid.domain.enums import Category, DocumentType, Script
from legalaid.domain.read_models import ClientQuery
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.services.command_context import CommandContext


def test_intake_end_to_end(qtbot: QtBot, window: MainWindow, context: CommandContext) -> None:
    wizard = open_intake(qtbot, window)
    names = wizard.names
    type_text(names.family, "Абдуллаев")
    type_text(names.given, "Шухрат")
    # The same man is on file under his passport spelling "Abdullaev Shukhrat".
    qtbot.waitUntil(lambda: wizard.duplicates.hit_count() == 1, timeout=3000)
    assert "Abdullaev Shukhrat" in wizard.duplicates.list.item(0).text()
    assert names.suggestion.text() == "In the other script: Abdullaev Shukhrat"
    qtbot.mouseClick(names.use_suggestion, Qt.MouseButton.LeftButton)
    assert (names.other_family.text(), names.other_given.text()) == ("Abdullaev", "Shukhrat")
    wizard.next()
    assert wizard.currentPage() is wizard.details

    details = wizard.details
    qtbot.keyClicks(details.birth.edit, "31.02.1991")
    details.birth.edit.editingFinished.emit()
    assert details.birth.error.isVisibleTo(wizard)
    assert details.birth.error.text() == (
        "“31.02.1991” is not a real date; type it as dd.mm.yyyy, e.g. 17.04.1991")
    wizard.next()
    assert wizard.currentPage() is details  # refused: stays on the page, text kept
    assert details.birth.edit.text() == "31.02.1991"
    details.birth.edit.clear()
    qtbot.keyClicks(details.birth.edit, "17.04.1991")
    details.citizenship.setCurrentIndex(details.citizenship.findData("UZ"))
    details.category.setCurrentIndex(details.category.findData("labour_immigrant"))
    qtbot.keyClicks(details.phone, "+7 701 000 00 00")
    details.safe_to_contact.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.travel

    travel = wizard.travel
    travel.document_type.setCurrentIndex(travel.document_type.findData("passport"))
    qtbot.keyClicks(travel.document_number, "FA7654321")
    qtbot.keyClicks(travel.document_until.edit, "01.02.2030")
    entry = dt.date.today() - dt.timedelta(days=5)
    qtbot.keyClicks(travel.entry.edit, entry.strftime("%d.%m.%Y"))
    save = wizard.button(QWizard.WizardButton.FinishButton)
    assert save.accessibleName() == "Save client"
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    # The man on file is born the same day: Save asks first (tests/gui/test_intake_duplicate_
    # choice.py tries every answer); here he is another person.
    qtbot.waitUntil(lambda: wizard.choice is not None and wizard.choice.isVisible(),
                    timeout=3000)
    assert wizard.choice is not None
    wizard.choice.new_choice.setChecked(True)
    type_text(wizard.choice.reason, "namesake")
    with qtbot.waitSignal(wizard.client_created, timeout=3000) as created:
        wizard.choice.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    new_id = created.args[0]
    record = context.services().clients.get(new_id)
    assert [(n.family, n.given, n.script) for n in record.names] == [
        ("Абдуллаев", "Шухрат", Script.CYRILLIC), ("Abdullaev", "Shukhrat", Script.LATIN)]
    assert record.date_of_birth == dt.date(1991, 4, 17)
    assert (record.citizenship, record.category) == ("UZ", Category.LABOUR_IMMIGRANT)
    assert record.safe_to_contact is True and record.phone == "+7 701 000 00 00"
    assert [(d.type, d.number, d.valid_until) for d in record.documents] == [
        (DocumentType.PASSPORT, "FA7654321", dt.date(2030, 2, 1))]
    assert [(t.entry, t.exit) for t in record.trips] == [(entry, None)]
    assert wait_idle()  # the file is read off the UI thread
    assert window.client_file is not None and window.client_file.client_id == new_id
    assert context.services().clients.count(ClientQuery()) == 4


def test_open_existing_file_instead_of_a_duplicate(qtbot: QtBot, window: MainWindow,
                                                   client_ids: dict[str, int]) -> None:
    wizard = open_intake(qtbot, window)
    qtbot.keyClicks(wizard.names.family, "Abdulaev")  # one letter missing
    qtbot.keyClicks(wizard.names.given, "Shuhrat")
    qtbot.waitUntil(lambda: wizard.duplicates.hit_count() == 1, timeout=3000)
    wizard.duplicates.list.setCurrentRow(0)
    qtbot.mouseClick(wizard.duplicates.open_button, Qt.MouseButton.LeftButton)
    assert wait_idle()  # the file is read off the UI thread
    assert not wizard.isVisible()
    assert window.client_file is not None
    assert window.client_file.client_id == client_ids["shukhrat"]


def test_required_names_are_marked(qtbot: QtBot, window: MainWindow) -> None:
    wizard = open_intake(qtbot, window)
    qtbot.keyClicks(wizard.names.given, "Ivan")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.names.validatePage() is False
    assert wizard.names.family_error.text() == "Required"
    assert wizard.names.given_error.isHidden()

"""The forms of a client file speak to the person at them: every problem of a form is shown at
once, each under its field and naming other fields by their labels; a problem goes as soon as it
is put right; the words are in the interface language; Next in the intake wizard says why it is
greyed out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWizard
from pytestqt.qtbot import QtBot
from tests.gui.helpers import open_intake, type_text

from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.views.client_file.dialogs import ItemDialog
from legalaid.gui.views.client_file.documents import DocumentDialog
from legalaid.gui.views.client_file.page import ClientFilePage
from legalaid.gui.views.client_file.travel import TripDialog
from legalaid.services.command_context import CommandContext


def _open(window: MainWindow, client_id: int) -> ClientFilePage:
    window.open_client(client_id)
    assert wait_idle()
    page = window.client_file
    assert page is not None
    return page


def _retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Select what the field holds and type over it (or delete it), as a user would."""
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)


def test_every_problem_of_the_profile_shows_at_once_and_goes_when_fixed(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    page = _open(window, client_ids["ivan"])
    profile = page.profile
    page.tabs.setCurrentWidget(profile)
    _retype(qtbot, profile.family, "")
    _retype(qtbot, profile.phone, "call me")
    _retype(qtbot, profile.iin, "123")
    qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    shown = {key: label.text() for key, label in profile.errors.items() if not label.isHidden()}
    assert shown == {"family": "Required",
                     "phone": '"call me" is not a phone number: use digits, spaces, + and -',
                     "iin": '"123" is not an IIN: an IIN has 12 digits'}
    _retype(qtbot, profile.phone, "+7 701 555 00 11")
    assert profile.errors["phone"].isHidden()  # put right: gone before Save is pressed again
    assert not profile.errors["family"].isHidden() and not profile.errors["iin"].isHidden()
    _retype(qtbot, profile.family, "Петров")
    _retype(qtbot, profile.iin, "")
    assert all(label.isHidden() for label in profile.errors.values())
    assert context.services().clients.get(client_ids["ivan"]).phone is None  # nothing saved yet


def _typed_and_saved(qtbot: QtBot, dialog: ItemDialog | None,
                     typed: dict[str, str]) -> ItemDialog:
    """Type into the dialog's fields (by attribute; a DateField's edit) and press Save."""
    assert dialog is not None
    for name, text in typed.items():
        widget = getattr(dialog, name)
        qtbot.keyClicks(getattr(widget, "edit", widget), text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    return dialog


def test_document_dates_name_the_other_field_by_its_label_and_clear_when_fixed(
        qtbot: QtBot, window: MainWindow, client_ids: dict[str, int]) -> None:
    page = _open(window, client_ids["ivan"])
    page.documents.open_dialog(None)
    dialog = _typed_and_saved(qtbot, page.documents.dialog, {
        "valid_from": "01.01.2025", "valid_until": "01.01.2024", "number": "N" * 61})
    assert isinstance(dialog, DocumentDialog)
    assert dialog.valid_until.error.text() == "Must not be earlier than “Valid from”"
    assert dialog.problem.isHidden()
    number_error = dialog.findChild(QLabel, "documentDialogNumberError")
    assert number_error.text() == "Too long: at most 60 characters"  # both at once
    _retype(qtbot, dialog.valid_until.edit, "01.01.2030")
    assert dialog.valid_until.error.isHidden()
    assert not number_error.isHidden()
    assert page.documents.table.rowCount() == 0


def test_trip_dialog_shows_both_date_problems_at_once(
        qtbot: QtBot, window: MainWindow, client_ids: dict[str, int]) -> None:
    page = _open(window, client_ids["ivan"])
    page.travel.open_dialog(None)
    dialog = _typed_and_saved(qtbot, page.travel.dialog, {
        "entry": "10.03.2024", "exit": "01.03.2024", "host_notified": "09.03.2024"})
    assert isinstance(dialog, TripDialog) and dialog.isVisible()
    exit_error = dialog.findChild(QLabel, "tripExitEditError")
    assert exit_error.text() == "Must not be earlier than “Entered Kazakhstan on”"
    assert dialog.host_notified.error.text() == "Must not be earlier than “Entered Kazakhstan on”"


def test_required_is_said_in_russian_and_kazakh(
        qtbot: QtBot, window: MainWindow, client_ids: dict[str, int]) -> None:
    page = _open(window, client_ids["ivan"])
    profile = page.profile
    _retype(qtbot, profile.given, "")
    for language, required in (("ru", "Обязательное поле"), ("kk", "Міндетті өріс")):
        install_language(language)
        qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
        assert profile.errors["given"].text() == required


def test_greyed_out_next_says_what_is_missing(qtbot: QtBot, window: MainWindow) -> None:
    wizard = open_intake(qtbot, window)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    hint = wizard.names.next_hint
    assert not next_button.isEnabled()
    assert hint.isVisible() and hint.text() == "To go on, type: Family name, Given name"
    qtbot.keyClicks(wizard.names.given, "Ivan")
    assert hint.text() == "To go on, type: Family name"
    qtbot.keyClicks(wizard.names.family, "Petrov")
    assert next_button.isEnabled() and hint.isHidden()
    wizard.reject()

"""The client file edited as a user would: profile, documents, trips, cases, family, notes,
delete with undo and the bin, and the language switched while the file is open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.gui.helpers import type_text

from legalaid.domain.records import CaseRecord, NoteRecord, TaskRecord, TripRecord
from legalaid.gui.i18n import format_date
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.views.client_file.page import ClientFilePage
from legalaid.services.command_context import CommandContext


def _open(window: MainWindow, client_id: int) -> ClientFilePage:
    window.open_client(client_id)
    assert wait_idle()  # the file is read off the UI thread
    page = window.client_file
    assert page is not None
    return page


def _click(qtbot: QtBot, widget: object) -> None:
    """Click, then let the op the click started finish (edits run off the UI thread)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert wait_idle()


def test_edited_phone_is_saved_and_shown_after_reopening(
        qtbot: QtBot, window: MainWindow, client_ids: dict[str, int]) -> None:
    page = _open(window, client_ids["ivan"])
    page.tabs.setCurrentWidget(page.profile)
    qtbot.keyClicks(page.profile.phone, "+7 777 123 45 67")
    page.profile.address.setFocus()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # File > Save

    again = _open(window, client_ids["shukhrat"])
    again = _open(window, client_ids["ivan"])
    assert again.profile.phone.text() == "+7 777 123 45 67"
    history = again.history.table
    assert (history.item(0, 2).text(), history.item(0, 3).text()) == ("Changed: profile", "phone")


def test_names_in_the_other_script_offered_and_saved(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    page = _open(window, client_ids["ivan"])
    assert page.profile.offer.text() == "In the other script: Petrov Ivan"
    _click(qtbot, page.profile.use_offer)
    _click(qtbot, page.profile.save_button)
    names = context.services().clients.get(client_ids["ivan"]).names
    assert [(n.family, n.given) for n in names] == [("Петров", "Иван"), ("Petrov", "Ivan")]
    assert page.other_names.text() == "Petrov Ivan"


def test_invalid_date_of_birth_is_refused_at_the_field_and_kept(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    page = _open(window, client_ids["ivan"])
    birth = page.profile.birth
    birth.edit.clear()
    qtbot.keyClicks(birth.edit, "31.02.1985")
    qtbot.keyClicks(page.profile.phone, "+7 701 555 00 11")
    _click(qtbot, page.profile.save_button)
    assert birth.error.text() == ("“31.02.1985” is not a real date; type it as dd.mm.yyyy, "
                                  "e.g. 17.04.1991")
    assert birth.edit.text() == "31.02.1985"
    assert page.profile.phone.text() == "+7 701 555 00 11"
    assert context.services().clients.get(client_ids["ivan"]).phone is None


def test_phone_refused_by_the_services_is_marked_at_the_field(
        qtbot: QtBot, window: MainWindow, client_ids: dict[str, int]) -> None:
    page = _open(window, client_ids["ivan"])
    qtbot.keyClicks(page.profile.phone, "call me")
    _click(qtbot, page.profile.save_button)
    assert page.profile.errors["phone"].text() == (
        '"call me" is not a phone number: use digits, spaces, + and -')
    assert page.profile.phone.text() == "call me"


def test_profile_saved_by_someone_else_first_is_a_conflict(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    page = _open(window, client_ids["ivan"])
    clients = context.services().clients
    record = clients.get(client_ids["ivan"])
    clients.update_profile(client_ids["ivan"], record.__class__(**{
        **record.__dict__, "address": "Almaty"}))
    qtbot.keyClicks(page.profile.phone, "+7 701 000 00 01")
    _click(qtbot, page.profile.save_button)
    assert page.profile.conflict.text().startswith("Someone else saved this profile")
    assert page.profile.phone.text() == "+7 701 000 00 01"
    assert clients.get(client_ids["ivan"]).phone is None


def test_document_expiring_in_20_days_has_the_30_day_colour(
        qtbot: QtBot, window: MainWindow, client_ids: dict[str, int]) -> None:
    page = _open(window, client_ids["ivan"])
    page.tabs.setCurrentWidget(page.documents)
    _click(qtbot, page.documents.items.add_button)
    dialog = page.documents.dialog
    assert dialog is not None
    dialog.type.setCurrentIndex(dialog.type.findData("visa"))
    qtbot.keyClicks(dialog.number, "V123")
    until = dt.date.today() + dt.timedelta(days=20)
    qtbot.keyClicks(dialog.valid_until.edit, until.strftime("%d.%m.%Y"))
    _click(qtbot, dialog.save_button)
    table = page.documents.table
    assert table.rowCount() == 1
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("Visa", "V123")
    assert table.item(0, 4).text() == "in 20 days"
    assert table.item(0, 3).background().color().name() == "#ef8f00"  # within 30 days
    assert "within 30 days" in page.documents.legend.text()


def test_document_valid_until_before_valid_from_is_refused_in_the_dialog(
        qtbot: QtBot, window: MainWindow, client_ids: dict[str, int]) -> None:
    page = _open(window, client_ids["ivan"])
    page.documents.open_dialog(None)
    dialog = page.documents.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.valid_from.edit, "01.01.2025")
    qtbot.keyClicks(dialog.valid_until.edit, "01.01.2024")
    _click(qtbot, dialog.save_button)
    assert dialog.valid_until.error.text() == "Must not be earlier than “Valid from”"
    assert dialog.valid_from.edit.text() == "01.01.2025"
    assert page.documents.table.rowCount() == 0


def test_deleted_trip_changes_the_banner_and_undo_brings_it_back(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    entry = dt.date.today() - dt.timedelta(days=9)
    context.services().clients.add_trip(client_ids["ivan"], TripRecord(entry))
    page = _open(window, client_ids["ivan"])
    # A Russian citizen (EAEU): 90 days in any 180 counting entry day, so the last day is +89.
    with_trip = f"Must leave by {format_date(entry + dt.timedelta(days=89))}"
    assert page.banner.verdict_plain().startswith(with_trip)
    page.tabs.setCurrentWidget(page.travel)
    page.travel.table.selectRow(0)
    _click(qtbot, page.travel.delete_button)
    assert page.travel.table.rowCount() == 0
    assert not page.banner.verdict_plain().startswith("Must leave by")
    assert page.undo_text.text() == "Deleted: trip. It is in the bin until you restore it."
    page.travel.table.setFocus()
    qtbot.keyClick(page.travel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert wait_idle()
    assert page.travel.table.rowCount() == 1
    assert page.banner.verdict_plain().startswith(with_trip)
    assert page.undo_bar.isHidden()


def test_trip_edited_in_its_dialog(qtbot: QtBot, window: MainWindow, context: CommandContext,
                                   client_ids: dict[str, int]) -> None:
    context.services().clients.add_trip(client_ids["ivan"], TripRecord(dt.date(2024, 1, 10)))
    page = _open(window, client_ids["ivan"])
    page.travel.table.selectRow(0)
    _click(qtbot, page.travel.edit_button)
    dialog = page.travel.dialog
    assert dialog is not None and dialog.entry.edit.text() == "10.01.2024"
    qtbot.keyClicks(dialog.exit.edit, "20.01.2024")
    _click(qtbot, dialog.save_button)
    table = page.travel.table
    assert [table.item(0, c).text() for c in range(3)] == ["10.01.2024", "20.01.2024", "11"]


def test_task_marked_done_and_undone(qtbot: QtBot, window: MainWindow, context: CommandContext,
                                     client_ids: dict[str, int]) -> None:
    due = dt.date.today() + dt.timedelta(days=5)
    case = CaseRecord("residence permit", dt.date(2025, 3, 1),
                      tasks=(TaskRecord("Collect the employer's letter", due),))
    context.services().clients.add_case(client_ids["asel"], case)
    page = _open(window, client_ids["asel"])
    page.tabs.setCurrentWidget(page.cases)
    tree = page.cases.tree
    task = tree.topLevelItem(0).child(0)
    assert (task.text(0), task.text(1)) == ("Collect the employer's letter", "to do")
    tree.setCurrentItem(task)
    assert page.cases.done_button.text() == "Mark d&one"
    _click(qtbot, page.cases.done_button)
    task = tree.topLevelItem(0).child(0)
    assert task.text(1) == f"done {format_date(dt.date.today())}"
    assert tree.currentItem() is task  # the selection survives the reload
    _click(qtbot, page.cases.done_button)
    assert tree.topLevelItem(0).child(0).text(1) == "to do"


def test_case_and_task_added(qtbot: QtBot, window: MainWindow,
                             client_ids: dict[str, int]) -> None:
    page = _open(window, client_ids["asel"])
    _click(qtbot, page.cases.add_case_button)
    dialog = page.cases.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.type, "deportation appeal")  # type: ignore[attr-defined]
    _click(qtbot, dialog.save_button)
    tree = page.cases.tree
    assert tree.topLevelItem(0).text(0) == "deportation appeal"
    assert tree.topLevelItem(0).text(1) == "open"
    tree.setCurrentItem(tree.topLevelItem(0))
    _click(qtbot, page.cases.add_task_button)
    task_dialog = page.cases.dialog
    assert task_dialog is not None and task_dialog is not dialog
    _click(qtbot, task_dialog.save_button)  # nothing typed: refused at the fields
    assert task_dialog.due.error.text() == "Required"  # type: ignore[attr-defined]
    qtbot.keyClicks(task_dialog.title, "File the appeal")  # type: ignore[attr-defined]
    qtbot.keyClicks(task_dialog.due.edit, "01.12.2030")  # type: ignore[attr-defined]
    _click(qtbot, task_dialog.save_button)
    child = tree.topLevelItem(0).child(0)
    assert (child.text(0), child.text(3)) == ("File the appeal", "01.12.2030")


def test_link_relative_found_in_the_other_script_and_open_their_file(
        qtbot: QtBot, window: MainWindow, client_ids: dict[str, int]) -> None:
    page = _open(window, client_ids["asel"])
    page.tabs.setCurrentWidget(page.family)
    _click(qtbot, page.family.items.add_button)
    dialog = page.family.dialog
    assert dialog is not None
    type_text(dialog.query, "Абдуллаев")
    assert dialog.results.count() == 1
    assert dialog.results.item(0).text().startswith("Abdullaev Shukhrat")
    dialog.relationship.setCurrentIndex(dialog.relationship.findData("spouse"))
    _click(qtbot, dialog.save_button)
    table = page.family.table
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("Abdullaev Shukhrat",
                                                                  "spouse")
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert wait_idle()  # the relative's file is read off the UI thread, in the same page
    assert window.client_file is page
    assert window.client_file.client_id == client_ids["shukhrat"]


def test_link_needs_a_chosen_client(qtbot: QtBot, window: MainWindow,
                                    client_ids: dict[str, int]) -> None:
    page = _open(window, client_ids["asel"])
    page.family.open_dialog()
    dialog = page.family.dialog
    assert dialog is not None
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog._errors["other_client_id"].text() == "Choose the client from the list"


def test_note_edited_deleted_and_restored_from_the_bin(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    context.services().clients.add_note(client_ids["ivan"], NoteRecord("Called on Monday"))
    page = _open(window, client_ids["ivan"])
    page.notes.table.selectRow(0)
    _click(qtbot, page.notes.items.edit_button)
    dialog = page.notes.dialog
    assert dialog is not None
    dialog.text.setPlainText("Called on Tuesday")
    _click(qtbot, dialog.save_button)
    assert page.notes.table.item(0, 2).text() == "Called on Tuesday"
    page.notes.table.selectRow(0)
    _click(qtbot, page.notes.items.delete_button)
    assert page.notes.table.rowCount() == 0
    page.undo_stack.clear()  # the bin, not Undo, brings this one back
    _click(qtbot, page.bin_button)
    assert page.bin is not None
    bin_table = page.bin.items.table
    assert (bin_table.item(0, 1).text(), bin_table.item(0, 2).text()) == (
        "note", "Called on Tuesday")
    _click(qtbot, page.bin.items.edit_button)  # Restore
    assert page.bin.empty.isVisibleTo(page.bin)
    assert page.notes.table.item(0, 2).text() == "Called on Tuesday"


def test_language_switched_with_the_file_open(qtbot: QtBot, window: MainWindow,
                                              client_ids: dict[str, int]) -> None:
    page = _open(window, client_ids["ivan"])
    qtbot.keyClicks(page.profile.phone, "+7 701")  # typed, not saved
    window.set_language("kk")
    qtbot.waitUntil(lambda: page.tabs.tabText(1) == "Құжаттар", timeout=3000)
    assert page.tabs.tabText(0) == "Профиль"
    assert page.profile.phone.text() == "+7 701"
    assert page.profile.save_button.text() == "&Профильді сақтау"

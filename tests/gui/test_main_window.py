"""The client desk driven as a user would: search, the client file, language, remembered state."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView
from pytestqt.qtbot import QtBot
from tests.gui.helpers import type_text

from legalaid.gui.i18n import format_date
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.services.command_context import CommandContext
from legalaid.settings import load


def _names_in_table(window: MainWindow) -> list[str]:
    model = window.clients_page.model
    return [model.row_at(row).name for row in range(model.rowCount())]


def test_latin_spelling_finds_client_recorded_in_cyrillic(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    box = window.findChild(QLineEdit, "globalSearch")
    assert box is not None and box.accessibleName() == "Search clients"
    qtbot.keyClicks(box, "Asel Konyratova")
    qtbot.waitUntil(lambda: _names_in_table(window) == ["Қоңыратова Әсел"], timeout=3000)


def test_prefix_and_other_script_search(qtbot: QtBot, window: MainWindow) -> None:
    type_text(window.search_box, "Абдулл")
    qtbot.waitUntil(lambda: _names_in_table(window) == ["Abdullaev Shukhrat"], timeout=3000)
    window.search_box.clear()
    qtbot.waitUntil(lambda: len(_names_in_table(window)) == 3, timeout=3000)


def test_ctrl_k_focuses_search_and_enter_opens_client_file(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "petrov")
    qtbot.waitUntil(lambda: _names_in_table(window) == ["Петров Иван Сергеевич"], timeout=3000)
    table = window.findChild(QTableView, "clientTable")
    assert table is not None and table.accessibleName() == "Client table"
    table.setFocus()
    table.setCurrentIndex(window.clients_page.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert wait_idle()  # the file is read off the UI thread
    assert window.client_file is not None
    assert window.client_file.name_label.text() == "Петров Иван Сергеевич"
    assert "Russia" in window.client_file.facts.text()


def test_adding_a_trip_changes_the_status_banner(qtbot: QtBot, window: MainWindow,
                                                 client_ids: dict[str, int]) -> None:
    window.open_client(client_ids["ivan"])
    assert wait_idle()  # the file is read off the UI thread
    page = window.client_file
    assert page is not None and page.banner.accessibleName().startswith("Status: ")
    before = page.banner.verdict_plain()
    assert "Must leave by" not in before
    page.tabs.setCurrentWidget(page.travel)
    qtbot.mouseClick(page.travel.add_button, Qt.MouseButton.LeftButton)
    dialog = page.travel.dialog
    assert dialog is not None
    entry = dt.date.today() - dt.timedelta(days=9)
    qtbot.keyClicks(dialog.entry.edit, entry.strftime("%d.%m.%Y"))
    dialog._check_and_accept()
    # A Russian citizen (EAEU, 90 days in any 180, entry and today both counted):
    # the 90th day is entry + 89 days, and 80 days remain after today.
    last = entry + dt.timedelta(days=89)
    qtbot.waitUntil(lambda: page.banner.verdict_plain() != before, timeout=3000)
    assert page.banner.verdict_plain().startswith(f"Must leave by {format_date(last)}")
    assert page.travel.table.rowCount() == 1


def test_invalid_trip_is_refused_in_the_dialog_and_kept(qtbot: QtBot, window: MainWindow,
                                                        client_ids: dict[str, int]) -> None:
    window.open_client(client_ids["ivan"])
    assert wait_idle()  # the file is read off the UI thread
    page = window.client_file
    assert page is not None
    page.travel._ask_trip()
    dialog = page.travel.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.entry.edit, "10.05.2024")
    qtbot.keyClicks(dialog.exit.edit, "01.05.2024")
    dialog._check_and_accept()
    assert dialog.exit.error.text() == "Must not be earlier than “Entered Kazakhstan on”"
    assert dialog.entry.edit.text() == "10.05.2024"
    assert page.travel.table.rowCount() == 0


def test_switching_language_shows_kazakh_labels(qtbot: QtBot, window: MainWindow,
                                                context: CommandContext) -> None:
    window.show_page("settings")
    box = window.settings_page.language_box
    box.setCurrentIndex(box.findData("kk"))
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "Клиенттер", timeout=3000)
    assert window.nav.item(0).text() == "Бүгін"
    assert window.search_box.accessibleName() == "Клиенттерді іздеу"
    header = window.clients_page.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Аты-жөні"
    assert wait_idle()  # the settings file is written off the UI thread
    assert load(context.paths.settings_file).language == "kk"


def test_geometry_and_last_page_are_remembered(window: MainWindow, context: CommandContext) -> None:
    window.resize(1000, 700)
    window.show_page("settings")
    window.close()
    saved = load(context.paths.settings_file)
    assert saved.last_page == "settings"
    assert saved.window_geometry != ""


def test_client_table_model_passes_model_tester(qtmodeltester: object,
                                                window: MainWindow) -> None:
    qtmodeltester.check(window.clients_page.model)  # type: ignore[attr-defined]

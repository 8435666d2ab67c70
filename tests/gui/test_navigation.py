"""Moving about the desk as in a browser: Back and Forward, the search box from a client file,
the page list showing where one is, and the recent clients."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot
from tests.gui.helpers import type_text

from legalaid.gui.main_window import PAGES, MainWindow
from legalaid.gui.ops import wait_idle


def _names_in_table(window: MainWindow) -> list[str]:
    model = window.clients_page.model
    return [model.row_at(row).name for row in range(model.rowCount())]


def _shown(window: MainWindow) -> str:
    """What the user sees: a page's key, or the name on the client file shown."""
    current = window.stack.currentWidget()
    if window.client_file is not None and current is window.client_file:
        return window.client_file.name_label.text()
    return next(key for key, page in window.pages.items() if page is current)


def _highlighted(window: MainWindow) -> str:
    return window.nav.currentItem().text()


def _click_page(qtbot: QtBot, window: MainWindow, key: str) -> None:
    item = window.nav.item(PAGES.index(key))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.nav.visualItemRect(item).center())


def _open_by_search(qtbot: QtBot, window: MainWindow, typed: str, name: str) -> None:
    """Type in the search box, go down into the results and open the first with Return."""
    qtbot.mouseClick(window.search_box, Qt.MouseButton.LeftButton)
    window.search_box.selectAll()
    type_text(window.search_box, typed)
    qtbot.waitUntil(lambda: _names_in_table(window) == [name], timeout=3000)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    table = window.findChild(QTableView, "clientTable")
    assert table is not None and table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert wait_idle()
    qtbot.waitUntil(lambda: _shown(window) == name, timeout=3000)


def _alt(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.AltModifier)
    assert wait_idle()


def test_back_and_forward_walk_pages_and_client_files(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    assert _shown(window) == "clients"
    assert not window.back_action.isEnabled()
    _open_by_search(qtbot, window, "petrov", "Петров Иван Сергеевич")
    _click_page(qtbot, window, "calendar")
    assert _shown(window) == "calendar"
    _open_by_search(qtbot, window, "Abdul", "Abdullaev Shukhrat")

    _alt(qtbot, window, Qt.Key.Key_Left)
    assert _shown(window) == "clients"  # the list the second file was opened from
    _alt(qtbot, window, Qt.Key.Key_Left)
    assert _shown(window) == "calendar"
    _alt(qtbot, window, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: _shown(window) == "Петров Иван Сергеевич", timeout=3000)
    assert _highlighted(window) == "Clients"
    _alt(qtbot, window, Qt.Key.Key_Right)
    assert _shown(window) == "calendar"
    assert window.forward_action.isEnabled()

    # The mouse's side buttons, pressed over any part of the window.
    qtbot.mouseClick(window.pages["calendar"], Qt.MouseButton.ForwardButton)
    assert _shown(window) == "clients"
    qtbot.mouseClick(window.clients_page.table.viewport(), Qt.MouseButton.BackButton)
    assert _shown(window) == "calendar"

    # Going somewhere new forgets what lay ahead, as a browser does.
    _click_page(qtbot, window, "letters")
    assert not window.forward_action.isEnabled()
    qtbot.mouseClick(window.toolbar.widgetForAction(window.back_action),
                     Qt.MouseButton.LeftButton)
    assert _shown(window) == "calendar"


def test_search_box_works_from_a_client_file(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    _open_by_search(qtbot, window, "petrov", "Петров Иван Сергеевич")
    # Return with the text still in the box: back to the list, filtered by it.
    qtbot.mouseClick(window.search_box, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert _shown(window) == "clients"
    qtbot.waitUntil(lambda: _names_in_table(window) == ["Петров Иван Сергеевич"], timeout=3000)
    # Typing from a file shows the list too, and Down then Return opens the match.
    _open_by_search(qtbot, window, "Asel", "Қоңыратова Әсел")
    qtbot.mouseClick(window.search_box, Qt.MouseButton.LeftButton)
    window.search_box.selectAll()
    type_text(window.search_box, "Shukh")
    assert _shown(window) == "clients"
    qtbot.waitUntil(lambda: _names_in_table(window) == ["Abdullaev Shukhrat"], timeout=3000)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    qtbot.keyClick(window.clients_page.table, Qt.Key.Key_Return)
    assert wait_idle()
    qtbot.waitUntil(lambda: _shown(window) == "Abdullaev Shukhrat", timeout=3000)


def test_the_page_list_shows_clients_while_a_file_is_shown(qtbot: QtBot, window: MainWindow,
                                                          client_ids: dict[str, int]) -> None:
    _click_page(qtbot, window, "today")
    assert _highlighted(window) == "Today"
    window.today_page.open_client.emit(client_ids["asel"], "")  # as a deadline's link does
    assert wait_idle()
    qtbot.waitUntil(lambda: _shown(window) == "Қоңыратова Әсел", timeout=3000)
    assert _highlighted(window) == "Clients"
    # A click on the highlighted entry goes back to the list.
    _click_page(qtbot, window, "clients")
    assert _shown(window) == "clients"
    assert _highlighted(window) == "Clients"
    assert len(_names_in_table(window)) == 3


def test_recent_clients_menu_lists_files_opened_newest_first(qtbot: QtBot, window: MainWindow,
                                                             client_ids: dict[str, int]) -> None:
    window.recent_menu.aboutToShow.emit()
    assert [a.text() for a in window.recent_menu.actions()] == ["No client opened yet"]
    for key in ("ivan", "asel", "ivan", "shukhrat"):
        window.open_client(client_ids[key])
        assert wait_idle()
    window.show_page("calendar")
    window.recent_menu.aboutToShow.emit()
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions] == [
        "Abdullaev Shukhrat", "Петров Иван Сергеевич", "Қоңыратова Әсел"]
    actions[2].trigger()
    assert wait_idle()
    qtbot.waitUntil(lambda: _shown(window) == "Қоңыратова Әсел", timeout=3000)


def test_history_forgets_what_lay_ahead_and_recent_clients_keep_ten() -> None:
    from legalaid.gui.navigation import History, Place, RecentClients

    history = History()
    for place in (Place("clients"), Place.client(1), Place("calendar")):
        history.visit(place)
    history.visit(Place("calendar"))  # the place one is at: nothing changes
    assert history.back() == Place.client(1)
    assert history.back() == Place("clients")
    assert history.back() is None
    history.visit(Place("letters"))
    assert not history.can_go_forward()
    assert history.back() == Place("clients")
    recent = RecentClients()
    for client_id in range(1, 13):
        recent.add(client_id, f"Client {client_id}")
    recent.add(5, "Client 5, renamed")
    names = [name for _, name in recent.items()]
    assert len(names) == 10
    assert names[:3] == ["Client 5, renamed", "Client 12", "Client 11"]
    assert "Client 2" not in names

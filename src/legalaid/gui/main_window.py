"""The main window: navigation between pages, the global search box, menus; wiring only.

It is built in two steps (see ``gui/startup.py``): the shell (navigation, search box, menus and an
"opening" page) is shown and painted before the database is opened; ``attach(desk)`` then builds
the pages over the services. Passing the desk to the constructor does both at once (tests).
Page modules are imported in ``_build_pages``, not at the top: importing them here would load the
database layer before the first paint (``tests/gui/test_startup.py`` checks this).
The window remembers its geometry and the last page in settings.

The desk (``gui/backend.py``) holds the signed-in user's services and permissions; each page is
given the services it uses. There is one client file page, built when the window is idle after
start and reused for every client: ``open_client`` asks it to read the file off the UI thread and
brings it to the front when the file has arrived (unless the user went elsewhere meanwhile).

Every op announces what it changed (``gui/changes.py``); the window re-emits that as its one
``changes`` signal, to which each page's refresher is connected. F5 announces that everything
changed.

Navigation works like a browser's (``gui/navigation.py``): every page or client file shown is a
place in the history, which Back and Forward (Alt+Left/Right, the mouse's side buttons, the tool
bar) walk; the Go menu lists the clients opened this session. While a client file is shown the
page list highlights Clients, and clicking it goes back to the list. The search box works from
every page: typing or Return shows the client list filtered, Down moves into the results.
The Help menu (``gui/views/help.py``) has the user guide (F1), the shortcuts and About.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QStyle,
    QWidget,
)

from legalaid.gui import file_dialogs, i18n
from legalaid.gui.changes import Changes, Kind, announce, hub
from legalaid.gui.navigation import History, MouseButtons, Place, RecentClients, SearchBox
from legalaid.gui.ops import Op, one_at_a_time
from legalaid.gui.views.opening import OpeningPage
from legalaid.gui.widgets import named

if TYPE_CHECKING:
    from legalaid.context import AppContext
    from legalaid.gui.backend import Desk
    from legalaid.gui.views.client_file import ClientFilePage
    from legalaid.gui.views.client_list import ClientListPage
    from legalaid.gui.views.settings_page import SettingsPage

WARM_UP_DELAY_MS = 300
FILE_PAGE_DELAY_MS = 600  # after the warm-up, in a turn of its own
PAGES = ("today", "clients", "calendar", "letters", "partners", "reports", "settings")
SETTINGS_CHANGED = Changes.of(Kind.SETTINGS)


def page_titles() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "today": translate("MainWindow", "Today"),
        "clients": translate("MainWindow", "Clients"),
        "calendar": translate("MainWindow", "Calendar"),
        "letters": translate("MainWindow", "Letters"),
        "partners": translate("MainWindow", "Partners"),
        "reports": translate("MainWindow", "Reports"),
        "settings": translate("MainWindow", "Settings"),
    }


class MainWindow(QMainWindow):
    """Navigation on the left, the current page on the right, search in the tool bar."""

    client_opened = Signal(int)
    changes = Signal(object)  # Changes: what an op changed, for every page
    desk: Desk  # set by attach()
    clients_page: ClientListPage
    settings_page: SettingsPage

    def __init__(self, context: AppContext, desk: Desk | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.context = context
        self.client_file: ClientFilePage | None = None
        self._opening: int | None = None  # the client whose file is being read, to show
        self.pages: dict[str, QWidget] = {}
        self.history = History()
        self.recent = RecentClients()
        file_dialogs.set_start_folder(context.paths.documents_dir)
        hub().changed.connect(self.changes)
        self._build_shell()
        self._build_toolbar()
        self._build_menus()
        self.retranslate()
        self._restore_geometry()
        if desk is not None:
            self.attach(desk)

    def attach(self, desk: Desk) -> None:
        """Second step of start-up: the pages over the opened services, then the last page."""
        self.desk = desk
        self._build_pages()
        self.stack.removeWidget(self.opening_page)
        self.opening_page.deleteLater()
        self._nav_changed(self.nav.currentRow())
        if self.search_box.text():  # typed while the database was opening
            self._search_typed(self.search_box.text())
        # After the list is shown, so start-up is not slowed by what only a client file needs.
        QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)
        QTimer.singleShot(FILE_PAGE_DELAY_MS, self.file_page)
        from legalaid.gui.status_refresh import start_status_refresh

        # Snapshots of an earlier day are brought up to date off the UI thread.
        self.status_refresh = start_status_refresh(
            self, desk.services.status.refresh_stale, today=desk.today)

    def is_attached(self) -> bool:
        return bool(self.pages)

    # -- construction --------------------------------------------------------------------------
    def _build_shell(self) -> None:
        self.nav = named(QListWidget(), "navigation")
        self.nav.setFixedWidth(170)
        for _key in PAGES:
            self.nav.addItem("")
        last = self.context.settings.last_page  # highlighted at once, shown by attach()
        self.nav.setCurrentRow(PAGES.index(last) if last in PAGES else PAGES.index("clients"))
        self.stack = named(QStackedWidget(), "pages")
        self.opening_page = OpeningPage()
        self.stack.addWidget(self.opening_page)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.nav.itemClicked.connect(self._nav_clicked)  # also the row already highlighted
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

    def _build_pages(self) -> None:
        from legalaid.gui.views.client_list import ClientListPage
        from legalaid.gui.views.letters_page import LettersPage
        from legalaid.gui.views.settings_page import SettingsPage

        agenda = self._build_agenda_pages()
        self.clients_page = ClientListPage(self.desk.services.clients)
        self.clients_page.open_client.connect(self.open_client)
        self.changes.connect(self.clients_page.refresher.apply)
        self.settings_page = SettingsPage(self.context.settings)
        self.settings_page.language_changed.connect(self.set_language)
        self.settings_page.changed.connect(lambda: self.save_settings())
        from legalaid.gui.views.backup_settings import add_backup_section
        from legalaid.gui.views.restricted import RestrictedPage, page_allowed
        from legalaid.services.roles import Action

        permissions = self.desk.permissions
        self.duplicates_action.setVisible(permissions.may(Action.REPORTS))
        if permissions.may(Action.BACKUPS):
            self.backup_section = add_backup_section(
                self.settings_page, self.desk.services.backups, self.context, self.refresh)

        if permissions.may(Action.USERS):
            from legalaid.gui.views.organisation_profile import add_organisation_section

            self.organisation_entry = add_organisation_section(self.settings_page,
                                                               self.desk.services.letters)
        from legalaid.gui.views.admin_settings import add_admin_section

        add_admin_section(self, permissions)
        from legalaid.gui.views.settings_page import add_rules_section

        self.rules_entry = add_rules_section(self)
        from legalaid.gui.views.settings_page import add_remembered_passphrase_section

        self.remembered_entry = add_remembered_passphrase_section(self)
        for key in PAGES:
            page: QWidget
            if not page_allowed(permissions, key):  # Today says why; the others are hidden
                page = RestrictedPage(key, permissions)
                self.nav.item(PAGES.index(key)).setHidden(key != "today")
            elif key == "clients":
                page = self.clients_page
            elif key == "settings":
                page = self.settings_page
            elif key in agenda:
                page = agenda[key]
            elif key == "letters":
                page = self.letters_page = LettersPage(
                    self.desk.services.letters, self.desk.services.clients,
                    self.desk.services.consent)
                self.changes.connect(self.letters_page.refresher.apply)
            elif key == "partners":
                from legalaid.gui.views.partners_page import PartnersPage

                page = self.partners_page = PartnersPage(
                    self.desk.services.partners, permissions,
                    referrals=self.desk.services.referrals)
                self.changes.connect(self.partners_page.refresher.apply)
            elif key == "reports":
                from legalaid.gui.views.reports_page import ReportsPage

                page = self.reports_page = ReportsPage(
                    self.desk.services.reports, self.desk.services.imports,
                    referrals=self.desk.services.referrals)
            else:  # a page this role's desk did not build
                page = RestrictedPage(key, permissions)
            self.pages[key] = page
            self.stack.addWidget(page)

    def _build_agenda_pages(self) -> dict[str, QWidget]:
        """The Today and Calendar pages, and the hourly reminders."""
        from legalaid.gui.reminders import Reminders
        from legalaid.gui.views.calendar import CalendarPage
        from legalaid.gui.views.today import TodayPage
        from legalaid.services.roles import Action

        if not self.desk.permissions.may(Action.VIEW_CASES):
            return {}  # intake: no deadlines, hence no Today, Calendar or reminders
        services = self.desk.services
        self.today_page = TodayPage(services.today, services.status, services.case_templates,
                                    self.context.settings, clock=self.desk.today,
                                    referrals=services.referrals,
                                    rule_packs=services.rule_packs)
        self.today_page.open_client.connect(self.open_client)
        self.calendar_page = CalendarPage(services.calendar, services.today, services.status,
                                          services.exports, clock=self.desk.today)
        self.calendar_page.open_client.connect(self.open_client)
        self.changes.connect(self.today_page.refresher.apply)
        self.changes.connect(self.calendar_page.refresher.apply)
        self.reminders = Reminders(self, services.today, self.context.settings,
                                   lambda: self.save_settings(Changes()),  # no page shows it
                                   lambda: self.show_page("today"), clock=self.desk.today)
        QTimer.singleShot(WARM_UP_DELAY_MS, self.reminders.check)
        return {"today": self.today_page, "calendar": self.calendar_page}

    def _build_toolbar(self) -> None:
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        style = self.style()
        self.back_action = named(QAction(self), "back")
        self.back_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        # Alt+Left and the keyboard's Back key; never Backspace, which some platforms add and
        # which would leave a page when pressed once too often in a list.
        self.back_action.setShortcuts([QKeySequence("Alt+Left"), QKeySequence(Qt.Key.Key_Back)])
        self.back_action.triggered.connect(self.go_back)
        self.forward_action = named(QAction(self), "forward")
        self.forward_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.forward_action.setShortcuts([QKeySequence("Alt+Right"),
                                          QKeySequence(Qt.Key.Key_Forward)])
        self.forward_action.triggered.connect(self.go_forward)
        self.toolbar.addAction(self.back_action)
        self.toolbar.addAction(self.forward_action)
        self._update_history_actions()
        self.search_box = named(SearchBox(clearButtonEnabled=True), "globalSearch")
        self.search_box.setMinimumWidth(360)
        self.search_box.textChanged.connect(self._search_typed)
        self.search_box.returnPressed.connect(self._search_entered)
        self.search_box.down_pressed.connect(self.focus_results)
        self.toolbar.addWidget(self.search_box)
        app = QApplication.instance()
        if app is not None:  # removed with the window (the filter is its child)
            app.installEventFilter(MouseButtons(self, self.go_back, self.go_forward))

    def _action(self, menu: QMenu, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str, name: str) -> QAction:
        action = named(QAction(self), name)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = self._action(self.file_menu, self.new_client,
                                       QKeySequence.StandardKey.New, "newClient")
        self.save_action = self._action(self.file_menu, self.save_current,
                                        QKeySequence.StandardKey.Save, "save")
        self.duplicates_action = self._action(self.file_menu, self.show_duplicates, "",
                                              "possibleDuplicates")
        self.duplicates_action.setVisible(False)  # for supervisors, once the desk is attached
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.close, "Ctrl+Q", "quit")
        self.edit_menu = bar.addMenu("")
        self.find_action = self._action(self.edit_menu, self.focus_search,
                                        QKeySequence.StandardKey.Find, "find")
        self.search_action = self._action(self.edit_menu, self.focus_search, "Ctrl+K", "search")
        self.view_menu = bar.addMenu("")
        self.refresh_action = self._action(self.view_menu, self.refresh, "F5", "refresh")
        self.go_menu = bar.addMenu("")
        self.go_menu.addAction(self.back_action)
        self.go_menu.addAction(self.forward_action)
        self.go_menu.addSeparator()
        self.recent_menu = named(self.go_menu.addMenu(""), "recentClients")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.help_menu = bar.addMenu("")
        self.guide_action = self._action(self.help_menu, self.show_guide,
                                         QKeySequence.StandardKey.HelpContents, "userGuide")
        self.shortcuts_action = self._action(self.help_menu, self.show_shortcuts, "",
                                             "keyboardShortcuts")
        self.help_menu.addSeparator()
        self.about_action = self._action(self.help_menu, self.show_about, "", "about")

    def _warm_up(self) -> None:
        """When idle after start: load the rules and the client file's modules (QtCharts), so
        that the first client file opens as fast as the next ones (the page itself is built in
        a later turn of the event loop)."""
        import legalaid.gui.views.client_file
        import legalaid.gui.wizards.intake  # noqa: F401

        self.desk.services.status.rulebook()

    # -- behaviour -----------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        row = PAGES.index(key)
        if self.nav.currentRow() == row:  # e.g. back from a client file opened on this page
            self._nav_changed(row)
        self._opening = None  # the user went elsewhere: a file still being read stays behind
        self.nav.setCurrentRow(row)

    def current_page_key(self) -> str:
        return PAGES[max(self.nav.currentRow(), 0)]

    def _nav_changed(self, row: int) -> None:
        if row < 0 or not self.pages:  # the shell: pages come when the database is open
            return
        self._opening = None
        self.stack.setCurrentWidget(self.pages[PAGES[row]])
        self.context.settings.last_page = PAGES[row]
        self._visited(Place(PAGES[row]))

    def _nav_clicked(self, item: QListWidgetItem) -> None:
        """A click on the highlighted entry shows its page again (e.g. the list after a file)."""
        row = self.nav.row(item)
        if row >= 0 and self.pages and self.stack.currentWidget() is not self.pages[PAGES[row]]:
            self.show_page(PAGES[row])

    def _highlight(self, key: str) -> None:
        """Highlight ``key`` in the page list without showing its page."""
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(PAGES.index(key))
        self.nav.blockSignals(False)

    # -- history -------------------------------------------------------------------------------
    def _visited(self, place: Place) -> None:
        self.history.visit(place)
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    def go_back(self) -> None:
        self._go(self.history.back())

    def go_forward(self) -> None:
        self._go(self.history.forward())

    def _go(self, place: Place | None) -> None:
        self._update_history_actions()
        if place is None or not self.pages:
            return
        if place.client_id is not None:
            self.open_client(place.client_id)
        else:
            self.show_page(place.page)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for client_id, name in self.recent.items():
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _=False, c=client_id: self.open_client(c))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No client opened yet")).setEnabled(False)

    # -- search --------------------------------------------------------------------------------
    def _search_typed(self, text: str) -> None:
        if not self.pages:  # attach() applies what was typed meanwhile
            return
        self._show_list()
        self.clients_page.set_text(text)

    def _show_list(self) -> None:
        if self.stack.currentWidget() is not self.clients_page:
            self.show_page("clients")
        self._opening = None

    def _search_entered(self) -> None:
        """Return: the client list, filtered by the box at once (from any page or a file)."""
        if not self.pages:
            return
        self._show_list()
        self.clients_page.set_text(self.search_box.text())
        self.clients_page.apply_filters()

    def focus_results(self) -> None:
        """Down in the search box: on into the client list, at its first row."""
        if not self.pages:
            return
        self._search_entered()
        table = self.clients_page.table
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        model = table.model()
        if model.rowCount() and not table.currentIndex().isValid():
            table.setCurrentIndex(model.index(0, 0))

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def refresh(self) -> None:
        """F5: every page reads again what it shows (the page in view at once)."""
        if self.pages:
            announce(Changes.everything())

    def save_current(self) -> None:
        """Ctrl+S saves the form of the client file in view (the other pages save as they go)."""
        if self.client_file is not None and self.stack.currentWidget() is self.client_file:
            self.client_file.save()

    def save_settings(self, changes: Changes = SETTINGS_CHANGED) -> None:
        """Settings are written off the UI thread; the pages that show them refresh."""
        Op(self, one_at_a_time("settings", self.context.save_settings), changes).run()

    def new_client(self) -> None:
        if not self.pages:
            return
        from legalaid.gui.wizards.intake import IntakeWizard

        wizard = IntakeWizard(self.desk.services.clients, self.desk.services.search,
                              self.desk.services.consent, self)
        wizard.open_existing.connect(self.open_client)
        wizard.client_created.connect(self._client_created)
        wizard.open()

    def show_duplicates(self) -> None:
        """The caseload's possible duplicates, in a window of their own."""
        if not self.pages:
            return
        from legalaid.gui.views.duplicates_page import DuplicatesWindow

        window = DuplicatesWindow(self.desk.services.duplicates, self.desk.services.merge, self)
        window.page.open_client.connect(self.open_client)
        window.open()
        window.page.build_list()

    def _client_created(self, client_id: int) -> None:
        self.open_client(client_id)

    def open_client(self, client_id: int, tab: str | None = None) -> None:
        """Show the client's file, at ``tab`` ("documents", "travel", "cases", ...) if given:
        read off the UI thread, shown when it has arrived."""
        from legalaid.gui.views.request_access import ask_for_access

        if not ask_for_access(self, self.desk.permissions, client_id):
            return
        self._opening = client_id
        self.file_page().show_client(client_id, tab)

    def file_page(self) -> ClientFilePage:
        """The one client file page, built on first use (or when idle after start)."""
        if self.client_file is None:
            from legalaid.gui.views.client_file import ClientFilePage

            page = self.client_file = ClientFilePage(self.desk.client_file())
            page.open_client.connect(self.open_client)
            page.loaded.connect(self._file_loaded)
            self.changes.connect(page.refresher.apply)
            self.stack.addWidget(page)
        return self.client_file

    def _file_loaded(self, client_id: int) -> None:
        if self._opening != client_id or self.client_file is None:
            return  # a file read again after an edit, or one the user no longer waits for
        self._opening = None
        self.stack.setCurrentWidget(self.client_file)
        self._highlight("clients")  # a client file belongs to the clients, wherever opened
        if self.client_file.record is not None:
            self.recent.add(client_id, self.client_file.record.display_name)
        self._visited(Place.client(client_id))
        self.client_opened.emit(client_id)

    def set_language(self, language: str) -> None:
        """Install the translators; every widget re-translates itself on LanguageChange."""
        self.context.settings.language = language
        i18n.install_language(language)
        # Labels drawn from data (charts, rule titles) are re-read in the new language.
        Op(self, one_at_a_time("settings", self.context.save_settings),
           Changes.of(Kind.LANGUAGE, Kind.SETTINGS)).run()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("LegalAid"))
        for row, title in enumerate(page_titles().values()):
            self.nav.item(row).setText(title)
        self.search_box.setPlaceholderText(
            self.tr("Search clients by name, in any script (Ctrl+K)"))
        self.search_box.setAccessibleName(self.tr("Search clients"))
        self.toolbar.setWindowTitle(self.tr("Search"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.new_action.setText(self.tr("&New client…"))
        self.save_action.setText(self.tr("&Save"))
        self.duplicates_action.setText(self.tr("Possible &duplicates…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find"))
        self.search_action.setText(self.tr("Search &clients"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.back_action.setText(self.tr("&Back"))
        self.back_action.setToolTip(self.tr("Back (Alt+Left)"))
        self.forward_action.setText(self.tr("&Forward"))
        self.forward_action.setToolTip(self.tr("Forward (Alt+Right)"))
        self.recent_menu.setTitle(self.tr("&Recent clients"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("User &guide"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About LegalAid"))

    # -- help ----------------------------------------------------------------------------------
    def show_guide(self) -> None:
        from legalaid.gui.views.help import GuideWindow

        self.guide = GuideWindow(i18n.current_language(), self)
        self.guide.show()

    def shortcut_actions(self) -> list[QAction]:
        """Every action of the menus, in menu order (the shortcuts window lists their keys)."""
        actions: list[QAction] = []
        for top in self.menuBar().actions():
            menu = top.menu()
            for action in menu.actions() if isinstance(menu, QMenu) else []:
                if action not in actions and not action.isSeparator() and action.menu() is None:
                    actions.append(action)
        return actions

    def show_shortcuts(self) -> None:
        from legalaid.gui.views.help import ShortcutsDialog, shortcut_rows

        rows = shortcut_rows(self.shortcut_actions(), self.findChildren(QShortcut))
        self.shortcuts_dialog = ShortcutsDialog(rows, self)
        self.shortcuts_dialog.open()

    def show_about(self) -> None:
        from legalaid.gui.views.help import AboutDialog

        self.about = AboutDialog(self.context, self)
        self.about.open()

    # -- state ---------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.context.settings.window_geometry
        if not geometry or not self.restoreGeometry(QByteArray.fromBase64(geometry.encode())):
            self.resize(1200, 760)

    def save_state(self) -> None:
        self.context.settings.window_geometry = bytes(
            self.saveGeometry().toBase64().data()).decode()
        if self.pages:  # closed while opening: the last page is still the one saved
            self.context.settings.last_page = self.current_page_key()
        self.context.save_settings()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

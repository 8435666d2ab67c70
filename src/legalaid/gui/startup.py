"""The start sequence of the desktop app, in order, in one place.

Before the first paint (kept light: Qt and the window shell only, no database layer):
  1. the application: QApplication, DejaVu fonts, translators, the error dialog (``gui.run``);
  2. the shell of the main window: navigation, search box, menus, an "opening" page; shown.
After the main window's first paint, each step of ``AFTER_PAINT`` runs in its own turn of the event
loop, in order, so the painted window stays responsive between them:
  3. ``server``: at the first start a person chooses where the database lives (this computer,
     or the office server: ``views/office_server.py``); a server's password comes from the
     system keyring (or is asked), and a server database not at this app's schema stops the
     start with one sentence (the desktops never migrate a server database);
  4. ``open``: on a database with a keyring, the sign-in dialog (or the script's user): the
     user name and password unlock and open it in one step (a first start creates it with the
     first administrator and shows the recovery key once); on one not yet converted, the
     passphrase (the unlock dialog, or the script's). ``services.opening`` opens and migrates
     the database; a refusal is asked again, a database that does not open is offered its last
     good backup;
  5. ``sign-in``: the services guarded for the user signed in by the unlock; on a database not
     yet converted, the sign-in dialog (or the script's user) first;
  6. ``pages``: the pages over the services; the client list fills;
  6a. ``organisation``: on a database this start created, its administrator is asked for the
     organisation profile letters print (``views/organisation_profile.py``);
  7. ``check``: the quick integrity check, then the daily backup, both off the UI thread (a
     database created by this start has nothing to check, but takes its first backup);
  8. ``lock``: the auto-lock timer;
  9. ``demo``: on an empty database, offer demo data.
What is asked and what is run comes from ``StartMode``, chosen by ``app.py``. A step that raises
stops the sequence: the error dialog says why and the application ends with status 2.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from legalaid.gui.main_window import MainWindow

if TYPE_CHECKING:
    from legalaid.context import AppContext
    from legalaid.gui.backend import Desk
    from legalaid.services.opening import Opened

FAILED_STATUS = 2


@dataclass(frozen=True)
class StartMode:
    """What the start asks and runs. The defaults suit a script (tests, automation): the
    passphrase and the user come from the environment; a person gets the dialogs."""

    passphrase_dialog: bool = False
    login_dialog: bool = False
    check_integrity: bool = True  # the quick check after the first page: it reads the whole file
    daily_backup: bool = True  # when due, in the background once the window is up
    # The first start's "this computer or office server?"; None: when a person signs in.
    location_dialog: bool | None = None

    @property
    def offers_location(self) -> bool:
        return self.login_dialog if self.location_dialog is None else self.location_dialog


@dataclass(frozen=True)
class Step:
    """One named step of the start sequence after the first paint."""

    name: str
    run: Callable[[Startup], None]


def first_start(context: AppContext) -> bool:
    """Nothing chosen yet and no database file: where the database lives is still open."""
    return (context.database is None and context.settings.database is None
            and not context.paths.default_database.exists())


def connect_server(startup: Startup) -> None:
    from legalaid.gui.unlock import UnlockCancelled
    from legalaid.gui.views.office_server import choose_location, server_password
    from legalaid.services.office import check_desktop_schema, is_server_url

    context, mode = startup.context, startup.mode
    if mode.offers_location and first_start(context) \
            and not choose_location(context, startup.window):
        raise UnlockCancelled(QCoreApplication.translate(
            "OfficeServerDialog", "No database was chosen."))
    server_password(context, startup.window, mode.login_dialog)
    if is_server_url(context.database_target):
        check_desktop_schema(context.database_target)


def open_database(startup: Startup) -> None:
    from legalaid.gui.unlock import open_unlocked

    mode = startup.mode
    opened = open_unlocked(startup.context, startup.window, mode.passphrase_dialog,
                           mode.login_dialog)
    startup.opened = opened
    startup.window.destroyed.connect(lambda *_: opened.services.close())


def sign_in(startup: Startup) -> None:
    from legalaid.gui.backend import Desk
    from legalaid.gui.login import sign_in_with_dialog
    from legalaid.services.access import guard
    from legalaid.services.signin import from_environment

    opened = startup.require_opened()
    raw = opened.services
    if opened.actor is not None:  # a keyring database: the unlock was the sign-in
        startup.desk = Desk(guard(raw, opened.actor))
        return
    actor = (sign_in_with_dialog(raw, startup.window) if startup.mode.login_dialog
             else from_environment(raw, interactive=False))
    startup.desk = Desk(guard(raw, actor))


def attach_pages(startup: Startup) -> None:
    startup.window.attach(startup.require_desk())


def ask_organisation(startup: Startup) -> None:
    """A database created by this start: its administrator is asked for the organisation
    profile that letters print (a script's start is not)."""
    from legalaid.gui.views.organisation_profile import ask_at_first_start
    from legalaid.services.roles import Action

    desk = startup.require_desk()
    if startup.mode.login_dialog and startup.require_opened().created \
            and desk.permissions.may(Action.USERS):
        ask_at_first_start(desk.services.letters, startup.window)


def check_and_back_up(startup: Startup) -> None:
    from legalaid.gui.unlock import backup_in_background, check_in_background

    services = startup.require_desk().services
    if startup.require_opened().created:  # nothing to check; the first backup is taken today,
        if startup.mode.daily_backup:     # so a backup folder that does not work shows at once
            backup_in_background(services, startup.window)
    elif startup.mode.check_integrity:
        check_in_background(services, startup.window, startup.mode.daily_backup,
                            startup.window.refresh)
    elif startup.mode.daily_backup:
        backup_in_background(services, startup.window)


def start_autolock(startup: Startup) -> None:
    from legalaid.gui.autolock import start_autolock as start

    start(startup)


def offer_demo(startup: Startup) -> None:
    from legalaid.gui import offer_demo_data

    offer_demo_data(startup.window, startup.require_desk())


AFTER_PAINT: tuple[Step, ...] = (
    Step("server", connect_server),
    Step("open", open_database),
    Step("sign-in", sign_in),
    Step("pages", attach_pages),
    Step("organisation", ask_organisation),
    Step("check", check_and_back_up),
    Step("lock", start_autolock),
    Step("demo", offer_demo),
)


class Startup(QObject):
    """Shows the window shell, then runs the steps after its first paint."""

    finished = Signal()  # every step ran
    failed = Signal(str)  # the name of the step that raised

    def __init__(self, context: AppContext, steps: Sequence[Step] = AFTER_PAINT,
                 mode: StartMode = StartMode()) -> None:
        super().__init__()
        self.context = context
        self.mode = mode
        self.opened: Opened | None = None
        self.desk: Desk | None = None
        self.window = MainWindow(context)
        self.done: list[str] = []
        self._pending = list(steps)
        self._painted = False

    def begin(self) -> MainWindow:
        """Show the shell; the steps follow its first paint."""
        self.window.installEventFilter(self)
        self.window.show()
        return self.window

    def require_opened(self) -> Opened:
        if self.opened is None:
            raise RuntimeError("the database is not open yet")
        return self.opened

    def close(self) -> None:
        """Release the database connections (the window is closed)."""
        if self.opened is not None:
            self.opened.services.close()

    def require_desk(self) -> Desk:
        if self.desk is None:
            raise RuntimeError("the database is not open yet")
        return self.desk

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.window.removeEventFilter(self)
            # Posted, so the paint (children included) completes before the first step.
            QTimer.singleShot(0, self._next)
        return False

    def _next(self) -> None:
        if not self._pending:
            self.finished.emit()
            return
        step = self._pending.pop(0)
        try:
            step.run(self)
        except Exception as error:  # every failure gets the one error dialog
            self._fail(step, error)
            return
        self.done.append(step.name)
        QTimer.singleShot(0, self._next)

    def _fail(self, step: Step, error: Exception) -> None:
        from legalaid.gui.application import report_error

        self._pending.clear()
        self.failed.emit(step.name)
        report_error(self.window, error)
        QCoreApplication.exit(FAILED_STATUS)

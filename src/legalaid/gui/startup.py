"""The start sequence of the desktop app, in order, in one place.

Before the first paint (kept light: Qt and the window shell only, no database layer):
  1. the application: QApplication, DejaVu fonts, translators, the error dialog (``gui.run``);
  2. the shell of the main window: navigation, search box, menus, an "opening" page; shown.
After the main window's first paint, each step of ``AFTER_PAINT`` runs in its own turn of the event
loop, in order, so the painted window stays responsive between them:
  3. ``open``: open (and migrate) the database and build the services;
  4. ``pages``: the pages over the services; the client list fills;
  5. ``demo``: on an empty database, offer demo data.
A step that needs the user (a passphrase before ``open``, a login before ``pages``) is one more
``Step`` in that tuple, modal if it must be. A step that raises stops the sequence: the error dialog
says why and the application ends with status 2.
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

FAILED_STATUS = 2


@dataclass(frozen=True)
class Step:
    """One named step of the start sequence after the first paint."""

    name: str
    run: Callable[[Startup], None]


def open_database(startup: Startup) -> None:
    from legalaid.gui.backend import Desk
    from legalaid.gui.unlock import open_unlocked

    startup.desk = Desk(open_unlocked(startup.context, startup.window))


def attach_pages(startup: Startup) -> None:
    startup.window.attach(startup.require_desk())


def start_autolock(startup: Startup) -> None:
    from legalaid.gui.autolock import start_autolock as start

    start(startup)


def offer_demo(startup: Startup) -> None:
    from legalaid.gui import offer_demo_data

    offer_demo_data(startup.window, startup.require_desk())


AFTER_PAINT: tuple[Step, ...] = (
    Step("open", open_database),
    Step("pages", attach_pages),
    Step("lock", start_autolock),
    Step("demo", offer_demo),
)


class Startup(QObject):
    """Shows the window shell, then runs the steps after its first paint."""

    finished = Signal()  # every step ran
    failed = Signal(str)  # the name of the step that raised

    def __init__(self, context: AppContext, steps: Sequence[Step] = AFTER_PAINT) -> None:
        super().__init__()
        self.context = context
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

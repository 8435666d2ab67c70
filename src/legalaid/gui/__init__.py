"""The desktop application (the only package that imports PySide6).

``run(context, mode)`` starts it: QApplication with the DejaVu fonts, translators for the chosen
language and the one error dialog for unexpected errors; then the start sequence of
``gui/startup.py`` (the window first, then the database, the pages and the offer of demo data on
an empty database).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from legalaid.context import AppContext
    from legalaid.gui.startup import StartMode

DEMO_CLIENTS = 300
DEMO_SEED = 2024


def run(context: AppContext, mode: StartMode) -> int:
    """Show the main window and run the event loop; returns the exit status."""
    from legalaid.gui.application import ensure_application, install_excepthook
    from legalaid.gui.i18n import install_language
    from legalaid.gui.startup import Startup

    app = ensure_application()
    install_language(context.settings.language)
    install_excepthook()
    startup = Startup(context, mode=mode)
    startup.begin()
    try:
        return int(app.exec())
    finally:
        startup.close()


def offer_demo_data(window: MainWindow, desk: Desk) -> bool:
    """On an empty database, ask whether to fill it with synthetic demo clients."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from legalaid.domain.read_models import ClientQuery

    if desk.services.clients.count(ClientQuery()) > 0:
        return False
    answer = QMessageBox.question(
        window, QCoreApplication.translate("MainWindow", "LegalAid"),
        QCoreApplication.translate(
            "MainWindow", "The database is empty. Add %1 made-up demo clients to try LegalAid?"
        ).replace("%1", f"{DEMO_CLIENTS:,}".replace(",", "\u00a0")))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    add_demo_clients(window, desk.services.clients, DEMO_CLIENTS)
    from legalaid.gui.changes import Changes, Kind
    from legalaid.gui.ops import Op

    partners = desk.services.partners
    Op(window, partners.add_demo, Changes.of(Kind.REFERRALS)).quietly().run()  # the directory
    return True


def add_demo_clients(window: MainWindow, clients: ClientService, count: int) -> None:
    """Generate and insert demo clients in the background, then refresh the list; their cases,
    tasks and notes in the interface's language."""
    from legalaid.gui.i18n import current_language
    from legalaid.gui.ops import run_op

    language = current_language()
    run_op(window, lambda: clients.add_demo(count, DEMO_SEED, language),
           lambda _added: window.refresh())


if TYPE_CHECKING:
    from legalaid.gui.backend import Desk
    from legalaid.gui.main_window import MainWindow
    from legalaid.services.clients import ClientService

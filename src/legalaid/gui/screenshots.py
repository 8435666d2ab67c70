"""Rendering the main screens to PNG files in every language (for the README and for review).

Renders offscreen: the client list, each page of the intake wizard with sample input, each
tab of a client file, and its status banner closed and with its explanation open. Uses the
current database when it has clients, otherwise (or with ``demo=True``) a temporary demo
database that is thrown away afterwards.
"""

from __future__ import annotations

import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse

    from legalaid.services.clients import ClientService

from legalaid.domain.enums import Status
from legalaid.domain.read_models import ClientQuery
from legalaid.paths import AppPaths
from legalaid.services.command_context import CommandContext

LANGUAGES = ("kk", "ru", "en")
WINDOW_SIZE = (1280, 800)
DEMO_CLIENTS = 400
PAGE_SHOTS = ("today", "calendar", "letters", "partners", "reports", "settings")
TAB_NAMES = ("profile", "documents", "travel", "cases", "family", "notes", "letters", "referrals",
             "history", "consent")


@contextmanager
def _demo_context(context: CommandContext, demo: bool, language: str
                  ) -> Iterator[CommandContext]:  # fmt: skip
    """The context itself when its database has clients, else a throw-away demo database whose
    cases, tasks and notes are written in ``language``, as the desktop's demo data is."""
    if not demo and context.services().clients.count(ClientQuery()) > 0:
        yield context
        return
    with tempfile.TemporaryDirectory(prefix="legalaid-screens-") as base:
        # A throw-away database: its passphrase and its administrator's password are never
        # needed again.
        temporary = CommandContext(paths=AppPaths.create(Path(base)).ensure(),
                               settings=context.settings, rules_file=context.rules_file,
                               passphrase=secrets.token_urlsafe(18))
        try:
            from legalaid.context import PASSWORD_VARIABLE, USER_VARIABLE
            from legalaid.services.signin import initialise

            initialise(temporary, {USER_VARIABLE: "demo",
                                   PASSWORD_VARIABLE: secrets.token_urlsafe(18)})
            from legalaid.gui.ops import Op, wait_idle

            clients = temporary.services().clients
            Op(None, lambda: clients.add_demo(DEMO_CLIENTS, 2024, language)).run()
            partners = temporary.services().partners
            Op(None, partners.add_demo).run()
            wait_idle()
            _attach_specimen_scan(temporary)
            _second_file_of_the_sample(temporary)
            yield temporary
        finally:
            temporary.close()


def _attach_specimen_scan(context: CommandContext) -> None:
    """A drawn, made-up passport page on the sample client's first document, so that the
    Documents tab shows a scan with its thumbnail."""
    from PySide6.QtCore import QRect, QSize, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

    from legalaid.domain.enums import DocumentType
    from legalaid.gui.views.attachment_viewer import png_bytes, thumbnail
    from legalaid.services.attachments import AttachmentFile

    services = context.services()
    client_id = _sample_client(services.clients)
    documents = services.clients.get(client_id).documents
    image = QImage(620, 860, QImage.Format.Format_RGB32)
    image.fill(QColor("#e8eef5"))
    painter = QPainter(image)
    painter.setPen(QColor("#1a3a5c"))
    painter.drawRect(QRect(20, 20, 580, 820))
    painter.drawText(QRect(20, 60, 580, 200), Qt.AlignmentFlag.AlignHCenter,
                     "ПАСПОРТ · PASSPORT\nSPECIMEN · ҮЛГІ · ОБРАЗЕЦ")
    painter.end()
    data = png_bytes(QPixmap.fromImage(image)) or b""
    small = png_bytes(thumbnail(data, "image/png", QSize(48, 64)))
    services.attachments.attach(client_id, AttachmentFile("passport-specimen.png", data,
                                                          "Passport, page 1", small),
                                next((d.id for d in documents if d.type == DocumentType.PASSPORT),
                                     None))


def _second_file_of_the_sample(context: CommandContext) -> None:
    """The sample client registered again under the other script's spelling and another
    citizenship: the duplicate list then has a pair, and its merge a field to choose."""
    from legalaid.domain.records import ClientRecord

    services = context.services()
    sample = services.clients.get(_sample_client(services.clients))
    others = [name for name in sample.names if name.script != sample.names[0].script]
    again = ClientRecord(names=tuple(others or sample.names[:1]), sex=sample.sex,
                         date_of_birth=sample.date_of_birth, category=sample.category,
                         citizenship="TJ" if sample.citizenship != "TJ" else "KG")
    from legalaid.gui.ops import Op, wait_idle

    reason = "the same person, registered twice (demo)"
    Op(None, lambda: services.clients.add(again, allow_duplicate=reason)).run()
    wait_idle()


def render_all(context: CommandContext, out_dir: Path, demo: bool = False) -> list[Path]:
    """Write every screen in every language to ``out_dir``; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    from legalaid.gui.application import ensure_application

    ensure_application()
    written: list[Path] = []
    for language in LANGUAGES:
        with _demo_context(context, demo, language) as source:
            original = source.settings.language
            try:
                written += _render_language(source, language, out_dir)
            finally:
                source.settings.language = original
    return written


def _sample_client(clients: ClientService) -> int:
    for status in (Status.AT_RISK, Status.OVERSTAY, Status.LAWFUL):
        rows = clients.list_rows(ClientQuery(statuses=frozenset({status})), 0, 1)
        if rows:
            return rows[0].id
    return clients.list_rows(ClientQuery(), 0, 1)[0].id


def _render_language(context: CommandContext, language: str, out_dir: Path) -> list[Path]:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from legalaid.gui.backend import Desk
    from legalaid.gui.i18n import install_language
    from legalaid.gui.main_window import MainWindow

    install_language(language)
    context.settings.language = language
    window = MainWindow(context, Desk(context.services()))
    window.resize(*WINDOW_SIZE)
    window.show()
    written: list[Path] = []

    def save(widget: object, name: str) -> None:
        written.append(_grab(widget, out_dir / f"{language}-{name}.png"))

    window.show_page("clients")
    save(window, "client-list")
    for key in PAGE_SHOTS:
        window.show_page(key)
        if key == "reports":
            _show_year_report(window)
        save(window, key)
    window.open_client(_sample_client(window.desk.services.clients))
    page = window.client_file
    assert page is not None
    save(page.banner, "client-file-banner")
    page.banner.why.setChecked(True)
    save(page.banner, "client-file-explanation")
    for index, tab in enumerate(TAB_NAMES):
        page.tabs.setCurrentIndex(index)
        save(window, f"client-file-{index + 1}-{tab}")
    written += _render_scan(page, language, out_dir)
    written += _render_duplicates(window, language, out_dir)
    written += _render_wizard(window, language, out_dir)
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    # Gone now, not later: the next language's demo database replaces this one's, and a window
    # still alive would hear of the next language change and read a closed database.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return written


def _grab(widget: Any, path: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from legalaid.gui.ops import wait_idle

    wait_idle()  # what the ops under way will show
    QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def _render_scan(page: Any, language: str, out_dir: Path) -> list[Path]:
    """The Documents tab's first scan, opened in its viewer."""
    from legalaid.gui.ops import wait_idle

    panel = page.attachments
    wait_idle()
    if panel.list.count() == 0:
        return []
    panel.list.setCurrentRow(0)
    panel.view_selected()
    wait_idle()
    viewer = getattr(panel, "viewer", None)
    if viewer is None:
        return []
    shot = _grab(viewer, out_dir / f"{language}-document-scan.png")
    viewer.close()
    return [shot]


def _render_duplicates(window: Any, language: str, out_dir: Path) -> list[Path]:
    """The duplicate list from the Clients menu, the merge of its first pair, and the choice
    intake offers when a person may be on file."""
    from PySide6.QtWidgets import QApplication

    from legalaid.gui.ops import wait_idle
    from legalaid.gui.views.duplicates_page import DuplicatesWindow
    from legalaid.gui.wizards.duplicates import DuplicateChoiceDialog

    written: list[Path] = []
    window.duplicates_action.trigger()
    listing = window.findChild(DuplicatesWindow)
    wait_idle()
    QApplication.processEvents()
    if listing is not None and listing.page.table.rowCount() > 0:
        written.append(_grab(listing, out_dir / f"{language}-duplicate-list.png"))
        listing.page.table.selectRow(0)
        dialog = listing.page.merge_selected()
        if dialog is not None:
            written.append(_grab(dialog, out_dir / f"{language}-merge.png"))
            dialog.close()
    if listing is not None:
        listing.close()
        listing.deleteLater()
    services = window.desk.services
    sample = services.clients.get(_sample_client(services.clients))
    hits = services.search.search(f"{sample.names[0].family} {sample.names[0].given}", 3)
    if hits:
        choice = DuplicateChoiceDialog(hits, window)
        choice.show()
        written.append(_grab(choice, out_dir / f"{language}-duplicate-choice.png"))
        choice.close()
        choice.deleteLater()
    return written


def _show_year_report(window: Any) -> None:
    """The Reports page with this year's report on it (the page counts only when asked)."""
    page = window.reports_page
    start, end = page.start.date().toPython(), page.end.date().toPython()
    page.show_report(window.desk.services.reports.activity(start, end, page.funding.currentData()))


def _render_wizard(window: object, language: str, out_dir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from legalaid.gui.main_window import MainWindow
    from legalaid.gui.ops import wait_idle
    from legalaid.gui.wizards.intake import IntakeWizard

    assert isinstance(window, MainWindow)
    wizard = IntakeWizard(window.desk.services.clients, window.desk.services.search,
                          window.desk.services.consent, window)
    wizard.show()
    wizard.names.family.setText("Абдуллаев")
    wizard.names.given.setText("Шухрат")
    wizard.names.fill_other_script()
    wizard.check_duplicates()
    wait_idle()
    wizard.details.birth.edit.setText("31.02.1991")
    wizard.details.birth.check()
    wizard.travel.entry.edit.setText("01.03.2025")
    written = []
    for step in range(3):
        QApplication.processEvents()
        path = out_dir / f"{language}-intake-{step + 1}.png"
        wizard.grab().save(str(path))
        written.append(path)
        if step == 1:  # the refused date was shown; a valid one lets the wizard go on
            wizard.details.birth.edit.setText("17.04.1991")
        wizard.next()
    wizard.reject()
    wizard.deleteLater()
    return written


def run_command(args: argparse.Namespace, context: CommandContext) -> int:
    """``legalaid screenshots``: print each file written. A role that does not see every screen
    (Reports and Settings) gets one line, not a window half built."""
    from legalaid.errors import AccessDenied
    from legalaid.services import GuardedServices
    from legalaid.services.roles import Action

    services = context.services()
    access = services.access if isinstance(services, GuardedServices) else None
    if access is not None and not access.may(Action.REPORTS):
        raise AccessDenied(f"screenshots: the {access.actor.role.value} role does not see every "
                           "screen (only a supervisor or an administrator does)")
    for path in render_all(context, args.out, demo=args.demo):
        print(path)
    return 0

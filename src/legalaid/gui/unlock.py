"""Unlocking the encrypted case database at start.

``install_unlock(context)`` makes the context ask for the passphrase with ``UnlockDialog`` (unless
``LEGALAID_PASSPHRASE`` gives it); ``open_unlocked(context, parent)`` opens the services, asking
again after a wrong passphrase, and offers the last good backup when the database fails its
integrity check. The dialog says plainly that a lost passphrase cannot be recovered. The daily
backup runs in the background once the window is up.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from legalaid.errors import LegalAidError, ValidationError
from legalaid.gui.widgets import add_message_and_buttons, named
from legalaid.passphrase import PASSPHRASE_ENV, PASSPHRASE_FIELD, check_new_passphrase

if TYPE_CHECKING:
    from legalaid.app import AppContext
    from legalaid.services import Services
    from legalaid.services.backups import DatabaseDamaged


class UnlockCancelled(LegalAidError):
    """The user closed the passphrase dialog."""


class UnlockDialog(QDialog):
    """The passphrase of an existing database, or a new one typed twice."""

    def __init__(self, path: Path, new: bool, problem: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.new = new
        self.setWindowTitle(self.tr("Protect the case database") if new
                            else self.tr("Unlock the case database"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("The new database will be encrypted. Choose a passphrase of at least 8 "
                    "characters.") if new else self.tr("Type the passphrase of the database."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        where = named(QLabel(str(path)), "unlockPath")
        where.setWordWrap(True)
        layout.addWidget(where)
        warning = named(QLabel(self.tr(
            "A lost passphrase cannot be recovered: without it nobody, not even the "
            "administrator, can open the database or its backups.")), "unlockWarning")
        warning.setWordWrap(True)
        layout.addWidget(warning)
        form = QFormLayout()
        self.passphrase = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password),
                                "unlockPassphrase")
        self.repeat = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "unlockRepeat")
        form.addRow(self.tr("Passphrase"), self.passphrase)
        if new:
            form.addRow(self.tr("Repeat the passphrase"), self.repeat)
        layout.addLayout(form)
        self.message = add_message_and_buttons(self, layout, "unlockMessage", self.accept,
                                               problem)

    def accept(self) -> None:
        text = self.passphrase.text()
        if self.new:
            if text != self.repeat.text():
                self.message.setText(self.tr("The two passphrases differ."))
                return
            try:
                check_new_passphrase(text)
            except ValidationError:
                self.message.setText(self.tr("The passphrase must be at least 8 characters "
                                             "long."))
                return
        elif not text:
            self.message.setText(self.tr("Type the passphrase."))
            return
        super().accept()


class _Asker:
    """The context's ``ask_passphrase``: one dialog per ask, showing the last problem."""

    def __init__(self, parent: QWidget | None) -> None:
        self.parent = parent
        self.problem = ""

    def __call__(self, path: Path, new: bool) -> str:
        dialog = UnlockDialog(path, new, self.problem, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            raise UnlockCancelled(QCoreApplication.translate(
                "UnlockDialog", "The database was not unlocked."))
        return dialog.passphrase.text()


def install_unlock(context: AppContext, parent: QWidget | None = None) -> None:
    """Ask for the passphrase with the dialog; take the daily backup after start, not during."""
    context.backup_when_due = False
    context.background_backup = True
    if not os.environ.get(PASSPHRASE_ENV):
        context.ask_passphrase = _Asker(parent)


def open_unlocked(context: AppContext, parent: QWidget | None) -> Services:
    """The context's services, asking again after a wrong passphrase."""
    from legalaid.services.backups import DatabaseDamaged

    if isinstance(context.ask_passphrase, _Asker):
        context.ask_passphrase.parent = parent
    # The quick check reads the whole file (about a second for 100,000 clients): it runs after
    # the first page is shown, and a failure still offers the last good backup.
    check_later = context.check_at_open
    context.check_at_open = False
    while True:
        try:
            services = context.services()
        except ValidationError as error:
            asker = context.ask_passphrase
            if error.field != PASSPHRASE_FIELD or not isinstance(asker, _Asker):
                raise
            asker.problem = QCoreApplication.translate("UnlockDialog",
                                                       "Wrong passphrase. Try again.")
            continue
        except DatabaseDamaged as damaged:
            if not offer_last_good_backup(context, damaged, parent):
                raise
            continue
        if check_later and not context.database_created:
            check_in_background(services, parent, context.background_backup)
        return services


def offer_last_good_backup(context: AppContext, damaged: DatabaseDamaged,
                           parent: QWidget | None) -> bool:
    """Ask whether to replace a damaged database by its last good backup; True if replaced."""
    from legalaid.services.backups import replace_damaged

    if damaged.last_good is None:
        return False
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("UnlockDialog", "LegalAid"),
        QCoreApplication.translate(
            "UnlockDialog", "The database failed its integrity check. Replace it with the last "
            "good backup?\n\n%1").replace("%1", damaged.last_good.name))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    replace_damaged(context, damaged.last_good)
    return True


def check_in_background(services: Services, parent: QWidget | None, then_backup: bool) -> None:
    """The quick integrity check off the UI thread; then the daily backup, or on failure the
    offer of the last good backup."""
    from legalaid.gui.ops import run_op

    def checked(verdict: str) -> None:
        if verdict != "ok":
            offer_restore_after_check(services, parent)
        elif then_backup:
            backup_in_background(services, parent)

    run_op(parent, services.backups.quick_check, checked)


def offer_restore_after_check(services: Services, parent: QWidget | None) -> None:
    """The open database failed its quick check: offer to put the last good backup back."""
    from legalaid.gui.ops import run_op

    last_good = services.backups.last_good()
    title = QCoreApplication.translate("UnlockDialog", "LegalAid")
    if last_good is None:
        QMessageBox.critical(parent, title, QCoreApplication.translate(
            "UnlockDialog", "The database failed its integrity check and no good backup was "
            "found. Stop working in it and ask your administrator."))
        return
    answer = QMessageBox.question(parent, title, QCoreApplication.translate(
        "UnlockDialog", "The database failed its integrity check. Replace it with the last "
        "good backup?\n\n%1").replace("%1", last_good.name))
    if answer != QMessageBox.StandardButton.Yes:
        return
    refresh = getattr(parent, "refresh", None)
    run_op(parent, lambda: services.backups.restore(last_good, back_up_current=False),
           lambda _revision: refresh() if callable(refresh) else None)


def backup_in_background(services: Services, parent: QWidget | None) -> None:
    """The daily backup, off the UI thread (a no-op when the last one is recent)."""
    from legalaid.gui.ops import run_op

    backups = services.backups
    if backups.due():
        run_op(parent, backups.take_if_due)

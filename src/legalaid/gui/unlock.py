"""Unlocking the encrypted case database at start.

``install_unlock(context)`` makes the context ask for the passphrase with ``UnlockDialog`` (unless
``LEGALAID_PASSPHRASE`` gives it); ``open_unlocked(context, parent)`` opens the services, asking
again after a wrong passphrase, and offers the last good backup when the database fails its
integrity check: with what it holds, and only for an administrator or supervisor of the backup
(checked against the backup, since the damaged database cannot be asked). The dialog says plainly
that a lost passphrase cannot be recovered. The daily backup runs in the background once the window
is up; one that cannot be written is shown, and work goes on.
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
    from legalaid.context import AppContext
    from legalaid.services import Services
    from legalaid.services.accounts import Actor
    from legalaid.services.backups import DatabaseDamaged, RestorePlan

# The counts a restore question shows, with their labels.
_SHOWN = (("client", "Clients"), ("legal_case", "Cases"), ("note", "Notes"),
          ("letter", "Letters"), ("user_account", "Accounts"), ("audit_log", "Audit entries"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnlockDialog", text)


def describe_plan(plan: RestorePlan) -> str:
    """What a restore would change, as the question before it shows it."""
    from legalaid.gui.i18n import format_date

    taken = plan.manifest.taken
    lines = [_tr("Backup taken %1 %2 (%3).").replace("%1", format_date(taken.date()))
             .replace("%2", f"{taken:%H:%M}").replace("%3", plan.manifest.organisation or "-")]
    current = plan.current
    for table, label in _SHOWN:
        now = _tr("damaged") if current is None else str(current.get(table, 0))
        lines.append(_tr("%1: now %2, in the backup %3").replace("%1", _tr(label))
                     .replace("%2", now).replace("%3", str(plan.backup_counts[table])))
    return "\n".join(lines)


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
    """Ask whether to replace a damaged database by its last good backup, showing what it
    holds; an administrator or supervisor of the backup must sign in. True if replaced."""
    from legalaid.services.backups import plan_for_damaged, replace_damaged

    if damaged.last_good is None:
        return False
    plan = plan_for_damaged(context, damaged.last_good)
    answer = QMessageBox.question(parent, _tr("LegalAid"), _tr(
        "The database is damaged: it failed its integrity check. Replace it with the last good "
        "backup? The damaged file is kept as a safety copy.\n\n%1\n\n%2")
        .replace("%1", damaged.last_good.name).replace("%2", describe_plan(plan)))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    actor = backup_account(context, plan, parent)
    if actor is None:
        return False
    replace_damaged(context, plan, actor)
    return True


def backup_account(context: AppContext, plan: RestorePlan,
                   parent: QWidget | None) -> Actor | None:
    """An administrator or supervisor of the backup: from the environment when a script gave
    one, else signed in with the dialog, checked against the backup; None if cancelled."""
    from legalaid.errors import AccessDenied
    from legalaid.gui.login import LoginDialog, problem_text
    from legalaid.services.backups import check_backup_account
    from legalaid.services.signin import credentials_from_environment

    if context.ask_login is None:
        return check_backup_account(plan, *credentials_from_environment(interactive=False))
    dialog = LoginDialog(False, parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return check_backup_account(plan, dialog.user.text().strip(),
                                        dialog.password.text())
        except AccessDenied as error:
            dialog.show_problem(problem_text(error) if "may not" not in str(error)
                                else _tr("Only an administrator or supervisor may restore."))
    return None


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
    """The open database failed its quick check: offer to put the last good backup back,
    showing what it holds."""
    from legalaid.gui.ops import run_op

    last_good = services.backups.last_good()
    title = _tr("LegalAid")
    if last_good is None:
        QMessageBox.critical(parent, title, _tr(
            "The database failed its integrity check and no good backup was found. Stop "
            "working in it and ask your administrator."))
        return
    plan = services.backups.verify(last_good)
    answer = QMessageBox.question(parent, title, _tr(
        "The database is damaged: it failed its integrity check. Replace it with the last good "
        "backup? The damaged file is kept as a safety copy.\n\n%1\n\n%2")
        .replace("%1", last_good.name).replace("%2", describe_plan(plan)))
    if answer != QMessageBox.StandardButton.Yes:
        return
    refresh = getattr(parent, "refresh", None)
    run_op(parent, lambda: services.backups.restore(last_good, back_up_current=False),
           lambda _restored: refresh() if callable(refresh) else None)


def backup_in_background(services: Services, parent: QWidget | None) -> None:
    """The daily backup, off the UI thread (a no-op when the last one is recent); one that
    cannot be written is shown as a warning, and the work goes on."""
    from legalaid.gui.ops import run_op

    backups = services.backups
    if backups.due():
        run_op(parent, lambda: backups.take_if_due(quiet=False), None,
               lambda _error: QMessageBox.warning(parent, _tr("LegalAid"), _tr(
                   "The daily backup could not be written. Work goes on without it: free some "
                   "space on the disk, or choose another backup folder in Settings.")))

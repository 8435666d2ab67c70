"""Unlocking the encrypted case database at start.

A database with a keyring is unlocked by signing in: one dialog (``LoginDialog``), one secret.
The user name and password open the account's key and the database in one step, asked again
after a refusal; a first start creates the database with the first administrator and shows the
recovery key once (``RecoveryKeyDialog``), to be confirmed as printed or stored. A database not
yet converted keeps its passphrase:

``open_unlocked`` opens it through ``services.opening``: with the passphrase typed in
``UnlockDialog`` (or the one a script gave: ``app.py`` chooses), asking again after a wrong
passphrase, and offering the last good backup when the database does not open: with what it holds,
and only for an administrator or supervisor of the backup (checked against the backup, since the
damaged database cannot be asked). The dialog says plainly that a lost passphrase cannot be
recovered. Once the window is up, ``check_in_background`` runs the quick integrity check (the same
restore question when it fails), then the daily backup; one that cannot be written is shown, and
work goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from legalaid.errors import AccessDenied, LegalAidError, ValidationError
from legalaid.gui.widgets import add_message_and_buttons, named
from legalaid.passphrase import check_new_passphrase

if TYPE_CHECKING:
    from legalaid.context import AppContext
    from legalaid.services import Services
    from legalaid.services.accounts import Actor
    from legalaid.services.backups import RestorePlan
    from legalaid.services.opening import Damaged, Opened, PassphraseRequest

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


class RecoveryKeyDialog(QDialog):
    """The recovery key of a new database, shown once; closed only once the user confirms it is
    printed or stored."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Recovery key"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "This recovery key opens the database when every password is forgotten. Print it "
            "or write it down and lock it away: it is shown only this once, and whoever holds "
            "it can open every client file."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        shown = named(QLabel(code), "recoveryKey")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = shown.font()
        font.setFamily("DejaVu Sans Mono")
        font.setPointSize(font.pointSize() + 4)
        shown.setFont(font)
        layout.addWidget(shown)
        self.stored = named(QCheckBox(self.tr("I have printed or stored the recovery key in a "
                                              "safe place")), "recoveryStored")
        layout.addWidget(self.stored)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("recoveryOk")
        self.ok.setEnabled(False)
        self.stored.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def reject(self) -> None:  # Escape or the close button: not before it is confirmed
        if self.stored.isChecked():
            super().reject()


def show_recovery_key(code: str, parent: QWidget | None) -> None:
    RecoveryKeyDialog(code, parent).exec()


def open_unlocked(context: AppContext, parent: QWidget | None, passphrase_dialog: bool,
                  login_dialog: bool) -> Opened:
    """The database opened, not yet checked (that runs after the first page) nor backed up;
    asked again after a wrong password or passphrase, and replaced by its last good backup if
    it does not open and an account of the backup agrees. A refusal left is raised as the
    commands say it. A keyring database comes back signed in (``Opened.actor``)."""
    from legalaid.services.keys import makes_keyring_database
    from legalaid.services.opening import (
        Damaged,
        WrongPassphrase,
        keyring_file,
        open_case_database,
        passphrase_request,
        refused_as_error,
    )

    if keyring_file(context) is not None:
        return _unlock_with_password(context, parent, login_dialog)
    if makes_keyring_database(context):
        return _first_start(context, parent, login_dialog)
    request = passphrase_request(context)
    if passphrase_dialog and login_dialog and request is not None and not request.new:
        from legalaid.services import remembered

        if remembered.available():
            return _sign_in_then_unlock(context, parent, request)
    problem = ""
    while True:
        passphrase = _passphrase(context, request, passphrase_dialog, problem, parent)
        answer = open_case_database(context, passphrase, check_integrity=False,
                                    daily_backup=False)
        if isinstance(answer, WrongPassphrase) and passphrase_dialog:
            problem = QCoreApplication.translate("UnlockDialog", "Wrong passphrase. Try again.")
            continue
        if isinstance(answer, Damaged) and replace_by_last_good(context, answer, passphrase,
                                                                parent, login_dialog):
            continue
        return refused_as_error(answer)


def _sign_in_then_unlock(context: AppContext, parent: QWidget | None,
                         request: PassphraseRequest) -> Opened:
    """A database not yet converted, on a computer with a system keyring: the sign-in dialog
    first (offering to remember the passphrase); the passphrase the keyring keeps for that
    account opens the database, else (nothing kept, a wrong or stale entry) it is asked. The
    account is checked once the database is open, asked again after a refusal."""
    from dataclasses import replace

    from legalaid.gui.login import LoginDialog, problem_text
    from legalaid.services import remembered
    from legalaid.services.signin import check_credentials

    dialog = LoginDialog(False, parent, offer_remember=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        raise UnlockCancelled(_tr("The database was not unlocked."))
    name, password = dialog.credentials()
    kept = remembered.recall(request.path, name, password)
    # Kept, but not for this password: a mistyped password, or one changed since.
    unopened = kept is None and remembered.is_remembered(request.path, name)
    opened, passphrase = _open_with_passphrase(context, parent, request, kept, _tr(
        "The passphrase this computer remembers did not open with this password. Type the "
        "passphrase (the password is checked next).") if unopened else "")
    while True:
        try:
            actor = check_credentials(opened.services, name, password)
            break
        except (AccessDenied, ValidationError) as error:
            dialog.show_problem(problem_text(error))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            opened.services.close()
            raise UnlockCancelled(_tr("The database was not unlocked."))
        name, password = dialog.credentials()
    if dialog.remember.isChecked() or (kept is not None and kept != passphrase):
        remembered.remember(request.path, actor.name, password, passphrase)
    return replace(opened, actor=actor)


def _open_with_passphrase(context: AppContext, parent: QWidget | None,
                          request: PassphraseRequest, kept: str | None,
                          problem: str) -> tuple[Opened, str]:
    """The database opened with the passphrase the keyring kept, or else with one typed (asked
    again while wrong, the first time saying ``problem``); the passphrase that opened it."""
    from legalaid.services.opening import (
        Damaged,
        WrongPassphrase,
        open_case_database,
        refused_as_error,
    )

    passphrase = kept
    while True:
        if passphrase is None:
            passphrase = _passphrase(context, request, True, problem, parent)
            assert passphrase is not None
        answer = open_case_database(context, passphrase, check_integrity=False,
                                    daily_backup=False)
        if isinstance(answer, WrongPassphrase):
            problem = (_tr("The passphrase this computer remembered no longer opens the "
                           "database. Type it.") if passphrase == kept
                       else _tr("Wrong passphrase. Try again."))
            passphrase = None
            continue
        if isinstance(answer, Damaged) and replace_by_last_good(context, answer, passphrase,
                                                                parent, True):
            continue
        return refused_as_error(answer), passphrase


def _unlock_with_password(context: AppContext, parent: QWidget | None,
                          dialog_wanted: bool) -> Opened:
    """Sign in and unlock in one step: the sign-in dialog (or the script's user), asked again
    after a refusal."""
    from legalaid.gui.login import LoginDialog, problem_text
    from legalaid.services.opening import (
        Damaged,
        WrongPassword,
        keyring_file,
        refused_as_error,
        unlock_case_database,
        unlocked_key,
    )
    from legalaid.services.signin import credentials_from_environment

    dialog = LoginDialog(False, parent) if dialog_wanted else None
    while True:
        if dialog is None:
            name, password = credentials_from_environment(interactive=False)
        else:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                raise UnlockCancelled(_tr("The database was not unlocked."))
            name, password = dialog.user.text().strip(), dialog.password.text()
        try:
            answer = unlock_case_database(context, name, password, check_integrity=False,
                                          daily_backup=False)
        except AccessDenied as error:  # a wait after failures, or an account not active
            if dialog is None:
                raise
            dialog.show_problem(problem_text(error))
            continue
        if isinstance(answer, WrongPassword) and dialog is not None:
            dialog.show_problem(problem_text(AccessDenied("")))
            continue
        path = keyring_file(context)
        if isinstance(answer, Damaged) and path is not None and replace_by_last_good(
                context, answer, unlocked_key(path, name, password), parent, dialog_wanted):
            continue
        return refused_as_error(answer)


def _first_start(context: AppContext, parent: QWidget | None, dialog_wanted: bool) -> Opened:
    """A new database: the first administrator in the sign-in dialog creates it with its
    keyring, then the recovery key is shown once."""
    from legalaid.gui.login import LoginDialog, problem_text
    from legalaid.services.keys import create_keyring_database
    from legalaid.services.signin import NO_ADMINISTRATOR

    if not dialog_wanted:  # a script never creates the administrator (``users init`` does)
        raise AccessDenied(NO_ADMINISTRATOR)
    dialog = LoginDialog(True, parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            opened = create_keyring_database(context, dialog.user.text().strip(),
                                             dialog.password.text())
        except (AccessDenied, ValidationError) as error:
            dialog.show_problem(problem_text(error))
            continue
        if opened.recovery_code is not None:
            show_recovery_key(opened.recovery_code, parent)
        return opened
    raise UnlockCancelled(_tr("The database was not created."))


def _passphrase(context: AppContext, request: PassphraseRequest | None, dialog: bool,
                problem: str, parent: QWidget | None) -> str | None:
    """Typed in the dialog (showing the last problem), or the one a script gave."""
    if request is None:
        return None
    if not dialog:
        return context.database_passphrase(request.path, request.new)
    unlock = UnlockDialog(request.path, request.new, problem, parent)
    if unlock.exec() != QDialog.DialogCode.Accepted:
        raise UnlockCancelled(QCoreApplication.translate(
            "UnlockDialog", "The database was not unlocked."))
    return unlock.passphrase.text()


def confirm_restore(plan: RestorePlan, parent: QWidget | None) -> bool:
    """The one question before a damaged database is replaced by its last good backup,
    showing what the backup holds."""
    answer = QMessageBox.question(parent, _tr("LegalAid"), _tr(
        "The database is damaged: it failed its integrity check. Replace it with the last good "
        "backup? The damaged file is kept as a safety copy.\n\n%1\n\n%2")
        .replace("%1", plan.path.name).replace("%2", describe_plan(plan)))
    return answer == QMessageBox.StandardButton.Yes


def replace_by_last_good(context: AppContext, damaged: Damaged, passphrase: str | None,
                         parent: QWidget | None, login_dialog: bool) -> bool:
    """A database that does not open: replaced by its last good backup once confirmed and an
    administrator or supervisor of the backup signed in. True if replaced."""
    from legalaid.services.backups import plan_for_damaged, replace_damaged

    if damaged.last_good_backup is None:
        return False
    plan = plan_for_damaged(damaged.last_good_backup, passphrase)
    if not confirm_restore(plan, parent):
        return False
    actor = backup_account(plan, parent, login_dialog)
    if actor is None:
        return False
    replace_damaged(context, plan, actor, passphrase)
    return True


def backup_account(plan: RestorePlan, parent: QWidget | None, login_dialog: bool) -> Actor | None:
    """An administrator or supervisor of the backup: signed in with the dialog, or the one a
    script gave, checked against the backup; None if cancelled."""
    from legalaid.gui.login import LoginDialog, problem_text
    from legalaid.services.backups import check_backup_account
    from legalaid.services.signin import credentials_from_environment

    if not login_dialog:
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


def check_in_background(services: Services, parent: QWidget | None, then_backup: bool,
                        restored: Callable[[], None] | None = None) -> None:
    """The quick integrity check off the UI thread; then the daily backup, or on failure the
    offer of the last good backup (``restored`` runs once it is back)."""
    from legalaid.gui.ops import run_op

    def checked(verdict: str) -> None:
        if verdict != "ok":
            offer_restore_after_check(services, parent, restored)
        elif then_backup:
            backup_in_background(services, parent)

    run_op(parent, services.backups.quick_check, checked)


def offer_restore_after_check(services: Services, parent: QWidget | None,
                              restored: Callable[[], None] | None) -> None:
    """The open database failed its quick check: offer to put the last good backup back."""
    from legalaid.gui.ops import run_op

    last_good = services.backups.last_good()
    if last_good is None:
        QMessageBox.critical(parent, _tr("LegalAid"), _tr(
            "The database failed its integrity check and no good backup was found. Stop "
            "working in it and ask your administrator."))
        return
    if not confirm_restore(services.backups.verify(last_good), parent):
        return
    run_op(parent, lambda: services.backups.restore(last_good, back_up_current=False),
           lambda _restored: restored() if restored is not None else None)


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

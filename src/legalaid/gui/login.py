"""Signing in at start: the first start creates the administrator (no default password), later
starts ask for user and password. Wrong passwords are answered with the wait the account must
observe before the next try. The start sequence signs in with it right after the database is
unlocked (``gui/startup.py``), unless ``app.py`` chose a script's user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from legalaid.errors import AccessDenied, LegalAidError, ValidationError
from legalaid.gui.widgets import add_message_and_buttons, named

if TYPE_CHECKING:
    from legalaid.services import Services
    from legalaid.services.accounts import Actor


class SignInCancelled(LegalAidError):
    """The user closed the sign-in dialog."""


class LoginDialog(QDialog):
    """User name and password; on the first start also the password repeated. Where the
    system keyring can keep a database passphrase, the offer to remember it (off)."""

    def __init__(self, first_run: bool, parent: QWidget | None = None,
                 offer_remember: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.first_run = first_run
        self.setWindowTitle(self.tr("Sign in to LegalAid"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("First start: create the administrator account. There is no "
                               "default password; choose one of at least 8 characters.")
                       if first_run else self.tr("Sign in with your user name and password."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.user = named(QLineEdit(), "loginUser")
        self.password = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "loginPassword")
        self.repeat = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "loginRepeat")
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        if first_run:
            form.addRow(self.tr("Repeat the password"), self.repeat)
        layout.addLayout(form)
        self.remember = named(QCheckBox(self.tr(
            "Remember the database passphrase on this computer"), self), "loginRemember")
        self.remember.setToolTip(self.tr(
            "The system keyring keeps the passphrase for your account only: the next start "
            "asks for your password alone. Settings can forget it."))
        self.remember.setVisible(offer_remember)
        if offer_remember:
            layout.addWidget(self.remember)
        self.message = add_message_and_buttons(self, layout, "loginMessage",
                                               self._accept_if_complete)

    def _accept_if_complete(self) -> None:
        if not self.user.text().strip():
            self.show_problem(self.tr("Type your user name."))
        elif self.first_run and self.password.text() != self.repeat.text():
            self.show_problem(self.tr("The two passwords differ."))
        else:
            self.accept()

    def credentials(self) -> tuple[str, str]:
        """The user name (trimmed) and the password typed."""
        return self.user.text().strip(), self.password.text()

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.password.clear()
        self.repeat.clear()
        self.password.setFocus()


def problem_text(error: LegalAidError) -> str:
    """What the dialog says about a refused sign-in (never whether the user exists)."""
    from legalaid.services.accounts import MIN_PASSWORD, LoginThrottled

    if isinstance(error, LoginThrottled):
        return QApplication.translate("LoginDialog", "Too many failed attempts. Try again in "
                                      "%n second(s).", "", error.seconds)
    if isinstance(error, ValidationError) and error.field == "password":
        return QApplication.translate(
            "LoginDialog", "The password needs at least %1 characters.").replace(
            "%1", str(MIN_PASSWORD))
    if isinstance(error, ValidationError) and error.field == "name":
        return QApplication.translate("LoginDialog", "The user name is one word, without "
                                      "spaces.")
    return QApplication.translate("LoginDialog", "Unknown user or wrong password.")


def sign_in_with_dialog(raw: Services, parent: QWidget | None = None) -> Actor:
    """Ask until the credentials are accepted; ``SignInCancelled`` if the dialog is closed."""
    from legalaid.services.signin import check_credentials, create_administrator

    dialog = LoginDialog(not raw.accounts.has_accounts(), parent)
    # The first-start dialog is one of the two places the first administrator comes from.
    accept = create_administrator if dialog.first_run else check_credentials
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return accept(raw, dialog.user.text().strip(), dialog.password.text())
        except (AccessDenied, ValidationError) as error:
            dialog.show_problem(problem_text(error))
    raise SignInCancelled("sign-in cancelled")

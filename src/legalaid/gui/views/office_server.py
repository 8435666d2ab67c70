"""Where the case database lives, chosen at the first start: "This computer" (an encrypted file,
as always) or "Office server" (PostgreSQL): host, port, database, user, password, TLS mode and the
office's CA file, with a Test connection button that says in one sentence what worked or failed.

TLS defaults to ``verify-full`` when a CA file is given, else ``require``; ``prefer`` and
``disable`` (for a test server on this computer) can be chosen only explicitly, and show a warning.
The password goes to the system keyring when there is one; it is never written to the settings.
Without a keyring it is asked at each start (``ServerPasswordDialog``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from legalaid.errors import ValidationError
from legalaid.gui.file_dialogs import open_file
from legalaid.gui.widgets import named
from legalaid.services.office import DEFAULT_PORT, TLS_MODES, UNSAFE_TLS_MODES

if TYPE_CHECKING:
    from legalaid.context import AppContext
    from legalaid.services.office import ConnectionTest, ServerConnection



class OfficeServerDialog(QDialog):
    """The first start's choice of where the database lives, and the server's details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officeServerDialog")
        self.setWindowTitle(self.tr("Where is the client database?"))
        self.this_computer = named(QRadioButton(self.tr("This computer (an encrypted database "
                                                    "file)")), "thisComputer")
        self.office_server = named(QRadioButton(self.tr("Office server (PostgreSQL)")),
                                   "officeServer")
        self.this_computer.setChecked(True)
        self.host = named(QLineEdit(), "serverHost")
        self.port = named(QSpinBox(minimum=1, maximum=65535), "serverPort")
        self.port.setValue(DEFAULT_PORT)
        self.database = named(QLineEdit("legalaid"), "serverDatabase")
        self.user = named(QLineEdit("legalaid_data"), "serverUser")
        self.password = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "serverPassword")
        self.ca_file = named(QLineEdit(), "serverCaFile")
        self.browse = named(QPushButton(self.tr("Choose…")), "chooseCaFile")
        self.tls = named(QComboBox(), "serverTls")
        for mode in TLS_MODES:
            self.tls.addItem(self.tls_label(mode), mode)
        self.tls_warning = named(QLabel(wordWrap=True), "tlsWarning")
        self.tls_warning.setText(self.tr(
            "Warning: without TLS the password and the case data cross the network "
            "unencrypted. Choose this only for a test server on this computer."))
        self.tls_warning.setStyleSheet("color: #b00020; font-weight: bold")
        self.test = named(QPushButton(self.tr("Test connection")), "testConnection")
        self.verdict = named(QLabel(wordWrap=True), "connectionResult")
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.server_box = QGroupBox(self.tr("Office server"))
        self._tls_chosen = False
        self._layout()
        self.office_server.toggled.connect(self._update)
        self.ca_file.textChanged.connect(self._ca_changed)
        self.tls.activated.connect(self._tls_activated)
        self.tls.currentIndexChanged.connect(lambda _i: self._update())
        self.browse.clicked.connect(self._choose_ca_file)
        self.test.clicked.connect(self.test_connection)
        self._ca_changed("")
        self._update()

    def _layout(self) -> None:
        form = QFormLayout(self.server_box)
        form.addRow(self.tr("Host:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.browse)
        form.addRow(self.tr("CA certificate file:"), ca_row)
        form.addRow(self.tr("TLS:"), self.tls)
        form.addRow(self.tls_warning)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test)
        test_row.addStretch(1)
        form.addRow(test_row)
        form.addRow(self.verdict)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.this_computer)
        layout.addWidget(self.office_server)
        layout.addWidget(self.server_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)

    def tls_label(self, mode: str) -> str:
        labels = {
            "verify-full": self.tr("verify-full: encrypted, server certificate and name checked"),
            "verify-ca": self.tr("verify-ca: encrypted, server certificate checked"),
            "require": self.tr("require: encrypted, certificate not checked"),
            "prefer": self.tr("prefer: encrypted only if the server offers it (test server "
                              "only)"),
            "disable": self.tr("disable: not encrypted (test server only)"),
        }
        return labels[mode]

    @property
    def tls_mode(self) -> str:
        return str(self.tls.currentData())

    def set_tls_mode(self, mode: str) -> None:
        """Choose a TLS mode explicitly (as the user does in the list)."""
        self.tls.setCurrentIndex(TLS_MODES.index(mode))
        self._tls_chosen = True

    def _tls_activated(self, _index: int) -> None:
        self._tls_chosen = True

    def _ca_changed(self, text: str) -> None:
        if not self._tls_chosen:  # the safe default follows the CA file until a choice is made
            self.tls.setCurrentIndex(TLS_MODES.index("verify-full" if text.strip()
                                                     else "require"))

    def _choose_ca_file(self) -> None:
        chosen = open_file(self, self.tr("The office's CA certificate"),
                           self.tr("Certificates (*.pem *.crt);;All files (*)"))
        if chosen is not None:
            self.ca_file.setText(str(chosen))

    def _update(self) -> None:
        self.server_box.setEnabled(self.office_server.isChecked())
        self.tls_warning.setVisible(self.office_server.isChecked()
                                    and self.tls_mode in UNSAFE_TLS_MODES)

    def connection(self) -> ServerConnection:
        from legalaid.services.office import ServerConnection

        return ServerConnection(self.host.text().strip(), self.port.value(),
                                self.database.text().strip(), self.user.text().strip(),
                                self.tls_mode, self.ca_file.text().strip()).checked()

    def _problem(self, error: ValidationError) -> str:
        fields = {"host": self.tr("Host"), "database": self.tr("Database"), "user": self.tr("User"),
                  "port": self.tr("Port"), "ca_file": self.tr("CA certificate file"),
                  "tls_mode": self.tr("TLS")}
        if error.field == "ca_file":
            return self.tr("Checking the server's certificate needs the office's CA file.")
        return self.tr("%1 is missing.").replace("%1", fields.get(error.field, error.field))

    def test_connection(self) -> bool:
        """Connect once and show what worked or what failed, in one sentence."""
        from legalaid.services.office import try_connection

        try:
            url = self.connection().url()
        except ValidationError as error:
            self.verdict.setText(self._problem(error))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            answer = try_connection(url, self.password.text() or None)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.verdict.setText(self.say(answer))
        return answer.ok

    def say(self, answer: ConnectionTest) -> str:
        """The answer of Test connection in the user's language."""
        values = answer.values
        connected = (self.tr("Connected to PostgreSQL %1 as %2, encrypted (TLS)")
                     if values.get("tls") == "yes"
                     else self.tr("Connected to PostgreSQL %1 as %2, NOT encrypted"))
        templates = {
            "connected": connected + self.tr("; the database is at schema %3, as this app "
                                             "expects."),
            "older": connected + self.tr(", but the database is at schema %3, older than "
                                         "this app (%4): ask the administrator to run "
                                         "`legalaid migrate`."),
            "newer": connected + self.tr(", but the database is at schema %3, newer than "
                                         "this app (%4): update LegalAid."),
            "not_set_up": connected + self.tr(", but the database has no LegalAid tables yet: "
                                              "ask the administrator to run `legalaid office "
                                              "setup`."),
            "login": self.tr("The server refused the user name or password for %5."),
            "no_database": self.tr("The server at %6 has no database named %7."),
            "no_user": self.tr("The server at %6 has no user named %5."),
            "no_tls": self.tr("The server at %6 does not offer TLS: ask the administrator to "
                              "enable it (or choose another TLS mode for a test server)."),
            "certificate": self.tr("The server's TLS certificate could not be verified: %8"),
            "not_allowed": self.tr("The server at %6 does not accept this computer or user "
                                   "(pg_hba.conf)."),
            "timeout": self.tr("No answer from %6 in time: check the host name, port and "
                               "firewall."),
            "unreachable": self.tr("No PostgreSQL server answers at %6: check the host name "
                                   "and port."),
        }
        template = templates.get(answer.kind)
        if template is None:
            return answer.sentence
        for number, key in ((8, "detail"), (7, "database"), (6, "where"), (5, "user"),
                            (4, "head"), (3, "revision"), (2, "user"), (1, "version")):
            template = template.replace(f"%{number}", values.get(key, ""))
        return template

    def accept(self) -> None:
        if self.office_server.isChecked():
            try:
                self.connection()
            except ValidationError as error:
                self.verdict.setText(self._problem(error))
                return
        super().accept()


class ServerPasswordDialog(QDialog):
    """The office server's password, asked at start where no keyring keeps it."""

    def __init__(self, url_shown: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverPasswordDialog")
        self.setWindowTitle(self.tr("Office server password"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("The password of %1 on the office server (this computer has no "
                           "keyring to keep it):").replace("%1", url_shown), wordWrap=True)
        layout.addWidget(label)
        self.password = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password),
                              "serverPasswordAtStart")
        layout.addWidget(self.password)
        self.message = named(QLabel(problem, wordWrap=True), "serverPasswordProblem")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def choose_location(context: AppContext, parent: QWidget | None) -> bool:
    """The first start's dialog; an office server chosen is saved in the settings (without its
    password, which goes to the keyring) and used for this run. False when cancelled."""
    from legalaid.services.office import store_password, with_password

    dialog = OfficeServerDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if not dialog.office_server.isChecked():
        return True
    url = dialog.connection().url()
    password = dialog.password.text()
    context.settings.database = url
    context.save_settings()
    if password:
        store_password(url, password)  # without a keyring, asked again at the next start
    context.database = with_password(url, password or None)
    return True


def server_password(context: AppContext, parent: QWidget | None, ask: bool) -> None:
    """Before a server database is opened: its password from the keyring (or asked, where
    there is none and a person is starting the app) added to this run's URL only. A password an
    older version left in the settings moves to the keyring, and out of the settings."""
    from legalaid.services.office import (
        has_password,
        is_server_url,
        keyring_available,
        store_password,
        stored_password,
        with_password,
        without_password,
    )

    target = context.database_target
    if not is_server_url(target):
        return
    if has_password(target):
        if context.database is None and keyring_available():  # the settings had it in plain
            from legalaid.settings import url_password

            password = url_password(target)
            if password and store_password(without_password(target), password):
                context.settings.database = without_password(target)
                context.save_settings()
                context.database = target
        return
    password = stored_password(target)
    if password is None and ask:
        dialog = ServerPasswordDialog(without_password(target), parent=parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            password = dialog.password.text()
    if password:  # else libpq's own sources: PGPASSWORD, ~/.pgpass
        context.database = with_password(target, password)

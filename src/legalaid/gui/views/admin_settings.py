"""User management on the Settings page (supervisors and administrators), and the way to the
audit trail (a button there and Tools → Audit trail).

Users are listed with role and state; Add, Reset password, Change role and Deactivate act through
the account service, which checks the role again and writes the audit entries (its refusals, such
as the last active administrator, appear under the table). The buttons are off for one's own row
and, for a supervisor, on administrators' rows. Passwords typed here are never shown or kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
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
    QVBoxLayout,
    QWidget,
)

from legalaid.errors import LegalAidError
from legalaid.gui.application import user_message
from legalaid.gui.i18n import format_date
from legalaid.gui.ops import Op
from legalaid.gui.permissions import Permissions, role_label
from legalaid.gui.views.client_file.tabs import fill, read_only_table
from legalaid.gui.widgets import named
from legalaid.services.accounts import UserRow
from legalaid.services.roles import Action, Role

if TYPE_CHECKING:
    from legalaid.gui.main_window import MainWindow
    from legalaid.services.accounts import AccountService


def _roles(permissions: Permissions) -> list[Role]:
    """Roles the user may hand out (only an administrator appoints administrators)."""
    roles = [Role.INTAKE, Role.LAWYER, Role.SUPERVISOR]
    return [*roles, Role.ADMINISTRATOR] if permissions.role is Role.ADMINISTRATOR else roles


class UserDialog(QDialog):
    """Name, role and password of a new user, or only a new password for an existing one."""

    def __init__(self, roles: list[Role], submit: Callable[[str, Role, str], None],
                 name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userDialog")
        self._submit = submit
        self.name = named(QLineEdit(name or ""), "userName")
        self.name.setReadOnly(name is not None)
        self.role = named(QComboBox(), "userRole")
        for role in roles:
            self.role.addItem(role_label(role), role)
        self.password = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "userPassword")
        self.message = named(QLabel(wordWrap=True), "userMessage")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.name)
        if name is None:
            form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.message)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("New user") if name is None else self.tr("New password"))

    def accept(self) -> None:
        name, role = self.name.text(), Role(self.role.currentData())
        password = self.password.text()
        Op(self, lambda: self._submit(name, role, password)) \
            .handle(LegalAidError, lambda error: self.message.setText(user_message(error))) \
            .success(lambda _result: QDialog.accept(self)).run()


class UsersSection(QGroupBox):
    """The users table and what a supervisor may do to them."""

    def __init__(self, accounts: AccountService, permissions: Permissions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersSection")
        self._accounts = accounts
        self._permissions = permissions
        self.table = read_only_table("usersTable", 4)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = named(QPushButton(), "addUser")
        self.password_button = named(QPushButton(), "resetPassword")
        self.role_box = named(QComboBox(), "newRole")
        # Sized again when the language changes (a Kazakh role name is longer than English).
        self.role_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.role_button = named(QPushButton(), "changeRole")
        self.active_button = named(QPushButton(), "toggleActive")
        self.message = named(QLabel(wordWrap=True), "usersMessage")
        self.add_button.clicked.connect(self.add_user)
        self.password_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.password_button, self.role_box, self.role_button,
                       self.active_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.dialog: UserDialog | None = None
        self.users: list[UserRow] = []
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Users"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("User"), self.tr("Role"), self.tr("State"), self.tr("Created")])
        self.add_button.setText(self.tr("Add user…"))
        self.password_button.setText(self.tr("Reset password…"))
        self.role_button.setText(self.tr("Change role"))
        self.role_box.clear()
        for role in _roles(self._permissions):
            self.role_box.addItem(role_label(role), role)
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        self.users = self._accounts.users()
        self._show()

    def _show(self) -> None:
        selected = self.table.currentRow()
        fill(self.table, [
            (user.name, role_label(user.role),
             self.tr("Active") if user.active else self.tr("Deactivated"),
             format_date(user.created_at.date())) for user in self.users])
        if 0 <= selected < len(self.users):
            self.table.selectRow(selected)
        self._update_buttons()

    def selected(self) -> UserRow | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) and self.table.selectedItems() \
            else None

    def _update_buttons(self) -> None:
        user = self.selected()
        for widget in (self.password_button, self.role_button, self.active_button):
            widget.setEnabled(user is not None and self._may_change(user))
        self.active_button.setText(self.tr("Activate") if user is not None and not user.active
                                   else self.tr("Deactivate"))

    def _may_change(self, user: UserRow) -> bool:
        """Nobody changes themselves here, and only administrators change administrators (the
        account service refuses the same, so the buttons only say it ahead)."""
        if user.name.lower() == self._permissions.user.lower():
            return False
        return user.role is not Role.ADMINISTRATOR \
            or self._permissions.role in (Role.ADMINISTRATOR, None)

    def _act(self, action: Callable[[], object]) -> None:
        Op(self, action) \
            .handle(LegalAidError, lambda error: self.message.setText(user_message(error))) \
            .success(lambda _result: self._acted()).run()

    def _acted(self) -> None:
        self.message.setText("")
        self.reload()

    def add_user(self) -> None:
        self._open(UserDialog(_roles(self._permissions),
                              lambda name, role, password: self._accounts.add_user(
                                  name, role, password), parent=self))

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None:
            self._open(UserDialog([user.role], lambda name, _role, password:
                                  self._accounts.reset_password(name, password), user.name, self))

    def _open(self, dialog: UserDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.reload)
        dialog.open()

    def change_role(self) -> None:
        user = self.selected()
        if user is not None:
            role = Role(self.role_box.currentData())
            self._act(lambda: self._accounts.set_role(user.name, role))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is not None:
            self._act(lambda: self._accounts.set_active(user.name, not user.active))


class AuditEntryPoints(QWidget):
    """The Settings button and the Tools menu entry that open the audit viewer."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.settings_page)
        self._window = window
        self.button = named(QPushButton(), "openAuditTrail")
        self.button.clicked.connect(self.open_viewer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.menu = window.menuBar().addMenu("")
        self.action = named(QAction(window), "auditTrail")
        self.action.triggered.connect(self.open_viewer)
        self.menu.addAction(self.action)
        self.viewer: QWidget | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Audit trail…"))
        self.menu.setTitle(self.tr("&Tools"))
        self.action.setText(self.tr("&Audit trail…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_viewer(self) -> None:
        from legalaid.gui.views.audit_viewer import AuditViewer

        if self.viewer is None:
            self.viewer = AuditViewer(self._window.desk.services.audit, self._window)
        self.viewer.show()


def add_admin_section(window: MainWindow, permissions: Permissions) -> None:
    """Users and the audit trail on the Settings page, for those whose role manages them."""
    layout = window.settings_page.layout()
    assert isinstance(layout, QFormLayout)
    if permissions.may(Action.USERS):
        layout.addRow(UsersSection(window.desk.services.accounts, permissions))
    if permissions.may(Action.AUDIT):
        layout.addRow(AuditEntryPoints(window))

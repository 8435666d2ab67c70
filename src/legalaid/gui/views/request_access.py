"""Opening a client assigned to another lawyer: the user says why, and the reason is audited.

The services refuse such a file until ``request_access`` is called with a reason; this dialog asks
for it before the file is opened, so the lawyer never meets a bare refusal.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from legalaid.errors import LegalAidError
from legalaid.gui.application import user_message
from legalaid.gui.ops import Op
from legalaid.gui.permissions import Permissions
from legalaid.gui.widgets import named


class RequestAccessDialog(QDialog):
    """Asks for the reason; Open stays disabled until one is typed."""

    def __init__(self, permissions: Permissions, client_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestAccessDialog")
        self._permissions = permissions
        self.client_id = client_id
        self.setWindowTitle(self.tr("Request access"))
        explanation = QLabel(wordWrap=True)
        explanation.setText(self.tr(
            "Client %1 is assigned to another lawyer. Say why you need this file; your reason "
            "is kept in the audit trail.").replace("%1", str(client_id)))
        self.reason = named(QLineEdit(), "accessReason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Reason"))
        self.message = named(QLabel(wordWrap=True), "accessMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.open_button.setText(self.tr("Open the file"))
        self.open_button.setObjectName("openWithReason")
        self.open_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda text: self.open_button.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (explanation, self.reason, self.message, self.buttons):
            layout.addWidget(widget)

    def accept(self) -> None:
        """The reason is recorded (an op); the file opens once it is on record."""
        permissions, reason = self._permissions, self.reason.text()
        Op(self, lambda: permissions.request_access(self.client_id, reason)) \
            .handle(LegalAidError, lambda error: self.message.setText(user_message(error))) \
            .success(lambda _result: QDialog.accept(self)).run()


def ask_for_access(parent: QWidget, permissions: Permissions, client_id: int) -> bool:
    """True when the file may open: assigned, or the user gave a reason."""
    if permissions.reaches(client_id):
        return True
    dialog = RequestAccessDialog(permissions, client_id, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted

"""Pages the signed-in user's role does not open: which ones, and the plain message shown instead.

Intake staff see no Today, Calendar, Letters or Reports (they are about cases and deadlines);
lawyers see no Reports. The navigation hides such pages, except Today, which says why (it is the
page the program may open on).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from legalaid.gui.permissions import Permissions, role_label
from legalaid.services.roles import Action

PAGE_ACTIONS: dict[str, Action] = {
    "today": Action.VIEW_CASES,
    "calendar": Action.VIEW_CASES,
    "letters": Action.LETTERS,
    "partners": Action.VIEW_CASES,
    "reports": Action.REPORTS,
}


def page_allowed(permissions: Permissions, key: str) -> bool:
    action = PAGE_ACTIONS.get(key)
    return action is None or permissions.may(action)


class RestrictedPage(QWidget):
    """Says plainly that the page is not for this role, and what the user can do instead."""

    def __init__(self, key: str, permissions: Permissions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"restricted_{key}")
        self._key = key
        self._permissions = permissions
        self.label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.label.setObjectName("restrictedMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        role = self._permissions.role
        if self._key == "today":
            text = self.tr("Deadlines, cases and tasks are handled by lawyers and supervisors; "
                           "you are signed in as %1. Register a new client with File → New "
                           "client, or find a client on the Clients page to update identity, "
                           "contact, documents and trips.")
        else:
            text = self.tr("This page is not open to your role (%1).")
        self.label.setText(text.replace("%1", role_label(role) if role else ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

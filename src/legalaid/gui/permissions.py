"""What the signed-in user may do, as the pages ask it before showing an action.

The services enforce every rule (``services/access.py``); this object only lets the pages hide or
disable what would be refused, and say why in the user's language. Services built without a
signed-in user (no ``access`` session) allow everything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from legalaid.services.roles import Action, Role

if TYPE_CHECKING:
    from legalaid.services import Services
    from legalaid.services.access import AccessSession


def role_label(role: Role) -> str:
    translate = QCoreApplication.translate
    return {
        Role.INTAKE: translate("Permissions", "intake"),
        Role.LAWYER: translate("Permissions", "lawyer"),
        Role.SUPERVISOR: translate("Permissions", "supervisor"),
        Role.ADMINISTRATOR: translate("Permissions", "administrator"),
    }[role]


class Permissions:
    """The signed-in user's role, per action and per client."""

    def __init__(self, services: Services) -> None:
        self._access: AccessSession | None = getattr(services, "access", None)

    @property
    def role(self) -> Role | None:
        return self._access.actor.role if self._access is not None else None

    @property
    def user(self) -> str:
        return self._access.actor.name if self._access is not None else ""

    def may(self, action: Action) -> bool:
        return self._access is None or self._access.may(action)

    def reaches(self, client_id: int) -> bool:
        """Whether the client's file opens without asking (lawyers: their assigned clients)."""
        return self._access is None or self._access.reaches(client_id)

    def request_access(self, client_id: int, reason: str) -> None:
        """Open another lawyer's client for this session; the reason goes to the audit trail."""
        if self._access is not None:
            self._access.request_access(client_id, reason)

    def reason(self, action: Action) -> str:
        """Why ``action`` is not offered, for a tooltip ("" when it is)."""
        if self.may(action) or self.role is None:
            return ""
        translate = QCoreApplication.translate
        if action in (Action.VIEW_CASES, Action.EDIT_CASES, Action.NOTES, Action.LETTERS):
            text = translate("Permissions", "Cases, notes and letters are open to lawyers and "
                             "supervisors; you are signed in as %1.")
        else:
            text = translate("Permissions", "Only supervisors and administrators may do this; "
                             "you are signed in as %1.")
        return text.replace("%1", role_label(self.role))

"""Roles and what each may do: the role × action matrix of the access policy.

intake — registers clients and edits identity, contact, documents and trips; no cases, notes or
letters. lawyer — everything on the clients assigned to them, other clients on request with a
reason; lists over many clients (deadlines, Today, Calendar, deadline exports) hold only their own.
supervisor — all clients, reports and users other than administrators. administrator — the
supervisor's rights, and the only one who may create, appoint, re-password, deactivate or demote
administrators. Nobody deactivates or demotes themselves or the last active administrator
(``accounts.py``).
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    INTAKE = "intake"
    LAWYER = "lawyer"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


class Action(StrEnum):
    """What a service method does, as far as permissions are concerned."""

    SIGN_IN = "sign_in"  # reading the rules, one's own session: everybody
    LIST_CLIENTS = "list_clients"  # the list and name search
    VIEW_FILE = "view_file"  # one client's identity, documents, trips, status
    REGISTER = "register"  # a new client
    EDIT_IDENTITY = "edit_identity"  # identity, contact, documents, trips, events, family
    VIEW_CASES = "view_cases"  # cases, tasks, notes and deadlines
    EDIT_CASES = "edit_cases"
    NOTES = "notes"
    LETTERS = "letters"  # letters and referrals to third parties
    DELETE_CLIENT = "delete_client"
    CONSENT = "consent"  # recording and withdrawing consent
    OVERRIDE_CONSENT = "override_consent"
    IMPORT = "import"  # bulk import and demo data
    REPORTS = "reports"
    USERS = "users"
    AUDIT = "audit"
    RETENTION = "retention"
    BACKUPS = "backups"
    RULES = "rules"  # installing, activating and rolling back rules packs


_EVERYONE = frozenset(Role)
_CASEWORK = frozenset({Role.LAWYER, Role.SUPERVISOR, Role.ADMINISTRATOR})
_MANAGERS = frozenset({Role.SUPERVISOR, Role.ADMINISTRATOR})

ALLOWED: dict[Action, frozenset[Role]] = {
    Action.SIGN_IN: _EVERYONE,
    Action.LIST_CLIENTS: _EVERYONE,
    Action.VIEW_FILE: _EVERYONE,
    Action.REGISTER: _EVERYONE,
    Action.EDIT_IDENTITY: _EVERYONE,
    Action.CONSENT: _EVERYONE,
    Action.VIEW_CASES: _CASEWORK,
    Action.EDIT_CASES: _CASEWORK,
    Action.NOTES: _CASEWORK,
    Action.LETTERS: _CASEWORK,
    Action.DELETE_CLIENT: _CASEWORK,
    Action.OVERRIDE_CONSENT: _MANAGERS,
    Action.IMPORT: _MANAGERS,
    Action.REPORTS: _MANAGERS,
    Action.USERS: _MANAGERS,
    Action.AUDIT: _MANAGERS,
    Action.RETENTION: _MANAGERS,
    Action.BACKUPS: _MANAGERS,
    Action.RULES: _MANAGERS,
}

# Lawyers reach these only on their assigned clients (or after asking, with a reason).
PER_CLIENT_FOR_LAWYERS = frozenset({
    Action.VIEW_FILE, Action.EDIT_IDENTITY, Action.VIEW_CASES, Action.EDIT_CASES, Action.NOTES,
    Action.LETTERS, Action.DELETE_CLIENT, Action.CONSENT,
})


def may(role: Role, action: Action) -> bool:
    return role in ALLOWED[action]

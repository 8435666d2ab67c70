"""The exceptions every layer raises; the GUI and the CLI each report them one way.

Messages never contain personal data beyond what the user typed into the failing field.
"""

from __future__ import annotations


class LegalAidError(Exception):
    """Base of every error meant for the user rather than a traceback."""


class ValidationError(LegalAidError):
    """Input that cannot be accepted; ``field`` is a path such as ``trips[1].exit``."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class NotFoundError(LegalAidError):
    """A record the user asked for does not exist (or is not visible to them)."""


class ConflictError(LegalAidError):
    """Someone else changed the record since it was read (optimistic locking)."""


class ServerUnreachable(LegalAidError):
    """The database server cannot be reached (down, restarting, or the network is)."""


class RuleDataError(LegalAidError):
    """A rules file is malformed; the message names the file, the rule id and the problem."""


class TemplateError(LegalAidError):
    """A letter template is malformed; the message names the file and the line."""


class AccessDenied(LegalAidError):
    """The current user's role does not allow the action."""

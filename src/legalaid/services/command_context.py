"""A command's run: its configuration, and the services it opens on first use.

The commands open the database the commands' way (``open_services``: the passphrase from a script
or the terminal, the user from the environment, the daily backup when due, a refusal raised), so
that commands which need no database (``rules evaluate``, ``forms check``) never open one.
``app.py`` builds one per run and closes it when the command ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from legalaid.context import AppContext
from legalaid.services import Services, open_services
from legalaid.services.accounts import Actor


@dataclass
class CommandContext(AppContext):
    """The configuration of a command's run, with its services once opened."""

    # Who the command runs as, once signed in (``users init`` signs in the administrator it made).
    actor: Actor | None = field(default=None, repr=False)
    _services: Services | None = field(default=None, repr=False)

    def services(self) -> Services:
        """The run's services: the database opened (and migrated) on first use."""
        if self._services is None:
            self._services = open_services(self)
        return self._services

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = None

"""A command's run: its configuration, and the services it opens on first use.

The commands open the database the commands' way (``signin.open_for_command``: the user and
password from the environment unlock a keyring database; one not yet converted takes its
passphrase from a script or the terminal as well; the daily backup when due, a refusal raised), so
that commands which need no database (``rules evaluate``, ``forms check``) never open one.
``app.py`` builds one per run and closes it when the command ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from legalaid.context import AppContext
from legalaid.db.keyring import AccountSecrets
from legalaid.services import Services
from legalaid.services.accounts import Actor, KeyHolder


@dataclass
class CommandContext(AppContext):
    """The configuration of a command's run, with its services once opened."""

    # Who the command runs as, once signed in (``users init`` signs in the administrator it made).
    actor: Actor | None = field(default=None, repr=False)
    # The signed-in account's keys, on a database with a keyring (the casework cipher and the
    # audit's signatures use them); None on one not yet converted.
    secrets: AccountSecrets | None = field(default=None, repr=False)
    # The same keys and where their keyring is, as the accounts service holds them.
    keys: KeyHolder | None = field(default=None, repr=False)
    # Set by ``users init`` on a new keyring database: the recovery code, shown once.
    recovery_code: str | None = field(default=None, repr=False)
    _services: Services | None = field(default=None, repr=False)

    def services(self) -> Services:
        """The run's services: the database opened (and migrated) on first use."""
        if self._services is None:
            from legalaid.services.signin import open_for_command

            self._services = open_for_command(self)
        return self._services

    def adopt(self, services: Services) -> None:
        """Services already opened and signed in (by ``users init``) become the run's."""
        self.close()
        self._services = services

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = None

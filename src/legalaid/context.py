"""The configuration of one run of LegalAid: where its files live, its settings, which database
and which rules. ``app.py`` builds it from the arguments; the commands and the desktop app read it.

Nothing in it steers how the database is opened: the desktop app passes its choices to
``services.opening`` as arguments, the commands open through ``services()`` (the passphrase from a
script or the terminal, the user from the environment, the daily backup when due).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from legalaid import settings
from legalaid.paths import AppPaths

if TYPE_CHECKING:
    from legalaid.services import Services
    from legalaid.services.accounts import Actor

# A script's user and password (documented for automation; ``services.signin`` reads them).
USER_VARIABLE = "LEGALAID_USER"
PASSWORD_VARIABLE = "LEGALAID_PASSWORD"


@dataclass
class AppContext:
    """What a command or the GUI needs to reach the rest of the app."""

    paths: AppPaths
    settings: settings.Settings
    database: str | None = None
    rules_file: Path | None = None
    # Given by the caller, or asked once (``LEGALAID_PASSPHRASE`` or the terminal) for commands.
    passphrase: str | None = field(default=None, repr=False)
    # Who a command runs as, once signed in (``users init`` signs in the administrator it made).
    actor: Actor | None = field(default=None, repr=False)
    _services: Services | None = field(default=None, repr=False)

    @property
    def database_target(self) -> str:
        """An SQLAlchemy URL or an SQLite path: ``--db``, the setting, or the default file."""
        return self.database or self.settings.database or str(self.paths.default_database)

    @property
    def rules_path(self) -> Path | None:
        if self.rules_file is not None:
            return self.rules_file
        return Path(self.settings.rules_file) if self.settings.rules_file else None

    @property
    def backup_dir(self) -> Path:
        """The chosen backup folder, or the platform's."""
        folder = self.settings.backup_folder
        return Path(folder).expanduser() if folder else self.paths.backup_dir

    def database_passphrase(self, path: Path, new: bool) -> str:
        """The passphrase of an encrypted database (or one for a new database) for a command:
        given before, ``LEGALAID_PASSPHRASE``, or typed in the terminal."""
        if self.passphrase is None:
            from legalaid.passphrase import obtain_passphrase

            self.passphrase = obtain_passphrase(path, new)
        return self.passphrase

    def services(self) -> Services:
        """A command's services: the database opened (and migrated) on first use."""
        if self._services is None:
            from legalaid.services import open_services

            self._services = open_services(self)
        return self._services

    def save_settings(self) -> None:
        settings.save(self.settings, self.paths.settings_file)

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = None

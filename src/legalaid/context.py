"""The configuration of one run of LegalAid: where its files live, its settings, which database
and which rules. ``app.py`` builds it from the arguments; the commands and the GUI read it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from legalaid import settings
from legalaid.paths import AppPaths

if TYPE_CHECKING:
    from legalaid.services import Services
    from legalaid.services.accounts import Actor


@dataclass
class AppContext:
    """What a command or the GUI needs to reach the rest of the app."""

    paths: AppPaths
    settings: settings.Settings
    database: str | None = None
    rules_file: Path | None = None
    # The GUI's unlock dialog: (database file, is it new?) -> passphrase.
    ask_passphrase: Callable[[Path, bool], str] | None = field(default=None, repr=False)
    passphrase: str | None = field(default=None, repr=False)
    backup_when_due: bool = True  # the daily backup, taken while opening the database
    background_backup: bool = False  # the daily backup, taken after opening (the GUI)
    check_at_open: bool = True  # the quick integrity check; the GUI runs it after the first page
    database_created: bool = False  # set on open: the file did not exist before
    # The GUI's sign-in dialog: unguarded services -> the signed-in user (else the environment).
    ask_login: Callable[[Services], Actor] | None = field(default=None, repr=False)
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
        """The passphrase of an encrypted database (or one for a new database): given before,
        ``LEGALAID_PASSPHRASE``, the GUI's dialog, or typed in the terminal."""
        if self.passphrase is None:
            from legalaid.passphrase import obtain_passphrase

            self.passphrase = obtain_passphrase(path, new, self.ask_passphrase)
        return self.passphrase

    def services(self) -> Services:
        """Open (and migrate) the database on first use and build the services over it."""
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

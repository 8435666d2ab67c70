"""The configuration of one run of LegalAid: where its files live, its settings, which database
and which rules. ``app.py`` builds it from the arguments; the commands and the desktop app read it.

Plain values only: nothing in it opens the database or steers how it is opened. The desktop app
passes its choices to ``services.opening`` as arguments; a command's run
(``services.command_context.CommandContext``) adds the services it opens on first use. The
passphrase, once known, is kept here so that a run asks for it once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from legalaid import settings
from legalaid.paths import AppPaths

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

    def save_settings(self) -> None:
        settings.save(self.settings, self.paths.settings_file)

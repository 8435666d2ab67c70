"""Composition root: parse arguments, set up paths, logging and settings, then run the GUI or a
command. The only module that sees every layer; it builds the services lazily so that commands
which need no database (``rules evaluate``, ``forms check``) never open one.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legalaid import __version__, logs, settings
from legalaid.errors import LegalAidError
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


def build_parser() -> argparse.ArgumentParser:
    from legalaid import cli

    parser = argparse.ArgumentParser(
        prog="legalaid",
        description="LegalAid: case management for legal aid to migrants. "
        "With no command, starts the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"LegalAid {__version__}")
    parser.add_argument("--db", metavar="PATH|URL", help="SQLite file or SQLAlchemy URL")
    parser.add_argument("--base-dir", metavar="DIR", type=Path,
                        help="keep every file the app writes below DIR")
    parser.add_argument("--rules", metavar="FILE", type=Path, help="use this rules file")
    parser.add_argument("--verbose", action="store_true", help="log debugging detail")
    cli.register_commands(parser)
    return parser


def make_context(args: argparse.Namespace) -> AppContext:
    paths = AppPaths.create(args.base_dir).ensure()
    logs.configure(paths.log_dir, verbose=args.verbose)
    return AppContext(
        paths=paths,
        settings=settings.load(paths.settings_file),
        database=args.db,
        rules_file=args.rules,
    )


def _printable(text: str) -> str:
    from legalaid.domain.parsing import escape_unprintable

    return escape_unprintable(text)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``legalaid`` and ``python -m legalaid``; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    context = make_context(args)
    try:
        handler: Any = getattr(args, "handler", None)
        if handler is None:
            from legalaid.gui import run as run_gui

            return run_gui(context)
        return int(handler(args, context))
    except LegalAidError as error:
        print(f"legalaid: {_printable(str(error))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into a program that stopped reading (e.g. head)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return 0
    except Exception as error:  # a fault of LegalAid's, never of the input: one line, exit 1
        log_file = logs.record_fault(error)
        print(f"legalaid: unexpected error ({type(error).__name__}); please report it with "
              f"the log file {log_file}", file=sys.stderr)
        return 1
    finally:
        context.close()

"""Composition root: parse arguments, set up paths, logging and settings, then run the GUI or a
command. The only module that sees every layer, and the one that chooses how the desktop app
starts (dialogs for a person, the environment for a script). The context it builds opens the
database only when a command first asks for its services, so that commands which need no database
(``rules evaluate``, ``forms check``) never open one.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legalaid import __version__, logs, settings
from legalaid.context import USER_VARIABLE, AppContext
from legalaid.errors import LegalAidError
from legalaid.paths import AppPaths

if TYPE_CHECKING:
    from legalaid.gui.startup import StartMode


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser: with ``argv``, only the parts the command it names needs."""
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
    cli.register_commands(parser, argv)
    return parser


def make_context(args: argparse.Namespace) -> AppContext:
    """The run's configuration; a command's run also opens its services on first use (the
    desktop app opens them itself, after the window is painted, so it gets the plain one)."""
    paths = AppPaths.create(args.base_dir).ensure()
    logs.configure(paths.log_dir, verbose=args.verbose)
    kind = AppContext
    if getattr(args, "handler", None) is not None or getattr(args, "desktop_command", None):
        from legalaid.services.command_context import CommandContext

        kind = CommandContext
    return kind(
        paths=paths,
        settings=settings.load(paths.settings_file),
        database=args.db,
        rules_file=args.rules,
    )


def _start_mode() -> StartMode:
    """A person answers the dialogs; a script (tests, automation) gives the passphrase in
    ``LEGALAID_PASSPHRASE`` and signs in with ``LEGALAID_USER`` and ``LEGALAID_PASSWORD``."""
    from legalaid.gui.startup import StartMode
    from legalaid.passphrase import scripted_passphrase

    return StartMode(passphrase_dialog=scripted_passphrase() is None,
                     login_dialog=not os.environ.get(USER_VARIABLE))


def _close(context: AppContext) -> None:
    """Close what a command's run opened (the desktop app closes its own services)."""
    from legalaid.services.command_context import CommandContext

    if isinstance(context, CommandContext):
        context.close()


def _printable(text: str) -> str:
    from legalaid.domain.parsing import escape_unprintable

    return escape_unprintable(text)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``legalaid`` and ``python -m legalaid``; returns the exit status."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(arguments)
    args = parser.parse_args(arguments)
    context = make_context(args)
    try:
        handler: Any = getattr(args, "handler", None)
        if getattr(args, "desktop_command", None) == "screenshots":
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # renders windows, shows none
            from legalaid.gui.screenshots import run_command
            from legalaid.services.command_context import CommandContext

            assert isinstance(context, CommandContext)  # make_context gave a command's run
            return run_command(args, context)
        if handler is None:
            from legalaid.gui import run as run_gui

            return run_gui(context, _start_mode())
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
        _close(context)
